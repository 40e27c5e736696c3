"""Title phrases (الأمين العام لحلف الناتو، وزير الخارجية التركي، المتحدث باسم …).

Titles are not entity spans; they introduce people and name unnamed speakers. A phrase is a
title head from ``titles.tsv`` followed by what qualifies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from nato_reader.core.cues import is_name_noun
from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.lang.phrase_words import NAME_LINKS, ORG_HEADS, RANKS
from nato_reader.core.lexicon import Lexicon, lexicon
from nato_reader.core.matching import Match, joined
from nato_reader.core.record import COUNTRY, LOCATION, NORP, ORG
from nato_reader.core.tokens import Token, WordFilter, cached_readings, positions, vocabulary

_MAX_TITLE_WORDS = 12
# في introduces where the office sits (مسؤول السياسة الخارجية في الاتحاد الأوروبي).
_IN = "في"
# Members, representatives and candidates, whose body or constituency follows عن (النائب
# عن الحزب …، المرشح عن حزب …).
_FOR = "عن"
_MEMBERS = frozenset({
    "النائب", "النائبه", "نائب", "نائبه", "ممثل", "ممثله", "الممثل", "الممثله", "عضو", "العضو",
    "عضوه", "العضوه", "المرشح", "المرشحه", "مرشح", "مرشحه",
})


@dataclass(frozen=True, slots=True)
class TitleRow:
    """A title phrase over tokens ``[first, last)``; ``nstart``/``nend`` are norm offsets."""

    first: int
    last: int
    nstart: int
    nend: int


@lru_cache(maxsize=1 << 16)
def _may_title(word: str) -> bool:
    """Whether some reading of ``word`` begins a title head."""
    lex = lexicon()
    return any(r.key in lex.titles or r.key in lex.title_prefixes
               or _possessed_title(r.key, lex) for r in cached_readings(word))


# The title-head words of an article; valid because _may_title is a pure function of the word.
_TITLE_WORDS = WordFilter(_may_title)


def _title_head_at(toks: list[Token], i: int, norm: str, lex: Lexicon) -> tuple[int, int] | None:
    """The longest title head at token ``i``: (end token, norm start), proclitics left out."""
    head: tuple[int, int] | None = None
    n = len(toks)
    for r in cached_readings(toks[i].text):
        start = toks[i].start + r.offset
        if r.offset and r.key.startswith("ال") and not toks[i].text[r.offset:].startswith("ال"):
            start += 1  # للرئيس → رئيس
        key, j = r.key, i + 1
        if (key in lex.titles or _possessed_title(key, lex)) and (head is None or j > head[0]):
            head = (j, start)
        while key in lex.title_prefixes and j < n and joined(norm, toks[j - 1], toks[j]):
            key = key + " " + toks[j].text
            j += 1
            if ((key in lex.titles or _possessed_title(key, lex))
                    and (head is None or j > head[0])):
                head = (j, start)
    return head


# Possessive pronouns a title head takes in place of its complement (رئيسها، مديرتهم،
# المتحدث باسمها), longest first.
_POSSESSIVES = ("هما", "هم", "ها", "ه")


def _possessed_title(key: str, lex: Lexicon) -> bool:
    """Whether ``key`` is an indefinite title head with a possessive pronoun (رئيسها،
    مديرتها، المتحدث باسمه): the pronoun stands for the body the title belongs to."""
    for suffix in _POSSESSIVES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            stem = key[: -len(suffix)]
            if stem.endswith("ت"):
                stem = stem[:-1] + "ه"  # مديرتها → مديرة، folded مديره
            return stem in lex.titles and not stem.split()[-1].startswith("ال")
    return False


def _complement(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether token ``j`` is the definite complement of the title word before it (رئيس
    اللجنة، مدير الوكالة، المتحدث باسم الشرطة): a head without ال takes one."""
    prev, word = toks[j - 1].text, toks[j].text
    if word.startswith("لل") and len(word) >= 5 and prev in _BEFORE_COMPLEMENT:
        return True  # المديرة التنفيذية للبرنامج، المدير العام للوكالة
    if not word.startswith("ال") or word in FUNCTION_WORDS or len(word) < 4:
        return False
    return prev == "باسم" or (not prev.startswith("ال") and (
        prev in lex.titles or prev in ORG_HEADS or prev[1:] in ORG_HEADS  # لشؤون السلم
        or prev in lex.title_qualifiers))  # رئيس وفد الجيش، مدير عام الشركة


