"""The curated data files are read through one loader."""

from __future__ import annotations

from dateline.geo import curated, outlet, recognise


def test_words_loads_a_named_yaml_file():
    words = curated.words("words.yaml")
    assert words["type_words"]["county"] == "admin2"
    assert words["type_words"] == recognise.TYPE_WORDS
    assert curated.words("outlets.yaml")["tld_countries"] == {"uk": "GB"}
    assert outlet._TLD_COUNTRIES == {"uk": "GB"}
