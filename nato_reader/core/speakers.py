"""Who said it: the speaker of each QUOTE and CLAIM, and the span that names them.

A cue names its speaker right after itself (``وقال X``, ``حسبما قال X``, ``بحسب X``), possibly
after a time phrase (``وقال يوم الخميس X``) and as a title with or without a name (``وقال وزير
الخارجية التركي``). A cue with no name after it (``وقال إن``، ``وأضاف:``، ``قائلاً``، ``على حد
قوله``) continues the most recent speaker whose gender fits the verb (قالت wants a woman, an
organisation or a country). A quotation takes the cue right after it (``"…"، قال X``), else the
last cue before it in its sentence, else the most recent speaker (a paragraph that is only a
quotation continues the one before).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise
from operator import attrgetter, itemgetter
from typing import Protocol, TypeVar

from nato_reader.core.claims import PARTICLE, Claim, Sentences
from nato_reader.core.cues import ADVERBIAL, FEM, MASC, Cue, fold, is_cue_word, is_name_noun
from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.lang.phrase_words import ORG_HEADS, PLACE_PREPOSITIONS, SOURCE_NOUNS
from nato_reader.core.record import COUNTRY, LOCATION, ORG, PERSON, Span
from nato_reader.core.text import normalize_key

# News vocabulary repeats: each distinct word is folded once.
_key = lru_cache(maxsize=1 << 14)(normalize_key)

SPEAKER_LABELS = (PERSON, ORG, COUNTRY, LOCATION)
_DAYS = "(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
# Time phrases that may stand between a verb and its subject.
_TIME = re.compile(
    rf"\s*(?:(?:يوم|مساء|صباح|ليل|ظهر|فجر)\s+(?:أمس|{_DAYS})|أمس|اليوم|{_DAYS}"
    r"|في وقت (?:سابق|لاحق)(?: من)?(?: اليوم| يوم \S+)?|مجددا|مجدداً|أيضا|أيضاً)(?!\w)[\s،,]*"
)
# What may stand between a quotation's closing mark and a cue that follows it.
_AFTER_QUOTE_GAP = re.compile(r"[^\S\n]*[،,؛;:\-–—]?[^\S\n]*\Z")
# A described speaker (مسؤول عسكري أمريكي) is a few words that stop at punctuation, at the
# particle, or at one of these words (prepositions, pronouns, time words).
_PHRASE_WORD = re.compile(r"[^\s،,:;؛.!?؟«»\"“”„‟'‘’()\[\]]+")
_PHRASE_ENDS = frozenset(':«»"“”„‟\'‘’،,\n.!?؟')
_NOT_SUBJECT = frozenset(fold(w) for w in (
    "في", "على", "إلى", "من", "عن", "مع", "خلال", "أمام", "لدى", "عبر", "بعد", "قبل", "أثناء",
    "حول", "يوم", "أمس", "اليوم", "إنه", "أنه", "لا", "ما", "قد", "لقد", "هو", "هي", "هم",
    "ذلك", "هذا", "هذه", "أيضا", "كذلك", "عندما", "حين", "بينما", "بشأن", "نحو",
))
_MAX_PHRASE_WORDS = 5
# An opening quotation mark right after a naming noun: صحيفة "…"، منظمة «…».
_OPEN_NAME = re.compile(r"[^\S\n]*[\"«“”„‟'‘’][^\S\n]*")
_CLOSE_NAME = re.compile(r"([^\"«»“”„‟'‘’\n]{2,40})[\"»“”„‟'‘’]")
# How many words a title may run on beyond what the title finder saw (للحلف، باسمه).
_MAX_TITLE_TAIL = 2
# How many words (ranks: العميد، الدكتور) may open an apposition before the name.
_MAX_RANK_WORDS = 1
# How many words a title the lexicon does not know may hold before the name.
_MAX_TITLE_WORDS = 6
# How far back a pronoun or a short title looks for its speaker: a few dozen speakers is
# several articles' worth, and keeps a long text linear.
_LOOKBACK = 40
_UNRESOLVED = object()  # not yet resolved (None is a cue that names no one)
# The source of a reported saying: نقلت الوكالة عن [مصدر مسؤول] قوله إن …
_REPORTED_FROM = re.compile(r"(?<!\w)عن\s+(?!.*(?<!\w)عن\s)", re.DOTALL)
# A subject written before its verb: أما X فكتب …، وكان X قد قال …
_SUBJECT_FIRST = re.compile(r"(?<!\w)(?:أما|[وف]?كان|[وف]?كانت)\s+")
_BEFORE_VERB = re.compile(r"(?:(?<!\w)قد\s+|ف)\Z")
# An organisation and its short name in brackets: المجموعة الاقتصادية … (إيكواس).
_ALIAS_GAP = re.compile(r"\s*\(\s*\Z")
_MAX_ALIAS_GAP = 5
_AMMA = _key("أما")
_MA = _key("ما")
# A preposition glued to a noun (بإنفاق، لإعادة، بالقول، للدفاع) never opens a speaker.
_GLUED_PREPOSITION = re.compile("(?:[بل][أإ]|بال|لل)")
# A definite relational adjective, folded: الانتقالية، العسكري.
_RELATIONAL = re.compile(r"ال\w{3,}(?:ي|يه)")
# Words that end an organisation's description (دول is a genitive there: تحالف دول الساحل).
_BODY_STOPS = FUNCTION_WORDS - {_key(w) for w in ("دول", "الدول")}
# A dateline before the first sentence of a paragraph: CITY (AGENCY) -
_DATELINE = re.compile(r"[^\n()]{0,40}\([^\n()]{1,40}\)\s*[-–—]\s*")
# How many words into a sentence its subject may stand (احتجت الصين، رفض تحالف دول الساحل).
_SUBJECT_WORDS = 3
# A name may follow a cue with a glued proclitic (وفقا لوزارة، بحسب الوكالة).
_MAX_CLITIC = 2

T = TypeVar("T")


class TitleLike(Protocol):
    """A title phrase (``وزير الخارجية التركي``) and the PERSON it belongs to, if any."""

    start: int
    end: int
    text: str
    person: Span | None


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str  # the display name: canonical name, title phrase, or organisation/country name
    key: str  # who it is, across mentions (a person's canonical name)
    mention: Span | None  # the span naming the speaker here; None for a bare title
    gender: str | None = None
    title: str | None = None  # the title phrase the speaker was introduced with, if any


@dataclass(frozen=True, slots=True)
class Attribution:
    statement: Span
    speaker: Speaker
    mention: Span | None  # the SAID_BY child


def _display(span: Span) -> str:
    return str(span.get("canonical") or span.text)


def _speaker_of(span: Span, gender: str | None, aliases: dict[str, str] | None = None) -> Speaker:
    name = _display(span)
    if aliases and span.label == ORG:
        name = aliases.get(name, name)
    # Organisations and countries take either gender (وقال البيت الأبيض، وقالت الحكومة).
    return Speaker(name, name, span, gender if span.label == PERSON else None)


class _Finder:
    def __init__(self, text: str, entities: Sequence[Span], titles: Sequence[TitleLike]) -> None:
        self.text = text
        self.entities = sorted((e for e in entities if e.label in SPEAKER_LABELS),
                               key=lambda e: e.start)
        self.titles = sorted(titles, key=lambda t: t.start)
        self._by_start = {e.start: e for e in self.entities}
        self._starts = [e.start for e in self.entities]
        self._title_by_start = {t.start: t for t in self.titles}
        self.aliases = _aliases(text, self.entities)

    @staticmethod
    def _at(table: dict[int, T], pos: int) -> T | None:
        for offset in range(_MAX_CLITIC + 1):
            hit = table.get(pos + offset)
            if hit is not None:
                return hit
        return None

    def named_by(self, cue: Cue) -> Speaker | None:
        """The speaker ``cue`` names, or None when it names none (وقال إن، وأضاف:)."""
        if cue.speaker_before:
            m = _REPORTED_FROM.search(self.text, max(0, cue.start - 80), cue.start)
            return self.named_at(m.end(), cue.gender, cue.start) if m else None
        pos = cue.end
        m = _TIME.match(self.text, pos)
        if m:
            pos = m.end()
        # After a transitive verb a bare noun is as likely its object (وصف الوضع بأنه …) as
        # its subject: only a name, a title or a noun that describes a source (وصفها مسؤولون
        # بأنها …) is taken as the speaker.
        described = not cue.transitive or self._source_noun_at(pos)
        return self.named_at(pos, cue.gender, len(self.text), described=described)

    def _source_noun_at(self, pos: int) -> bool:
        m = _PHRASE_WORD.search(self.text, pos, pos + 40)
        return (m is not None and not self.text[pos:m.start()].strip()
                and _key(m.group()) in SOURCE_NOUNS)

    def subject_before(self, cue: Cue, sentences: Sentences) -> Speaker | None:
        """A subject written before the verb: أما X فكتب، وكان X قد قال."""
        end = cue.start + len(cue.clitic)
        sentence_start = sentences.start_before(cue.start)
        if not _BEFORE_VERB.search(self.text, max(sentence_start, end - 6), end):
            return None
        found = list(_SUBJECT_FIRST.finditer(self.text, sentence_start, cue.start))
        if not found:
            return None
        return self.named_at(found[-1].end(), cue.gender, cue.start, described=False)

    def sentence_subject(self, sentence_start: int, cue: Cue) -> Speaker | None:
        """The subject of the verb that opens the sentence (احتجت الصين …، ووصفتها بأنها …):
        a name or a title among its first words, none of them a preposition. A dateline
        (طوكيو (كيودو) - …) is not part of the sentence."""
        dateline = _DATELINE.match(self.text, sentence_start, cue.start)
        if dateline is not None:
            sentence_start = dateline.end()
        for n, m in enumerate(_PHRASE_WORD.finditer(self.text, sentence_start, cue.start)):
            if n >= _SUBJECT_WORDS or _key(m.group()) in PLACE_PREPOSITIONS:
                return None
            if n == 0:
                continue  # the verb
            title = self._title_by_start.get(m.start())
            if title is not None:
                return self._from_title(title, cue.gender)
            entity = self._by_start.get(m.start())
            if entity is not None:
                speaker = _speaker_of(entity, cue.gender, self.aliases)
                return speaker if _fits(speaker, cue.gender) else None
            if _key(m.group()) in ORG_HEADS:
                body = self._body(m.start(), cue.start)
                return Speaker(body, body, None)
        return None

    def subject_just_before(self, cue: Cue, sentences: Sentences) -> Speaker | None:
        """A name written right before its verb (مدريد تدعو إلى …، وأنقرة تدعو …), not the
        subject of a reported clause (إن الصين تدعو …)."""
        k = bisect_left(self._starts, cue.start) - 1
        if k < 0:
            return None
        entity = self.entities[k]
        if self.text[entity.end:cue.start].strip() or entity.start < sentences.start_before(
            cue.start
        ):
            return None
        before = _PHRASE_WORD.findall(self.text, max(0, entity.start - 12), entity.start)
        if before and self.text[entity.start - 1] == " " and PARTICLE.fullmatch(before[-1]):
            return None
        speaker = _speaker_of(entity, cue.gender, self.aliases)
        return speaker if _fits(speaker, cue.gender) else None

    def after_relative(self, cue: Cue) -> bool:
        """Whether the cue opens a relative clause: على ما وصفته بـ، ما اعتبره."""
        before = _PHRASE_WORD.findall(self.text, max(0, cue.start - 6), cue.start)
        return bool(before) and _key(before[-1]) == _MA and not self.text[
            cue.start - 1 : cue.start].strip()

    def titled_subjects(self, sentences: Sentences) -> list[tuple[int, Speaker]]:
        """Titled people standing first in their sentence, after at most a verb or أما,
        with the gender their title shows (وزيرة، المتحدثة → a woman)."""
        out: list[tuple[int, Speaker]] = []
        for title in self.titles:
            start = sentences.start_before(title.start)
            dateline = _DATELINE.match(self.text, start, title.start)
            words = _PHRASE_WORD.findall(self.text, dateline.end() if dateline else start,
                                         title.start)
            if len(words) > 1 or (words and _key(words[0]) in FUNCTION_WORDS
                                  and _key(words[0]) != _AMMA):
                continue
            person = (title.person or self._person_after(title.end)
                      or self._apposed_person(title.end))
            if person is None:
                continue
            head = fold(title.text).split()[0]
            gender = FEM if head.endswith("ة") else MASC
            speaker = _speaker_of(self._by_start.get(person.start, person), gender)
            out.append((title.start, Speaker(speaker.name, speaker.key, speaker.mention,
                                             gender, title.text)))
        return out

    def _body(self, pos: int, limit: int) -> str:
        """An organisation described by its head noun (الحكومة، تحالف دول الساحل): an
        indefinite word takes the next as its genitive, a definite one only relational
        adjectives (الحكومة الانتقالية); punctuation or a function word ends it."""
        end, open_ = pos, True
        for n, m in enumerate(_PHRASE_WORD.finditer(self.text, pos, limit)):
            key = _key(m.group())
            if n >= _MAX_PHRASE_WORDS or self.text[end:m.start()].strip() or (
                n and (key in _BODY_STOPS or not (open_ or _RELATIONAL.fullmatch(key)))
            ):
                break
            open_ = not key.startswith("ال")
            end = m.end()
        return self.text[pos:end]

    def named_at(self, pos: int, gender: str | None, limit: int,
                 described: bool = True) -> Speaker | None:
        """The speaker named at ``pos``: a title, a name or (if ``described``) a description
        ending by ``limit``."""
        while pos < len(self.text) and self.text[pos] in " \t\u00a0":
            pos += 1
        word = _PHRASE_WORD.match(self.text, pos)
        if word is not None and is_cue_word(word.group()):
            return None  # وأضاف قائلاً إن …: the speaker is the one already speaking
        title = self._at(self._title_by_start, pos)
        if title is not None:
            return self._from_title(title, gender)
        entity = self._at(self._by_start, pos)
        if entity is not None:
            return _speaker_of(entity, gender, self.aliases)
        quoted = self._quoted_name(word)
        if quoted is not None:
            return quoted
        phrase = self._unnamed(pos, limit) if described else None
        if isinstance(phrase, Span):
            return _speaker_of(phrase, gender, self.aliases)
        return Speaker(phrase, phrase, None, gender) if phrase else None

    def _quoted_name(self, word: re.Match[str] | None) -> Speaker | None:
        """The organisation a naming noun introduces in quotation marks (صحيفة "الباييس"،
        منظمة «أطباء بلا حدود»): the name, not the noun, is the speaker, as its ORG span
        or, when the name is not one, as written."""
        if word is None or not is_name_noun(word.group()):
            return None
        m = _OPEN_NAME.match(self.text, word.end())
        if m is None:
            return None
        entity = self._by_start.get(m.end())
        if entity is not None:
            return _speaker_of(entity, None, self.aliases) if entity.label == ORG else None
        close = _CLOSE_NAME.match(self.text, m.end())
        name = close.group(1).strip() if close else ""
        return Speaker(name, name, None) if name else None

    def _unnamed(self, pos: int, limit: int) -> str | Span | None:
        """A speaker described, not named (وقال مسؤول عسكري أمريكي:، وقالت مصادر مطلعة إن):
        the words up to the colon, the quotation mark, the particle or a preposition."""
        words: list[re.Match[str]] = []
        end = pos
        clean = False
        for m in _PHRASE_WORD.finditer(self.text, pos, min(limit, pos + 120)):
            gap = self.text[end:m.start()].strip(" \t\u00a0")
            if gap:
                clean = gap[0] in _PHRASE_ENDS
                break
            key = fold(m.group())
            if PARTICLE.fullmatch(m.group()) or key in _NOT_SUBJECT or key.startswith(
                ("لل", "بال")
            ):
                if words and not PARTICLE.fullmatch(m.group()):
                    # الباحثة في معهد كارنيغي سارة يركس إن …: a long title, then the name;
                    # never the noun a preposition governs (دبلوماسي في جورج تاون).
                    person = self._person_after(m.start(), _MAX_TITLE_WORDS)
                    governed = key in PLACE_PREPOSITIONS and person is not None and not (
                        self.text[m.end():person.start].strip())
                    if person is not None and not governed:
                        return person
                clean = True
                break
            k = bisect_left(self._starts, m.start())
            if k < len(self._starts) and self._starts[k] < m.end():
                entity = self.entities[k]
                if entity.start > m.start():
                    clean = True  # a name glued to a preposition (لوكالة رويترز) ends it
                    break
                if entity.label == PERSON:
                    return entity  # the words were a title the lexicon does not know
            words.append(m)
            end = m.end()
            if len(words) > _MAX_PHRASE_WORDS:
                return None
        else:
            rest = self.text[end:limit].lstrip(" \t\u00a0")
            clean = not rest or rest[0] in _PHRASE_ENDS
        if not words or not clean or _GLUED_PREPOSITION.match(words[0].group()):
            return None
        return self.text[words[0].start():end]

    def _person_after(self, pos: int, max_words: int = _MAX_TITLE_TAIL) -> Span | None:
        """A name within a few words after a title is the titled person (الأمين العام للحلف
        مارك روته، المتحدث باسمه دميتري بيسكوف), unless punctuation or a particle comes
        first."""
        window = min(len(self.text), pos + 20 * (max_words + 1))
        for n, m in enumerate(_PHRASE_WORD.finditer(self.text, pos, window)):
            gap = self.text[pos:m.start()].strip(" \t\u00a0")
            if n > max_words or gap or PARTICLE.fullmatch(m.group()):
                return None
            entity = self._by_start.get(m.start())
            if entity is not None and entity.label == PERSON:
                return entity
            pos = m.end()
        return None

    def _apposed_person(self, pos: int) -> Span | None:
        """A name between commas right after a title (المتحدثة باسم الوزارة، رحمة ليبان،):
        the title's last words may be ones the title finder left out."""
        window = min(len(self.text), pos + 20 * (_MAX_TITLE_TAIL + 2))
        for n, m in enumerate(_PHRASE_WORD.finditer(self.text, pos, window)):
            gap = self.text[pos:m.start()].strip(" \t\u00a0")
            if gap in ("،", ","):
                return self._person_after(m.start(), _MAX_RANK_WORDS)
            if n > _MAX_TITLE_TAIL or gap or _key(m.group()) in FUNCTION_WORDS:
                return None
            pos = m.end()
        return None

    def _from_title(self, title: TitleLike, gender: str | None) -> Speaker:
        person = (title.person or self._person_after(title.end)
                  or self._apposed_person(title.end))
        if person is not None:
            person = self._by_start.get(person.start, person)
            speaker = _speaker_of(person, gender, self.aliases)
            return Speaker(speaker.name, speaker.key, person, speaker.gender, title.text)
        return Speaker(title.text, title.text, None, gender, title.text)


