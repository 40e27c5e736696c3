"""Who said it: the speaker of each QUOTE and CLAIM, and the span that names them.

A cue names its speaker right after itself (``وقال X``, ``حسبما قال X``, ``بحسب X``), possibly
after a time phrase (``وقال يوم الخميس X``) and as a title with or without a name (``وقال وزير
الخارجية التركي``). A cue with no name after it (``وقال إن``، ``وأضاف:``، ``قائلاً``، ``على حد
قوله``) continues the most recent speaker whose gender fits the verb (قالت wants a woman, an
organisation or a country). A quotation takes the cue right after it (``"…"، قال X``), else the
last cue before it in its sentence, else the most recent speaker (a paragraph that is only a
quotation continues the one before).

Between a verb and its subject may stand a time phrase, a listener or a setting (قال
للصحفيين، قال لوكالة …، قالت في مقابلة مع …، اعتبرت فيه): none of them is the speaker. A
subject may also stand before its verb: right before it (لكن وزير الزراعة قال), before the
relative pronoun whose verb agrees with it (الصومال التي اتهمت …), or after a conjunction that
opens a new statement (…، غير أن X قال), or set out with a name between commas (الممثلة
الخاصة …، X Y، قالت). A report, an estimate or a statement (تقديرات الأمم المتحدة، بيان
لوزارة …) speaks for the body that issued it. An unnamed source is described as written, with
the body it belongs to (مسؤول في الحلف) but without the place it spoke from or the medium it
spoke to. A short later mention (a surname, written with or without tatweel) is the person
introduced before with the full name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice, pairwise
from operator import attrgetter, itemgetter
from typing import Protocol, TypeVar

from nato_reader.core.claims import PARTICLE, Claim, Sentences, find_particles
from nato_reader.core.cues import (
    ADVERBIAL,
    FEM,
    MASC,
    VERB,
    Cue,
    fold,
    is_cue_word,
    is_name_noun,
)
from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.lang.phrase_words import (
    COLLECTIVE_SUBJECTS,
    NAME_LINKS,
    ORG_HEADS,
    PERSON_NOUNS,
    PHRASE_HEADS,
    PLACE_PREPOSITIONS,
    RANKS,
    RELATION_NOUNS,
    REPORT_NOUNS,
    REPORT_QUALIFIERS,
    SOURCE_NOUNS,
)
from nato_reader.core.org_aliases import display, org_aliases
from nato_reader.core.record import COUNTRY, LOCATION, NORP, ORG, PERSON, Span
from nato_reader.core.speaker_identity import (
    LOOKBACK,
    NOT_NAME,
    Attribution,
    Speaker,
    fits,
    name_words,
    speaker_of,
    surname_of,
    title_words,
)
from nato_reader.core.speaker_words import (
    LISTENERS,
    NISBA,
    PHRASE_WORD,
    STATEMENT_AHEAD,
    is_anonymity_verb,
    is_listener,
    is_prepositional,
    manner_adverb,
    names_no_one,
    possessed_title,
)
from nato_reader.core.statement_cues import (
    one_per_value,
    quote_cue,
    reporting_cue,
    source_between,
    unknown_cues,
)
from nato_reader.core.text import normalize_key

# News vocabulary repeats: each distinct word is folded once.
_key = lru_cache(maxsize=1 << 14)(normalize_key)

SPEAKER_LABELS = (PERSON, ORG, COUNTRY, LOCATION)
_DAYS = (
    "(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
    r"(?:\s+(?:الماضي|المقبل|القادم|الفائت|المنصرم)(?!\w))?"
)
_MONTHS = (
    "(?:يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
    "|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني"
    "|كانون الأول)(?:/\\w+(?: \\w+)?)?"
)
_PERIOD = (
    "(?:الأسبوع|الشهر|العام|السنة|الأسابيع|الأشهر|الشهور|الأيام|الليلة)"
    " (?:الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الحالي|الحالية|الجاري|الجارية"
    "|الفائت|الفائتة|المنصرم|المنصرمة|السابق|السابقة)"
)
# Adverbials that may stand between a verb and its subject (وقال يوم الخميس X، قال الأسبوع
# الماضي إن، قالت حينها، اعتبرت فيه أن): time phrases, adverbs and prepositional pronouns.
# An optional group that every call reaches is written (?:X|): re runs a group with ``?``
# through a repeat context, dearer than a branch, and each verb asks here.
_TIME = re.compile(
    rf"\s*(?:(?:يوم|مساء|صباح|ليل|ليلة|ظهر|فجر|عصر)\s+(?:أمس|اليوم|{_DAYS}|{_PERIOD})"
    rf"|(?:(?:في|خلال|منذ|مطلع|أواخر|أوائل)\s+|)(?:{_PERIOD}|{_MONTHS})"
    rf"|(?:في\s+|){_DAYS}"
    r"|في وقت (?:سابق|لاحق)(?: من)?(?: اليوم| يوم \S+| هذا \S+)?"
    r"|(?:من جهت|من جانب|بدور)(?:ه|ها|هم|هما)"
    r"|أمس|اليوم|غدا|غداً|حينها|حينئذ|حينئذٍ|آنذاك|لاحقا|لاحقاً|مؤخرا|مؤخراً|سابقا|سابقاً"
    r"|مجددا|مجدداً|أيضا|أيضاً|كذلك|بدوره|بدورها"
    r"|(?:في|ل|عن|من|على|مع)(?:ه|ها|هم|هما))(?!\w)[\s،,]*"
)
# A described speaker (مسؤول عسكري أمريكي) is a few words that stop at punctuation, at the
# particle, or at one of these words (prepositions, pronouns, time words).
_PHRASE_ENDS = frozenset(':«»"“”„‟\'‘’،,\n.!?؟')
_NOT_SUBJECT = frozenset(fold(w) for w in (
    "في", "على", "إلى", "من", "عن", "مع", "خلال", "أمام", "لدى", "عبر", "بعد", "قبل", "أثناء",
    "حول", "يوم", "أمس", "اليوم", "إنه", "أنه", "لا", "ما", "قد", "لقد", "هو", "هي", "هم",
    "ذلك", "هذا", "هذه", "أيضا", "كذلك", "عندما", "حين", "بينما", "بشأن", "نحو",
)) | frozenset(
    # A preposition with a pronoun (المديرية العامة للهجرة فيها، المسؤول عنها) ends a
    # description: it points back at something already named.
    fold(p + s) for p in ("في", "من", "عن", "علي", "إلي", "مع", "ل", "ب", "لدي")
    for s in ("ه", "ها", "هم", "هما", "هن")
)
_MAXPHRASE_WORDS = 5
# An opening quotation mark right after a naming noun: صحيفة "…"، منظمة «…».
_OPEN_NAME = re.compile(r"[^\S\n]*[\"«“”„‟'‘’][^\S\n]*")
_CLOSE_NAME = re.compile(r"([^\"«»“”„‟'‘’\n]{2,40})[\"»“”„‟'‘’]")
# How many words a title may run on beyond what the title finder saw (للحلف، باسمه).
_MAX_TITLE_TAIL = 2
# How many words the body an office is in may take after في/لدى in a title's tail.
_MAX_COMPLEMENT = 3
_OFFICE_PREPOSITIONS = frozenset(_key(w) for w in ("في", "لدى", "عن"))
# Prepositions that tie a title to a place only (المبعوثة إلى ليبيا، الناشطة من مدينة X).
_PLACE_OFFICE_PREPOSITIONS = frozenset(_key(w) for w in ("إلى", "من"))
_IN = _key("في")
_FROM = _key("عن")
_IN_FOLDED = fold("في")
_FROM_FOLDED = fold("من")
# Adjectives that tie a source to a body with من: مصادر مقربة من الحكومة.
_CLOSE_TO = frozenset(fold(w) for w in (
    "مقرب", "مقربة", "مقربون", "مقربين", "قريب", "قريبة", "قريبون", "قريبين",
))
# How many words (صادر عن، السنوي) may stand between a report noun and the body issuing it.
_MAX_REPORT_WORDS = 3
_COMMA = re.compile("[،,]")
# Blanks between words: spaces, and the invisible marks pasted text carries (a right-to-left
# mark before a name: تقول \u200fإثيوبيا).
_BLANK = (" \t\u00a0\u200b\u200c\u200d\u200e\u200f"
          "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
_QUOTE_MARK = re.compile("[\"«»“”„‟]")
# Head nouns of bodies, without the article: a name right after one names the body.
_BARE_HEADS = frozenset(w for w in ORG_HEADS if not w.startswith("ال"))
# How many words (a rank or a description and its nationality: الدبلوماسي X) may open
# a name set between commas after a title.
_MAX_APPOSED_WORDS = 2
# How many words the body of an office, after a glued preposition, may hold before the name.
_MAX_BODY_WORDS = 4
# How many words a title the lexicon does not know may hold before the name.
_MAX_TITLE_WORDS = 6
_UNRESOLVED = object()  # not yet resolved (None is a cue that names no one)
# The source a relaying verb names: نقلت الوكالة عن [مصادر] أن …, with no colon or sentence
# end (nor particle) before عن.
_RELAYED_FROM = re.compile(r"([^.!?؟\n:]*?)(?<!\w)عن\s+")
_RELAY_REACH = 120
# The source of a reported saying: نقلت الوكالة عن [مصدر مسؤول] قوله إن …
_REPORTED_FROM = re.compile(r"(?<!\w)عن\s+(?!.*(?<!\w)عن\s)", re.DOTALL)
# A subject written before its verb: أما X فكتب …، وكان X قد قال …
_SUBJECT_FIRST = re.compile(r"(?<!\w)(?:أما|[وف]?كان|[وف]?كانت)\s+")
_BEFORE_VERB = re.compile(r"(?:(?<!\w)قد\s+|ف)\Z")
_AMMA = _key("أما")
_MA = _key("ما")
# A preposition glued to a noun (بإنفاق، لإعادة، بالقول، للدفاع) never opens a speaker.
_GLUED_PREPOSITION = re.compile("(?:[بل][أإ]|بال|لل)")
# A definite relational adjective, folded: الانتقالية، العسكري.
_RELATIONAL = re.compile(r"ال\w{3,}(?:ي|يه)")
# Words that end an organisation's description (دول is a genitive there: تحالف دول الساحل).
_BODY_STOPS = FUNCTION_WORDS - {_key(w) for w in ("دول", "الدول")}
# Where a statement was made, between a verb and its subject: قالت في مقابلة مع …
_SETTING = re.compile(
    r"\s*(?:خلال|في|أثناء)\s+(?:مقابلة|حديث|تصريح|تصريحات|بيان|كلمة|خطاب|مؤتمر|تغريدة"
    r"|منشور|رسالة|مقال|ندوة|جلسة|إفادة|إيجاز|لقاء|زيارة|جولة|اجتماع|تجمع|مهرجان|حفل)(?!\w)"
)
# An indefinite relational adjective, folded: جماهيري، شعبية، انتخابي.
_INDEFINITE_RELATIONAL = re.compile(r"(?!ال)\w{3,}(?:ي|يه)")
# Prepositions that open the place of a setting: خلال زيارة إلى المدينة، في مؤتمر في الإقليم.
_SETTING_PLACE = frozenset(_key(w) for w in ("في", "إلى", "الى"))
_PLACES = (LOCATION, COUNTRY)
# A statement and the one who gave it, glued to ل: خطاب لرئيس الوزراء، كلمة للوزيرة.
_STATEMENT_NOUN = re.compile(
    r"(?<!\w)(?:مقابلة|حديث|تصريح|تصريحات|بيان|كلمة|خطاب|تغريدة|منشور|رسالة|مقال|إفادة)"
    r"[^\S\n]+(?=ل\w)")
# A verb carrying the pronoun of the setting noun before it, opening a relative clause with no
# relative pronoun: خطاب ألقاه، كلمة ألقتها، مؤتمر عقده.
_RELATIVE_VERB = re.compile("(?!ال)(?:\\w[\u064b-\u065f\u0670\u0640]*){2,5}(?:ه|ها)")
# Where a clause ends in the statement it introduces: a colon, a quotation mark or a particle
# (nothing past the end of its sentence).
_STATEMENT_START = re.compile(
    r"[.!?؟\n]|[:\"«“]|(?<!\w)(?:ب)?[اأإ]ن(?:ه|ها|هم|هما|نا)?(?!\w)")
_CLAUSE_REACH = 80
# A conjunction carrying the subject as a pronoun right before a verb: لكنها، ولكنهم.
_PRONOUN_SUBJECT = re.compile(r"(?<!\w)و?لكن(?:ه|ها|هم|هما|هن)[^\S\n]+\Z")
# A person's age in brackets right after the name: (52 عاما)، (35 عاماً).
_AGE = re.compile(r"[^\S\n]*\([^\S\n]*\d{1,3}[^\S\n]*(?:عام|سن)[^()\n]{0,4}\)")
# What introduces a person right after the name: the age, or a description (، وهو لاجئ).
_INTRODUCED = re.compile(f"{_AGE.pattern}|[^\\S\\n]*[،,][^\\S\\n]*وه[وي](?!\\w)")
# A verb that speaks from a statement named before it: قال فيه، قالت فيها.
_IN_IT = re.compile(r"[^\S\n]+فيها?(?!\w)")
_SETTING_ADJECTIVES = frozenset(_key(w) for w in (
    "صحفي", "صحافي", "صحفية", "صحافية", "مشترك", "مشتركة", "مكتوب", "مكتوبة", "متلفز",
    "متلفزة", "خاصة", "خاص", "لاحق", "لاحقة", "منفصل", "منفصلة", "رسمي", "رسمية",
))
_WITH = _key("مع")
# Adjectives of a body's political stance, written after its name (الحزب X الحاكم).
_STANCE_ADJECTIVES = frozenset(_key(w) for w in (
    "المعارض", "المعارضة", "الحاكم", "الحاكمة", "الموالي", "الموالية",
))
# Words that make أن a conjunction "however": غير أن، إلا أن، بيد أن.
_BUT_WORDS = frozenset(_key(w) for w in ("غير", "إلا", "بيد"))
# How many words a name no lexicon knows may have (given name, family names).
_MAX_NAME_WORDS = 3
_DIGIT = re.compile(r"\d")
# An apposition after a title: a comma and maybe a nationality (الأمين العام، الفيجي X،).
_APPOSITION = re.compile(r"[^\S\n]*[،,][^\S\n]*(?:ال\w+[^\S\n]+)?")
# How far back from a verb its clause's opening is looked for: a clause is a line or two,
# and a sentence that lost its punctuation stays linear.
_REACH = 300
# Conjunctions after which a new statement, with its own subject, begins.
_NEW_CLAUSE = re.compile(
    r"(?<!\w)(?:[وف]?لكن|بينما|في حين|فيما|غير أن|إلا أن|بيد أن)(?!\w)[^\S\n]*")
# A relative pronoun before a verb (الصومال التي اتهمت), or a relative clause between commas
# (X، الذي يرأس الوفد، قال): the group is set only in the first case.
_RELATIVE_BEFORE = re.compile(
    r"(?<!\w)(?:(الذي|التي|الذين|اللذين|اللتين|اللواتي)\s*\Z"
    r"|(?<=،\s)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s(?!.*(?<!\w)(?:الذي|التي)\s)[^.!?؟\n]*[،,]\s*\Z)"
)
# A relative clause opened after a name: X، الذي …
_RELATIVE_AFTER_NAME = re.compile(r"[،,][^\S\n]*(?:الذي|التي)[^\S\n]")
_RELATIVE_PRONOUN_BEFORE = re.compile(
    r"(?<!\w)(الذي|التي|الذين|اللذين|اللتين|اللواتي)[^\S\n]+\Z")
# Words one of which every match of a pattern above holds: a pattern that opens with a
# lookbehind is tried at every character, ``str.find`` rules most windows out far faster.
_FROM_WORDS = ("عن",)
_NEW_CLAUSE_WORDS = ("لكن", "بينما", "في حين", "فيما", "غير أن", "إلا أن", "بيد أن")
_RELATIVE_WORDS = ("الذي", "التي", "اللذين", "اللتين", "اللواتي")
_FEM_RELATIVES = frozenset(_key(w) for w in ("التي", "اللتين", "اللواتي"))
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


# The value classes below hash by value like frozen dataclasses but are not frozen: a frozen
# dataclass is built through object.__setattr__ per field, several times slower, and they are
# made many times per article. Nothing assigns to them.
@dataclass(slots=True, unsafe_hash=True)
class _Phrase:
    """A title phrase with no person, as this module reads it from the text."""

    start: int
    end: int
    text: str
    person: Span | None = None


class _Finder:
    def __init__(self, text: str, entities: Sequence[Span], titles: Sequence[TitleLike]) -> None:
        self.text = text
        # names_no_one asks only about people: the other labels skip the call.
        self.entities = sorted([e for e in entities if e.label in SPEAKER_LABELS
                                and (e.label != PERSON or not names_no_one(e))],
                               key=attrgetter("start"))
        self.titles = sorted(titles, key=attrgetter("start"))
        self._by_start = {e.start: e for e in self.entities}
        self._starts = [e.start for e in self.entities]
        self._title_by_start = {t.start: t for t in self.titles}
        self._title_by_end = {t.end: t for t in self.titles}
        self.aliases = org_aliases(text, self.entities)

    @staticmethod
    def _at(table: dict[int, T], pos: int) -> T | None:
        for at in range(pos, pos + _MAX_CLITIC + 1):
            hit = table.get(at)
            if hit is not None:
                return hit
        return None

    def named_by(self, cue: Cue) -> Speaker | None:
        """The speaker ``cue`` names, or None when it names none (وقال إن، وأضاف:)."""
        if cue.speaker_before:
            start = max(0, cue.start - 80)
            m = _REPORTED_FROM.search(self.text, start, cue.start) if _holds(
                self.text, _FROM_WORDS, start, cue.start) else None
            return self.named_at(m.end(), cue.gender, cue.start) if m else None
        if cue.kind == VERB and _PRONOUN_SUBJECT.search(self.text, max(0, cue.start - 12),
                                                        cue.start):
            return None  # لكنها تطالب أربيل بـ: the pronoun is the subject, the noun the object
        pos = self._past_adjuncts(cue.end) if cue.kind == VERB else _past_time(self.text,
                                                                                cue.end)
        # After a transitive verb a bare noun is as likely its object (وصف الوضع بأنه …) as
        # its subject: only a name, a title or a noun that describes a source (وصفها مسؤولون
        # بأنها …) is taken as the speaker.
        # A verb carrying its object as a pronoun (ما تصفه السلطات بـ) has its subject next.
        described = not cue.transitive or cue.has_object or self._source_noun_at(pos)
        # A verb's subject carries no proclitic: a name glued to one is a listener or an
        # object; a source phrase takes one (وفقا لوزارة، بحسب الوكالة).
        found = self.named_at(pos, cue.gender, len(self.text), described=described,
                              glued=cue.kind != VERB)
        if found is not None and found.name[-1:] in "اةه" and " " not in found.name and (
                manner_adverb(found.name)):
            return None  # أضاف ساخرا: how the speaker spoke, the subject is the earlier one
        return found

    def relayed_source(self, cue: Cue) -> Speaker | None:
        """The source a relaying verb names after عن before what it reports (نقلت الوكالة
        عن مصادر مطلعة أن …، نقل موقع "X" عن مسؤولين أن …), or None."""
        limit = min(len(self.text), cue.end + _RELAY_REACH)
        m = _RELAYED_FROM.match(self.text, cue.end, limit) if _holds(
            self.text, _FROM_WORDS, cue.end, limit) else None
        if m is None or next(find_particles(self.text, cue.end, m.end(1)), None):
            return None
        return self.named_at(m.end(), None, limit)

    def _past_adjuncts(self, pos: int) -> int:
        """Where a verb's subject may start: past time phrases, the listener it spoke to and
        the setting (قال يوم الخميس، قال للصحفيين، قال لوكالة الأناضول، قال لـ"رويترز"
        المحلية، قالت في مقابلة مع صحيفة …)."""
        while True:
            pos = _past_time(self.text, pos)
            after = self._setting_end(self._listener_end(pos))
            if after == pos:
                return pos
            pos = after

    def _setting_end(self, pos: int) -> int:
        """The end of a setting phrase at ``pos`` (في مقابلة مع قناة …، في بيان مشترك،
        في مؤتمر صحفي), or ``pos`` when none starts there."""
        m = _SETTING.match(self.text, pos)
        if m is None:
            return pos
        end = m.end()
        for word in PHRASE_WORD.finditer(self.text, end, min(len(self.text), end + 80)):
            if word.start() < end:
                continue  # inside the partner
            if self.text[end:word.start()].strip():
                break
            key = _key(word.group())
            if _RELATIONAL.fullmatch(key) or key in _SETTING_ADJECTIVES or (
                _INDEFINITE_RELATIONAL.fullmatch(key) and end == m.end()
            ):
                end = word.end()
                continue
            if key in _SETTING_PLACE:
                place = self._place_end(word.end())
                if place == word.end():
                    break
                end = place
                continue
            if key == _WITH:
                # مع صحيفة "الشرق"، مع رويترز، مع التلفزيون الرسمي: its adjectives follow
                partner = self._partner_end(word.end())
                if partner > word.end():
                    end = partner
                    continue
            elif _RELATIVE_VERB.fullmatch(word.group()) and key not in FUNCTION_WORDS:
                end = self._clause_end(word.end())  # في خطاب ألقاه الشهر الماضي
            break
        return end

    def _place_end(self, pos: int) -> int:
        """The end of the place a setting was held in, at ``pos`` after its preposition: a
        place name, maybe after its noun (محافظة الشرقية، مدينة X); ``pos`` when none."""
        for n, word in enumerate(PHRASE_WORD.finditer(self.text, pos, min(len(self.text),
                                                                          pos + 40))):
            entity = self._by_start.get(word.start())
            if entity is not None:
                return entity.end if entity.label in _PLACES else pos
            if n or self.text[pos:word.start()].strip():
                break
        return pos

    def _clause_end(self, pos: int) -> int:
        """Where a relative clause that describes a setting (خطاب ألقاه أمام البرلمان،
        مؤتمر صحفي عقدته في عمّان) ends: at the statement that follows it in its sentence,
        or ``pos`` when none follows within reach."""
        ahead = _STATEMENT_START.search(self.text, pos, min(len(self.text), pos + _CLAUSE_REACH))
        return ahead.start() if ahead else pos

    def _partner_end(self, pos: int) -> int:
        """The end of the partner after مع: a name, or a name noun and its name (صحيفة
        "الشرق"، قناة الجزيرة); ``pos`` when neither."""
        word = PHRASE_WORD.search(self.text, pos, pos + 40)
        if word is None or self.text[pos:word.start()].strip():
            return pos
        entity = self._by_start.get(word.start())
        if entity is not None:
            return entity.end
        if not is_name_noun(word.group()):
            return pos
        entity = self._at(self._by_start, word.end() + 1)
        if entity is not None:
            return entity.end
        quoted = _OPEN_NAME.match(self.text, word.end())
        close = _CLOSE_NAME.match(self.text, quoted.end()) if quoted else None
        return close.end() if close else word.end()

    def _listener_end(self, pos: int) -> int:
        """The end of a ل- phrase at ``pos`` (لوكالة رويترز، للصحفيين، لإذاعة "…" المحلية),
        or ``pos`` when none starts there."""
        start = pos
        while pos < len(self.text) and self.text[pos] in _BLANK:
            pos += 1
        word = PHRASE_WORD.match(self.text, pos)
        if word is None or self._by_start.get(pos) or pos in self._title_by_start:
            return start
        key = _key(word.group())
        if not key.startswith("ل"):
            return start
        inner = self._at(self._by_start, pos + 1)
        addressee = self._at(self._title_by_start, pos + 1)
        if addressee is not None and addressee.start < word.end():
            # للرئيس الفرنسي X، لنظيره الروسي X: the one spoken to, title and name
            end = addressee.end
            person = self._person_after(end, 0)
            return person.end if person is not None else end
        if inner is not None and inner.start < word.end():
            end = inner.end
        elif key.startswith("لل") or is_name_noun(word.group()) or key == "ل":
            end = word.end()
        else:
            return start
        quoted = _OPEN_NAME.match(self.text, end)
        if quoted is not None and self.text[end:quoted.end()].strip():
            close = _CLOSE_NAME.match(self.text, quoted.end())
            end = close.end() if close else end
        # Adjectives of the listener (المحلية، الأمريكية) belong to it.
        for m in PHRASE_WORD.finditer(self.text, end, min(len(self.text), end + 60)):
            if self.text[end:m.start()].strip() or not _RELATIONAL.fullmatch(_key(m.group())):
                break
            end = m.end()
        return end

    def _source_noun_at(self, pos: int) -> bool:
        m = PHRASE_WORD.search(self.text, pos, pos + 40)
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
        named = self.named_at(found[-1].end(), cue.gender, cue.start, described=False)
        if named is not None:
            return named
        # A description that ends in its name (وكان المرشح عن الحزب X فلان قد قال): the
        # name right before the verb.
        verb = _BEFORE_VERB.search(self.text, max(sentence_start, end - 6), end).start()
        k = bisect_left(self._starts, verb) - 1
        entity = self.entities[k] if k >= 0 else None
        if entity is None or entity.start < found[-1].end() or self.text[entity.end:verb].strip():
            return None
        speaker = speaker_of(entity, cue.gender, self.aliases)
        return speaker if fits(speaker, cue.gender) else None

    def sentence_subject(self, sentence_start: int, cue: Cue) -> Speaker | None:
        """The subject of the verb that opens the sentence (احتجت الصين …، ووصفتها بأنها …):
        a name or a title among its first words, none of them a preposition. A dateline
        (طوكيو (كيودو) - …) is not part of the sentence."""
        dateline = _DATELINE.match(self.text, sentence_start, cue.start)
        if dateline is not None:
            sentence_start = dateline.end()
        for n, m in enumerate(PHRASE_WORD.finditer(self.text, sentence_start, cue.start)):
            if n >= _SUBJECT_WORDS or _key(m.group()) in PLACE_PREPOSITIONS or (
                PARTICLE.fullmatch(m.group())
            ):
                return None
            if n == 0:
                title = self._at(self._title_by_start, m.start())
                if title is not None and title.start < m.end():
                    return self._from_title(title, cue.gender)  # وحاكم المصرف X قال: no verb
                continue  # the verb
            named, speaker = self._speaker_starting_at(m.start(), cue.gender)
            if named:
                return speaker
            if _key(m.group()) in ORG_HEADS:
                body = self._body(m.start(), cue.start)
                return Speaker(body, body, None)
        return None

    def subject_just_before(self, cue: Cue, sentences: Sentences) -> Speaker | None:
        """A name or a title written right before its verb (مدريد تدعو إلى …، لكن وزير
        الخارجية قال …), also across a relative clause (الصومال التي اتهمت …، X، الذي …،
        قال …), not the subject of a reported clause (إن الصين تدعو …)."""
        if self.after_relative_pronoun(cue) and not self.opens_relative(cue):
            return None  # الصين التي وصفها …: the antecedent is the object
        sentence_start = sentences.start_before(cue.start)
        end = self._antecedent_end(sentence_start, cue.start)
        if end > sentence_start and self.text[end - 1] in "،,":
            return self._apposed_subject(sentence_start, end - 1, cue)
        title = self._title_by_end.get(end)
        if title is not None and title.start >= sentence_start and not self._after_particle(
            title.start
        ):
            return self._from_title(title, cue.gender)
        k = bisect_left(self._starts, end) - 1
        entity = self.entities[k] if k >= 0 else None
        if entity is None or entity.end != end or entity.start < sentence_start or (
                self._after_particle(entity.start)):
            return self._titled_name_before(sentence_start, end, cue) or (
                self._collective_before(sentence_start, end))
        speaker = speaker_of(entity, cue.gender, self.aliases)
        return speaker if fits(speaker, cue.gender) else None

    def _titled_name_before(self, sentence_start: int, end: int, cue: Cue) -> Speaker | None:
        """A title and a name no lexicon knows ending at ``end``, right before their verb
        (وحاكم المصرف بالإنابة X Y قال، والمرشح عن الحزب X Y قال), or None."""
        k = bisect_left(self.titles, end, key=attrgetter("start")) - 1
        title = self.titles[k] if k >= 0 else None
        if title is None or title.start < sentence_start or self._after_particle(title.start):
            return None
        speaker = self._from_title(title, cue.gender)
        if speaker.mention is not None or speaker.name == speaker.title:
            return None
        at = self.text.rfind(speaker.name, title.end, end)
        if at < 0 or at + len(speaker.name) != end or len(speaker.name.split()) > (
            _MAX_NAME_WORDS
        ) or bisect_left(self._starts, at) != bisect_left(self._starts, end):
            return None  # not a name alone: the body or its adjectives are glued to it
        return speaker

    def opening_subject(self, sentence_start: int, pos: int) -> Speaker | None:
        """The subject a sentence opens with before its verb (وكان X قد تعهد بـ"…"), for a
        quotation at ``pos`` that no speech verb reports: the words are that subject's."""
        while sentence_start < pos and self.text[sentence_start] in _BLANK:
            sentence_start += 1
        m = _SUBJECT_FIRST.match(self.text, sentence_start, pos)
        if m is None:
            return None
        return self.named_at(m.end(), None, pos, described=False, glued=False)

    def statement_owner(self, cue: Cue, sentences: Sentences) -> Speaker | None:
        """Who gave the speech a verb with فيه speaks from (خطاب لرئيس الوزراء X …، قال
        فيه إن …): the name glued to ل right after the last statement noun before it."""
        if not _IN_IT.match(self.text, cue.end):
            return None
        sentence_start = sentences.start_before(cue.start)
        found = _last(_STATEMENT_NOUN.finditer(self.text, sentence_start, cue.start))
        if found is None:
            return None
        return self.named_at(found.end(), cue.gender, cue.start, described=False)

    def relative_antecedent(self, sentence_start: int, pos: int) -> Speaker | None:
        """The person a relative clause holding ``pos`` is about, when the clause has no
        speech verb (الوزير X، الذي شكر واشنطن على «…»): the one whose words these are."""
        found = _last(_RELATIVE_AFTER_NAME.finditer(self.text, sentence_start, pos))
        if found is None or _COMMA.search(self.text, found.end(), pos):
            return None
        end = _end_before(self.text, found.start(), _BLANK)
        k = bisect_left(self._starts, end) - 1
        entity = self.entities[k] if k >= 0 else None
        if entity is None or entity.end != end or entity.label != PERSON or (
                entity.start < sentence_start):
            return None
        return speaker_of(entity, None, self.aliases)

    def _collective_before(self, sentence_start: int, end: int) -> Speaker | None:
        """A group named without a proper name right before its verb (والمعارضة تقول),
        not in a reported clause."""
        words = PHRASE_WORD.findall(self.text, max(sentence_start, end - 20), end)
        if not words or not self.text[end - 1].strip() or self.text[end - 1] in "،,":
            return None
        word = words[-1]
        bare = word[1:] if word[:1] in "وف" and _key(word[1:]) in COLLECTIVE_SUBJECTS else word
        if _key(bare) not in COLLECTIVE_SUBJECTS or self._after_particle(end - len(word)):
            return None
        return Speaker(bare, bare, None)

    def _apposed_subject(self, start: int, end: int, cue: Cue) -> Speaker | None:
        """A subject set out before its verb as a description and a name between commas,
        in either order (الممثلة الخاصة للأمين العام …، X Y، قالت; X Y، الباحث في معهد Z،
        قال): the person. ``end`` is the comma before the verb."""
        if end - start > _REACH:
            return None  # a subject set out is a line's opening, not a long sentence
        dateline = _DATELINE.match(self.text, start, end)
        if dateline is not None:
            start = dateline.end()
        commas = [m.start() for m in _COMMA.finditer(self.text, start, end)]
        if len(commas) != 1 or _QUOTE_MARK.search(self.text, start, end):
            return None
        parts = ((start, commas[0]), (commas[0] + 1, end))
        words = [list(PHRASE_WORD.finditer(self.text, a, b)) for a, b in parts]
        every = (*words[0], *words[1])
        if not all(words) or len(every) > _MAX_TITLE_WORDS + _MAX_NAME_WORDS + 2 or any(
            PARTICLE.fullmatch(m.group()) or is_cue_word(m.group()) for m in every
        ):
            return None
        for named, described in ((1, 0), (0, 1)):
            if not self._describes(words[described]):
                continue
            phrase = self.text[words[described][0].start():words[described][-1].end()]
            person = self._whole_name(words[named])
            if person is not None:
                speaker = speaker_of(person, cue.gender)
                return Speaker(speaker.name, speaker.key, person, speaker.gender,
                               phrase) if fits(speaker, cue.gender) else None
            name = self._unlisted_name(words[named][0].start()) if named else ""
            if name and words[named][0].start() + len(name) == words[named][-1].end():
                return Speaker(name, name, None, cue.gender, phrase)  # a name no list knows
        return None

    def _whole_name(self, words: Sequence[re.Match[str]]) -> Span | None:
        """The PERSON that ends ``words``, after at most a rank or a description of two
        words (العقيد X Y، الدبلوماسي الـX X Y), not after a phrase of its own (برئاسة
        القاضي X Y)."""
        end = words[-1].end()
        k = bisect_left(self._starts, end) - 1
        if k < 0:
            return None
        entity = self.entities[k]
        first = bisect_left([m.start() for m in words], entity.start)
        if entity.end != end or entity.label != PERSON or first > _MAX_APPOSED_WORDS or (
            entity.start < words[0].start()
        ) or not all(_key(m.group()).startswith("ال") for m in words[:first]):
            return None
        return entity

    def _describes(self, words: Sequence[re.Match[str]]) -> bool:
        """Whether ``words`` are a description of a person: a title, a noun of kinship or
        service before another's name (محامي X، شقيقة X), or a definite noun that heads a
        phrase (الباحث في …، الممثلة الخاصة …), with no name of its own."""
        first = words[0]
        if first.start() in self._title_by_start:
            return True
        key = _key(first.group()).removeprefix("و")
        if len(words) > 1 and key in RELATION_NOUNS:
            return True
        return key.startswith("ال") and key not in FUNCTION_WORDS and not any(
            (e := self._by_start.get(m.start())) is not None and e.label == PERSON
            for m in words)

    def clause_start(self, sentence_start: int, pos: int) -> int | None:
        """Where the clause holding ``pos`` starts when a conjunction that opens a new
        statement (لكن، بينما، في حين، غير أن) stands before it in its sentence."""
        start = max(sentence_start, pos - _REACH)
        if not _holds(self.text, _NEW_CLAUSE_WORDS, start, pos):
            return None
        ends = [m.end() for m in _NEW_CLAUSE.finditer(self.text, start, pos)]
        return ends[-1] if ends else None

    def clause_subject(self, start: int, cue: Cue) -> Speaker | None:
        """The subject written between a conjunction and its verb: a title, a name, a
        description and a name no lexicon knows (لكن الناشطة … X Y قالت), or an
        unnamed source (بيد أن مصادر مطلعة قالت)."""
        words = list(PHRASE_WORD.finditer(self.text, start, cue.start))
        if not words or len(words) > _MAX_TITLE_WORDS + _MAX_NAME_WORDS or any(
            PARTICLE.fullmatch(m.group()) for m in words
        ):
            return None
        for m in words:
            named, speaker = self._speaker_starting_at(m.start(), cue.gender)
            if named:
                return speaker
        for n in (_MAX_NAME_WORDS, 2):
            if len(words) > n and _key(words[-n - 1].group()).startswith("ال"):
                name = self._unlisted_name(words[-n].start())
                if name and words[-1].end() == words[-n].start() + len(name):
                    return Speaker(name, name, None, cue.gender)
        if _key(words[0].group()) in SOURCE_NOUNS:
            # بيد أن مصادر مطلعة قالت: a source described, not named
            phrase = self._unnamed(words[0].start(), cue.start)
            if isinstance(phrase, str) and phrase:
                return Speaker(phrase, phrase, None, cue.gender)
        return None

    def after_relative_pronoun(self, cue: Cue) -> bool:
        return _RELATIVE_PRONOUN_BEFORE.search(self.text, max(0, cue.start - 10),
                                               cue.start) is not None

    def opens_relative(self, cue: Cue) -> bool:
        """Whether the cue is the verb of a relative clause whose antecedent is its subject:
        الصومال التي اتهمت …, not الصين التي وصفها الحلف (the antecedent is the object)."""
        if cue.clitic or cue.has_object:
            return False
        m = _RELATIVE_PRONOUN_BEFORE.search(self.text, max(0, cue.start - 10), cue.start)
        if m is None:
            return False
        # The verb agrees with a relative pronoun it has for subject: التي قال is "which he
        # said", its antecedent the object.
        gender = FEM if _key(m.group(1)) in _FEM_RELATIVES else MASC
        return cue.gender is None or cue.gender == gender

    def _after_particle(self, pos: int) -> bool:
        """Whether the name at ``pos`` opens a reported clause (إن الصين تدعو): not after a
        conjunction (غير أن، إلا أن، بيد أن "however") that opens a new statement."""
        before = PHRASE_WORD.findall(self.text, max(0, pos - 20), pos)
        return bool(before) and self.text[pos - 1] == " " and bool(
            PARTICLE.fullmatch(before[-1])) and not (
            len(before) > 1 and _key(before[-2]) in _BUT_WORDS)

    def _antecedent_end(self, sentence_start: int, pos: int) -> int:
        """Where the subject of the verb at ``pos`` ends when it stands before the verb: right
        before it, or before the relative pronoun that opens the clause the verb is in."""
        end = _end_before(self.text, pos, " \t\u00a0\n")
        relative = _RELATIVE_PRONOUN_BEFORE.search(self.text, max(0, pos - 10), pos)
        start = max(sentence_start, pos - _REACH)
        if relative is None and end > sentence_start and self.text[end - 1] in "،," and (
            _holds(self.text, _RELATIVE_WORDS, start, pos)
        ):
            relative = _RELATIVE_BEFORE.search(self.text, start, pos)
        if relative is None:
            return end
        return _end_before(self.text, relative.start(), " \t\u00a0،,")

    def after_relative(self, cue: Cue) -> bool:
        """Whether the cue opens a relative clause: على ما وصفته بـ، ما اعتبره."""
        before = PHRASE_WORD.findall(self.text, max(0, cue.start - 6), cue.start)
        return bool(before) and _key(before[-1]) == _MA and not self.text[
            cue.start - 1 : cue.start].strip()

    def titled_subjects(self, sentences: Sentences) -> list[tuple[int, Speaker]]:
        """Titled people standing first in their sentence, after at most a verb or أما,
        with the gender their title shows (وزيرة، المتحدثة → a woman)."""
        out: list[tuple[int, Speaker]] = []
        for title in self.titles:
            start = sentences.start_before(title.start)
            dateline = _DATELINE.match(self.text, start, title.start)
            # Two words are enough to tell: a sentence without punctuation stays linear.
            words = [m.group() for m in islice(PHRASE_WORD.finditer(
                self.text, dateline.end() if dateline else start, title.start), 2)]
            if len(words) > 1 or (words and _key(words[0]) in FUNCTION_WORDS
                                  and _key(words[0]) != _AMMA):
                continue
            person = self._title_person(title)
            if person is None:
                continue
            head = fold(title.text).split()[0]
            gender = FEM if head.endswith("ة") else MASC
            speaker = speaker_of(person, gender)
            out.append((title.start, Speaker(speaker.name, speaker.key, speaker.mention,
                                             gender, title.text)))
        return out

    def _body(self, pos: int, limit: int) -> str:
        """An organisation described by its head noun (الحكومة، تحالف دول الساحل): an
        indefinite word takes the next as its genitive, a definite one only relational
        adjectives (الحكومة الانتقالية); punctuation or a function word ends it."""
        end, open_ = pos, True
        for n, m in enumerate(PHRASE_WORD.finditer(self.text, pos, limit)):
            key = _key(m.group())
            if n >= _MAXPHRASE_WORDS or self.text[end:m.start()].strip() or (
                n and (key in _BODY_STOPS or not (open_ or _RELATIONAL.fullmatch(key)))
            ):
                break
            open_ = not key.startswith("ال")
            end = m.end()
        return self.text[pos:end]

    def named_at(self, pos: int, gender: str | None, limit: int,
                 described: bool = True, glued: bool = True) -> Speaker | None:
        """The speaker named at ``pos``: a title, a name or (if ``described``) a description
        ending by ``limit``; with ``glued``, also one behind a proclitic."""
        while pos < len(self.text) and self.text[pos] in _BLANK:
            pos += 1
        word = PHRASE_WORD.match(self.text, pos)
        if word is not None and is_cue_word(word.group()):
            return None  # وأضاف قائلاً إن …: the speaker is the one already speaking
        at = self._at if glued else dict.get
        title = at(self._title_by_start, pos)
        if title is not None:
            return self._from_title(title, gender)
        entity = at(self._by_start, pos)
        if entity is not None:
            return speaker_of(entity, gender, self.aliases)
        introduced = self._introduced_name(pos)
        if introduced:
            return Speaker(introduced, introduced, None, gender, unlisted=True)
        if word is not None and possessed_title(_key(word.group())):
            named = self._possessor_named(word, gender)
            if named is not None:
                return named
        quoted = self._quoted_name(word)
        if quoted is not None:
            return quoted
        issuer = self._issuer(word, limit) if word is not None else None
        if isinstance(issuer, Span):
            return speaker_of(issuer, gender, self.aliases)
        if issuer:
            return Speaker(issuer, issuer, None)
        phrase = self._unnamed(pos, limit) if described else None
        if isinstance(phrase, Span):
            return speaker_of(phrase, gender, self.aliases)
        if isinstance(phrase, Speaker):
            return Speaker(phrase.name, phrase.key, None, gender, phrase.title)
        return Speaker(phrase, phrase, None, gender) if phrase else None

    def _possessor_named(self, title: re.Match[str], gender: str | None) -> Speaker | None:
        """The person a title with a possessive pronoun introduces (رئيسها X Y، مديرته X):
        the name, not the title glued to it; None when no name follows."""
        after = PHRASE_WORD.search(self.text, title.end(), min(len(self.text), title.end() + 40))
        if after is None or self.text[title.end():after.start()].strip(_BLANK):
            return None
        entity = self._by_start.get(after.start())
        if entity is not None:
            if entity.label != PERSON:
                return None
            speaker = speaker_of(entity, gender, self.aliases)
            return Speaker(speaker.name, speaker.key, entity, speaker.gender, title.group())
        name = self._unlisted_name(title.start())
        return Speaker(name, name, None, gender, title.group(), unlisted=True) if name else None

    def _introduced_name(self, pos: int) -> str:
        """A name no lexicon knows, told by the age or the description written after it
        (أبو محمد X (52 عاما)، X، وهو لاجئ …، X، وهي معلمة …), or ""."""
        if not _holds(self.text, ("(", "وهو", "وهي"), pos, min(len(self.text), pos + 60)):
            return ""
        name = self._unlisted_name(pos)
        end = self.text.find(name, pos) + len(name) if name else pos
        return name if name and _INTRODUCED.match(self.text, end) else ""

    def _issuer(self, first: re.Match[str], limit: int) -> Span | str | None:
        """The body behind a report noun, the word ``first`` (تقديرات الأمم المتحدة، تقرير
        صادر عن الوزارة، التقرير السنوي لمنظمة …): the body speaks, not its document. A body
        no lexicon knows is read from its head noun (بيانات مفوضية …)."""
        if _key(first.group()) not in REPORT_NOUNS:
            return None
        pos = first.start()
        end = first.end()
        words = PHRASE_WORD.finditer(self.text, end, min(len(self.text), pos + 100))
        for n, m in enumerate(words):
            if n > _MAX_REPORT_WORDS or self.text[end:m.start()].strip():
                return None
            entity = self._at(self._by_start, m.start())  # glued to ل: تقرير لمنظمة
            if entity is not None and entity.start < m.end():
                return entity if entity.label in (ORG, COUNTRY, LOCATION) else None
            key = _key(m.group())
            glued = key.startswith("ل") and key[1:] in ORG_HEADS
            if key in ORG_HEADS or glued:
                return self._body(m.start() + glued, limit) or None
            if key not in REPORT_QUALIFIERS and key != _FROM and not _RELATIONAL.fullmatch(key):
                return None
            end = m.end()
        return None

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
            return speaker_of(entity, None, self.aliases) if entity.label == ORG else None
        close = _CLOSE_NAME.match(self.text, m.end())
        name = close.group(1).strip() if close else ""
        return Speaker(name, name, None) if name else None

    def _unnamed(self, pos: int, limit: int) -> str | Span | Speaker | None:
        """A speaker described, not named (وقال مسؤول عسكري أمريكي:، وقالت مصادر مطلعة إن):
        the words up to the colon, the quotation mark, the particle or a preposition."""
        words: list[re.Match[str]] = []
        end = pos
        clean = False
        skip = pos
        for m in PHRASE_WORD.finditer(self.text, pos, min(limit, pos + 120)):
            if m.start() < skip:
                continue
            gap = self.text[end:m.start()].strip(_BLANK)
            if gap:
                # شاهد عيان (30 عاما) لوكالة …: an age closes the description too
                clean = gap[0] in _PHRASE_ENDS or bool(_AGE.match(self.text, end))
                break
            key = fold(m.group())
            if skip > pos and not self._adjective_at(m):
                clean = True  # ضابط في الجيش يقاتل في …: the body closes the description
                break
            if words and (is_anonymity_verb(m.group()) or is_listener(m.group())
                          or is_cue_word(m.group()) or is_prepositional(m.group())):
                # دبلوماسي غربي طلب عدم نشر اسمه، خبير سابق لمجلة "…"، مسؤول قوله: the
                # description ends where what it adds about itself, its medium or its words
                # begin
                clean = True
                break
            if words and key.startswith("لل") and _key(words[0].group()) in ORG_HEADS and (
                key not in LISTENERS
            ):
                # المكتب الدولي للملاحة البحرية: a genitive with لـ is part of a body's name.
                words.append(m)
                end = m.end()
                continue
            if PARTICLE.fullmatch(m.group()) or key in _NOT_SUBJECT or key.startswith(
                ("لل", "بال")
            ):
                if words and not PARTICLE.fullmatch(m.group()):
                    # الباحثة في معهد كارنيغي X Y إن …: a long title, then the name;
                    # never the noun a preposition governs (دبلوماسي في جورج تاون).
                    person = self._person_after(m.start(), _MAX_TITLE_WORDS)
                    governed = key in PLACE_PREPOSITIONS and person is not None and not (
                        self.text[m.end():person.start].strip())
                    if person is not None and not governed:
                        return person
                    # القيادية في الجبهة X Y: a definite title, then a name no lexicon
                    # knows; an indefinite one (ضابط في الجيش) describes an unnamed source.
                    office = self._office_end(m.start()) if key == _IN_FOLDED and _key(
                        words[0].group()).startswith("ال") else 0
                    name = self._unlisted_name(office) if office else ""
                    if name:
                        return Speaker(name, name, None, None,
                                       self.text[words[0].start():office])
                    close_to = key == _FROM_FOLDED and fold(words[-1].group()) in _CLOSE_TO
                    if close_to:
                        # مصادر قريبة من الوساطة: the adjective takes its complement along
                        inside = self._complement_end(m.end(), limit)
                    else:
                        inside = self._affiliation_end(m.end(), limit) if (
                            key == _IN_FOLDED and not self._affiliated(words)) else 0
                    if inside:
                        # مصادر في الحكومة، مصادر مقربة من الرئاسة: the body it belongs to
                        skip = end = inside
                        continue
                    if key in PLACE_PREPOSITIONS and self._participle_after(words):
                        # دبلوماسي أوروبي مشارك في المحادثات: what the source takes part
                        # in, not who it is
                        words.pop()
                        end = words[-1].end()
                clean = True
                break
            k = bisect_left(self._starts, m.start())
            if k < len(self._starts) and self._starts[k] < m.end():
                entity = self.entities[k]
                if entity.start > m.start():
                    clean = True  # a name glued to a preposition (لوكالة رويترز) ends it
                    break
                if entity.label == PERSON and not self._describing_word(entity, words):
                    return entity  # the words were a title the lexicon does not know
            words.append(m)
            end = m.end()
            if len(words) > _MAXPHRASE_WORDS:
                return None
        else:
            rest = self.text[end:limit].lstrip(_BLANK)
            clean = not rest or rest[0] in _PHRASE_ENDS
        if not words or not clean or _GLUED_PREPOSITION.match(words[0].group()) or len(
                _key(words[0].group())) < 2 or is_prepositional(words[0].group()):
            return None  # بإنفاق، بـ"…": a preposition, not a description
        head = _key(words[0].group())
        if len(words) > 2 and (head in ORG_HEADS or not head.startswith("ال")) and _key(
                words[-1].group()) in _STANCE_ADJECTIVES:
            end = words[-2].end()  # جبهة X المعارضة: the body is named without its stance
        return self.text[words[0].start():end]

    def _participle_after(self, words: Sequence[re.Match[str]]) -> bool:
        """Whether the last of ``words`` is a participle (مشارك، مطلع، مقيم) after a source
        its adjective already describes (دبلوماسي أوروبي): it opens a clause about the
        source."""
        if len(words) < 3 or not self._affiliated(words[:-1]):
            return False
        key = _key(words[-1].group())
        return (len(key) > 3 and key.startswith("م") and not key.endswith("ي")
                and key not in SOURCE_NOUNS)

    def _affiliated(self, words: Sequence[re.Match[str]]) -> bool:
        """Whether a source's description already says whom it serves with an indefinite
        adjective of relation or nationality (مسؤول عسكري، مصدر حكومي، دبلوماسي أمريكي):
        then it is the whole speaker, without the body written after it with في."""
        for m in words[1:]:
            entity = self._by_start.get(m.start())
            key = _key(m.group())
            if (entity is not None and entity.label == NORP) or (
                    len(key) > 3 and key.endswith("ي") and not key.startswith("ال")):
                return True
        return False

    def _adjective_at(self, word: re.Match[str]) -> bool:
        """Whether ``word`` is an adjective of nationality or relation (العراقية، العسكري)."""
        entity = self._by_start.get(word.start())
        if entity is not None:
            return entity.label == NORP
        return _RELATIONAL.fullmatch(_key(word.group())) is not None

    def _described(self, head: re.Match[str], after: re.Match[str]) -> bool:
        """Whether a title opens as the description of an unnamed source: a source noun
        (المسؤول، مصدر), or an indefinite noun with an indefinite adjective (قائد عسكري),
        not a noun and its genitive (سفير دولة X), which name an office."""
        key = _key(head.group())
        if key.removeprefix("ال") in SOURCE_NOUNS:
            return True
        second = _key(after.group())
        return not key.startswith("ال") and (second == _IN or (
            not second.startswith("ال") and after.start() not in self._by_start))

    def _describing_word(self, person: Span, words: Sequence[re.Match[str]]) -> bool:
        """Whether a PERSON inside a description is a word of it: a body's name after its
        head noun (إدارة X), or one word among indefinite ones (مسؤول أمريكي رفيع), which
        describe someone unnamed rather than title a name."""
        if self._names_body(person):
            return True
        if not words or " " in person.text.strip() or any(
            _key(m.group()).startswith("ال")
            or ((e := self._by_start.get(m.start())) is not None and e.label != NORP)
            for m in words
        ):
            return False  # رئيس وزراء إسرائيل X: a title made definite by a name
        last = words[-1]
        key = _key(last.group())
        return last.start() in self._by_start or key.endswith("ي") or key in SOURCE_NOUNS

    def _affiliation_end(self, pos: int, limit: int) -> int:
        """The end of the body a described source belongs to, after في (مسؤول في الحلف،
        مصادر في وزارة الدفاع): an organisation, never a place (مسؤول في مدينة X); 0 when
        none starts at ``pos``."""
        word = PHRASE_WORD.search(self.text, pos, min(limit, pos + 40))
        if word is None or self.text[pos:word.start()].strip():
            return 0
        entity = self._by_start.get(word.start())
        if entity is not None:
            return entity.end if entity.label == ORG else 0
        key = _key(word.group())
        if key.startswith("ال") and key in ORG_HEADS:
            return word.start() + len(self._body(word.start(), limit))
        if key in _BARE_HEADS:
            # محلل في بنك استثمار إقليمي: an indefinite body is part of the description
            return self._description_end(word.end(), limit)
        return 0

    def _complement_end(self, pos: int, limit: int) -> int:
        """The end of what an adjective like قريبة من governs: a name, or a noun with its
        genitive and adjectives (الوساطة، دوائر صنع القرار); 0 when none starts at ``pos``."""
        word = PHRASE_WORD.search(self.text, pos, min(limit, pos + 40))
        if word is None or self.text[pos:word.start()].strip() or self._stops_description(word):
            return 0
        entity = self._by_start.get(word.start())
        if entity is not None:
            return entity.end
        if _key(word.group()).startswith("ال"):
            return self._adjectives_end(word.end())  # الوساطة، الحكومة الانتقالية
        return self._description_end(word.end(), limit)

    def _description_end(self, end: int, limit: int, open_: bool = True) -> int:
        """Where the words after ``end`` that may still belong to a description (a genitive,
        an adjective) stop: at punctuation, a function word, a cue, a listener or a clause
        about the source (طلب عدم …)."""
        # As in _body: after a definite word (``open_`` False) only relational adjectives follow.
        for n, m in enumerate(PHRASE_WORD.finditer(self.text, end, min(limit, end + 60))):
            key = _key(m.group())
            if n >= _MAX_BODY_WORDS - 1 or self.text[end:m.start()].strip() or (
                self._stops_description(m) or not (open_ or _RELATIONAL.fullmatch(key))
            ):
                break
            open_ = not key.startswith("ال")
            end = m.end()
        return end

    def _stops_description(self, word: re.Match[str]) -> bool:
        g = word.group()
        return bool(_key(g) in _BODY_STOPS or PARTICLE.fullmatch(g) or is_anonymity_verb(g)
                    or is_cue_word(g) or is_listener(g) or is_prepositional(g)
                    or _TIME.match(g) or self._listener_end(word.start()) != word.start())

    def _person_after(self, pos: int, max_words: int = _MAX_TITLE_TAIL) -> Span | None:
        """A name within a few words after a title is the titled person (الأمين العام للحلف
        مارك روته، المتحدث باسمه دميتري بيسكوف), unless punctuation or a particle comes
        first."""
        window = min(len(self.text), pos + 20 * (max_words + 1))
        for n, m in enumerate(PHRASE_WORD.finditer(self.text, pos, window)):
            gap = self.text[pos:m.start()].strip(_BLANK)
            if n > max_words or gap or PARTICLE.fullmatch(m.group()):
                return None
            entity = self._by_start.get(m.start())
            if entity is not None and entity.label == PERSON and not self._names_body(entity):
                return entity
            if self.text[m.start()] == "ل" and (
                    (title := self._at(self._title_by_start, m.start() + 1)) is not None
                    and title.start < m.end()):
                return None  # الوزير للرئيس X: X is spoken to, not the titled one
            pos = m.end()
        return None

    def _apposed_person(self, pos: int) -> Span | None:
        """A name between commas right after a title (المتحدثة باسم الوزارة، رحمة ليبان،):
        the title's last words may be ones the title finder left out."""
        window = min(len(self.text), pos + 20 * (_MAX_TITLE_TAIL + _MAX_COMPLEMENT + 2))
        limit = _MAX_TITLE_TAIL
        for n, m in enumerate(PHRASE_WORD.finditer(self.text, pos, window)):
            gap = self.text[pos:m.start()].strip(_BLANK)
            if gap in ("،", ","):
                return self._person_after(m.start(), _MAX_APPOSED_WORDS)
            key = _key(m.group())
            if not gap and limit == _MAX_TITLE_TAIL and key in _OFFICE_PREPOSITIONS:
                # قائد الوحدة X في القوة Y، العقيد X Y: where the office is
                limit += _MAX_COMPLEMENT
            elif n > limit or gap or key in FUNCTION_WORDS or is_cue_word(m.group()):
                return None
            pos = m.end()
        return None

    def _speaker_starting_at(self, start: int, gender: str | None) -> tuple[bool, Speaker | None]:
        """Whether a title or an entity starts at ``start``, and the speaker it names (None
        when it cannot be the subject of a verb of this gender)."""
        title = self._title_by_start.get(start)
        if title is not None:
            return True, self._from_title(title, gender)
        entity = self._by_start.get(start)
        if entity is not None:
            speaker = speaker_of(entity, gender, self.aliases)
            return True, speaker if fits(speaker, gender) else None
        return False, None

    def _from_title(self, title: TitleLike, gender: str | None) -> Speaker:
        person = self._title_person(title)
        if person is not None and " " not in person.text.strip() and self._describing_word(
                person, list(PHRASE_WORD.finditer(self.text, title.start, title.end))):
            if not self.text[title.end:person.start].strip():
                # مسؤول أمريكي رفيع: the one-word "name" is the description's last word
                title = _Phrase(title.start, person.end, self.text[title.start:person.end])
            person = None
        if person is not None:
            speaker = speaker_of(person, gender, self.aliases)
            return Speaker(speaker.name, speaker.key, person, speaker.gender, title.text)
        phrase = self._title_phrase(title)
        keys = [_key(w) for w in PHRASE_WORD.findall(self.text, title.start, title.end)]
        if any(a == _IN and b in _BARE_HEADS for a, b in pairwise(keys[1:])):
            # محلل في بنك استثمار إقليمي: what follows an indefinite body is its genitive and
            # adjectives, not a name
            end = self._description_end(title.end, len(self.text), not keys[-1].startswith("ال"))
            phrase = self.text[title.start:end]
            return Speaker(phrase, phrase, None, gender, phrase)
        # The name may follow the body the office is in (النائب عن الحزب X Y Z) or the medium
        # the title spoke to (المتحدث العسكري للإعلام العربي X Y).
        name = self._unlisted_name(title.end)
        if not name:
            office = self._office_end(title.end)
            name = self._unlisted_name(office) if office else ""
        if not name:
            listener = self._listener_end(title.end)
            name = self._unlisted_name(listener) if listener != title.end else ""
        if not name:
            tail = self._description_tail_end(title.end)
            name = self._unlisted_name(tail) if tail != title.end else ""
        if not name:
            construct = self._construct_end(title.end)
            name = self._unlisted_name(construct) if construct != title.end else ""
        if not name:
            quoted = self._quoted_name_after(title)
            name = self._unlisted_name(quoted) if quoted else ""
        if name:
            return Speaker(name, name, None, gender, phrase)
        body = self._source_body_end(title)
        if body:
            phrase = self.text[title.start:body]  # مسؤول كبير في الإدارة الأمريكية
        return Speaker(phrase, phrase, None, gender, phrase)

    def _description_tail_end(self, pos: int) -> int:
        """The end of the words a title finder left out of a long description, right after
        it: a coordinated noun and adjectives (المتحدث باسم وزارة المياه والري الأردنية X Y);
        ``pos`` when none follows. The name comes after them."""
        end = pos
        for n, m in enumerate(PHRASE_WORD.finditer(self.text, pos, min(len(self.text),
                                                                        pos + 80))):
            if n >= _MAX_TITLE_TAIL or self.text[end:m.start()].strip(_BLANK):
                break
            key = _key(m.group())
            entity = self._by_start.get(m.start())
            coordinated = key.startswith("وال") and key[1:] not in FUNCTION_WORDS
            if not (coordinated or self._adjective_at(m)) or (
                    entity is not None and entity.label != NORP):
                break
            end = m.end()
        return end

    def _construct_end(self, pos: int) -> int:
        """The end of a noun and its definite genitive that a title finder left out, right
        after the title (نائبة محافظ البنك X Y، رئيس حكومة تصريف الأعمال X Y), with the
        genitive's adjectives; ``pos`` when none follows. The name comes after them."""
        words = PHRASE_WORD.finditer(self.text, pos, min(len(self.text), pos + 80))
        noun = next(words, None)
        genitive = next(words, None)
        if noun is None or genitive is None or self.text[pos:noun.start()].strip(
                _BLANK) or self.text[noun.end():genitive.start()].strip(_BLANK):
            return pos
        key = _key(noun.group())
        if key.startswith("ال") or self._stops_name(noun, key) or is_listener(noun.group()):
            return pos
        entity = self._by_start.get(genitive.start())
        if not _key(genitive.group()).startswith("ال") or (
                entity is not None and entity.label != NORP):
            return pos
        return self._description_tail_end(genitive.end())

    def _source_body_end(self, title: TitleLike) -> int:
        """The end of the body an unnamed source described by ``title`` belongs to, written
        after it with في (مسؤول كبير في الإدارة الأمريكية); 0 when there is none."""
        words = list(PHRASE_WORD.finditer(self.text, title.start, title.end))
        after = PHRASE_WORD.search(self.text, title.end, min(len(self.text), title.end + 20))
        if len(words) < 2 or not self._described(*words[:2]) or after is None or self.text[
                title.end:after.start()].strip() or _key(after.group()) != _IN or (
                self._affiliated(words)):
            return 0
        return self._affiliation_end(after.end(), len(self.text))

    def _title_person(self, title: TitleLike) -> Span | None:
        """The person a title introduces: the one the title finder saw, else a name right
        after the title or set between commas after it."""
        found = (self._kept_person(title.person) or self._person_after(title.end)
                 or self._apposed_person(title.end))
        if found is None:
            office = self._office_end(title.end) or self._quoted_name_after(title)
            if not office and self.text.startswith(" ", title.end) and not (
                    self.text.startswith("ال", title.end + 1)):
                # محلل أسواق الطاقة في شركة X Y Z: the genitive a title finder left out (an
                # indefinite noun and a definite one), then the body the office is in
                construct = self._construct_end(title.end)
                office = self._office_end(construct) if construct != title.end else 0
            # المبعوث الخاص إلى اليمن، X Y،: the name may also stand between commas
            found = (self._person_after(office, 0) or self._apposed_person(office)
                     if office else None)
        if found is None:
            # الرئيس التنفيذي لإحدى شركات الاستشارات X Y: the body the office is in, after a
            # common noun glued to ل or ب, then the name
            word = PHRASE_WORD.match(self.text, title.end + 1)
            if word is not None and self.text[title.end] == " " and is_prepositional(
                    word.group()):
                found = self._person_after(word.end(), _MAX_BODY_WORDS)
        return found

    def _quoted_name_after(self, title: TitleLike) -> int | None:
        """The end of the name in quotation marks that closes ``title`` (المحللة في شركة
        "X"), the name of the person coming next; None when the title ends otherwise."""
        last = _last(PHRASE_WORD.finditer(self.text, max(title.start, title.end - 20),
                                           title.end))
        return self._quoted_name_end(last) if last is not None else None

    def _office_end(self, pos: int) -> int:
        """The end of the body a title is held in, right after it (النائب عن حزب
        الخضر الألماني، السفير لدى الأمم المتحدة، النائب عن التيار الصدري): a
        preposition, then an organisation, a country or a place (also after a noun that
        governs it: عن ولاية X), a head noun and its genitive, or a definite noun, and the
        body's adjectives; 0 when none starts at ``pos``."""
        words = PHRASE_WORD.finditer(self.text, pos, min(len(self.text), pos + 160))
        prep = next(words, None)
        if prep is None or self.text[pos:prep.start()].strip():
            return 0
        if _key(prep.group()).startswith("ب"):
            glued = self._glued_body_end(prep)
            return self._adjectives_end(glued) if glued else 0
        place_only = _key(prep.group()) in _PLACE_OFFICE_PREPOSITIONS
        if not place_only and _key(prep.group()) not in _OFFICE_PREPOSITIONS:
            return 0
        body = next(words, None)
        if body is None or self.text[prep.end():body.start()].strip():
            return 0
        entity = self._by_start.get(body.start())
        if entity is None and not _key(body.group()).startswith("ال"):
            # ولاية كارولينا، مدينة X: a noun and the name it governs
            entity = self._by_start.get(body.end() + 1)
        if place_only:
            if entity is None or entity.label not in (COUNTRY, LOCATION):
                return 0
            end = entity.end
        elif entity is not None and entity.label in (ORG, COUNTRY, LOCATION):
            end = entity.end
        elif (quoted := self._quoted_name_end(body)) is not None:
            return quoted  # شركة "X": the name in quotation marks closes the body
        elif _key(body.group()) in ORG_HEADS:
            end = body.start() + len(self._body(body.start(), len(self.text)))
        elif _key(body.group()).startswith("ال") and _key(body.group()) not in FUNCTION_WORDS:
            end = body.end()  # التيار الصدري: a body no lexicon knows, and its adjectives
        else:
            return 0
        return self._adjectives_end(end)

    def _glued_body_end(self, word: re.Match[str]) -> int:
        """The end of the body or place a title is held in when ب is glued to it (أستاذ
        بجامعة X، قائد الجيش بولاية X، مراسلة بإسطنبول): an organisation or a place, a noun
        that governs one, or a head noun and its genitive; 0 when none."""
        start = word.start() + 1
        key = _key(word.group())[1:]
        entity = self._by_start.get(start)
        if entity is None and key in PHRASE_HEADS:
            entity = self._by_start.get(word.end() + 1)  # بولاية X: the name it governs
        if entity is not None and entity.start < word.end() + 2:
            return entity.end if entity.label in (ORG, COUNTRY, LOCATION) else 0
        if key in ORG_HEADS:
            return start + len(self._body(start, len(self.text)))
        return 0

    def _adjectives_end(self, end: int) -> int:
        """``end`` moved past the adjectives of nationality or relation right after it."""
        for m in PHRASE_WORD.finditer(self.text, end, min(len(self.text), end + 60)):
            adjective = self._by_start.get(m.start())
            if self.text[end:m.start()].strip() or not (
                (adjective is not None and adjective.label == NORP)
                or (adjective is None and _RELATIONAL.fullmatch(_key(m.group())))
            ):
                break
            end = adjective.end if adjective is not None else m.end()
        return end

    def _quoted_name_end(self, noun: re.Match[str]) -> int | None:
        """The end, past its closing mark, of a name a naming noun sets in quotation marks
        (شركة "X"، منظمة «X»); None when no such name follows ``noun``."""
        if not is_name_noun(noun.group()):
            return None
        m = _OPEN_NAME.match(self.text, noun.end())
        close = _CLOSE_NAME.match(self.text, m.end()) if m else None
        return close.end() if close else None

    def _kept_person(self, person: Span | None) -> Span | None:
        """The PERSON entity that ``person`` stands for among the entities finally kept: the
        one holding it (a fuller name), or None when its words belong to another entity or
        name a body after its head noun (معهد لوي). A span no entity overlaps is kept."""
        if person is None or names_no_one(person):
            return None
        k = bisect_right(self._starts, person.start) - 1
        if k >= 0 and self.entities[k].end > person.start:
            person = self.entities[k]
        elif k + 1 < len(self.entities) and self.entities[k + 1].start < person.end:
            person = self.entities[k + 1]
        if person.label != PERSON or self._names_body(person):
            return None
        return person

    def _names_body(self, span: Span) -> bool:
        """Whether ``span`` follows the bare head noun of a body (معهد لوي، مؤسسة كارنيغي،
        إدارة ترامب): then it is the body's name, not a speaking person."""
        if span.start < 2 or self.text[span.start - 1] != " ":
            return False
        before = PHRASE_WORD.findall(self.text, max(0, span.start - 16), span.start - 1)
        if not before or not self.text[span.start - 2].strip():
            return False
        key = _key(before[-1])
        # للجنة may be ل + the definite اللجنة ("of the committee"), which takes no name.
        return key in _BARE_HEADS or (key[:1] in "وبل" and not key.startswith("لل")
                                      and key[1:] in _BARE_HEADS)

    def _title_phrase(self, title: TitleLike) -> str:
        """A title as a speaker's name: without a listener the finder took in (مسؤول في
        الحلف لقناة …) and, for an unnamed source, without the place it spoke from (مسؤول
        عسكري في مدينة X) or the body its adjective already tells (مسؤول عسكري في الجيش).
        An office (سفير دولة X في مدينة Y) keeps its place."""
        words = list(PHRASE_WORD.finditer(self.text, title.start, title.end))
        source = len(words) > 1 and self._described(words[0], words[1])
        for n, (prev, m) in enumerate(pairwise(words), 1):
            key = _key(m.group())
            if is_listener(m.group()):
                return self.text[title.start:prev.end()]
            if source and key == _IN:
                place = self._by_start.get(m.end() + 1)
                if (place is not None and place.label == LOCATION) or self._affiliated(
                        words[:n]):
                    return self.text[title.start:prev.end()]
        return title.text

    def _stops_name(self, word: re.Match[str], key: str) -> bool:
        """Whether ``word`` (folded to ``key``) cannot be part of a name no lexicon knows: a
        function or time word, an article-bearing noun, a particle, a cue, a listener, the
        verb of an anonymity clause (طلب عدم …), a known entity or a number."""
        return bool(key in NOT_NAME or key.startswith(("ال", "لل")) or PARTICLE.fullmatch(
            word.group()) or is_cue_word(word.group()) or _TIME.match(word.group())
            or is_anonymity_verb(word.group()) or is_prepositional(word.group())
            or self._listener_end(word.start()) != word.start()
            or self._by_start.get(word.start()) or _DIGIT.search(word.group()))

    def _ends_name(self, pos: int) -> bool:
        """Whether a name may end at ``pos``: punctuation, the end of the text, or a word
        that is never part of one follows."""
        m = PHRASE_WORD.search(self.text, pos, min(len(self.text), pos + 60))
        if m is None or self.text[pos:m.start()].strip(_BLANK):
            return True
        key = _key(m.group())
        return not key.startswith("ال") and self._stops_name(m, key)

    def _listener_next(self, end: int) -> bool:
        """Whether the word after ``end`` opens the listener a speaker spoke to (لقناة …)."""
        return self.text.startswith(" ", end) and self._listener_end(end + 1) != end + 1

    def _unlisted_name(self, pos: int) -> str:
        """A name no lexicon knows, right after a title (وزير الخارجية X Y لإذاعة …،
        الأمين العام للمنظمة، الفرنسي X Y، إن): two or three
        words that are no function word, time word, cue, name or article-bearing noun,
        followed by punctuation or a word that ends a subject. "" when there is none."""
        apposed = _APPOSITION.match(self.text, pos)
        if apposed is not None:
            pos = apposed.end()
        words: list[re.Match[str]] = []
        end = pos
        links = 0  # عبد in عبد الله: one name with the word after it
        for m in PHRASE_WORD.finditer(self.text, pos, min(len(self.text), pos + 100)):
            if self.text[end:m.start()].strip(_BLANK):
                break
            key = _key(m.group())
            if not words and end == pos and (key in RANKS or key.startswith("بال")
                                             or possessed_title(key)):
                # الجنرال، الدكتور: a rank before the name; رئيسها، مديرته: a title with
                # the pronoun of its body; بالإنابة، بالوكالة: how the office is held.
                pos = end = m.end()
                continue
            linked = bool(words) and _key(words[-1].group()) in NAME_LINKS
            if key.startswith("ال") and not self._by_start.get(m.start()) and (
                linked or (words and key not in NOT_NAME and (
                    (NISBA.fullmatch(key) and self._ends_name(m.end()))
                    or STATEMENT_AHEAD.match(self.text, m.end()) or _AGE.match(self.text, m.end())
                    or self._listener_next(m.end())))
            ):
                # X عبد الرحمن، X الـYي، X الحسن: إن: the article belongs to the name
                # after عبد, and a nisba that closes a name, or a definite word right before
                # the words said, an age or the listener (X الـY لقناة …), is its family
                # name.
                words.append(m)
                end = m.end()
                links += linked
                if linked:
                    continue
                break
            if self._stops_name(m, key):
                break
            if len(words) - links == _MAX_NAME_WORDS:
                return ""  # a clause goes on: no name
            words.append(m)
            end = m.end()
        if len(words) < 2:
            return ""
        if apposed is not None and self.text[end:end + 2].strip(_BLANK)[:1] not in "،,":
            return ""
        return self.text[words[0].start():end]



