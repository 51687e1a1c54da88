"""The store's candidate search for new events: an event with no usable place is paired
only with stored events that share one of its words (the sentence, and the headline of a
salient one), which is all that can reach the link, so the store's incidents stay those of
fusing everything at once."""

from __future__ import annotations

from pathlib import Path

from dateline.incidents.compare import score, unplaced_needs_words
from dateline.incidents.config import rules
from dateline.incidents.fuse import fuse_reports, reports_of
from dateline.incidents.reports import from_event
from dateline.models import Actor, Article, Event, Place, Result
from dateline.store.database import Store
from dateline.store.nearby import nearby

DAY = "2025-04-12"
GAO = Place("Gao", 0, 3, 1, "Gao", "ML", "07", 16.27, -0.04, "PPLA")


def _told(
    sentence: str,
    title: str,
    place: Place | None = None,
    salience: float = 0.9,
    killed: int | None = None,
    day: str = DAY,
) -> Result:
    event = Event(
        "ASSAULT", sentence, 0, 7, place=place, date=day, date_precision="day",
        quantities={"killed": killed} if killed else {}, salience=salience,
    )  # fmt: skip
    article = Article(f"{title}\n\n{sentence}", title, source="Sahel Wire", published=day)
    return Result(article, events=[event])


def _found(store: Store, result: Result) -> set[str]:
    """The articles of the stored events the candidate search pairs with ``result``'s
    event."""
    report = from_event(result.article, 0, result.events[0], 0.5)
    rowids = sorted(nearby(store.con, [report]))
    rows = store.con.execute(
        "SELECT article_id FROM events WHERE rowid = ANY(?)", [rowids]
    ).fetchall()
    return {a for (a,) in rows}


def _partition(incidents) -> set[frozenset]:
    return {frozenset((m.article_id, m.event) for m in i.members) for i in incidents}


def test_an_unplaced_event_meets_only_stored_events_that_share_a_word(tmp_path: Path) -> None:
    wedding = _told(
        "Gunmen opened fire on a wedding party in Gao, killing 4 guests",
        "Wedding party attacked",
        GAO,
        killed=4,
    )
    market = _told(
        "Raiders set fire to granaries at the cattle market in Gao", "Granaries burned", GAO
    )
    with Store(tmp_path / "s.duckdb") as store:
        store.write([wedding, market])
        retold = _told(
            "Gunmen fired on wedding guests, killing 4", "Guests killed at wedding", killed=4
        )
        unrelated = _told("Masked assailants ambushed herders overnight", "Herders ambushed")
        assert _found(store, retold) == {wedding.article.id}
        assert _found(store, unrelated) == set()
        store.write([retold, unrelated])
        stored = store.con.execute("SELECT article_id, idx, incident_id FROM events").fetchall()
    incident = {a: i for a, _, i in stored}
    assert incident[retold.article.id] == incident[wedding.article.id]
    assert incident[unrelated.article.id] not in {
        incident[wedding.article.id],
        incident[market.article.id],
    }
    together = fuse_reports(reports_of([wedding, market, retold, unrelated]))
    by_store: dict[str, set] = {}
    for article, idx, name in stored:
        by_store.setdefault(name, set()).add((article, idx))
    assert {frozenset(v) for v in by_store.values()} == _partition(together)


def test_a_headline_counts_only_for_a_salient_event(tmp_path: Path) -> None:
    lead = _told("Gunmen killed four guests", "Wedding massacre in Gao", GAO, salience=0.9)
    aside = _told("Gunmen killed four guests", "Wedding massacre near Gao", GAO, salience=0.1)
    with Store(tmp_path / "s.duckdb") as store:
        store.write([lead, aside])
        later = _told("The wedding massacre shocked the region", "Mourning")
        assert _found(store, later) == {lead.article.id}


