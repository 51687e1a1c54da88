"""The gazetteer builder, on small dumps in GeoNames' formats written here."""

from pathlib import Path

import pytest

from dateline.geo.build import build
from dateline.geo.gazetteer import Gazetteer

SHARED = Path(__file__).resolve().parents[2] / "shared" / "gazetteer"


def _line(*fields) -> str:
    return "\t".join(str(f) for f in fields) + "\n"


def _main_row(gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, a1, a2="", pop=0):
    return _line(gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, "", a1, a2,
                 "", "", pop, "", "", "Asia/Baghdad", "2024-01-01")  # fmt: skip


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    (tmp_path / "IQ.txt").write_text(
        _main_row(99237, "Iraq", "Iraq", "Irak,Republic of Iraq", 33.0, 44.0, "A", "PCLI",
                  "IQ", "00", pop=38000000)
        + _main_row(92004, "Rāwah", "Rawah", "Rawa,Rawah,BGW", 34.48, 41.92, "P", "PPL",
                    "IQ", "01", pop=13000)
        + _main_row(94787, "Kirkuk", "Kirkuk", "Karkuk", 35.47, 44.39, "P", "PPL", "IQ", "13",
                    pop=1000000)
        + _main_row(90000, "Tiny", "Tiny", "", 34.0, 42.0, "P", "PPL", "IQ", "01", pop=10)
        + _main_row(99592, "Anbar", "Anbar", "", 33.0, 42.0, "A", "ADM1", "IQ", "01")
        + _main_row(98884, "Anah District", "Anah District", "", 34.4, 41.9, "A", "ADM2",
                    "IQ", "01", "98884")
        + _main_row(99733, "Euphrates", "Euphrates", "Firat", 31.0, 47.0, "H", "STM", "IQ",
                    "00")
        + _main_row(91111, "Some Hotel", "Some Hotel", "", 33.3, 44.4, "S", "HTL", "IQ", "07"),
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / "admin1CodesASCII.txt").write_text(
        _line("IQ.01", "Al Anbar", "Al Anbar", 99592)
        + _line("US.TN", "Tennessee", "Tennessee", 4662168)
    )
    (tmp_path / "admin2Codes.txt").write_text(
        _line("IQ.01.98884", "Anah District", "Anah District", 98884)
    )
    (tmp_path / "alternateNamesV2.txt").write_text(
        _line(1, 92004, "", "Raawa", "", "", "", "")
        + _line(2, 92004, "link", "https://example.org/Rawah", "", "", "", "")
        + _line(3, 92004, "", "Old Rawa", "", "", "", "1")
    )
    return tmp_path


def test_builds_places_admin_names_and_alternates(dump: Path, tmp_path: Path):
    files = sorted(dump.glob("*.txt"))
    gaz = Gazetteer(build(files, tmp_path / "g.sqlite", min_population=100))
    found = gaz.by_key({"rawa", "raawa", "al anbar", "anbar", "euphrates", "irak"})
    assert {c.geonameid for c in found["rawa"]} == {92004}
    assert found["raawa"][0].admin1 == "Al Anbar"
    assert found["al anbar"][0].feature_code == "ADM1"
    assert found["euphrates"][0].feature_class == "H"
    assert found["irak"][0].feature_code == "PCLI"
    assert gaz.country("IQ").geonameid == 99237


def test_builder_filters_codes_links_history_classes_and_small_places(dump, tmp_path):
    gaz = Gazetteer(build(sorted(dump.glob("*.txt")), tmp_path / "g.sqlite", min_population=100))
    assert gaz.by_key({"bgw", "old rawa", "https example org rawah", "tiny", "some hotel"}) == {}


def test_builder_adds_curated_names_and_demonyms(dump, tmp_path):
    gaz = Gazetteer(build(sorted(dump.glob("*.txt")), tmp_path / "g.sqlite"))
    assert gaz.demonym("iraqi") == "IQ"
    assert gaz.by_key({"anbar governorate"})["anbar governorate"][0].geonameid == 99592
    (antioch,) = gaz.by_key({"antioch"})["antioch"]
    assert (antioch.feature_code, antioch.admin1) == ("PPLX", "Tennessee")


def test_builder_needs_a_main_table(dump, tmp_path):
    with pytest.raises(ValueError, match="main table"):
        build([dump / "admin1CodesASCII.txt"], tmp_path / "g.sqlite")


@pytest.mark.skipif(not (SHARED / "admin1CodesASCII.txt").is_file(), reason="no shared files")
def test_builder_reads_real_geonames_auxiliary_files(dump, tmp_path):
    files = [dump / "IQ.txt", *(SHARED / n for n in ("admin1CodesASCII.txt", "admin2Codes.txt",
                                                      "countryInfo.txt"))]  # fmt: skip
    gaz = Gazetteer(build(files, tmp_path / "g.sqlite"))
    assert gaz.by_key({"karkuk"})["karkuk"][0].admin1 == "Kirkuk"
    assert gaz.by_key({"iraq"})["iraq"][0].population > 1_000_000


def test_gazetteer_build_command(dump, tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    output = tmp_path / "cli.sqlite"
    files = [str(p) for p in sorted(dump.glob("*.txt"))]
    result = CliRunner().invoke(app, ["gazetteer", "build", *files, "-o", str(output), "-q"])
    assert result.exit_code == 0, result.output
    assert Gazetteer(output).by_key({"rawa"})["rawa"][0].geonameid == 92004
    missing = CliRunner().invoke(app, ["gazetteer", "build", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2


def test_remembered_answers_are_the_files_in_new_objects(dump: Path, tmp_path: Path, monkeypatch):
    files = sorted(dump.glob("*.txt"))
    gaz = Gazetteer(build(files, tmp_path / "g.sqlite", min_population=100))
    fresh = Gazetteer(gaz.path)
    monkeypatch.setattr("dateline.geo.gazetteer.REMEMBERED", 3)
    asks = [{"rawa", "kirkuk"}, {"kirkuk", "anbar", "nowhere"}, {"rawa", "irak", ""}]
    for keys in asks:
        found = gaz.by_key(keys)
        assert found == fresh.by_key(keys)
        assert list(found) == sorted(found)
        assert gaz.existing("key", keys) == fresh.existing("key", keys)
        assert gaz.keys_of_areas(keys, ("ADM1",)) == fresh.keys_of_areas(keys, ("ADM1",))
        assert gaz.loose(keys | {"karkuk"}) == fresh.loose(keys | {"karkuk"})
        fresh.forget()
    again = gaz.by_key({"rawa"})["rawa"][0]
    assert again == gaz.by_key({"rawa"})["rawa"][0]
    assert again is not gaz.by_key({"rawa"})["rawa"][0]
