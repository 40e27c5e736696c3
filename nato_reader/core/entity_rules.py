"""Entities found by pattern rather than by a listed name.

The lexicon knows names; news also names things the lexicon cannot list. These rules read the
shape of the text around the tokens (written here by hand: no Arabic NER library ships them):

- a dateline ``CITY (X) -`` opening a paragraph: X is the news agency (ORG);
- a short form in brackets after an organisation, ``… (إيكواس)``: a second ORG whose canonical
  name is the organisation's, and the short form names it for the rest of the article;
- an organisation's head noun with its genitive phrase (``معهد الدراسات الأمنية``, ``مكتب شؤون
  تايوان``, ``القوات البحرية السعودية``): one ORG, with no COUNTRY or LOCATION inside it;
- a medium's noun with a quoted name (``قناة "X"``): X is an ORG;
- a name after a place noun (``إقليم X``, ``منطقة الساحل``): X is a LOCATION (the noun stays
  outside), and X alone names the place for the rest of the article;
- a river, sea, gulf, lake, strait or mountain with its name (``نهر X``): one LOCATION, the
  head noun inside;
- ``مالي`` (also "financial") is Mali in a list of countries or after a preposition or a head
  such as رئيس; ``المالي`` is Malian right after a title (``وزير الخارجية المالي``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter

from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.lexicon import Entry, Lexicon
from nato_reader.core.matching import Match, joined
from nato_reader.core.record import COUNTRY, LOCATION, NORP, ORG
from nato_reader.core.text import Normalized
from nato_reader.core.tokens import (
    PROCLITICS,
    Reading,
    Token,
    WordFilter,
    cached_readings,
    positions,
    vocabulary,
)

# Nouns that head an organisation's name when a genitive phrase follows (folded forms).
_ORG_HEADS = frozenset({
    "تحالف", "مجموعه", "جامعه", "مركز", "معهد", "مكتب", "هيئه", "لجنه", "مجلس", "منظمه",
    "اتحاد", "رابطه", "صندوق", "مؤسسه", "منتدي", "اكاديميه", "بنك", "وكاله", "بعثه",
})
# Construct nouns that begin an organisation's genitive phrase (تحالف دول الساحل).
_CONSTRUCT = frozenset({"دول", "شؤون", "بلدان", "حقوق", "شعوب", "قوي", "خدمات", "ابحاث",
                        "دراسات"})
# Words that end an organisation's name: what follows is about it, not part of it.
_ORG_STOP = frozenset({"التابعه", "التابع", "التابعين", "نفسه", "نفسها"})
_ORG_HEADS_DEFINITE = frozenset("ال" + h for h in _ORG_HEADS)
# Armed forces: a name with a nationality adjective (الجيش الأمريكي، القوات البحرية السعودية).
_FORCES = frozenset({"القوات", "الجيش", "البحريه"})
_FORCE_BRANCHES = frozenset({"البحريه", "الجويه", "البريه", "المسلحه", "الخاصه"})
_MEDIA = frozenset({"صحيفه", "قناه", "وكاله", "منصه", "موقع", "مجله", "اذاعه", "شبكه",
                    "تلفزيون"})
_PLACE_HEADS = frozenset({"اقليم", "منطقه", "ولايه", "مقاطعه", "مدينه", "محافظه"})
# Definite names a place noun commonly introduces (منطقة الساحل = the Sahel, not "the coast").
_DEFINITE_PLACES = frozenset({"الساحل", "الخليج", "البلقان", "القوقاز", "الدونباس"})
# Common nouns after منطقة that are not place names (منطقة نزاع، منطقة حظر طيران).
_NOT_PLACE = frozenset({
    "نزاع", "نفوذ", "حظر", "صراع", "توتر", "خطر", "حرب", "قتال", "تماس", "عمليات", "اشتباك",
    "عسكريه", "حدوديه", "عازله", "امنه", "منزوعه", "تجاره", "حره", "نفوذها", "جديده", "واسعه",
})
_FEATURE_HEADS = frozenset({"نهر", "بحر", "خليج", "بحيره", "جبل", "جبال", "مضيق", "جزيره",
                            "جزر", "صحرا", "محيط", "هضبه"})
# Time words that follow بحر in "في بحر الأسبوع" (within the week), not a sea's name.
_NOT_FEATURE = frozenset({"الاسبوع", "الشهر", "العام", "الايام", "السنه", "الساعات"})
_MALI = "مالي"
_MALIAN = frozenset({"المالي", "الماليه", "الماليين", "الماليون"})
# Words after which مالي is the country: prepositions and heads of a state's name.
_BEFORE_COUNTRY = frozenset({
    "في", "الي", "من", "عن", "رئيس", "حكومه", "جمهوريه", "دوله", "شعب", "جيش", "خارجيه",
    "دفاع", "شمال", "جنوب", "وسط", "شرق", "غرب", "عاصمه", "سفير", "سفاره", "مثل",
})
# Portfolios of a title (وزير الخارجية المالي): the adjective then means Malian.
_PORTFOLIOS = frozenset({"الخارجيه", "الدفاع", "الداخليه", "الوزراء", "العدل"})
_TITLE_WORDS = frozenset({"وزير", "وزيره", "رئيس", "رئيسه", "نائب"})
_ALONE_MALIAN_HEADS = frozenset({"الرئيس", "الجيش", "الشعب", "المجلس", "الجنود", "المتمردين"})

_DATELINE = re.compile(
    r"(?m)^[^\S\n]*[^\W\d_][^\n()]{0,30}?\((?P<x>[^()\n\d]{1,25})\)[^\S\n]*[-–—:]")
_BRACKET = re.compile(r"[^\S\n]*\((?P<x>[^()\n\d]{2,30})\)")
_QUOTED = re.compile(r"[^\S\n]*[\"«“](?P<x>[^\"»”\n]{2,40})[\"»”]")


# Endings of a relational adjective (الخليجي، العالمية، الأوروبيين).
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يان", "يتين", "يتان")


def _adjective_shaped(word: str) -> bool:
    """Whether a definite word after a complete genitive chain can be an adjective of the
    name, a nisba (الدولي، العربية) or a participle (المتحدة، المستقلة), rather than a noun
    that begins what follows the name."""
    return word.endswith(_NISBA_ENDINGS) or word.startswith("الم")


_START = itemgetter(0)  # Token.start, read without a Python call per token


class _Rules:
    def __init__(self, toks: list[Token], nm: Normalized, lex: Lexicon, found: list[Match]):
        self.toks, self.nm, self.norm, self.lex = toks, nm, nm.norm, lex
        self.starts = list(map(_START, toks))
        self.at = {m.first: m for m in found}
        self.covered = {k for m in found for k in range(m.first, m.last)}
        self.vocab = vocabulary(toks)

    def key(self, i: int) -> str:
        return self.toks[i].text

    def joined(self, i: int, j: int) -> bool:
        return joined(self.norm, self.toks[i], self.toks[j])

    def head(self, i: int, heads: frozenset[str]) -> int | None:
        """The offset of a head noun in token ``i`` after proclitics (و، ب، ل …), if any."""
        return next((r.offset for r in cached_readings(self.toks[i].text) if r.key in heads),
                    None)

    def tokens_in(self, nstart: int, nend: int) -> tuple[int, int]:
        return bisect_left(self.starts, nstart), bisect_left(self.starts, nend)

    def unknown_name(self, i: int) -> bool:
        """Whether token ``i`` looks like a proper name the lexicon does not list."""
        w = self.toks[i].text
        return (len(w) >= 3 and not w.startswith(("ال", "و")) and not w.isdigit()
                and w not in FUNCTION_WORDS and w not in self.lex.words
                and w not in self.lex.titles)

    def label_at(self, i: int) -> str:
        m = self.at.get(i)
        return m.entry.label if m is not None else ""

    # --- organisations -------------------------------------------------------------------

    def org_phrase(self, i: int) -> Match | None:
        """An organisation's head noun at token ``i`` with the genitive phrase naming it."""
        n, toks = len(self.toks), self.toks
        if i in self.at:
            return None  # the lexicon names it already
        offset = self.head(i, _ORG_HEADS)
        definite = offset is None
        if definite:
            if toks[i].text in _FORCES:
                return self.forces(i)
            if toks[i].text not in _ORG_HEADS_DEFINITE:
                return None
            offset = 0
        j, names, definites, construct, last_good = i + 1, 0, 0, False, None
        while j < n and j - i <= 6 and self.joined(j - 1, j):
            m = self.at.get(j)
            w = toks[j].text
            if m is not None and m.nstart != toks[j].start and not w.startswith("ل"):
                break  # بداكار: "in Dakar" says where the organisation is, not its name
            if m is not None and m.entry.label in (COUNTRY, LOCATION, ORG):
                names += 1
                j = m.last
                last_good = j
                continue
            if m is not None and m.entry.label == NORP:
                j = m.last
                last_good = j
                break  # a nationality adjective closes the name
            if not definite and j == i + 1 and w in _CONSTRUCT:
                j += 1  # تحالف دول الساحل: a construct noun, completed by what follows
                construct = True
                continue
            if (w in FUNCTION_WORDS or w.startswith("و") or w in self.lex.titles
                    or w.isdigit() or w in _ORG_STOP):
                break
            if w.startswith("ال") or w.startswith("لل"):
                if construct and definites and not _adjective_shaped(w):
                    break  # اتحاد نقابات العمال الخطة: the genitive chain ended at العمال
                definites += 1
                j += 1
                last_good = j
                continue
            if w.startswith("ل") and j + 1 < n and self.joined(j, j + 1):
                j += 1  # لدول غرب أفريقيا: a genitive with ل, completed by what follows
                continue
            if (self.unknown_name(j) and j - i <= 2 and not definites and not definite
                    and not w.endswith(("ت", "وا"))):  # a name by the head; not a past verb
                names += 1
                j += 1
                last_good = j
                continue
            if not definite and j == i + 1 and len(w) >= 3:
                j += 1  # مكتب شؤون تايوان: a construct noun, completed by what follows
                construct = True
                continue
            break
        if last_good is None:
            return None
        if definite and names == 0:
            return None
        if not definite and names == 0 and definites < 2 and not (construct and definites):
            return None
        return Match(i, last_good, toks[i].start + offset, toks[last_good - 1].end,
                     Entry(ORG))

    def forces(self, i: int) -> Match | None:
        """الجيش القطري، البحرية الأمريكية، القوات البحرية السعودية: armed forces named by
        their country (القوات with a nationality alone, القوات الفرنسية, stays a NORP)."""
        n, toks = len(self.toks), self.toks
        j = i + 1
        while j < n and toks[j].text in _FORCE_BRANCHES and self.joined(j - 1, j):
            j += 1
        if toks[i].text == "القوات" and j == i + 1:
            return None
        m = self.at.get(j)
        if j >= n or m is None or not self.joined(j - 1, j):
            return None
        # السعودية is listed as the country; here it is the adjective.
        adjective = m.entry.label == NORP or (
            m.entry.label == COUNTRY and toks[j].text.startswith("ال")
            and toks[j].text.endswith("يه") and m.last == j + 1)
        if not adjective:
            return None
        return Match(i, m.last, toks[i].start, toks[m.last - 1].end,
                     Entry(ORG, country=m.entry.country))

    def media_name(self, i: int) -> Match | None:
        """قناة "X"، منصة «X»: the quoted name of a medium is an ORG."""
        if self.head(i, _MEDIA) is None:
            return None
        q = _QUOTED.match(self.norm, self.toks[i].end)
        if q is None or len(q.group("x").split()) > 4:
            return None
        a, b = self.tokens_in(q.start("x"), q.end("x"))
        if b <= a:
            return None
        name = " ".join(t.text for t in self.toks[a:b])
        listed = self.lex.entries.get(name)
        entry = listed if listed is not None and listed.label == ORG else Entry(ORG)
        return Match(a, b, self.toks[a].start, self.toks[b - 1].end, entry)

    # --- places --------------------------------------------------------------------------

    def place_name(self, i: int) -> Match | None:
        """إقليم X، منطقة الساحل: the name after a place noun (the noun is not in the span)."""
        n = len(self.toks)
        if self.head(i, _PLACE_HEADS) is None or i + 1 >= n or not self.joined(i, i + 1):
            return None
        j = i + 1
        w = self.toks[j].text
        if j in self.covered:
            return None
        if w in _DEFINITE_PLACES or (
            self.unknown_name(j) and w not in _NOT_PLACE
            and not w.endswith(("ه", "ات", "يه")) and not self.toks[i].text.startswith("ال")
        ):
            return Match(j, j + 1, self.toks[j].start, self.toks[j].end, Entry(LOCATION))
        return None

    def feature(self, i: int) -> Match | None:
        """نهر النيل، خليج عدن، نهر سير داريا: a geographic feature, its head noun inside."""
        offset = self.head(i, _FEATURE_HEADS)
        n, toks = len(self.toks), self.toks
        if offset is None or i + 1 >= n or not self.joined(i, i + 1):
            return None
        j = i + 1
        m = self.at.get(j)
        if m is not None and m.entry.label in (COUNTRY, LOCATION):
            end = m.last
        elif toks[j].text.startswith("ال") and toks[j].text not in FUNCTION_WORDS and (
            toks[j].text not in _NOT_FEATURE and m is None
        ):
            end = j + 1
        elif self.unknown_name(j) and m is None:
            end = j + 1
            while end < n and end - j < 3 and self.unknown_name(end) and self.joined(end - 1, end):
                end += 1
        else:
            return None
        return Match(i, end, toks[i].start + offset, toks[end - 1].end, Entry(LOCATION))

    # --- Mali ----------------------------------------------------------------------------

    def mali(self, i: int) -> Match | None:
        toks = self.toks
        reading = next((r for r in cached_readings(toks[i].text) if r.key == _MALI), None)
        if reading is not None:
            prev_country = (i > 0 and self.label_at(i - 1) == COUNTRY) or (
                i > 0 and any(m.last == i and m.entry.label == COUNTRY
                              for m in self.at.values() if m.first >= i - 4))
            next_country = i + 1 < len(toks) and self.label_at(i + 1) == COUNTRY and (
                toks[i + 1].text.startswith("و"))
            listed = (prev_country and reading.offset > 0) or next_country
            after = i > 0 and self.joined(i - 1, i) and toks[i - 1].text in _BEFORE_COUNTRY
            if listed or after or (prev_country and self.norm[toks[i - 1].end:toks[i].start]
                                   .strip() in ("،", ",")):
                return Match(i, i + 1, toks[i].start + reading.offset, toks[i].end,
                             Entry(COUNTRY, country="ML"))
            return None
        if toks[i].text in _MALIAN and i > 0 and self.joined(i - 1, i):
            prev = toks[i - 1].text
            titled = prev in _PORTFOLIOS and i > 1 and any(
                r.key in _TITLE_WORDS for r in cached_readings(toks[i - 2].text))
            if titled or prev in _ALONE_MALIAN_HEADS:
                return Match(i, i + 1, toks[i].start, toks[i].end, Entry(NORP, country="ML"))
        return None