@lru_cache(maxsize=1024)
def _title_words(phrase: str) -> tuple[str, ...]:
    """The words of a title, folded, the first without its article: ``المسؤول`` and
    ``مسؤول عسكري`` both start with ``مسؤول``."""
    words = fold(phrase).split()
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    return tuple(words)


def _aliases(text: str, entities: Sequence[Span]) -> dict[str, str]:
    """Short names of organisations written in brackets after the full name (المجموعة
    الاقتصادية لدول غرب أفريقيا (إيكواس)) → the full name: the article's fullest form names
    the speaker wherever the short one is used."""
    out: dict[str, str] = {}
    orgs = [e for e in entities if e.label == ORG]
    for span in orgs:
        start = span.start
        before = text[max(0, start - 20):start - 1].rpartition(" ")[2] if (
            start > 1 and text[start - 1] == " ") else ""
        name = span.attrs.get("canonical") or span.text
        fuller = _fuller(name, span.text, before)
        if fuller and name not in out:
            out[name] = fuller
    for full, short in pairwise(orgs):
        if (short.start - full.end < _MAX_ALIAS_GAP
                and _ALIAS_GAP.match(text, full.end, short.start)
                and text[short.end:short.end + 3].lstrip().startswith(")")):
            out.setdefault(_display(short), out.get(_display(full), _display(full)))
    return out