def _relational(toks: list[Token], j: int, lex: Lexicon, after_name: bool = False
                ) -> bool:
    """Whether token ``j`` is a relational adjective (العسكري، الغيانية، عسكري) agreeing in
    definiteness with the word before it (a name is definite: جامعة طشقند الحكومية): a
    nationality or a field the lexicon need not know. A name never follows a rank this way
    (الشيخ الغامدي is a name)."""
    word, prev = toks[j].text, toks[j - 1].text
    if word in FUNCTION_WORDS or prev in RANKS or not word.endswith(("ي", "يه")):
        return False
    if word in lex.given_names:
        return False  # أليكسي folds to ال + يكسي, but it is the name after the title
    if word.startswith("ال"):
        # للشؤون الإنسانية: ل + the article is definite too
        return len(word) >= 6 and (after_name or prev.startswith(("ال", "لل", "وال")))
    # مسؤول عسكري: an indefinite one only after an indefinite title word (never a name after
    # للبرنامج).
    return len(word) >= 4 and not prev.startswith(("ال", "ل")) and (
        prev in lex.titles or prev in ORG_HEADS)


def _construct(toks: list[Token], j: int, norm: str) -> bool:
    """Whether token ``j`` is ل + a noun with a definite genitive after it (المفوض الأوروبي
    لإدارة الأزمات), not "told" a medium (لصحيفة الغارديان)."""
    word = toks[j].text
    return (word.startswith("ل") and not word.startswith("لل") and len(word) >= 5
            and j + 1 < len(toks) and toks[j + 1].text.startswith("ال")
            and joined(norm, toks[j], toks[j + 1]) and not is_name_noun(word))


# "General" after an indefinite title (مدير عام الشركة), folded.
_GENERAL = frozenset({"عام", "عامه"})
# Title words after which "لل…" names what the office heads (never "الرئيس للصحفيين").
_BEFORE_COMPLEMENT = frozenset({
    "العام", "العامه", "التنفيذي", "التنفيذيه", "الاعلي", "الخاص", "الخاصه", "السامي",
    "الساميه", "الدائم", "الدائمه", "المساعد", "المساعده",
})


def _portfolio(word: str, lex: Lexicon) -> bool:
    """Whether a definite word joined by و to a portfolio is a second one (المالية، المناجم):
    a listed portfolio, or a noun that is no title (والرئيس opens a new phrase) and no
    sound plural of people (والمسؤولين)."""
    if word in lex.title_qualifiers:
        return True
    return (len(word) >= 6 and word not in lex.titles and word not in FUNCTION_WORDS
            and not (word.endswith(("ين", "ون")) and word[-3] not in "اوي"))  # التعاون


def _name_after(toks: list[Token], k: int, lex: Lexicon, matches: dict[int, Match]) -> bool:
    """Whether token ``k`` may open a name rather than continue a title: no entity, no
    word with the article, no function word, portfolio, title or body (لرئيس مفوضية …)."""
    if k >= len(toks) or k in matches:
        return False
    w = toks[k].text
    return not (w.startswith(("ال", "لل")) or w in FUNCTION_WORDS or w in lex.title_qualifiers
                or w in ORG_HEADS or w in lex.titles)


def _definite_at(toks: list[Token], j: int) -> bool:
    """Whether token ``j`` is a definite noun (الطاقة)."""
    return (j < len(toks) and toks[j].text.startswith("ال") and len(toks[j].text) >= 4
            and toks[j].text not in FUNCTION_WORDS)


def _places(toks: list[Token], j: int, matches: dict[int, Match]) -> bool:
    """Whether token ``j`` opens a place or a body an office sits in (في الاتحاد الأوروبي،
    في جامعة …)."""
    if j >= len(toks):
        return False
    m = matches.get(j)
    return (m is not None and m.entry.label in (ORG, COUNTRY, LOCATION)) or (
        toks[j].text in ORG_HEADS)


@lru_cache(maxsize=4096)
def _member_title(word: str) -> bool:
    """Whether ``word`` reads as a member's title (النائب، والعضو), once per word."""
    return any(r.key in _MEMBERS for r in cached_readings(word))