def pattern_matches(toks: list[Token], nm: Normalized, lex: Lexicon,
                    found: list[Match]) -> list[Match]:
    """``found`` with the pattern entities added; a pattern match replaces the lexicon matches
    inside it and never cuts one in part."""
    norm = nm.norm
    rules = _Rules(toks, nm, lex, found)
    extra: list[Match] = []
    for i in positions(toks, _TRIGGER_WORDS(rules.vocab)):
        for rule in (rules.org_phrase, rules.media_name, rules.feature, rules.place_name,
                     rules.mali):
            m = rule(i)
            if m is not None:
                extra.append(m)
                break
    for d in _DATELINE.finditer(norm):
        a, b = rules.tokens_in(d.start("x"), d.end("x"))
        if b > a:
            name = " ".join(t.text for t in toks[a:b])
            listed = lex.entries.get(name)
            entry = listed if listed is not None and listed.label == ORG else Entry(ORG)
            extra.append(Match(a, b, toks[a].start, toks[b - 1].end, entry))
    merged = _merge(found, extra)
    return _with_learned_names(rules, merged)


_TRIGGERS = (_ORG_HEADS | _ORG_HEADS_DEFINITE | _FORCES | _MEDIA | _PLACE_HEADS
             | _FEATURE_HEADS | _MALIAN | {_MALI})


