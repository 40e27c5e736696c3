"""Every licence shipped with the program is found and named, for --version and About."""

from __future__ import annotations

from pathlib import Path

from nato_reader import __version__, licences
from nato_reader.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_each_bundled_font_licence_is_listed_with_its_spdx_identifier():
    font_licences = sorted((ROOT / "resources" / "fonts").glob("*OFL*.txt"))
    assert font_licences, "the bundled Arabic font must ship with its licence"
    listed = {entry.path.resolve(): entry for entry in licences.bundled_licences()}
    for path in font_licences:
        assert path.resolve() in listed
        assert listed[path.resolve()].identifiers == ("OFL-1.1",)


def test_the_programs_own_licence_is_the_gpl_text():
    entry = licences.bundled_licences()[0]
    assert entry.subject == "nato_reader"
    assert entry.identifiers == ("GPL-3.0-or-later",)
    assert "GNU GENERAL PUBLIC LICENSE" in entry.text()


def test_lexicon_licences_are_listed_when_shipped():
    notes = resources_dir() / "gazetteers" / "LICENSES.md"
    subjects = {entry.subject: entry for entry in licences.bundled_licences()}
    assert ("Gazetteers and cue lists" in subjects) == notes.is_file()


def test_version_text_names_version_licence_and_font_licence():
    text = licences.version_text()
    first, *rest = text.splitlines()
    assert first == f"nato-reader {__version__} (GPL-3.0-or-later)"
    assert any("font: OFL-1.1" in line for line in rest)


def test_licences_text_carries_each_file_in_full():
    text = licences.licences_text()
    for entry in licences.bundled_licences():
        assert entry.text().strip() in text


def test_licence_names_in_prose_become_identifiers_in_order_of_mention():
    note = (
        "Country names come from the Unicode CLDR (Unicode License V3); place names from "
        "Wikidata, released under CC0. The speech verbs are our own (GPL-3.0-or-later)."
    )
    assert licences.licence_identifiers(note) == ("Unicode-3.0", "CC0-1.0", "GPL-3.0-or-later")
    assert licences.licence_identifiers("no licence is named here") == ()


def test_explicit_spdx_identifiers_are_taken_as_written():
    text = "Some data.\nSPDX-License-Identifier: ODC-By-1.0\n"
    assert licences.licence_identifiers(text) == ("ODC-By-1.0",)
    gpl = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licences.licence_identifiers(gpl) == ("GPL-3.0",)  # the text itself names no "later"
