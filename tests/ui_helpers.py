"""Helpers shared by the review and browser tests: parsing highlights out of HTML, running Chromium,
and a small client for a `dagster dev` server (GraphQL over HTTP, standard library only)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags from the machine notes: headless as root, and no background connections (the network is closed).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
SCREENSHOTS = ROOT / "docs" / "screenshots"


# -- highlights in a page ---------------------------------------------------------------------


@dataclass
class Highlight:
    ann: str
    attrs: dict[str, str]
    fragments: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.fragments)

    @property
    def key(self) -> tuple[str, int, int]:
        return self.attrs["data-table"], int(self.attrs["data-start"]), int(self.attrs["data-end"])


class _Marks(HTMLParser):
    """Collects every `<mark class="hl ...">` with the text inside it (nested ones included)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, Highlight | None, int]] = []  # (tag, highlight, fragment index)
        self.found: dict[str, Highlight] = {}
        self.text_parts: list[str] = []
        self.in_text = 0
        self.elements = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in ("br", "meta", "link", "img", "input", "hr"):
            return
        hl = None
        idx = -1
        if tag == "mark" and "hl" in a.get("class", "").split():
            self.elements += 1
            hl = self.found.setdefault(a["data-ann"], Highlight(a["data-ann"], a))
            hl.fragments.append("")
            idx = len(hl.fragments) - 1
        if a.get("id") == "text" or self.in_text:
            self.in_text += 1
        self.stack.append((tag, hl, idx))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            t, _, _ = self.stack.pop()
            if self.in_text:
                self.in_text -= 1
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text_parts.append(data)
        for _, hl, idx in self.stack:
            if hl is not None:
                hl.fragments[idx] += data


@dataclass
class ParsedPage:
    highlights: dict[str, Highlight]
    text: str  # the text content of #text
    n_elements: int  # <mark> elements (fragments count one each)


def parse_highlights(page: str) -> ParsedPage:
    p = _Marks()
    p.feed(page)
    p.close()
    return ParsedPage(p.found, "".join(p.text_parts), p.elements)


# -- Chromium ---------------------------------------------------------------------------------


def chromium_or_skip() -> str:
    import pytest

    if not (Path(CHROMIUM).exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(
            f"Chromium not found at {CHROMIUM}: run scripts/install_browser.sh "
            "(Debian's chromium package) to enable the browser tests"
        )
    return CHROMIUM


def chromium(args: list[str], profile: Path, *, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    profile.mkdir(parents=True, exist_ok=True)
    cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)


def screenshot(
    url: str, out: Path, profile: Path, *, size: str = "1600,1000", budget_ms: int = 15000
) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    proc = chromium(
        [f"--virtual-time-budget={budget_ms}", f"--window-size={size}", f"--screenshot={out}", url], profile
    )
    assert out.exists() and out.stat().st_size > 10_000, f"no screenshot of {url}: {proc.stderr[-2000:]}"
    return out


def dump_dom(url: str, profile: Path, *, budget_ms: int = 15000, size: str = "1600,1000") -> str:
    proc = chromium(
        [f"--virtual-time-budget={budget_ms}", f"--window-size={size}", "--dump-dom", url], profile
    )
    assert proc.returncode == 0 and proc.stdout.strip(), f"--dump-dom {url} failed: {proc.stderr[-2000:]}"
    return proc.stdout


def playwright_or_skip():  # -> playwright.sync_api module
    """Playwright's Python API (PyPI `playwright`; it drives Debian's chromium, never its own)."""
    import pytest

    chromium_or_skip()
    reason = "playwright is not installed: pip install -e .[dev]"
    return pytest.importorskip("playwright.sync_api", reason=reason)


def launch_browser(pw, **kwargs):  # (playwright.sync_api.Playwright) -> Browser
    """Headless Debian chromium through Playwright, with the machine's flags (no network chatter).

    Playwright gives each launch a new empty profile (--user-data-dir) and adds --no-sandbox
    itself (chromium_sandbox=False), so those two flags are not repeated here."""
    args = [f for f in CHROMIUM_FLAGS if f not in ("--headless", "--no-sandbox")]
    return pw.chromium.launch(
        executable_path=CHROMIUM, headless=True, chromium_sandbox=False, args=args, **kwargs
    )


def save_artifact(png: Path, name: str) -> Path:
    """Keep the screenshot under artifacts/ (and docs/screenshots/ when UPDATE_SCREENSHOTS=1)."""
    ARTIFACTS.mkdir(exist_ok=True)
    kept = ARTIFACTS / name
    shutil.copyfile(png, kept)
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, SCREENSHOTS / name)
    return kept


# -- a dagster dev server ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class DagsterServer:
    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"

    def get(self, path: str, timeout: float = 10) -> bytes:
        with urllib.request.urlopen(self.base + path, timeout=timeout) as resp:
            return resp.read()

    def wait_ready(self, proc: subprocess.Popen, timeout: float = 90) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"dagster dev exited with {proc.returncode} before serving")
            try:
                info = json.loads(self.get("/server_info", timeout=3))
                # The webserver answers before the code location has loaded; wait for the assets too.
                nodes = self.graphql("{ assetNodes { assetKey { path } } }").get("assetNodes") or []
                if nodes:
                    return info
            except (
                urllib.error.URLError,
                ConnectionError,
                TimeoutError,
                json.JSONDecodeError,
                AssertionError,
            ):
                pass
            time.sleep(1)
        raise AssertionError(f"dagster dev did not serve {self.base} with assets within {timeout:.0f} s")

    def graphql(self, query: str, variables: dict | None = None) -> dict:
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        req = urllib.request.Request(
            self.base + "/graphql", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=30) as resp:
            payload = json.loads(resp.read())
        assert not payload.get("errors"), payload["errors"]
        return payload["data"]
