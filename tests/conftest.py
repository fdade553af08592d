from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_55ad8ffe8ce86c12.txt"


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    shutil.copy(SEED, d / SEED.name)
    return d


def seed_warehouse(base: Path, extra: dict[str, bytes] | None = None) -> Path:
    """A warehouse built from the seed (and `extra` files: name -> bytes) under `base`."""
    from pipelines.runner import build_warehouse

    seeds = base / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    for name, data in (extra or {}).items():
        (seeds / name).write_bytes(data)
    build_warehouse(seeds, base / "warehouse", max_bytes=1 << 24)
    return base / "warehouse"


def shared_corpus() -> Path:
    corpus = SHARED / "corpus"
    if not (corpus / "gold.json").exists():
        pytest.skip(f"the labelled corpus is not at {corpus} (../shared absent)")
    return corpus


# -- S3 (the `cluster` tests) ------------------------------------------------------------------
@pytest.fixture(scope="module")
def s3_port() -> Iterator[int]:
    """moto in server mode on loopback, for the module's tests."""
    from tests.s3server import moto_server

    with moto_server() as port:
        yield port


@pytest.fixture
def s3_uri(s3_port: int, monkeypatch: pytest.MonkeyPatch) -> str:
    """A warehouse URI in a fresh bucket, with the AWS variables pointing at the server."""
    from tests.s3server import new_bucket, s3_environ

    for key, value in s3_environ(s3_port).items():
        monkeypatch.setenv(key, value)
    return f"s3://{new_bucket(s3_port)}/warehouse"
