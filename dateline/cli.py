"""The ``dateline`` command.

Exit codes: 0 everything was read; 1 some items were skipped as bad input (each is
reported, the rest was processed); 2 a usage error (bad option, missing store);
3 no article at all could be read.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from dataclasses import replace
from datetime import date
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from dateline import logs
from dateline.config import Settings
from dateline.events.files import FORMATS as EVENT_FORMATS
from dateline.events.files import write as write_events
from dateline.events.salience import LEAD, salient
from dateline.ingest import JsonFields, Skipped, Warned, estimate, read_items
from dateline.pipeline import Extractor
from dateline.store.database import Store, StoreError
from dateline.store.exports import EXPORTABLE, export_incidents, export_table
from dateline.store.incident_rows import incident_rows
from dateline.store.incidents import decide
from dateline.store.incidents import members as incident_members
from dateline.store.queries import EventFilter, events, stats
from dateline.store.rebuild import rebuild
from dateline.store.writer import ingest as run_ingest
from dateline.views import View, print_rows

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3

app = typer.Typer(
    help="News articles to structured, geolocated, dated event data.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
log = logging.getLogger("dateline")

Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or info logs.")]
JsonLogs = Annotated[bool, typer.Option("--json-logs", help="Logs as JSON lines on stderr.")]
Db = Annotated[Path, typer.Option("--db", help="The DuckDB store file.")]
Lead = Annotated[
    bool,
    typer.Option(
        "--lead", help=f"Only the salient events: those the headline and lead report (>= {LEAD})."
    ),
]
Gazetteer = Annotated[
    Path | None, typer.Option("--gazetteer", help="A gazetteer built by `gazetteer build`.")
]
Actors = Annotated[Path | None, typer.Option("--actors", help="Your actor dictionary file.")]
Ontology = Annotated[Path | None, typer.Option("--ontology", help="Your event ontology file.")]
KeepUnlikely = Annotated[
    bool,
    typer.Option(
        "--keep-unlikely",
        help="Keep event records the learned model finds unlikely to report a real happening.",
    ),
]
MinLikelihood = Annotated[
    float | None,
    typer.Option(
        "--min-likelihood",
        min=0.0,
        max=1.0,
        help="Keep event records at least this likely to report a real happening "
        "(default: the learned threshold; higher: fewer records, more of them real).",
    ),
]
Fields = Annotated[
    str | None,
    typer.Option("--fields", help="JSONL keys, e.g. 'text=body,published=pubdate,url=link'."),
]


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"
    acled = "acled"
    plover = "plover"
    geojson = "geojson"


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    log.error(message)
    return typer.Exit(code)


def _fields(spec: str | None) -> JsonFields:
    try:
        return JsonFields.parse(spec)
    except ValueError as error:
        raise _fail(str(error)) from None


def _settings(
    gazetteer: Path | None,
    actors: Path | None,
    ontology: Path | None,
    keep_unlikely: bool,
    min_likelihood: float | None,
) -> Settings:
    for option, path in (
        ("--gazetteer", gazetteer),
        ("--actors", actors),
        ("--ontology", ontology),
    ):
        if path is not None and not path.exists():
            raise _fail(f"{option}: no such file {path}")
    if keep_unlikely and min_likelihood is not None:
        raise _fail("--keep-unlikely keeps every record; leave out --min-likelihood with it")
    return Settings(
        gazetteer=gazetteer,
        actors=actors,
        ontology=ontology,
        keep_unlikely=keep_unlikely,
        min_likelihood=min_likelihood,
    )


def _open_store(db: Path, read_only: bool = False) -> Store:
    try:
        return Store(db, read_only=read_only)
    except StoreError as error:
        raise _fail(str(error)) from None


def _report_skipped(skipped: list[Skipped], warned: list[Warned] = ()) -> None:
    for item in warned:
        log.warning("%s: %s", item.location, item.reason, extra={"fields": {
            "event": "warned", "location": item.location, "reason": item.reason}})  # fmt: skip
    for item in skipped:
        log.warning("skipped %s: %s", item.location, item.reason, extra={"fields": {
            "event": "skipped", "location": item.location, "reason": item.reason}})  # fmt: skip


class RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "- articles/s", style="cyan")


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Article files or folders; '-' is stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.json,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) when the input has none.")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes to use.")] = 1,
    fields: Fields = None,
    gazetteer: Gazetteer = None,
    actors: Actors = None,
    ontology: Ontology = None,
    keep_unlikely: KeepUnlikely = False,
    min_likelihood: MinLikelihood = None,
    lead: Lead = False,
    quiet: Quiet = False,
    json_logs: JsonLogs = False,
) -> None:
    """Print the extracted JSON of each article (json: pretty objects; jsonl: one per line)."""
    logs.configure(quiet, json_logs)
    if published is not None:
        try:
            date.fromisoformat(published)
        except ValueError:
            raise _fail(f"--published must be YYYY-MM-DD, not {published!r}") from None
    settings = _settings(gazetteer, actors, ontology, keep_unlikely, min_likelihood)
    skipped: list[Skipped] = []
    warned: list[Warned] = []

    def articles():
        for item in read_items(files, _fields(fields)):
            if isinstance(item, Skipped | Warned):
                (skipped if isinstance(item, Skipped) else warned).append(item)
                continue
            item.published = item.published or published
            yield item

    count = 0
    with Extractor(settings, workers) as extractor:
        for outcome in extractor.process(articles()):
            if isinstance(outcome, Skipped):
                skipped.append(outcome)
                continue
            if lead:
                outcome.events = salient(outcome.events)
            indent = 2 if format is OutputFormat.json else None
            sys.stdout.write(json.dumps(outcome.to_dict(), ensure_ascii=False, indent=indent))
            sys.stdout.write("\n")
            count += 1
    _report_skipped(skipped, warned)
    raise typer.Exit(EXIT_NOTHING if not count else EXIT_SKIPPED if skipped else EXIT_OK)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Folders, files, globs, WARC, JSONL.")],
    db: Db,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Processes to use (with --ray: actors; default one per CPU)."),
    ] = None,
    ray: Annotated[
        str | None,
        typer.Option("--ray", help="Extract on Ray: 'auto' (running cluster), 'local', ADDRESS."),
    ] = None,
    fields: Fields = None,
    gazetteer: Gazetteer = None,
    actors: Actors = None,
    ontology: Ontology = None,
    keep_unlikely: KeepUnlikely = False,
    min_likelihood: MinLikelihood = None,
    quiet: Quiet = False,
    json_logs: JsonLogs = False,
) -> None:
    """Read articles into the store; re-running adds nothing that is already there."""
    console = logs.configure(quiet, json_logs)
    settings = _settings(gazetteer, actors, ontology, keep_unlikely, min_likelihood)
    json_fields = _fields(fields)
    with _open_store(db) as store, _progress(console) as progress:
        total = None if console.quiet else estimate(paths, store.files)
        task = progress.add_task("ingest", total=total)
        advance = partial(progress.advance, task)
        if ray is None:
            summary = run_ingest(paths, store, settings, workers or 1, json_fields, advance)
        else:
            from dateline.scale.cluster import ClusterError
            from dateline.scale.run import ingest_on_ray

            try:
                summary = ingest_on_ray(
                    paths, store, ray, settings, workers, json_fields, on_progress=advance
                )
            except ClusterError as error:
                raise _fail(str(error)) from None
    _report_skipped(summary.skipped, summary.warned)
    line = (
        f"{summary.stored} articles stored, {summary.duplicates} already present "
        f"({summary.new_sources} new sources), {len(summary.skipped)} skipped, "
        f"{len(summary.warned)} warned; "
        f"{summary.places} places, {summary.events} events, {summary.quotes} quotes"
    )
    if ray is not None:
        line += f"; {summary.shards} shards, {summary.reused} done by an earlier run"
    if json_logs:
        log.info(line, extra={"fields": {"event": "summary", **_summary_fields(summary)}})
    elif not quiet:
        out.print(line)
    if summary.read == 0 and summary.skipped:
        raise typer.Exit(EXIT_NOTHING)
    raise typer.Exit(EXIT_SKIPPED if summary.skipped else EXIT_OK)


def _summary_fields(summary) -> dict[str, int]:
    return {
        "stored": summary.stored,
        "duplicates": summary.duplicates,
        "new_sources": summary.new_sources,
        "skipped": len(summary.skipped),
        "warned": len(summary.warned),
        "places": summary.places,
        "events": summary.events,
        "quotes": summary.quotes,
    }


def _point(value: str | None) -> tuple[float, float] | None:
    if value is None:
        return None
    try:
        lat, lon = (float(part) for part in value.split(","))
    except ValueError:
        raise _fail(f"--near takes LAT,LON, not {value!r}") from None
    return lat, lon


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError:
        raise _fail(f"--bbox takes WEST,SOUTH,EAST,NORTH, not {value!r}") from None
    return west, south, east, north


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(f"{option} must be YYYY-MM-DD, not {value!r}") from None


Types = Annotated[list[str] | None, typer.Option("--type", help="PLOVER type(s).")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Actor id or part of a name.")]
Country = Annotated[str | None, typer.Option("--country", help="ISO2 (place) or ISO3 (actor).")]
Since = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")]
Status = Annotated[str | None, typer.Option("--status", help="asserted, future, ...")]
PlaceOpt = Annotated[str | None, typer.Option("--place", help="Part of a place name.")]
Near = Annotated[str | None, typer.Option("--near", help="LAT,LON centre of a radius search.")]
Radius = Annotated[float, typer.Option("--radius", help="Radius in km around --near.")]
Bbox = Annotated[str | None, typer.Option("--bbox", help="WEST,SOUTH,EAST,NORTH.")]
Words = Annotated[str | None, typer.Option("--text", help="Words in the evidence sentence.")]


def _filter(
    types: list[str] | None,
    actor: str | None,
    country: str | None,
    since: str | None,
    until: str | None,
    status: str | None,
    place: str | None,
    near: str | None,
    radius: float,
    bbox: str | None,
    text: str | None,
    lead: bool,
) -> EventFilter:
    return EventFilter(
        types=tuple(types or ()),
        actor=actor,
        country=country,
        since=_day(since, "--since"),
        until=_day(until, "--until"),
        status=status,
        place=place,
        near=_point(near),
        radius_km=radius,
        bbox=_bbox(bbox),
        text=text,
        min_salience=LEAD if lead else None,
    )


EVENT_VIEW = (
    View("date", "date", 10),
    View("type", "type", 9),
    View("place", "place_name", 14),
    View("actor", "actor_name", 16),
    View("recipient", "recipient_name", 16),
    View("counts", "quantities", 14),
    View("status", "status", 8),
)


@app.command("events")
def list_events(
    db: Db,
    type: Types = None,
    actor: ActorOpt = None,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    status: Status = None,
    place: PlaceOpt = None,
    near: Near = None,
    radius: Radius = 50.0,
    bbox: Bbox = None,
    text: Words = None,
    lead: Lead = False,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Query events in the store."""
    logs.configure()
    where = _filter(
        type, actor, country, since, until, status, place, near, radius, bbox, text, lead
    )
    with _open_store(db, read_only=True) as store:
        rows = events(store, where, limit=limit)
    print_rows(out, rows, format.value, EVENT_VIEW, "sentence")


