"""Every country with its Arabic and English names, for choosers and chart labels.

Arabic names come from the shipped gazetteers (``countries.tsv``, generated from CLDR, and the
hand-written ``country_aliases.tsv``); English names from Qt's own CLDR territory names, so no
locale library is needed at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QLocale

from nato_reader.core.text import normalize_key
from nato_reader.paths import resource


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    ar: str
    en: str
    aliases: tuple[str, ...] = field(default=())  # other Arabic spellings, for searching


def _read_tsv(name: str) -> list[tuple[str, str]]:
    rows = []
    path = resource("gazetteers", name)
    if not path.is_file():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        text, code = line.split("\t")[:2]
        rows.append((text.strip(), code.strip().upper()))
    return rows


def english_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


@cache
def all_countries() -> tuple[Country, ...]:
    """One entry per ISO code, sorted by Arabic name; the first CLDR name is the main one."""
    names: dict[str, list[str]] = {}
    for text, code in _read_tsv("countries.tsv"):
        names.setdefault(code, []).append(text)
    for text, code in _read_tsv("country_aliases.tsv"):
        if code in names and text not in names[code]:
            names[code].append(text)
    countries = [
        Country(code, spellings[0], english_name(code), tuple(spellings[1:]))
        for code, spellings in names.items()
    ]
    return tuple(sorted(countries, key=lambda c: (normalize_key(c.ar), c.ar)))


@cache
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in all_countries()}


def country_name(code: str, *, arabic: bool) -> str:
    """The country's name in Arabic or English; the code itself when it is not known."""
    country = _by_code().get(code.upper())
    if country is None:
        return code
    return country.ar if arabic else country.en
