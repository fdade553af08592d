#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (tests/test_browser.py), if it is missing.
# Quiet and idempotent; needs root (or passwordless sudo) and apt-get. When it cannot install,
# it says why and exits 0: the browser tests then skip with that reason.
set -u

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
    exit 0
fi

say() { echo "install_browser: $*" >&2; }

if ! command -v apt-get >/dev/null 2>&1; then
    say "apt-get not found; browser tests will be skipped (install chromium by hand)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        say "not root and no passwordless sudo; browser tests will be skipped"
        exit 0
    fi
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
say "installing Debian's chromium (once)..."
if $SUDO apt-get update -qq >"$log" 2>&1 \
    && $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >>"$log" 2>&1; then
    say "installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)"
else
    say "could not install chromium (last lines of apt's output below); browser tests will be skipped"
    tail -n 5 "$log" >&2
fi
rm -f "$log"
exit 0