def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches``, or None when there is none."""
    tail = deque(matches, maxlen=1)
    return tail[0] if tail else None


def _end_before(text: str, pos: int, chars: str) -> int:
    """``pos`` moved back over ``chars`` (``len(text[:pos].rstrip(chars))`` without the copy)."""
    while pos > 0 and text[pos - 1] in chars:
        pos -= 1
    return pos


def _holds(text: str, words: Sequence[str], start: int, end: int) -> bool:
    """Whether one of ``words`` is written in ``text[start:end]``."""
    # A plain loop: asked for every cue, where a generator costs more than the finds.
    for w in words:  # noqa: SIM110
        if text.find(w, start, end) >= 0:
            return True
    return False


def _past_time(text: str, pos: int) -> int:
    m = _TIME.match(text, pos)
    return m.end() if m else pos


def attribute(text: str, quotes: Sequence[Span], claims: Sequence[Claim], cues: Sequence[Cue],
              entities: Sequence[Span], titles: Sequence[TitleLike] = (),
              sentences: Sentences | None = None) -> list[Attribution]:
    """The speaker of every quotation and claim that has one, in text order."""
    finder = _Finder(text, entities, titles)
    sentences = sentences or Sentences(text, quotes)
    # A claim's cue the cue finder does not know (بالقول) hangs quotations inside it too.
    extra = unknown_cues(claims, cues)
    live_cues = sorted([c for c in (*cues, *extra) if not sentences.in_quote(c.start)],
                       key=attrgetter("start"))
    # Cues are told apart by value, looked up by the id of one object per value.
    same = one_per_value(live_cues, [c.cue for c in claims])
    cue_starts = [c.start for c in live_cues]
    claim_cue = {id(c.span): source_between(c, live_cues, cue_starts) for c in claims}
    # Claims by start (stable, so equal starts keep their order) for the holder of a quotation.
    holders = sorted(claims, key=lambda c: c.span.start)
    holder_starts = [c.span.start for c in holders]
    holder_reach = list(accumulate((c.span.end for c in holders), max))

    history: list[Speaker] = []  # speakers in the order they were named
    # The indexes in finder.entities of each speaker's mentions, by key; built when first
    # asked.
    mentions: defaultdict[str, list[int]] = defaultdict(list)

    def latest_mention(key: str, pos: int) -> Span | None:
        """The last mention of the speaker ``key`` that starts at or before ``pos``."""
        if not mentions and finder.entities:
            aliases = finder.aliases
            for i, e in enumerate(finder.entities):
                name = e.attrs.get("canonical") or e.text  # display, once per name
                mentions[aliases.get(name, name) if e.label == ORG else name].append(i)
        where = mentions.get(key)
        if not where:
            return None
        k = bisect_left(where, bisect_right(finder._starts, pos)) - 1
        return finder.entities[where[k]] if k >= 0 else None

    resolved: dict[int, Speaker | None] = {}  # by id(same[id(cue)])

    def recent(gender: str | None) -> Speaker | None:
        for speaker in reversed(history[-LOOKBACK:]):
            if fits(speaker, gender):
                return speaker
        return None

    # A transitive verb joined by و/ف to an earlier speech verb of its sentence shares that
    # verb's subject (دافع X عن … وانتقد الحلف): the name after it is its object. After قال
    # and the like a name is always the subject (… وقالت المتحدثة باسم الخارجية إن).
    # A verb that carries its object as a pronoun (ووصفتها وكالة …) has the noun after it
    # for subject.
    carried = {id(same[id(c)]) for prev, c in pairwise(live_cues)
               if c.clitic and c.transitive and not c.has_object
               and prev.start >= sentences.start_before(c.start)}
    named_cues: set[int] = set()  # ids as in ``resolved``

    def shared_subject(cue: Cue, start: int) -> Speaker | None:
        """The subject of the speech verb before ``cue`` in its sentence, else of the verb
        that opens the sentence."""
        k = bisect_left(cue_starts, cue.start) - 1
        while k >= 0 and live_cues[k].start >= start:
            key = id(same[id(live_cues[k])])
            earlier = resolved.get(key)
            if key in named_cues and earlier is not None and fits(earlier, cue.gender):
                return earlier
            k -= 1
        return finder.sentence_subject(start, cue)

    def earlier_body(speaker: Speaker, pos: int) -> Speaker | None:
        """The organisation a bare definite head noun stands for (الوزارة، البنك): the
        last one named before ``pos`` with that head (وزارة المياه …، البنك المركزي …)."""
        key = _key(speaker.name)
        if speaker.mention is not None or " " in speaker.name.strip() or not (
                key.startswith("ال") and key in ORG_HEADS and key[2:] in ORG_HEADS):
            return None
        heads = (key, key[2:])
        k = bisect_left(finder._starts, pos) - 1
        for e in finder.entities[max(0, k - LOOKBACK):k + 1][::-1]:
            if e.label == ORG and _key(e.text.split(maxsplit=1)[0]) in heads:
                return speaker_of(e, speaker.gender, finder.aliases)
        return None

    def earlier_person(speaker: Speaker, pos: int) -> Speaker | None:
        """The person a title and a bare family name stand for (الوزير X after وزير المالية
        Y X): the last PERSON named before ``pos`` whose full name ends in that word."""
        words = speaker.name.split()
        if speaker.mention is not None or len(words) < 2 or _key(words[-1]) in NOT_NAME:
            return None
        last = fold(words[-1])
        k = bisect_left(finder._starts, pos) - 1
        for e in finder.entities[max(0, k - LOOKBACK):k + 1][::-1]:
            if e.label == PERSON:
                full = name_words(display(e))
                if len(full) > 1 and full[-1] == last:
                    found = speaker_of(e, speaker.gender, finder.aliases)
                    return Speaker(found.name, found.key, None, found.gender, speaker.name)
        return None

    def earlier_individual(speaker: Speaker, pos: int) -> Speaker | None:
        """The person a definite description stands for (يقول الرجل الخمسيني after الصياد
        X Y …): the last PERSON named before ``pos`` in the paragraph."""
        if speaker.mention is not None or _key(speaker.name.split(maxsplit=1)[0]) not in (
                PERSON_NOUNS):
            return None
        paragraph = text.rfind("\n", 0, pos)
        k = bisect_left(finder._starts, pos) - 1
        for e in finder.entities[max(0, k - LOOKBACK):k + 1][::-1]:
            if e.start <= paragraph:
                break
            if e.label == PERSON:
                found = speaker_of(e, speaker.gender, finder.aliases)
                return Speaker(found.name, found.key, e, found.gender, speaker.name)
        return None

    def earlier_description(speaker: Speaker) -> Speaker:
        """A short title or description is someone introduced with a longer one before:
        ``المسؤول`` after ``مسؤول عسكري أمريكي``, ``الأمين العام`` after ``الأمين العام لحلف
        الناتو مارك روته``."""
        if speaker.mention is not None and (speaker.mention.label != PERSON
                                            or " " in speaker.name):
            return speaker
        surname = surname_of(speaker.name, history)
        if surname is not None:
            return surname
        if speaker.mention is not None:
            return speaker
        short = title_words(speaker.name)
        for earlier in reversed(history[-LOOKBACK:]):
            longer = title_words(earlier.title or earlier.name)
            if earlier is not speaker and short and longer[:len(short)] == short and (
                len(longer) > len(short)
            ):
                return earlier
        return speaker

    def verb_before(cue: Cue) -> bool:
        # A participle after a verb of its sentence (ورد X خلال زيارة إلى المدينة قائلا:)
        # has that verb's subject: a city right before it is where, not who.
        if cue.kind != ADVERBIAL:
            return False
        k = bisect_left(cue_starts, cue.start) - 1
        return k >= 0 and live_cues[k].start >= sentences.start_before(cue.start)

    def resolve(cue: Cue) -> Speaker | None:
        key = id(same[id(cue)])
        found = resolved.get(key, _UNRESOLVED)
        if found is not _UNRESOLVED:
            return found
        named = finder.relayed_source(cue) if cue.relayed else None
        relative = finder.opens_relative(cue)
        if named is not None:
            pass  # نقلت الوكالة عن مصادر أن …: the source speaks, not the medium
        elif relative and cue.transitive:
            # الصومال التي اتهمت أديس أبابا بـ: the antecedent speaks, the noun after the
            # verb is its object.
            named = finder.subject_just_before(cue, sentences)
        elif (cue.named or cue.speaker_before) and cue.kind != ADVERBIAL:
            named = finder.named_by(cue) or finder.subject_before(cue, sentences)
            if named is None and relative:
                named = finder.subject_just_before(cue, sentences)
        # A verb joined by و/ف inside a sentence (…، واتهم فرنسا بـ) shares the subject
        # of the verb before it.
        start = sentences.start_before(cue.start) if cue.clitic else cue.start
        coordinated = bool(cue.clitic) and cue.kind != ADVERBIAL and bool(
            PHRASE_WORD.search(text, start, cue.start))
        if (key in carried or (coordinated and cue.transitive and not cue.has_object)) and (
            named is None or named.title is None or named.mention is None
        ):
            # …وانتقد الحلف: an object. Only a titled name (ووصف المتحدث باسمه X) is
            # a new subject.
            named = None
        if named is None and cue.kind == VERB:
            named = finder.statement_owner(cue, sentences)
        if named is None and coordinated:
            named = shared_subject(cue, start)
        if named is None and not cue.clitic:
            named = finder.subject_just_before(cue, sentences)
            if named is not None and named.mention is not None and (
                named.mention.label in _PLACES and verb_before(cue)
            ):
                named = None
            sentence_start = sentences.start_before(cue.start)
            clause = finder.clause_start(sentence_start, cue.start)
            if named is None and clause is not None:
                # …، لكن الناشطة X قالت …: a new subject after the conjunction.
                named = finder.clause_subject(clause, cue)
            elif named is None and cue.kind == VERB and not finder.after_relative_pronoun(
                cue
            ) and PHRASE_WORD.search(text, sentence_start, cue.start):
                # وكانت المحكمة قد أصدرت حكما اعتبرت فيه أن …: a verb inside the sentence
                # with no subject of its own has the sentence's.
                named = finder.sentence_subject(sentence_start, cue)
        if named is None and (cue.kind == ADVERBIAL or finder.after_relative(cue)):
            # …، مؤكدة أن …، على ما وصفته بـ: the subject of the sentence's main verb,
            # whatever that verb is (رفضت النرويج …، استدعت الوزارة …). After a speech
            # verb of the sentence (وقال إن …، مضيفا) the speaker is that verb's.
            # Of several, the nearest whose speaker agrees with the participle (قال مصدر …
            # إن عمّان …، لكنها تطالب …، مشيرا إلى: the masculine source, not the city).
            sentence_start = sentences.start_before(cue.start)
            k = bisect_left(cue_starts, cue.start) - 1
            if k >= 0 and live_cues[k].start >= sentence_start:
                named = resolve(live_cues[k])
                j = k - 1
                while (named is None or not fits(named, cue.gender)) and j >= 0 and (
                    live_cues[j].start >= sentence_start
                ):
                    earlier = resolve(live_cues[j])
                    if earlier is not None and (named is None or fits(earlier, cue.gender)):
                        named = earlier
                    j -= 1
            elif PHRASE_WORD.search(text, sentence_start, cue.start):
                named = finder.sentence_subject(sentence_start, cue)
        if named is not None:
            named = (earlier_body(named, cue.start) or earlier_person(named, cue.start)
                     or earlier_individual(named, cue.start) or earlier_description(named))
            named_cues.add(key)
        found = named if named is not None else recent(cue.gender)
        resolved[key] = found
        return found

    # Events in text order; at one offset, cues come before the statement.
    events: list[tuple[int, int, Span | Cue | Speaker]] = [
        (s.start, 2, s) for s in (*quotes, *(c.span for c in claims))]
    events += [(c.start, 1, c) for c in live_cues]
    # A titled person who opens a sentence is its subject whatever the verb (وردت رئيسة
    # الوزراء X …، التقت الوزيرة X …): a later وقالت may continue them.
    events += [(pos, 1, subject) for pos, subject in finder.titled_subjects(sentences)]
    events.sort(key=itemgetter(0, 1))

    out: list[Attribution] = []
    for _, order, item in events:
        if order == 1:
            if type(item) is Speaker:
                history.append(item)
                continue
            speaker = resolve(item)
            if speaker is not None and id(same[id(item)]) in named_cues:
                history.append(speaker)
        else:
            cue = claim_cue.get(id(item)) or quote_cue(text, item, live_cues, cue_starts,
                                                        sentences)
            if id(item) not in claim_cue and not (cue is not None
                                                  and finder.opens_relative(cue)):
                cue = reporting_cue(item, cue, holders, holder_starts, holder_reach) or cue
            if cue is not None:
                speaker = resolve(cue)
            else:
                sentence_start = sentences.start_before(item.start)
                speaker = finder.relative_antecedent(sentence_start, item.start)
                opening = None if speaker else finder.opening_subject(sentence_start,
                                                                      item.start)
                if opening is not None:
                    speaker = (earlier_body(opening, item.start)
                               or earlier_person(opening, item.start)
                               or earlier_description(opening))
                speaker = speaker or recent(None)
            if speaker is not None:
                out.append(Attribution(item, speaker, _mention(speaker, cue, item.start,
                                                               latest_mention)))
    return out


def _mention(speaker: Speaker, cue: Cue | None, pos: int,
             latest: Callable[[str, int], Span | None]) -> Span | None:
    """The SAID_BY child of the statement at ``pos``: the name the cue attaches to, else the
    latest mention of the speaker by then."""
    if speaker.mention is None:
        return None
    if cue is not None and speaker.mention.start >= cue.end:
        return speaker.mention
    found = latest(speaker.key, pos)
    return speaker.mention if found is None else found
