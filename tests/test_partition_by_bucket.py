"""PARTITION_BY=bucket (archives past ~100,000 documents): static buckets of documents as the
partitions of the per-document assets. The partitions are chosen when the definitions are
imported, so the Dagster half of this file runs in a child pytest with the setting on."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest

from pipelines import partitioning
from pipelines.storage import BUCKETS, bucket_of
from tests.conftest import SEED
from tests.test_sensor import SECOND

ROOT = Path(__file__).resolve().parents[1]
BUCKET_MODE = os.environ.get(partitioning.PARTITION_BY_ENV) == partitioning.BUCKET
in_bucket_mode = pytest.mark.skipif(not BUCKET_MODE, reason="runs in the child with PARTITION_BY=bucket")


def test_a_partition_lies_in_one_storage_bucket() -> None:
    for i in range(500):
        doc = f"doc_{i}"
        assert int(partitioning.bucket_key(doc, 4096)) % BUCKETS == bucket_of(doc)
    keys = partitioning.bucket_keys(4096)
    assert keys[:2] == ["0000", "0001"] and len(keys) == 4096
    keys = {partitioning.bucket_key("doc_1", 64), partitioning.bucket_key("doc_2", 64)}
    assert partitioning.documents_in(keys, ["doc_1", "doc_2", "doc_3"], 64)[:2] == ["doc_1", "doc_2"]


def test_settings_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert partitioning.partition_by() in (partitioning.DOCUMENT, partitioning.BUCKET)
    monkeypatch.setenv(partitioning.BUCKETS_ENV, "100")
    with pytest.raises(ValueError, match="multiple"):
        partitioning.partition_buckets()
    monkeypatch.setenv(partitioning.PARTITION_BY_ENV, "month")
    with pytest.raises(ValueError, match="bucket"):
        partitioning.partition_by()


@pytest.mark.skipif(BUCKET_MODE, reason="this is the child")
def test_bucket_mode_in_a_child_pytest() -> None:
    env = dict(os.environ, PARTITION_BY="bucket", PARTITION_BUCKETS="64", PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__, "-k", "in_bucket_mode"]
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "2 passed" in proc.stdout, proc.stdout[-2000:]


@pytest.fixture
def harness(tmp_path: Path) -> Iterator:
    from tests.test_sensor import Harness

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / "seed_a.txt")
    (seeds / "seed_b.txt").write_text(SECOND, encoding="utf-8")
    with dg.instance_for_test(temp_dir=str(tmp_path)) as instance:
        yield Harness(instance, seeds, tmp_path / "warehouse")


@in_bucket_mode
def test_in_bucket_mode_the_sensor_reruns_the_bucket_of_a_file(harness) -> None:  # type: ignore[no-untyped-def]
    from pipelines.defs.assets import PARTITIONS

    assert isinstance(PARTITIONS, dg.StaticPartitionsDefinition)
    assert len(PARTITIONS.get_partition_keys()) == 64
    result, runs = harness.tick()
    assert not result.dynamic_partitions_requests
    assert sorted(r.partition_key for r in runs) == sorted(
        {partitioning.bucket_key("seed_a"), partitioning.bucket_key("seed_b")}
    )
    assert sorted(harness.query("SELECT doc_id FROM documents")) == [("seed_a",), ("seed_b",)]
    assert ("seed_b", 120.0) in harness.query("SELECT doc_id, value FROM metrics")
    assert not harness.evaluate().run_requests

    (harness.seeds / "seed_b.txt").write_text(SECOND.replace("About 120", "About 130"), encoding="utf-8")
    _, runs = harness.tick()
    assert [r.partition_key for r in runs] == [partitioning.bucket_key("seed_b")]
    values = harness.query("SELECT doc_id, value FROM metrics WHERE doc_id = 'seed_b'")
    assert ("seed_b", 130.0) in values and ("seed_b", 120.0) not in values

    (harness.seeds / "seed_b.txt").unlink()
    harness.tick()
    assert harness.query("SELECT doc_id FROM documents") == [("seed_a",)]


@in_bucket_mode
def test_in_bucket_mode_a_full_build_covers_every_bucket(tmp_path: Path) -> None:
    from pipelines.defs.resources import WarehouseResource
    from pipelines.materialize import materialize_all
    from pipelines.storage import Warehouse

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(6):
        text = SECOND.replace("About 120", f"About {121 + i}")
        (seeds / f"seed_{i}.txt").write_text(text, encoding="utf-8")
    wh = str(tmp_path / "wh")
    resource = WarehouseResource(seeds_dir=str(seeds), warehouse_dir=wh, max_seed_bytes=1 << 24)
    with dg.instance_for_test(temp_dir=str(tmp_path)) as instance:
        assert all(r.success for r in materialize_all(instance, resource, log_level="WARNING"))
        assert len(instance.get_materialized_partitions(dg.AssetKey("metrics"))) == 64
    with Warehouse(tmp_path / "wh").connect() as con:
        assert con.execute("SELECT count(DISTINCT doc_id) FROM metrics").fetchone()[0] == 6
