"""The desktop menu entry, the AppStream metadata and the icons agree with the package."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nato_reader import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "nato-reader.desktop"
METAINFO = LINUX / "io.github.nato_reader.NatoReader.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_menu_entry_starts_the_installed_command_with_the_shipped_icon():
    entry = desktop_entry()
    assert entry["Exec"].split()[0] in project()["scripts"]
    assert entry["Terminal"] == "false"
    assert (ICONS / f"{entry['Icon']}.svg").is_file()
    assert entry["Comment[ar]"] and entry["GenericName[ar]"]


def test_appstream_metadata_matches_the_package():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("project_license") == project()["license"]
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == desktop_entry()["Icon"]
    assert root.findtext("provides/binary") in project()["scripts"]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


def test_appstream_has_arabic_summary_and_description():
    root = ET.parse(METAINFO).getroot()
    arabic = [el for el in root.iter() if el.get(XML_LANG) == "ar"]
    tags = {el.tag for el in arabic}
    assert {"summary", "p"} <= tags
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in el.text) for el in arabic)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed")
def test_menu_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_appstream_metadata_passes_appstreamcli_validate():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