@app.command()
def export(
    db: Db,
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.csv,
    table: Annotated[
        str, typer.Option(help=f"What to export: {', '.join(EXPORTABLE)}.")
    ] = "events",
    lead: Lead = False,
) -> None:
    """Export events (or another table) for pandas, R and spreadsheets."""
    logs.configure()
    with _open_store(db, read_only=True) as store:
        try:
            if table == "incidents" or format is ExportFormat.geojson:
                count = export_incidents(store, table, format.value, output, lead)
            elif format.value in EVENT_FORMATS:
                results = store.results()
                if lead:
                    results = (replace(r, events=salient(r.events)) for r in results)
                count = write_events(results, format.value, output)
            else:
                where = EventFilter(min_salience=LEAD if lead else None)
                count = export_table(store, table, format.value, output, where)
        except ValueError as error:
            raise _fail(str(error)) from None
    out.print(f"{count} {table} rows written to {output}")


@app.command("stats")
def show_stats(
    db: Db,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Summarise what the store holds."""
    logs.configure()
    with _open_store(db, read_only=True) as store:
        summary = stats(store)
    if format is not ListFormat.table:
        sys.stdout.write(json.dumps(summary, default=str, indent=2) + "\n")
        return
    table = Table("what", "count")
    for name, count in summary["counts"].items():
        table.add_row(name, str(count))
    for name, count in summary["events_by_type"].items():
        table.add_row(f"  events: {name}", str(count))
    out.print(table)
    span = summary["published"]
    out.print(f"published from {span['first']} to {span['last']}")


@app.command()
def serve(
    db: Db,
    host: Annotated[str, typer.Option(help="Address to bind; keep 127.0.0.1 unless told.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    tiles: Annotated[
        str | None,
        typer.Option(help="Online tile URL, e.g. https://tile.example.org/{z}/{x}/{y}.png."),
    ] = None,
) -> None:
    """Serve the page (map, timeline, table, article view) and the HTTP API over the store."""
    import uvicorn

    from dateline.web import create_app

    logs.configure()
    try:
        web = create_app(db, tiles=tiles)
    except (StoreError, ValueError) as error:
        raise _fail(str(error)) from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s: anyone who can reach this address can read the store", host)
    out.print(f"dateline serving {db} at http://{host}:{port}/ (API docs at /docs)")
    uvicorn.run(web, host=host, port=port, log_level="warning")


incidents_app = typer.Typer(
    help="Incidents: one record per real-world happening, across every article reporting it. "
    "Without a subcommand, list them (filters as for `events`, on any member event).",
    invoke_without_command=True,
)
app.add_typer(incidents_app, name="incidents")

INCIDENT_VIEW = (
    View("date", "date", 10),
    View("type", "type", 9),
    View("place", "place_name", 14),
    View("n", "articles", 3),
    View("counts", "quantities", 14),
    View("actor", "actor_name", 16),
    View("sources", "sources", 24),
    View("id", "id", 20),
)


@incidents_app.callback()
def list_incidents(
    ctx: typer.Context,
    db: Annotated[Path | None, typer.Option("--db", help="The DuckDB store file.")] = None,
    type: Types = None,
    actor: ActorOpt = None,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    status: Status = None,
    place: PlaceOpt = None,
    near: Near = None,
    radius: Radius = 50.0,
    bbox: Bbox = None,
    text: Words = None,
    lead: Lead = False,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """List incidents, most reported first."""
    if ctx.invoked_subcommand is not None:
        return
    logs.configure()
    if db is None:
        raise _fail("--db is required")
    where = _filter(
        type, actor, country, since, until, status, place, near, radius, bbox, text, lead
    )
    with _open_store(db, read_only=True) as store:
        rows = incident_rows(store, where, limit=limit)
    for row in rows:
        row["sentence"] = row["members"][0]["sentence"] if row["members"] else ""
    print_rows(out, rows, format.value, INCIDENT_VIEW, "sentence")


def _event_key(value: str) -> tuple[str, int]:
    article, _, index = value.rpartition(":")
    if not article or not index.isdigit():
        raise _fail(f"--event takes ARTICLE_ID:INDEX, not {value!r}")
    return article, int(index)


@incidents_app.command("split")
def split_incident(
    incident: Annotated[str, typer.Argument(help="The incident's id.")],
    db: Db,
    event: Annotated[
        list[str], typer.Option("--event", help="ARTICLE_ID:INDEX of an event to split off.")
    ],
) -> None:
    """Split events off an incident into their own; later ingests keep them apart."""
    logs.configure()
    with _open_store(db) as store:
        held = incident_members(store.con, incident)
        if not held:
            raise _fail(f"no incident {incident!r} in {db}")
        chosen = [_event_key(e) for e in event]
        if missing := [k for k in chosen if k not in held]:
            raise _fail(f"not events of {incident}: {', '.join(f'{a}:{i}' for a, i in missing)}")
        rest = [k for k in held if k not in chosen]
        try:
            decide(store.con, "split", chosen, rest)
        except ValueError as error:
            raise _fail(str(error)) from None
    out.print(f"split {len(chosen)} events off {incident}")


@incidents_app.command("merge")
def merge_incidents(
    first: Annotated[str, typer.Argument(help="An incident's id.")],
    second: Annotated[str, typer.Argument(help="Another incident's id.")],
    db: Db,
) -> None:
    """Merge two incidents into one; later ingests keep them together."""
    logs.configure()
    with _open_store(db) as store:
        groups = [incident_members(store.con, i) for i in (first, second)]
        if not all(groups) or first == second:
            raise _fail(f"need two different incidents of {db}")
        decide(store.con, "merge", *groups)
    out.print(f"merged {first} and {second}")


@incidents_app.command("rebuild")
def rebuild_incidents(db: Db) -> None:
    """Re-fuse every event of the store from scratch (a store ingested before incidents
    existed, or after the fusion rules changed); keeps the user's splits and merges."""
    logs.configure()
    began = time.perf_counter()
    with _open_store(db) as store:
        count = rebuild(store.con)
    out.print(f"{count} incidents in {db} ({time.perf_counter() - began:.0f} s)")


gazetteer_app = typer.Typer(help="Gazetteers for the places stage.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build(
    dumps: Annotated[
        list[Path],
        typer.Argument(
            help="GeoNames files: allCountries.txt or country files (IQ.txt, ...), and "
            "optionally alternateNamesV2.txt, admin1CodesASCII.txt, admin2Codes.txt, "
            "countryInfo.txt."
        ),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The gazetteer file to write.")
    ] = Path("gazetteer.sqlite"),
    classes: Annotated[
        str, typer.Option("--classes", help="GeoNames feature classes to keep.")
    ] = "APHLT",
    min_population: Annotated[
        int, typer.Option("--min-population", min=0, help="Leave out smaller towns.")
    ] = 0,
    quiet: Quiet = False,
) -> None:
    """Build a full gazetteer from a GeoNames dump; select it with --gazetteer PATH."""
    from dateline.geo.build import build

    for path in dumps:
        if not path.is_file():
            raise _fail(f"no such file {path}")
    status = Console(stderr=True, quiet=quiet).status("reading GeoNames rows")
    with status:
        try:
            build(
                dumps,
                output,
                feature_classes=classes.upper(),
                min_population=min_population,
                progress=lambda rows: status.update(f"read {rows:,} GeoNames rows"),
            )
        except ValueError as error:
            raise _fail(str(error)) from None
    out.print(f"gazetteer written to {output}; use it with --gazetteer {output}")


if __name__ == "__main__":
    app()