@lru_cache(maxsize=1 << 16)
def _may_trigger(word: str) -> bool:
    """Whether some reading of ``word`` is a word a rule starts from (decided once per word:
    the rules then run at a few tokens of an article, not at every one)."""
    return any(r.key in _TRIGGERS for r in cached_readings(word))


_TRIGGER_WORDS = WordFilter(_may_trigger)


def _merge(found: list[Match], extra: list[Match]) -> list[Match]:
    """``found`` (non-overlapping) with each of ``extra`` put in place of the matches inside
    it. The match holding each token is kept in a map, so finding what an extra match
    overlaps costs its own length, not a pass over every match."""
    if not extra:
        return found
    owner = {k: o for o in found for k in range(o.first, o.last)}
    for m in sorted(extra, key=lambda m: (m.first, -m.last)):
        inside = [o for k in range(m.first, m.last) if (o := owner.get(k)) is not None]
        if any(o.first < m.first or o.last > m.last for o in inside):
            continue  # it would cut a longer or earlier match in part
        if any(o.first == m.first and o.last == m.last for o in inside):
            continue  # the lexicon already names exactly these words
        for k in range(m.first, m.last):
            owner[k] = m
    return sorted({id(o): o for o in owner.values()}.values(), key=lambda m: m.first)


def _with_learned_names(rules: _Rules, found: list[Match]) -> list[Match]:
    """Bracketed short forms and names read after a place noun name their entity again later
    in the same article (``قالت إيكواس``, ``إسيكيبو`` alone)."""
    toks, norm = rules.toks, rules.norm
    learned: dict[str, Entry] = {}
    extra: list[Match] = []
    for m in found:
        if m.entry.label == LOCATION and m.last == m.first + 1 and m.first > 0 and (
            rules.head(m.first - 1, _PLACE_HEADS) is not None
        ) and toks[m.first].text not in _DEFINITE_PLACES:
            learned.setdefault(toks[m.first].text, m.entry)
        if m.entry.label != ORG:
            continue
        q = _BRACKET.match(norm, m.nend)
        if q is None or len(q.group("x").split()) > 3:
            continue
        a, b = rules.tokens_in(q.start("x"), q.end("x"))
        if b <= a:
            continue
        start, end = rules.nm.to_original(m.nstart, m.nend)
        canonical = m.entry.canonical or " ".join(rules.nm.original[start:end].split())
        alias = Entry(ORG, country=m.entry.country, canonical=canonical)
        extra.append(Match(a, b, toks[a].start, toks[b - 1].end, alias))
        if b == a + 1:
            learned.setdefault(toks[a].text, alias)
    if learned:
        taken = {k for m in found + extra for k in range(m.first, m.last)}
        hits: dict[str, Reading] = {}  # per distinct word: the reading naming one of them
        # Only a proclitic before a learned name reads as it (ل+ال gives a key with ال after
        # an offset, which is refused), so just those spellings need a look.
        spellings = {p + key for key in learned for p in PROCLITICS}
        for w in rules.vocab & spellings:
            for r in cached_readings(w):
                if r.key in learned and not (r.offset and r.key.startswith("ال")):
                    hits[w] = r
                    break
        for i in [k for k in positions(toks, hits) if k not in taken]:
            t = toks[i]
            r = hits[t.text]
            extra.append(Match(i, i + 1, t.start + r.offset, t.end, learned[r.key]))
    return _merge(found, extra)