@lru_cache(maxsize=4096)
def _fuller(name: str, written: str, before: str) -> str:
    """The fullest form of an organisation's canonical ``name`` in its mention ``written``,
    with the word ``before`` it: منظمة أطباء بلا حدود for أطباء بلا حدود, "" if none."""
    key = _key(name)
    if key.split(" ", 1)[0] in ORG_HEADS:
        return ""  # the canonical name has its head noun already (حلف شمال الأطلسي)
    written = " ".join(written.split())
    if _key(written).endswith(" " + key):
        return written  # the span holds more than its short canonical name
    if (before.isalpha() and not before.startswith("ال") and _key(before) in ORG_HEADS
            and not key.startswith(_key(before))):
        return f"{before} {name}"
    return ""


def _fits(speaker: Speaker, gender: str | None) -> bool:
    return gender is None or speaker.gender is None or speaker.gender == gender


def attribute(text: str, quotes: Sequence[Span], claims: Sequence[Claim], cues: Sequence[Cue],
              entities: Sequence[Span], titles: Sequence[TitleLike] = (),
              sentences: Sentences | None = None) -> list[Attribution]:
    """The speaker of every quotation and claim that has one, in text order."""
    finder = _Finder(text, entities, titles)
    sentences = sentences or Sentences(text, quotes)
    # A claim's cue the cue finder does not know (بالقول) hangs quotations inside it too.
    extra = {c.cue for c in claims} - set(cues)
    live_cues = sorted((c for c in (*cues, *extra) if not sentences.in_quote(c.start)),
                       key=attrgetter("start"))
    cue_starts = [c.start for c in live_cues]
    claim_cue = {id(c.span): c.cue for c in claims}
    # Claims by start (stable, so equal starts keep their order) for the holder of a quotation.
    holders = sorted(claims, key=lambda c: c.span.start)
    holder_starts = [c.span.start for c in holders]
    holder_reach = list(accumulate((c.span.end for c in holders), max))

    history: list[Speaker] = []  # speakers in the order they were named
    latest_mention: dict[str, Span] = {}
    resolved: dict[Cue, Speaker | None] = {}

    def recent(gender: str | None) -> Speaker | None:
        for speaker in reversed(history[-_LOOKBACK:]):
            if _fits(speaker, gender):
                return speaker
        return None

    # A transitive verb joined by و/ف to an earlier speech verb of its sentence shares that
    # verb's subject (دافع X عن … وانتقد الحلف): the name after it is its object. After قال
    # and the like a name is always the subject (… وقالت المتحدثة باسم الخارجية إن).
    carried = {c for prev, c in pairwise(live_cues)
               if c.clitic and c.transitive and prev.start >= sentences.start_before(c.start)}
    named_cues: set[Cue] = set()

    def shared_subject(cue: Cue, start: int) -> Speaker | None:
        """The subject of the speech verb before ``cue`` in its sentence, else of the verb
        that opens the sentence."""
        k = bisect_left(cue_starts, cue.start) - 1
        while k >= 0 and live_cues[k].start >= start:
            earlier = resolved.get(live_cues[k])
            if live_cues[k] in named_cues and earlier is not None and _fits(earlier, cue.gender):
                return earlier
            k -= 1
        return finder.sentence_subject(start, cue)

    def earlier_description(speaker: Speaker) -> Speaker:
        """A short title or description is someone introduced with a longer one before:
        ``المسؤول`` after ``مسؤول عسكري أمريكي``, ``الأمين العام`` after ``الأمين العام لحلف
        الناتو مارك روته``."""
        if speaker.mention is not None:
            return speaker
        short = _title_words(speaker.name)
        for earlier in reversed(history[-_LOOKBACK:]):
            longer = _title_words(earlier.title or earlier.name)
            if earlier is not speaker and short and longer[:len(short)] == short and (
                len(longer) > len(short)
            ):
                return earlier
        return speaker

    def resolve(cue: Cue) -> Speaker | None:
        # One look-up for a cue already resolved: a Cue hashes all its fields.
        found = resolved.get(cue, _UNRESOLVED)
        if found is not _UNRESOLVED:
            return found
        named = None
        if (cue.named or cue.speaker_before) and cue.kind != ADVERBIAL:
            named = finder.named_by(cue) or finder.subject_before(cue, sentences)
        # A verb joined by و/ف inside a sentence (…، واتهم فرنسا بـ) shares the subject
        # of the verb before it.
        start = sentences.start_before(cue.start) if cue.clitic else cue.start
        coordinated = bool(cue.clitic) and cue.kind != ADVERBIAL and bool(
            _PHRASE_WORD.search(text, start, cue.start))
        if (cue in carried or (coordinated and cue.transitive)) and (
            named is None or named.title is None or named.mention is None
        ):
            # …وانتقد الحلف: an object. Only a titled name (ووصف المتحدث باسمه X) is
            # a new subject.
            named = None
        if named is None and coordinated:
            named = shared_subject(cue, start)
        if named is None and not cue.clitic:
            named = finder.subject_just_before(cue, sentences)
        if named is None and (cue.kind == ADVERBIAL or finder.after_relative(cue)):
            # …، مؤكدة أن …، على ما وصفته بـ: the subject of the sentence's main verb,
            # whatever that verb is (رفضت النرويج …، استدعت الوزارة …). After a speech
            # verb of the sentence (وقال إن …، مضيفا) the speaker is that verb's.
            sentence_start = sentences.start_before(cue.start)
            k = bisect_left(cue_starts, cue.start) - 1
            if k >= 0 and live_cues[k].start >= sentence_start:
                named = resolve(live_cues[k])
            elif _PHRASE_WORD.search(text, sentence_start, cue.start):
                named = finder.sentence_subject(sentence_start, cue)
        if named is not None:
            named = earlier_description(named)
            named_cues.add(cue)
        found = named if named is not None else recent(cue.gender)
        resolved[cue] = found
        return found

    # Events in text order; at one offset, names and cues come before the statement.
    names = [(e.start, 0, e) for e in finder.entities]
    statements = [(s.start, 2, s) for s in (*quotes, *(c.span for c in claims))]
    events: list[tuple[int, int, Span | Cue | Speaker]] = [*names, *statements]
    events += [(c.start, 1, c) for c in live_cues]
    # A titled person who opens a sentence is its subject whatever the verb (وردت رئيسة
    # الوزراء X …، التقت الوزيرة X …): a later وقالت may continue them.
    events += [(pos, 1, subject) for pos, subject in finder.titled_subjects(sentences)]
    events.sort(key=itemgetter(0, 1))

    out: list[Attribution] = []
    aliases = finder.aliases
    for _, order, item in events:
        if order == 0:
            name = str(item.attrs.get("canonical") or item.text)  # _display, once per name
            latest_mention[aliases.get(name, name) if item.label == ORG else name] = item
        elif order == 1:
            if type(item) is Speaker:
                history.append(item)
                continue
            speaker = resolve(item)
            if speaker is not None and item in named_cues:
                history.append(speaker)
        else:
            cue = claim_cue.get(id(item)) or _quote_cue(text, item, live_cues, cue_starts,
                                                        sentences)
            if id(item) not in claim_cue:
                cue = _reporting_cue(item, cue, holders, holder_starts, holder_reach) or cue
            speaker = resolve(cue) if cue is not None else recent(None)
            if speaker is not None:
                out.append(Attribution(item, speaker, _mention(speaker, cue, latest_mention)))
    return out


