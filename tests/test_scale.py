"""Scale-out parts without a cluster: shards, Parquet parts and the store loading them."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
from scale_support import layers_whole, mixed_inputs, report, store_rows

from dateline.config import Settings
from dateline.ingest import JsonFields, Skipped
from dateline.pipeline import Pipeline
from dateline.scale.parts import Dataset
from dateline.scale.run import InOrder, ScaleSummary
from dateline.scale.shards import Shard, choices, shard_name, shards
from dateline.scale.worker import extract_shard
from dateline.store.database import Store
from dateline.store.schema import tables


def run_shards(paths: list[str], db: Path, pipeline: Pipeline) -> ScaleSummary:
    """What the Ray driver does, with the shards extracted here one after another."""
    summary = ScaleSummary()
    with Store(db) as store:
        dataset = Dataset.beside(db)
        order = []
        for item in shards(paths, store.files, dataset.root):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
            else:
                order.append(item)
        loader = InOrder(store, dataset, order, summary)
        for shard in order:
            if not dataset.done(shard.name):
                extract_shard(pipeline, shard, dataset, JsonFields())
            loader.finished(shard.name)
        assert loader.complete
    return summary


def test_loaded_parts_equal_a_local_ingest_table_by_table(
    mixed: Path, mixed_local: tuple[Path, dict], tmp_path: Path, pipeline: Pipeline
) -> None:
    db = tmp_path / "parts.duckdb"
    summary = run_shards(mixed_inputs(mixed), db, pipeline)
    local_db, local_report = mixed_local
    assert report(summary) == local_report
    # a file repeated under a new name is a new source; the JSONL named twice is not
    assert local_report["counts"][:3] == (9, 3, 1)
    assert len(local_report["skipped"]) == 5 and len(local_report["warned"]) == 2
    ours, theirs = store_rows(db), store_rows(local_db)
    for table in tables():
        assert ours[table] == theirs[table], table


def test_parts_hold_one_file_per_shard_and_table(mixed: Path, tmp_path: Path, pipeline) -> None:
    db = tmp_path / "parts.duckdb"
    run_shards([str(mixed / "wire.jsonl")], db, pipeline)
    name = shard_name(mixed / "wire.jsonl")
    root = Dataset.beside(db).root
    assert sorted(p.name for p in root.glob(f"*/{name}.*")) == sorted(
        [f"{name}.json"] + [f"{name}.parquet"] * len(tables())
    )
    articles = pq.read_table(root / "articles" / f"{name}.parquet")
    assert articles.num_rows == 2
    assert articles.schema.names == [column for column, _ in tables()["articles"]]


def test_a_rerun_loads_nothing_twice_and_reuses_the_parts(
    mixed: Path, tmp_path: Path, pipeline: Pipeline
) -> None:
    db = tmp_path / "parts.duckdb"
    first = run_shards([str(mixed)], db, pipeline)
    before = layers_whole(db)
    parts = sorted(Dataset.beside(db).root.rglob("*.parquet"))
    stamps = [p.stat().st_mtime_ns for p in parts]
    second = run_shards([str(mixed)], db, pipeline)
    assert layers_whole(db) == before
    assert [p.stat().st_mtime_ns for p in parts] == stamps, "a done shard was extracted again"
    assert (second.stored, second.duplicates) == (0, first.stored + first.duplicates)


def test_unfinished_shard_is_not_done_and_a_changed_file_is_a_new_shard(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    source = tmp_path / "note.txt"
    source.write_text("Curfew lifted in the capital\n\n" + "Shops reopened on Friday. " * 8)
    shard = Shard(shard_name(source), str(source))
    dataset = Dataset(tmp_path / "parts")
    extract_shard(pipeline, shard, dataset, JsonFields())
    assert dataset.done(shard.name)
    os.remove(dataset.manifest_path(shard.name))
    assert not dataset.done(shard.name), "parts without a manifest are not a finished shard"
    source.write_text(source.read_text() + "Schools stay closed.\n")
    assert shard_name(source) != shard.name


def test_the_parts_dataset_inside_an_input_folder_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    dataset = Dataset.beside(tmp_path / "s.duckdb")
    (dataset.root / "_shards").mkdir(parents=True)
    (dataset.root / "_shards" / "a.json").write_text("{}")
    found = list(shards([str(tmp_path)], outside=dataset.root))
    assert [Path(s.path).name for s in found] == ["a.txt"]


def test_files_named_by_uri_are_read_as_the_same_files_are_locally(
    mixed: Path, mixed_local: tuple[Path, dict], tmp_path: Path, pipeline: Pipeline
) -> None:
    db = tmp_path / "uri.duckdb"
    uris = [f"file://{path}" for path in mixed_inputs(mixed)]
    summary = run_shards([*uris, "file:///no/such/folder"], db, pipeline)
    local_db, local_report = mixed_local

    def local_names(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return sorted((where.removeprefix("file://"), why) for where, why in pairs)

    ours = report(summary)
    assert ("file:///no/such/folder", "no such file or folder") in ours["skipped"]
    ours["skipped"].remove(("file:///no/such/folder", "no such file or folder"))
    assert ours["counts"] == local_report["counts"]
    assert local_names(ours["skipped"]) == local_report["skipped"]
    assert local_names(ours["warned"]) == local_report["warned"]
    rows, theirs = store_rows(db), store_rows(local_db)
    assert all(location.startswith(f"file://{mixed}/") for _, location, *_ in rows["sources"])

    def local_paths(row: tuple) -> tuple:
        uri = f"file://{mixed}"
        return tuple(v.replace(uri, str(mixed)) if isinstance(v, str) else v for v in row)

    for table in tables():
        assert sorted(map(local_paths, rows[table])) == theirs[table], table


def test_other_user_files_or_fields_make_other_shards(tmp_path: Path) -> None:
    source = tmp_path / "feed.jsonl"
    source.write_text('{"body": "x"}\n')
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors: []\n")
    plain = shard_name(source, choices(Settings(), JsonFields()))
    assert shard_name(source, choices(Settings(), JsonFields())) == plain
    with_actors = shard_name(source, choices(Settings(actors=actors), JsonFields()))
    with_fields = shard_name(source, choices(Settings(), JsonFields.parse("text=body")))
    assert len({plain, with_actors, with_fields}) == 3
    actors.write_text("actors: []\nreplace: true\n")
    assert shard_name(source, choices(Settings(actors=actors), JsonFields())) != with_actors