def test_words_that_case_folding_changes_are_still_found(tmp_path: Path) -> None:
    street = _told("Schüsse an der Straße nach Gao", "Schießerei", GAO)
    cafe = _told("Gunmen stormed the Café Sahel in Gao", "Café stormed", GAO)
    with Store(tmp_path / "s.duckdb") as store:
        store.write([street, cafe])
        assert _found(store, _told("Strasse closed after gunfire", "Closed")) == {street.article.id}
        assert _found(store, _told("Shooting at a café", "Shooting")) == {cafe.article.id}


def test_without_a_shared_word_an_unplaced_pair_cannot_link() -> None:
    assert unplaced_needs_words()
    herders = Actor("gunmen", 0, 6, "gunmen", "Gunmen", "ML", "REB", "group")
    first, second = (
        Event(
            "ASSAULT",
            sentence,
            0,
            7,
            actor=herders,
            date=DAY,
            date_precision="day",
            quantities={"killed": 4},
            salience=0.9,
        )  # fmt: skip
        for sentence in ("Assailants ambushed herders", "Raiders torched granaries")
    )
    one = from_event(Article(text="one", title="Ambush", published=DAY), 0, first, 0.5)
    two = from_event(Article(text="two", title="Fire", published=DAY), 0, second, 0.5)
    assert not one.words & two.words
    assert score(one, two) < rules().link  # same day, actor and toll: still short


def test_a_recorded_component_comes_in_whole_without_a_search(tmp_path: Path, monkeypatch) -> None:
    import dateline.store.incidents as incidents

    searches = []

    def counted(con, reports):
        searches.append(len(reports))
        return nearby(con, reports)

    monkeypatch.setattr(incidents, "nearby", counted)
    told = [
        _told(f"Gunmen opened fire on a wedding party in Gao, killing {n} guests", title, GAO)
        for n, title in ((4, "Wedding attacked"), (5, "Toll rises"), (6, "Wedding toll"))
    ]
    later = _told("Mourners buried the wedding guests killed in Gao", "Funerals", GAO)
    last = _told("Gunmen who attacked the wedding party in Gao fled", "Manhunt", GAO)
    with Store(tmp_path / "s.duckdb") as store:
        for result in told:
            store.write([result])
        recorded = store.con.execute("SELECT count(component) FROM incidents").fetchone()[0]
        assert recorded == store.con.execute("SELECT count(*) FROM incidents").fetchone()[0]
        searches.clear()
        store.write([later])
        assert searches == [1]  # the new event only: its neighbours' component came whole
        store.con.execute("UPDATE incidents SET component = NULL")  # as a rebuild leaves it
        searches.clear()
        store.write([last])
        assert len(searches) > 1  # the neighbours are searched again
        stored = store.con.execute("SELECT article_id, idx, incident_id FROM events").fetchall()
    by_store: dict[str, set] = {}
    for article, idx, name in stored:
        by_store.setdefault(name, set()).add((article, idx))
    together = fuse_reports(reports_of([*told, later, last]))
    assert {frozenset(v) for v in by_store.values()} == _partition(together)


def test_every_link_stays_inside_one_recorded_component(tmp_path: Path) -> None:
    """Two days apart link, four cannot be one incident: the reports of the 3rd and 5th
    link, so do the 5th and 7th, but the 3rd and 7th cannot, so the store holds two
    incidents of one component; a report of the 2nd, which links to the 3rd alone,
    brings that component in whole, and it stays one."""
    told = [
        _told(
            "Gunmen attacked the cattle market in Gao",
            f"Report {day}",
            GAO,
            day=f"2025-04-{day:02d}",
        )
        for day in (3, 5, 7, 2)
    ]
    with Store(tmp_path / "s.duckdb") as store:
        for result in told:
            store.write([result])
        rows = store.con.execute(
            "SELECT e.article_id, i.component FROM events e "
            "JOIN incidents i ON i.id = e.incident_id"
        ).fetchall()
        count = store.con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    component = dict(rows)
    reports = reports_of(told)
    linked = [
        (a, b) for a in reports for b in reports
        if a.key < b.key and (s := score(a, b)) is not None and s >= rules().link
    ]  # fmt: skip
    assert count >= 2 and len(linked) >= 3
    assert all(component[a.key[0]] == component[b.key[0]] for a, b in linked)
