"""Speech cues: the words that attribute speech (قال، وأضافت، قائلاً، حسبما قال، على لسان …).

The lexicon (``resources/gazetteers/speech_cues.tsv``) gives each verb's base forms only; every
person, gender, number, tense, proclitic and object pronoun is generated here by rule. All forms
go into one regular expression shaped as a trie, written by hand (Python's ``re`` does not
factor an alternation of thousands of words itself). The pattern runs on a folded copy of the
text: no diacritics, tatweel or invisible controls, one alef, one ya. Ta marbuta is kept apart
from ha here (unlike ``text.normalize``), because أشاره "he pointed it" and إشارة "a sign" must
not meet. Only the removed characters are recorded, so offsets map back exactly and cheaply.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from nato_reader.paths import resource

VERB = "verb"
ADVERBIAL = "adverbial"
SOURCE = "source"

MASC = "m"
FEM = "f"

# Short vowels, tanwin, shadda, sukun, dagger alef, Quranic marks, tatweel, and the invisible
# controls (zero-width joiners, bidi marks) that pasted text carries: written or not at will, so
# they never decide a match.
_IGNORED_RANGES = (
    ("\u0610", "\u061a"), ("\u064b", "\u065f"), ("\u0670", "\u0670"), ("\u06d6", "\u06ed"),
    ("\u0640", "\u0640"), ("\u200b", "\u200f"), ("\u202a", "\u202e"), ("\u2066", "\u2069"),
    ("\ufeff", "\ufeff"),
)
_IGNORED = "".join(f"{a}-{b}" for a, b in _IGNORED_RANGES)
_IGNORED_RE = re.compile(f"[{_IGNORED}]")
_IGNORED_CHARS = frozenset(chr(c) for a, b in _IGNORED_RANGES for c in range(ord(a), ord(b) + 1))
# Letter spellings that one word comes in; str.replace per letter is several times faster than
# str.translate on a large text.
_FOLD = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"))
_SPACE = re.compile(r"[^\S\n]+")

_PROCLITICS = ("", "و", "ف")
_FUTURE = ("", "س")
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
# First-person verb forms written like a common noun (نصف "we describe" and "half", ونصف
# "and a half"): only with the future's س are they verbs.
_NOMINAL_HOMOGRAPHS = frozenset({"نصف"})
# A particle that introduces reported speech: أن/إن alone, with an attached pronoun, or بأن.
_PARTICLE_AHEAD = re.compile(
    "[^\\S\\n]*(?::|(?:ب)?ان(?:ه|ها|هم|هما|نا|ني|ي)?(?!\\w))"
)

# What a "reported" verb needs later in its sentence: a particle, a colon or a quotation mark
# (and no في/من/عن right after it, unless a quotation follows: ورد في التقرير أن … "it came in
# the report", but تحدث عن «…»).
_REPORTED_AHEAD = re.compile(
    "(?![^\\S\\n]+(?:في|من|عن)(?!\\w)(?![^\\S\\n]*[\"«“]))[^.!?؟\n]{0,160}?"
    "(?:[:\"«»“”]|(?<!\\w)(?:ب)?ان(?:ه|ها|هم|هما|نا|ني|ي)?(?!\\w))"
)

# After عدم ("not …-ing") a verb's letters spell its verbal noun: فضّل عدم ذكر اسمه.
_VERBAL_NOUN_BEFORE = re.compile("(?<!\\w)(?:و?[بل]|و)?عدم[^\\S\\n]+\\Z")
# A verb whose object is عدم ("not …-ing") asks for something rather than reports speech:
# طالبا عدم الكشف عن هويته، طلب عدم نشر اسمه.
_ASKS_NOT = re.compile("[^\\S\\n]+عدم(?!\\w)")


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """The spelling-independent key of a word: no diacritics or tatweel, one alef, one ya
    (remembered per word: the same words are asked about in every article)."""
    return _fold_letters(_SPACE.sub(" ", _IGNORED_RE.sub("", word))).strip()


def _fold_letters(text: str) -> str:
    for variant, letter in _FOLD:
        text = text.replace(variant, letter)
    return text


class FoldedText:
    """``text`` with the ignored characters removed and letters folded, and the way back.

    Only the removed characters are recorded (they are rare in news text), so folding a
    megabyte costs two C-level passes and mapping an offset back is a binary search.
    """

    __slots__ = ("_removed", "folded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # Folded position of each removed character, in order (equal for a run of them),
        # and the text between them: one scan of the text rather than two.
        self._removed: list[int] = []
        kept: list[str] = []
        last = 0
        for m in _IGNORED_RE.finditer(text):
            self._removed.append(m.start() - len(self._removed))
            kept.append(text[last:m.start()])
            last = m.end()
        kept.append(text[last:])
        self.folded = _fold_letters("".join(kept) if self._removed else text)

    def start(self, pos: int) -> int:
        """Original offset of the character at folded offset ``pos``."""
        return pos + bisect_right(self._removed, pos) if self._removed else pos

    def end(self, pos: int) -> int:
        """Original end offset for a folded end ``pos``, taking in trailing diacritics."""
        if pos == 0 or not self._removed:
            return pos
        end = self.start(pos - 1) + 1
        while end < len(self.text) and self.text[end] in _IGNORED_CHARS:
            end += 1
        return end


# Hashed by value like a frozen dataclass, but not frozen: a frozen one is built through
# object.__setattr__ per field, several times slower, and a Cue is made for every cue of every
# article. Nothing assigns to a Cue.
@dataclass(slots=True, unsafe_hash=True)
class Cue:
    """A speech cue in the text. ``start``/``end`` are offsets into the text searched."""

    start: int
    end: int
    kind: str  # VERB, ADVERBIAL or SOURCE
    lemma: str  # the verb's base form, or the source phrase
    gender: str | None = None  # MASC, FEM, or None when the form does not tell
    number: str | None = None  # "sg", "du", "pl"
    person: int = 3
    # Whether the speaker is named right after the cue (a verb's subject, بحسب X); False for
    # على حد قوله, whose speaker is the one already speaking.
    named: bool = True
    clitic: str = ""  # the conjunction written on the cue: "و" in وقال, "ف" in فقال
    transitive: bool = False  # the verb takes a direct object (انتقد، وصف، اتهم …)
    # The speaker stands before the cue, after عن: نقلت الصحيفة عن مصدر مسؤول قوله إن …
    speaker_before: bool = False
    has_object: bool = False  # an object pronoun is written on the verb (وصفها، اتهمه)
    # The verb relays another's words: the source after عن speaks (نقلت الوكالة عن مصادر أن).
    relayed: bool = False


@dataclass(frozen=True, slots=True)
class _Form:
    kind: str
    lemma: str
    gender: str | None
    number: str | None
    person: int
    named: bool
    ambiguous: bool = False
    # The verb reports speech only when the sentence goes on to a particle, a colon or a
    # quotation (ردّ "replied" and ورد "came" fold alike; علّق "commented" and "suspended").
    reported: bool = False
    needs_verb: bool = False
    clitic: str = ""
    transitive: bool = False
    speaker_before: bool = False
    has_object: bool = False
    relayed: bool = False


@dataclass(frozen=True, slots=True)
class CueLexicon:
    pattern: re.Pattern[str]
    forms: dict[str, _Form]
    name_nouns: frozenset[str]


def _verb_forms(past: str, past_f: str, present: str, participle: str, flags: str
                ) -> dict[str, _Form]:
    out: dict[str, _Form] = {}
    ambiguous = "ambiguous" in flags.split(",")
    reported = "reported" in flags.split(",")
    transitive = "transitive" in flags.split(",")
    relayed = "relayed" in flags.split(",")
    # The bare past is also a given name (دان): only its forms with a proclitic are the verb.
    named_past = "name" in flags.split(",")

    def add(form: str, gender: str | None, number: str, person: int = 3,
            kind: str = VERB, clitics: tuple[str, ...] = _PROCLITICS,
            has_object: bool = False) -> None:
        for clitic in clitics:
            if named_past and form == past and not clitic:
                continue
            out.setdefault(fold(clitic + form), _Form(
                kind, past, gender, number, person, True,
                ambiguous=ambiguous and kind == VERB and form == past, clitic=clitic[:1],
                reported=reported and kind == VERB,
                transitive=transitive, has_object=has_object, relayed=relayed))

    add(past, MASC, "sg")
    add(past_f, FEM, "sg")
    add(past_f[:-1] + "وا", MASC, "pl")  # قالت → قالوا, دعت → دعوا, رأت → رأوا
    add(past_f + "ا", FEM, "du")
    if not past.endswith(("ا", "ى")):
        add(past + "ا", MASC, "du")
    for pronoun in _OBJECT_PRONOUNS:
        add(past + pronoun, MASC, "sg", has_object=True)
        add(past_f + pronoun, FEM, "sg", has_object=True)
    if present != "-":
        stem = present[1:]
        plural = (present[:-1] if present.endswith(("و", "ي", "ى")) else present) + "ون"
        with_future = tuple(c + f for c in _PROCLITICS for f in _FUTURE)
        for prefix, gender, number, person in (
            ("ي", MASC, "sg", 3), ("ت", FEM, "sg", 3), ("ن", None, "pl", 1), ("أ", None, "sg", 1)
        ):
            nominal = prefix + stem in _NOMINAL_HOMOGRAPHS
            add(prefix + stem, gender, number, person,
                clitics=tuple(c for c in with_future if "س" in c) if nominal else with_future)
            if person == 3:
                for pronoun in _OBJECT_PRONOUNS:
                    add(prefix + stem + pronoun, gender, number, person, has_object=True)
        add(plural, MASC, "pl", clitics=with_future)
        add(present + "ان", MASC, "du", clitics=with_future)
    if participle != "-":
        for ending, gender, number in (("ا", MASC, "sg"), ("ة", FEM, "sg"), ("ين", MASC, "pl"),
                                       ("تين", FEM, "du")):
            add(participle + ending, gender, number, kind=ADVERBIAL, clitics=("", "و"))
    return out


def _source_forms(phrase: str, how: str) -> dict[str, _Form]:
    gender = {"pronoun-m": MASC, "pronoun-f": FEM}.get(how)
    number = "pl" if how == "pronoun-pl" else None
    return {fold(clitic + phrase): _Form(SOURCE, phrase, gender, number, 3,
                                         named=how in ("named", "verb"),
                                         needs_verb=how == "verb", clitic=clitic)
            for clitic in ("", "و")}


_WORD_START = "(?<!\\w)"


def _trie_regex(words: list[str]) -> str:
    """A regex matching exactly ``words`` (folded), written as a trie so it fails fast."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def char(ch: str) -> str:
        return "[^\\S\\n]+" if ch == " " else re.escape(ch)

    def walk(node: dict[str, Any]) -> str:
        branches = [char(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        # A word that may end here takes an empty last branch rather than a ``?``: re runs
        # an optional group through a repeat context, several times dearer than a branch.
        if "" in node:
            branches.append("")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return f"{_WORD_START}{walk(trie)}(?!\\w)"


@cache
def _scanner() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The shipped lexicon's trie without its opening lookbehind: for the start of the
    text, and after a character that is no word character (the trie as group 1). A pattern
    that opens with a lookbehind is tried at every character; one that opens with ``\\W``
    lets re skip ahead to the spaces and punctuation, where a word may start behind."""
    body = lexicon().pattern.pattern.removeprefix(_WORD_START)
    return re.compile(body), re.compile(f"\\W({body})")


def _trie_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``lexicon().pattern.finditer(text)``: the word is group 1, but for a
    match at the very start of the text (group 0, ``m.re.groups == 0``)."""
    first, after_gap = _scanner()
    opening = first.match(text)
    if opening is not None:
        yield opening
    yield from after_gap.finditer(text, opening.end() if opening is not None else 0)


def parse_lexicon(lines: list[str]) -> CueLexicon:
    """Build the cue lexicon from the lines of ``speech_cues.tsv``."""
    forms: dict[str, _Form] = {}
    name_nouns: set[str] = set()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if cols[0] == "verb" and len(cols) == 6:
            for key, form in _verb_forms(*cols[1:]).items():
                forms.setdefault(key, form)
        elif cols[0] == "source" and len(cols) == 3:
            forms.update(_source_forms(cols[1], cols[2]))
        elif cols[0] == "said_noun" and len(cols) == 2:
            for pronoun, gender, number in (("ه", MASC, "sg"), ("ها", FEM, "sg"),
                                            ("هم", MASC, "pl"), ("هما", None, "du")):
                forms[fold(cols[1] + pronoun)] = _Form(VERB, cols[1], gender, number, 3,
                                                       named=False, speaker_before=True)
        elif cols[0] == "name_noun" and len(cols) == 2:
            name_nouns.add(fold(cols[1]))
        else:
            raise ValueError(f"speech_cues.tsv: cannot read the line {line!r}")
    # Longest first inside the trie does not matter (it is greedy per branch); sorted keeps
    # the pattern identical from run to run.
    pattern = re.compile(_trie_regex(sorted(forms)))
    return CueLexicon(pattern, forms, frozenset(name_nouns))


@cache
def lexicon() -> CueLexicon:
    """The shipped cue lexicon, read once."""
    path = resource("gazetteers", "speech_cues.tsv")
    return parse_lexicon(path.read_text(encoding="utf-8").splitlines())


def find_cues(text: str) -> list[Cue]:
    """Every speech cue in ``text``, in order, with offsets into ``text``."""
    return list(_cues_of(text))


# The entity finder (speech verb + name) and the attribution of quotations both ask about the
# same article, one right after the other.
@lru_cache(maxsize=4)
def _cues_of(text: str) -> tuple[Cue, ...]:
    lex = lexicon()
    ft = FoldedText(text)
    cues: list[Cue] = []
    pending: tuple[int, int, _Form] | None = None  # a حسبما waiting for its verb
    for m in _trie_matches(ft.folded):
        g = m.re.groups  # 1: the character before the word is matched too
        # A key is written with single spaces: most matches are one already.
        form = lex.forms.get(m.group(g)) or lex.forms.get(_SPACE.sub(" ", m.group(g)))
        if form is None:
            continue
        m_start, m_end = m.start(g), m.end(g)
        if pending is not None:
            source_start, source_end, source = pending
            pending = None
            if form.kind == VERB and not text[source_end:ft.start(m_start)].strip():
                cues.append(Cue(source_start, ft.end(m_end), SOURCE, source.lemma, form.gender,
                                form.number, form.person, True, source.clitic,
                                relayed=form.relayed))
                continue
        if form.needs_verb:
            pending = (ft.start(m_start), ft.end(m_end), form)
            continue
        if form.ambiguous and not _PARTICLE_AHEAD.match(ft.folded, m_end):
            continue
        if form.kind == VERB and ft.folded.find("عدم", max(0, m_start - 8), m_start) >= 0 and (
            _VERBAL_NOUN_BEFORE.search(ft.folded, max(0, m_start - 8), m_start)
        ):
            continue
        if form.kind == VERB and _ASKS_NOT.match(ft.folded, m_end):
            continue
        if form.reported and not _REPORTED_AHEAD.match(ft.folded, m_end):
            continue
        # Offsets are mapped back only for the matches that stay cues.
        cues.append(Cue(ft.start(m_start), ft.end(m_end), form.kind, form.lemma, form.gender,
                        form.number, form.person, form.named, form.clitic, form.transitive,
                        form.speaker_before, form.has_object, form.relayed))
    return tuple(cues)


def is_speech_word(word: str) -> bool:
    """Whether ``word`` is a speech verb in some form (قال، وصرحت …)."""
    form = lexicon().forms.get(fold(word))
    return form is not None and form.kind == VERB


@lru_cache(maxsize=1 << 14)
def is_cue_word(word: str) -> bool:
    """Whether ``word`` is a speech verb or its adverbial (قال، قائلاً، مضيفةً): never a name."""
    form = lexicon().forms.get(fold(word))
    return form is not None and form.kind in (VERB, ADVERBIAL)


@lru_cache(maxsize=1 << 14)
def is_name_noun(word: str) -> bool:
    """Whether quoted text right after ``word`` is a name (منصة "إكس"), not a quotation."""
    key = fold(word)
    nouns = lexicon().name_nouns
    if key in nouns:
        return True
    for clitic in ("و", "ب", "ل", "ك", "ف", "وب", "ول", "لل", "ال", "وال", "بال"):
        if key.startswith(clitic) and key[len(clitic):] in nouns:
            return True
        if key.startswith(clitic) and "ال" + key[len(clitic):] in nouns:
            return True
    return False
