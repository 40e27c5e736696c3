"""Gazetteers read from ``resources/gazetteers`` and turned into dict lookups.

Every name becomes a *key*: its words, folded by ``normalize_key`` and joined by one space,
exactly as the matcher joins the tokens of the text. Lookups are dictionary hits on such keys
(plus a set of key prefixes so a multi-word match stops as soon as no entry can continue), so
matching costs the same with ten names or ten thousand.

Nationality adjectives are listed once (masculine singular, plus broken plurals); the
feminine, dual and sound plural forms, with and without ال, are made here by rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.people import skeleton
from nato_reader.core.record import COUNTRY, LOCATION, NORP, ORG
from nato_reader.core.text import normalize_key
from nato_reader.core.tokens import WORD
from nato_reader.paths import resource

# When two lists give the same key, the stronger label wins: السعودية is the country, not the
# feminine adjective; تشيلي the country, not "Chilean".
_PRIORITY = {COUNTRY: 4, ORG: 3, LOCATION: 2, NORP: 1}

# Suffixes that inflect a masculine singular nisba adjective (روسي): feminine, duals, plurals.
_NISBA_SUFFIXES = ("", "ة", "ان", "ين", "تان", "تين", "ون", "ات")

ADJ = "adj"  # a following nationality adjective belongs to the organisation's name
ADJ_REQUIRED = "adj_required"  # an organisation only together with such an adjective


@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    country: str = ""
    canonical: str = ""
    flags: frozenset[str] = frozenset()


@dataclass(slots=True)
class KeyNode:
    """A word of the keys in a word trie: the entry whose key ends here, if any, and the
    words that continue a key from here. Walking it with the tokens' own strings costs a
    dictionary hit per token, where joining a longer key would hash a new string each time."""

    entry: Entry | None = None
    next: dict[str, KeyNode] = field(default_factory=dict)


@dataclass
class Lexicon:
    entries: dict[str, Entry] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)  # every proper word-prefix of a key
    words: set[str] = field(default_factory=set)  # every word of every key
    titles: set[str] = field(default_factory=set)
    title_prefixes: set[str] = field(default_factory=set)
    title_qualifiers: set[str] = field(default_factory=set)
    first_names: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)  # first names, and everyday-word ones
    family_names: set[str] = field(default_factory=set)
    full_names: dict[str, str] = field(default_factory=dict)  # key → name as listed
    full_name_starts: set[str] = field(default_factory=set)
    longest_full_name: int = 0  # in words
    # Skeletons of the surnames of listed public figures, enough alone (بوتين، بايدن).
    known_surnames: set[str] = field(default_factory=set)
    starters: frozenset[str] = frozenset()  # every key and key prefix: where a match can begin
    trie: dict[str, KeyNode] = field(default_factory=dict)  # the keys word by word

    def add(self, name: str, entry: Entry) -> None:
        key = key_of(name)
        if not key:
            return
        old = self.entries.get(key)
        if old is not None and _PRIORITY[old.label] >= _PRIORITY[entry.label]:
            return
        self.entries[key] = entry
        words = key.split(" ")
        self.words.update(words)
        for n in range(1, len(words)):
            self.prefixes.add(" ".join(words[:n]))
        level = self.trie
        for word in words:
            node = level.get(word)
            if node is None:
                node = level[word] = KeyNode()
            level = node.next
        node.entry = entry

    def known_word(self, word: str) -> bool:
        return word in self.words

    def is_place(self, name: str) -> bool:
        """Whether ``name`` (any spelling, folded here) is a listed country, city or region:
        a guess that the words are a person's name (جورج تاون) should yield to it."""
        entry = self.entries.get(key_of(name))
        return entry is not None and entry.label in (COUNTRY, LOCATION)


def key_of(name: str) -> str:
    """The lookup key of a name: its folded words joined by one space."""
    return " ".join(WORD.findall(normalize_key(name)))


def _rows(name: str) -> list[list[str]]:
    path: Path = resource("gazetteers", name)
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def nisba_forms(adjective: str) -> list[str]:
    """Every gender/number of a nationality adjective, with and without ال.

    ``adjective`` is masculine singular, one or two words (كوري جنوبي): each word takes the
    same suffix, as Arabic agreement requires (الكوريتان الجنوبيتان).
    """
    words = adjective.split()
    forms = []
    for suffix in _NISBA_SUFFIXES:
        bare = [w + suffix for w in words]
        forms.append(" ".join(bare))
        forms.append(" ".join("ال" + w for w in bare))
    return forms