def _reporting_cue(quote: Span, cue: Cue | None, holders: Sequence[Claim],
                   starts: Sequence[int], reach: Sequence[int]) -> Cue | None:
    """The cue of the innermost claim holding ``quote`` when the quotation's own cue is a
    verb inside that claim (قال الوزير إن الصين تدعو إلى "الحوار": the minister quotes).

    ``holders`` are the claims sorted by start, ``starts`` their starts and ``reach`` the
    furthest end among each claim and those before it: the innermost holder is the
    latest-starting claim that begins at or before the quotation and reaches its end, and
    the search back stops where no earlier claim reaches that far."""
    holder = None
    k = bisect_right(starts, quote.start) - 1
    while k >= 0 and reach[k] >= quote.end:
        if holders[k].span.end >= quote.end:
            holder = holders[k]
            break
        k -= 1
    if holder is None or holder.cue.start >= holder.span.start:
        return None
    if cue is not None and cue.start < holder.span.start:
        return None
    return holder.cue


def _quote_cue(text: str, quote: Span, cues: Sequence[Cue], starts: Sequence[int],
               sentences: Sentences) -> Cue | None:
    """The cue a quotation hangs on: right after it, else the last one before it in its
    sentence."""
    close = quote.end + 1  # past the closing mark
    k = bisect_left(starts, close)
    if k < len(cues):
        cue = cues[k]
        opens_own = ":" in text[cue.end:min(sentences.end_after(cue.end), cue.end + 80)]
        if cue.kind != ADVERBIAL and not cue.clitic and not opens_own and (
            _AFTER_QUOTE_GAP.match(text, close, cue.start)
        ):
            return cue  # "…"، قال X — unless the cue opens a quotation of its own (قال X:)
    k = bisect_right(starts, quote.start) - 1
    if k >= 0 and cues[k].start >= sentences.start_before(quote.start):
        return cues[k]
    return None


def _mention(speaker: Speaker, cue: Cue | None, latest: dict[str, Span]) -> Span | None:
    """The SAID_BY child: the name the cue attaches to, else the latest mention of the speaker."""
    if speaker.mention is None:
        return None
    if cue is not None and speaker.mention.start >= cue.end:
        return speaker.mention
    return latest.get(speaker.key, speaker.mention)