def find_title_phrases(
    toks: list[Token], norm: str, lex: Lexicon, matches: dict[int, Match]
) -> list[TitleRow]:
    """Title phrases: a title head, then what qualifies it.

    Portfolio words, nationality adjectives, organisations, countries and places (لحلف الناتو،
    عمدة طوكيو), a nested title (المتحدث باسم الأمين العام للأمم المتحدة), لدى and a place of
    posting (السفيرة لدى الأمم المتحدة), عن and the body or place a member sits for (النائب
    عن الحزب …), an organisation's short name in brackets (حلف شمال الأطلسي (الناتو)),
    a second portfolio (وزير الطاقة والمناجم، وزير البيئة وأمن الطاقة), ب + the body the
    office sits in (بالجامعة …) and an indefinite body's name (محلل في بنك استثمار إقليمي).
    A title with ل followed by a name is a phrase of its own (وقال الوزير للرئيس X), and
    so is a second place (في نيويورك الخليل …: a name opens there).
    """
    out: list[TitleRow] = []
    covered: set[int] = set()
    place_ends: set[int] = set()
    for m in matches.values():  # one pass for both
        first, last = m.first, m.last
        if last == first + 1:
            covered.add(first)  # most matches are one word: no range to build
        else:
            covered.update(range(first, last))
        if m.entry.label in (COUNTRY, LOCATION):
            place_ends.add(last - 1)
    n = len(toks)
    free = 0
    for i in positions(toks, _TITLE_WORDS(vocabulary(toks))):
        if i < free or i in covered or (
                i and toks[i - 1].text in NAME_LINKS and toks[i - 1].end + 1 == toks[i].start):
            continue  # عبد الملك، أبو الأمير: a name, not a king or a prince
        head = _title_head_at(toks, i, norm, lex)
        if head is None:
            continue
        j, start = head
        end = toks[j - 1].end
        proper = org = False  # the word before was a name; an organisation's name is open
        member = _member_title(toks[i].text)
        while j < n and j - i < _MAX_TITLE_WORDS:
            m = matches.get(j)
            if (m is not None and m.entry.label == ORG
                    and norm[toks[j - 1].end : toks[j].start].strip() == "("):
                close = norm.find(")", toks[m.last - 1].end)
                if close == -1 or norm[toks[m.last - 1].end : close].strip():
                    break
                j, end = m.last, close + 1
                continue
            if not joined(norm, toks[j - 1], toks[j]):
                break
            nested = (_title_head_at(toks, j, norm, lex)
                      if j not in covered and _may_title(toks[j].text) else None)
            word = toks[j].text
            if (nested is not None and nested[1] != toks[j].start and word[0] == "ل"
                    and _name_after(toks, nested[0], lex, matches)):
                # وقال الوزير للرئيس X، المستشار الخاص للرئيس X: the name is the one of the
                # title with ل, a phrase of its own (but المبعوث الخاص للأمين العام إلى …)
                break
            at = matches.get(j + 1) if word == "لدي" else None
            proper, after_proper = False, proper
            if m is not None and m.entry.label in (COUNTRY, LOCATION) and j - 1 in place_ends:
                break  # في نيويورك الخليل …: two places in a row; the second opens a name
            if m is not None and m.entry.label in (NORP, ORG, COUNTRY, LOCATION):
                proper = m.entry.label != NORP
                j = m.last
            elif at is not None and at.entry.label in (ORG, COUNTRY, LOCATION) and joined(
                norm, toks[j], toks[j + 1]
            ):
                j = at.last  # السفيرة الأمريكية لدى الأمم المتحدة
            elif nested is not None:
                j = nested[0]
            elif (word in lex.title_qualifiers or word in ORG_HEADS or word in RANKS
                  or _complement(toks, j, lex)
                  or (m is None and _relational(toks, j, lex, after_proper))):
                org = org or word in ORG_HEADS
                j += 1
            elif (word in _GENERAL and not toks[j - 1].text.startswith("ال")
                  and _definite_at(toks, j + 1) and joined(norm, toks[j], toks[j + 1])):
                j += 1  # مدير عام الشركة: the general manager of a body named next
            elif (word.startswith("وال") and toks[j - 1].text in lex.title_qualifiers
                  and _portfolio(word[1:], lex)):
                j += 1  # وزير الخزانة والمالية، وزير الطاقة والمناجم: a second portfolio
            elif (org and toks[j - 1].text in ORG_HEADS and not toks[j - 1].text.startswith("ال")
                  and len(word) >= 4 and word not in FUNCTION_WORDS and m is None
                  and word not in lex.given_names and not word.startswith(("ال", "ل", "و"))):
                j += 1  # محلل في بنك استثمار: an indefinite body's genitive
                while (j < n and joined(norm, toks[j - 1], toks[j]) and j not in matches
                       and toks[j].text.endswith("ي") and len(toks[j].text) >= 4
                       and not toks[j].text.startswith("ال")):
                    j += 1  # … and its adjective (بنك استثمار إقليمي)
            elif (word.startswith("و") and "ال" + word[1:] in lex.title_qualifiers
                  and toks[j - 1].text in lex.title_qualifiers and _definite_at(toks, j + 1)
                  and joined(norm, toks[j], toks[j + 1])):
                j += 2  # وزير البيئة وأمن الطاقة: a second portfolio in construct
            elif (word.startswith("وال") and word.endswith(("ي", "يه")) and len(word) >= 7
                  and _relational(toks, j - 1, lex)):
                j += 1  # للشؤون القانونية والدولية: a second adjective
            elif word.startswith("بال") and word[1:] in ORG_HEADS:
                org = True
                j += 1  # الخبيرة في شؤون المياه بالجامعة …: where the office sits
            elif org and word.startswith("لل") and len(word) >= 5 and word not in FUNCTION_WORDS:
                j += 1  # مركز الخليج للأبحاث: the rest of the body's name
            elif _construct(toks, j, norm):
                j += 2
            elif (toks[j].text == _IN or (toks[j].text == _FOR and member)
                  ) and _places(toks, j + 1, matches) and joined(norm, toks[j], toks[j + 1]):
                j += 1  # the place or body comes next (النائب عن الحزب …)
            else:
                break
            end = toks[j - 1].end
        out.append(TitleRow(i, j, start, end))
        free = j
    return out