# Countries whose adjective is not made by rule: مالي's forms (مالية) mean "financial", and
# the rest take an irregular stem (النمسا → نمساوي, listed in nationalities.tsv when needed).
_NO_DERIVED_ADJECTIVE = frozenset({"مالي", "النمسا", "توغو", "الكونغو", "بنين", "عمان"})


def derived_adjective(country: str) -> str | None:
    """The masculine nisba adjective of a one-word country name, by the regular rule: drop ال
    and a final ا/يا/ة, add ي (غيانا → غياني، كينيا → كيني، السودان → سوداني). Names of more
    than one word, and names ending in ي or و, have no regular form and give None."""
    if " " in country.strip() or country in _NO_DERIVED_ADJECTIVE:
        return None
    stem = country[2:] if country.startswith("ال") else country
    if stem.endswith(("ي", "و", "ى")) or len(stem) < 3:
        return None
    for ending in ("يا", "ا", "ة", "ه"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 2:
            stem = stem[: -len(ending)]
            break
    return stem + "ي"


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@cache
def lexicon() -> Lexicon:
    """The shipped gazetteers, read once."""
    lex = Lexicon()
    for name, code in _rows("countries.tsv") + _rows("country_aliases.tsv"):
        lex.add(name, Entry(COUNTRY, country=code))
    for name, code, *_ in _rows("cities.tsv"):
        lex.add(name, Entry(LOCATION, country=code))
    for row in _rows("regions.tsv"):
        lex.add(row[0], Entry(LOCATION, country=row[1] if len(row) > 1 else ""))
    for row in _rows("organizations.tsv"):
        name, canonical, country, flags = [*row, "", "", ""][:4]
        lex.add(name, Entry(ORG, country=country, canonical=canonical or name,
                            flags=frozenset(f for f in flags.split(",") if f)))
    listed_codes = {row[0] for row in _rows("nationalities.tsv")}
    for name, code in _rows("countries.tsv") + _rows("country_aliases.tsv"):
        adjective = derived_adjective(name) if code not in listed_codes else None
        if adjective:
            for form in nisba_forms(adjective):
                lex.add(form, Entry(NORP, country=code))
    for row in _rows("nationalities.tsv"):
        code, adjective = row[0], row[1]
        people = row[2].split(",") if len(row) > 2 and row[2] else []
        for form in nisba_forms(adjective):
            lex.add(form, Entry(NORP, country=code))
        for noun in people:
            lex.add(noun, Entry(NORP, country=code))
            lex.add("ال" + noun if not noun.startswith("ال") else _strip_article(noun),
                    Entry(NORP, country=code))
    for (title,) in (r[:1] for r in _rows("titles.tsv")):
        key = key_of(title)
        lex.titles.add(key)
        words = key.split(" ")
        for n in range(1, len(words)):
            lex.title_prefixes.add(" ".join(words[:n]))
    lex.title_qualifiers.update(key_of(r[0]) for r in _rows("title_qualifiers.tsv"))
    not_alone: set[str] = set()
    for name, kind, *_ in _rows("person_names.tsv"):
        key = key_of(name)
        if kind == "first":
            lex.first_names.add(key)
            lex.given_names.add(key)
        elif kind == "given":
            lex.given_names.add(key)
        elif kind == "family":
            lex.family_names.add(key)
        elif kind == "not_alone":
            not_alone.add(key)
        elif kind == "full":
            lex.full_names[key] = name
            lex.full_name_starts.add(key.split(" ")[0])
            lex.longest_full_name = max(lex.longest_full_name, key.count(" ") + 1)
    lex.starters = frozenset(lex.entries.keys() | lex.prefixes)
    lex.known_surnames = _famous_surnames(lex, not_alone)
    return lex


def _famous_surnames(lex: Lexicon, not_alone: set[str]) -> set[str]:
    """The last words of listed full names that can stand alone for the person: long enough,
    not an everyday word (a given name, a function word, a lexicon word, a word with ال), not
    the given name of an East Asian name (شي جين بينغ), not listed as not_alone."""
    out = set()
    for key in lex.full_names:
        words = key.split(" ")
        last = words[-1]
        if (len(words) > 1 and len(last) >= 4 and not last.startswith("ال")
                and last not in not_alone and words[0] not in lex.family_names
                and last not in FUNCTION_WORDS and last not in lex.given_names
                and last not in lex.family_names and last not in lex.words):
            out.add(skeleton(last))
    return out
