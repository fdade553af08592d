"""Seeds under an s3:// prefix (SEEDS_DIR=s3://bucket/prefix), against moto in server mode on
loopback: the build equals the build of the same files from a folder, the sensor reads only the
objects that changed, and it drives runs for added, changed and removed objects as for files."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest

from benchmarks.generate import TRUTH_FILE, generate_corpus
from pipelines import seedscan
from pipelines.objectstore import s3_filesystem
from pipelines.runner import build_warehouse
from pipelines.seedsource import listing
from pipelines.stages import list_seeds
from tests.conftest import SEED
from tests.test_crash import published
from tests.test_sensor import SECOND, Harness

pytestmark = pytest.mark.cluster
MB = 1 << 24


class Prefix:
    """An s3:// prefix of seeds, written through pyarrow's filesystem."""

    def __init__(self, uri: str) -> None:
        self.uri, self.path, self.fs = uri, uri.removeprefix("s3://"), s3_filesystem()

    def put(self, name: str, data: bytes) -> None:
        with self.fs.open_output_stream(f"{self.path}/{name}") as out:
            out.write(data)

    def delete(self, name: str) -> None:
        self.fs.delete_file(f"{self.path}/{name}")


@pytest.fixture
def prefix(s3_uri: str) -> Prefix:
    return Prefix(s3_uri.replace("/warehouse", "/seeds"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The seed release and a dozen generated ones, good and bad (regular files only: an object
    store has no links, pipes or permissions)."""
    seeds = tmp_path / "seeds"
    generate_corpus(seeds, 12, seed=5, bad_fraction=0.25)
    (seeds / TRUTH_FILE).unlink()
    shutil.copy(SEED, seeds / SEED.name)
    for p in seeds.iterdir():
        if p.is_symlink() or not p.is_file():
            p.unlink() if p.is_symlink() else shutil.rmtree(p)
    return seeds


def test_a_build_from_s3_equals_the_build_from_the_folder(
    folder: Path, prefix: Prefix, tmp_path: Path
) -> None:
    for path in folder.iterdir():
        prefix.put(path.name, path.read_bytes())
    prefix.put("sub/nested.txt", SEED.read_bytes())  # not directly under the prefix: not a seed
    prefix.put(".hidden.txt", SEED.read_bytes())  # hidden, as in a folder
    assert [s.doc_id for s in list_seeds(prefix.uri)] == [s.doc_id for s in list_seeds(folder)]

    build_warehouse(folder, tmp_path / "from-folder", max_bytes=MB)
    build_warehouse(prefix.uri, tmp_path / "from-s3", max_bytes=MB)
    local, remote = published_of(tmp_path / "from-folder"), published_of(tmp_path / "from-s3")
    for row in remote["documents"]:
        assert row["source_path"] == f"{prefix.uri}/{Path(row['source_path']).name}"
        row["source_path"] = str(folder / Path(row["source_path"]).name)
    assert remote == local
    assert {"ok", "rejected"} <= {r["status"] for r in local["documents"]}  # bad files too


def published_of(folder: Path) -> dict[str, list[dict]]:
    from pipelines.storage import Warehouse

    return published(Warehouse(folder))


def test_an_oversized_or_vanished_object_is_a_rejected_row(prefix: Prefix) -> None:
    from pipelines.intake import read_seed

    big = b"x" * 5000
    prefix.put("big.txt", big)
    row = read_seed("big", f"{prefix.uri}/big.txt", max_bytes=1024)
    assert row["status"] == "rejected" and str(row["reject_reason"]).startswith("larger than the limit")
    assert row["content_sha256"] == hashlib.sha256(big).hexdigest() and row["n_bytes"] == 5000
    gone = read_seed("gone", f"{prefix.uri}/gone.txt", max_bytes=1024)
    assert gone["reject_reason"] == "file vanished before it could be read"


def test_a_look_reads_only_the_objects_that_changed(prefix: Prefix) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        prefix.put(name, f"release {name}".encode())
    cache = seedscan.HashCache()
    first = cache.snapshot(prefix.uri)
    assert cache.hashed == 3 and first["a"] == hashlib.sha256(b"release a.txt").hexdigest()
    assert cache.snapshot(prefix.uri) == first and cache.hashed == 0
    prefix.put("b.txt", b"release b, changed")
    prefix.put("d.txt", b"release d")
    prefix.delete("c.txt")
    after = cache.snapshot(prefix.uri)
    assert cache.hashed == 2
    assert seedscan.diff(first, after) == seedscan.SeedDiff(added=["d"], changed=["b"], removed=["c"])
    assert listing("s3://no-such-bucket-here/seeds") == []


@pytest.fixture
def s3_harness(prefix: Prefix, tmp_path: Path) -> Iterator[tuple[Harness, Prefix]]:
    prefix.put("seed_a.txt", SEED.read_bytes())
    prefix.put("seed_b.txt", SECOND.encode())
    (tmp_path / "dagster_home").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "dagster_home")) as instance:
        yield Harness(instance, prefix.uri, tmp_path / "warehouse"), prefix  # type: ignore[arg-type]


def test_the_sensor_follows_objects_added_changed_and_removed(s3_harness: tuple[Harness, Prefix]) -> None:
    harness, prefix = s3_harness
    _, runs = harness.tick()
    assert len(runs) == 1
    assert sorted(harness.query("SELECT doc_id FROM documents")) == [("seed_a",), ("seed_b",)]
    assert not harness.evaluate().run_requests  # nothing changed

    prefix.put("seed_b.txt", SECOND.replace("About 120", "About 130").encode())
    prefix.put("seed_c.txt", SECOND.replace("About 120", "About 150").encode())
    harness.tick()
    values = harness.query("SELECT doc_id, value FROM metrics WHERE doc_id IN ('seed_b', 'seed_c')")
    assert ("seed_b", 130.0) in values and ("seed_b", 120.0) not in values and ("seed_c", 150.0) in values

    prefix.delete("seed_a.txt")
    harness.tick()
    assert sorted(harness.query("SELECT doc_id FROM documents")) == [("seed_b",), ("seed_c",)]
    assert harness.query("SELECT count(*) FROM metrics WHERE doc_id = 'seed_a'") == [(0,)]
