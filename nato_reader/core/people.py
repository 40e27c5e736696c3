"""People without a statistical model: names found from evidence in the text, then merged.

Evidence, strongest first:

- a title phrase followed by a name (``الأمين العام لحلف الناتو ينس ستولتنبرغ``), also
  after the title's field (``الخبير في الشؤون الأفريقية X Y``), after a title with a
  possessive (``رئيسها X Y``) or an acting qualifier (``بالإنابة X Y``), but not the title's
  verb: a present-tense one alone, or either tense with an accusative (``الرئيس يستقبل …``,
  ``الأمير أصدر عفوا``);
- a title between commas, a rank or a nationality opening the apposition (``الأمين العام
  للمنظمة، الفرنسي X Y، إن``);
- a speech verb or source phrase followed by a name and a boundary (``وقال ماو:``,
  ``حسبما قال X Y،``, ``وأشارت X إلى أن``), outside quotation marks only: inside
  them the word after a verb is its object (``"لا نتهم أحدا"``);
- the tail of a speaker's subject phrase: after a title and its complements (genitives,
  ``في/من/إلى`` + a body or a place, a quoted company), the words before the phrase's end
  (إن، قد، a listener, a time word, punctuation, its verb) that look like a name
  (``وقالت الناشطة النسوية من رام الله X Y إن``), and the leader after ``بقيادة``;
- after a title, ل + a body's name and then a listed given name (``الرئيس المدير العام
  لـX نور الدين Y``), or a town's name right after the place that ends the title (``ممثل
  الجبهة في نيويورك الخليل X Y``): the name follows;
- a kunya in the subject's place (``وتقول أم خالد،``, ``وقال أبو محمد الـX``);
- a well-known full name or a listed given name followed by a surname (person_names.tsv);
- two name words joined by a hyphen (``جان-كلود``), with a given name before them.

A name is 1–4 parts (عبد or أبو and the word after it are one: عبد الملك; بن، ولد and آل join
parts without counting: محمد بن راشد آل مكتوم، X ولد الشيخ) that are not function
words (but لي inside an East Asian name, وانغ لي هوا, and هو/هي ending a Korean one, كيم مين
هو), titles, lexicon entities, speech verbs, definite nouns (but a family name after a given
name or after أبو/عبد and its word, and a nisba second after a title: المتحدثة X الـY),
plural nouns (اقتصاديون) or, first, a broken plural no list knows (أرقام), عدم (طلب عدم
ذكر اسمه) or, as its first word, nouns of an unnamed source (سكان); a nationality adjective
right after a given name is a surname (محمد شياع السوداني; indefinite after a listed one
alone: X روسي). From its third part on, a broken plural
(أعمال), a verbal noun (اتفاقا) or a noun with a pronoun (قوله) ends it, and words that run
straight into an entity after a title are nouns in construct with it (not one glued to ل:
X عبد الله لوكالة …). Mentions of one person are merged (``person_mentions``)
by a spelling skeleton (``skeleton``: ستولتنبرغ = ستولتنبيرغ = ستولتنبرج) and by
containment (``كيشيدا`` in ``فوميو كيشيدا``); a one-word mention that only a looser form matches
(وونغ/ونغ، ش/س) joins the one full name it fits. The canonical form is the fullest one. A later
(or earlier) bare mention of a known name anywhere in the article is a PERSON too, and so is a
famous surname alone (بوتين). A nisba that ends a title (عن الوزير الـXي قوله) is the
person when a name found in the article ends with it, or when it alone is the subject of a
speech verb elsewhere. A common word alone after a title (مرتين، ومستثمر، مجددا) is no name.
Speech cues come from ``cues`` (the quotes side's lexicon), so both sides agree on them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from nato_reader.core import cues
from nato_reader.core.cues import is_name_noun
from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.lang.phrase_words import (
    NAME_LINKS,
    ORG_HEADS,
    RANKS,
    SOURCE_NOUNS,
    SOURCES_WITH_LAM,
)
from nato_reader.core.person_mentions import (
    WORD_INDEX,
    PersonMatch,
    add_bare_mentions,
    assign_canonicals,
    known_parts,
    name_key,
    single_hit,
    skeleton,
)
from nato_reader.core.place_words import PLACE_HEADS
from nato_reader.core.record import COUNTRY, LOCATION, NORP
from nato_reader.core.text import Normalized
from nato_reader.core.tokens import (
    Token,
    TokenList,
    cached_readings,
    positions,
    token_starts,
    vocabulary,
)

if TYPE_CHECKING:
    from nato_reader.core.lexicon import Lexicon
    from nato_reader.core.matching import Match
    from nato_reader.core.titles import TitleRow

_MAX_NAME_WORDS = 4
# How many words of a title the title finder did not read may stand before an apposition.
_MAX_TITLE_TAIL = 3
# Lineage words that join two parts of one name (محمد بن راشد آل مكتوم، Mauritanian X ولد Y)
# and count as no part.
_LINEAGE_LINKS = frozenset({"بن", "ابن", "بنت", "ال", "ولد"})
# Name particles after which a word with ال still belongs to the name (عبد الله، أبو الغيط).
_ARTICLE_LINKS = NAME_LINKS | _LINEAGE_LINKS
_PROCLITIC_LETTERS = "وفبلك"
_ALI = "علي"
_AL = "ال"
# The lineage words after which a title word is a family name (سيدي ولد الشيخ).
_TITLE_LINKS = _LINEAGE_LINKS - {_AL}
_UMM = "ام"  # أم, folded: "mother of" in a kunya (أم خالد), also "or"
_IN = "في"
# Verbal nouns of derived verbs in the indefinite accusative (افتعالا and its assimilated
# form اتّفاقا، انفعالا، استفعالا، تفعيلا، تفاعلا), folded; written by hand: no library here
# knows Arabic word patterns.
_MASDAR = re.compile("ا.ت.ا.|ات.ا.|ان..ا.|است..ا.|ت..ي.|ت.ا..")
_VERBAL_NOUN = re.compile(f"(?:{_MASDAR.pattern})ا")
_IFAL = re.compile("ا..ا.ا")
_FUTURE_VERB = re.compile("س[يتن]...")
# Function words that are also syllables of East Asian given names (وانغ لي هوا), and
# pronouns that end Korean ones (كيم مين هو، بارك جي هي).
_NAME_SYLLABLES = frozenset({"لي"})
_LAST_SYLLABLES = frozenset({"هو", "هي", "لي"})
# عدم ("not", "lack of") opens the clause of an unnamed source (طلب عدم الكشف عن اسمه),
# never a name.
_NEVER_NAMES = frozenset({"عدم"})
# Broken plurals of the pattern أفعال (أعمال، أطراف، أسعار), folded: no name takes it.
_AFAAL = re.compile("ا..ا.")
# After a Western given name and a surname, a third word like يزور or تبحث is the verb.
# A word of seven letters or more is a verb only with a plural or dual ending (يتوجهون);
# otherwise it is a name (توكاييف).
_PRESENT_VERB = re.compile("[يتن](?:...{0,2}|.{4,}(?:ون|ان|ين))")
# The present tense of the verbs of form X (يستقبل، تستضيف).
_FORM_TEN = ("يست", "تست", "نست")
# Past-tense verb shapes: فعل، أفعل، افتعل، انفعل، استفعل (عقد، أصدر، استقبل).
_PAST_VERB = re.compile("...|ا...|ا.ت..|ان...|است...")
_PARTICLE = re.compile("[وف]?(?:ب|ل)?[اأإ]ن(?:ه|ها|هم|هما|نا)?")
# How many words after a title a speaker's subject phrase may run before its end.
_SLOT_WORDS = 12
# ب + a noun of leadership: the name of the leader follows (الجيش بقيادة X).
_LED_BY = frozenset({"بقياده", "بزعامه", "برئاسه", "باشراف", "وبقياده", "وبزعامه", "وبرئاسه"})
# Marks that end a subject phrase (a quotation mark may enclose a company's name in it).
_PHRASE_STOPS = frozenset(":،,.؛;!?؟")
_SENTENCE_ENDS = frozenset(".!?؟")
# Time words that end a subject phrase before its verb (وكان X قد قال أمس).
_SLOT_TIME = frozenset({"قد", "امس", "اليوم", "يوم", "الاسبوع", "الشهر", "مساء", "صباح"})
# Adverbs that follow a verb's subject (… مجددا، … مؤخرا), folded: never a name.
_ADVERBS = frozenset({"مجددا", "مؤخرا", "حاليا", "سابقا", "لاحقا", "مرارا", "دائما", "فورا"})
# Participles of four or five letters with no long vowel (مطلع، مستعد، ملتزم، متمسك),
# folded: transliterated names carry vowel letters, and listed ones are taken before this.
_PARTICIPLE = re.compile("م[^اوي]{3,4}ه?")
# Sound masculine plurals of participles (موظفون، متطوعون، مواطنون), folded; ماكرون has an
# alef after its م.
_PLURAL_PARTICIPLE = re.compile("م[^ا].{2,4}ون")
# Active participles of the pattern فاعل in the accusative of manner (ساخرا، ضاحكا، غاضبا);
# names of this shape carry ي before the alef (ماريا، رانيا).
_ADVERBIAL = re.compile(".ا.[^ي]ا")
_FIRST = "اول"  # الفريق أول: a rank of two words
_GOVERNED = frozenset({"الي", "علي"})  # folded إلى، على
# Function words written with a final ى (لدى، إلى، على، حتى), folded.
_WITH_MAQSURA = frozenset({"لدي", "الي", "علي", "حتي", "متي"})
# Quotation marks by family; an odd count of one family before a point opens a quotation
# (the marks of a family are often swapped in right-to-left text, so they are counted
# together rather than paired by glyph).
_QUOTE_FAMILIES = ('"', "«»", "“”„")
_QUOTE_MARKS = "".join(_QUOTE_FAMILIES) + "'"


def _future_verb(word: str) -> bool:
    """Whether ``word`` has the shape of a future-tense verb (سيزور، ستعقد، سيدعو): no verb
    of that shape ends in ا, nor in و past five letters, as names do (سيدوكو، سيلفا)."""
    return bool(_FUTURE_VERB.match(word)) and not (
        word.endswith("ا") or (word.endswith("و") and len(word) > 5))


class _Context:
    def __init__(self, nm: Normalized, toks: list[Token], blocked: set[int], lex: Lexicon):
        self.nm, self.toks, self.blocked, self.lex = nm, toks, blocked, lex
        self.norm = nm.norm
        self.vocab = vocabulary(toks)
        # The words in order, to join a run of them with one C-level call.
        self.texts = toks.texts() if isinstance(toks, TokenList) else [t.text for t in toks]

    def joined(self, a: int, b: int) -> bool:
        """Whether tokens ``a`` and ``b`` may be words of one name: spaces or a hyphen
        between them (جان-إيف لودريان، كيم جونغ-أون), no line break."""
        gap = self.norm[self.toks[a].end : self.toks[b].start]
        return not gap or gap == " " or gap == "-" or (gap.isspace() and "\n" not in gap)

    def name_word(self, i: int, prev: int | None = None, start: int | None = None,
                  apposed: bool = False, titled: bool = False) -> bool:
        """Whether token ``i`` can be part of a person's name (``prev``: the name word before
        it, ``start``: the name's first word, when the name is being extended; ``apposed``:
        the word stands between commas after a title, where a name is expected; ``titled``:
        it follows a title directly)."""
        if i in self.blocked:
            return False
        texts = self.texts
        w = texts[i]
        lex = self.lex
        if w == _ALI and not self.written_with_ya(i):
            return False  # the preposition على, folded like the given name علي
        if (prev is not None and texts[prev] in NAME_LINKS
                and w not in FUNCTION_WORDS and len(w) >= 2):
            return True  # عبد الملك: after عبد or أبو even a title word is part of the name
        # أما opens a clause ("as for"), but not straight after a title or between commas
        # after one: there it is a given name (وزيرة التجارة الغانية أما …; آنا folds to أنا);
        # ``take_name`` wants a second word after it.
        if (titled or apposed) and prev is None and w in lex.given_names:
            return True
        # لي opens Chinese and Korean names (لي تشيانغ) but is also "to me": as a name's
        # first word it is accepted here and ``take_name`` wants a second word after it.
        if prev is None and w in lex.family_names:
            return True
        # The same لي inside a name after such a family name, before a second syllable.
        if (w in _NAME_SYLLABLES and prev is not None and prev == start
                and texts[prev] in lex.family_names and self.syllable_at(i + 1)):
            return True
        # كيم مين هو: a pronoun as the third syllable of a Korean name, unless a definite
        # predicate follows it (كيم مين هو المسؤول: "… is the one responsible").
        if (w in _LAST_SYLLABLES and start is not None and prev == start + 1
                and texts[start] in lex.family_names and self.syllable_at(prev)
                and not (i + 1 < len(self.toks) and texts[i + 1].startswith("ال"))):
            return True
        # سكان، مسؤول، شهود: nouns of an unnamed source (وقال شهود عيان إن) open no name.
        if (prev is None and w in SOURCE_NOUNS) or w in _NEVER_NAMES:
            return False
        if prev is not None and w == _ALI and self.written_with_ya(i):
            return True  # the given name علي inside a name; the preposition is written على
        # آل ("the house of") inside a name before the family's name (راشد آل مكتوم); it folds
        # to the bare article ال, which is never a word of its own otherwise.
        if w == _AL and prev is not None and not self.has_article(i):
            return i + 1 < len(self.toks) and self.joined(i, i + 1)
        # After بن or ولد a title word is a family name (ولد الشيخ، بن الأمير).
        lineage = prev is not None and texts[prev] in _LINEAGE_LINKS
        if (w in FUNCTION_WORDS or (w in lex.titles and not lineage) or w in lex.title_qualifiers
                or w in ORG_HEADS or w in PLACE_HEADS):
            return False
        if w.isdigit() or len(w) < 2 or (w == _FIRST and i and texts[i - 1] in RANKS):
            return False
        if prev is None and (self.verbal_noun(i) or (
                _AFAAL.fullmatch(w) and w not in lex.given_names and w not in lex.first_names)):
            return False  # … or a broken plural no name list knows (وفق أرقام رسمية)
        # A word with ال is a name word only inside an Arabic name: after عبد/أبو/بن, or
        # after a listed given name (بشار الأسد، عبد الفتاح السيسي).
        article = w.startswith("ال") and self.has_article(i)
        if article and prev is not None and f"{texts[prev]} {w}" in lex.first_names:
            return True  # نور الدين، صلاح الدين: a given name of two words
        if article and not (
            prev is not None
            and (texts[prev] in _ARTICLE_LINKS
                 or (start is not None and texts[start] in lex.given_names
                     and not self.object_after_lineage(i, start, prev))
                 # أبو محمد الـX، عبد الله الـX: the family name after a part of two words
                 or (start is not None and prev == start + 1
                     and texts[start] in NAME_LINKS)
                 # المتحدثة باسم الوزارة X الـYي: after a title, a nisba with ال as
                 # the second word is a family name (a noun there is the object of a verb:
                 # طالب الرئيس بوقف القتال).
                 or (titled and prev == start and w.endswith("ي") and len(w) >= 5))
        ):
            return False
        if len(w) >= 5 and (w.endswith("ات") or (w.endswith("ين") and article)) and not (
                # a family name in ات after a listed given name (X Yات)
                not article and start is not None and prev is not None
                and texts[start] in lex.given_names):
            return False
        if len(w) >= 5 and w.endswith("ون") and (
                w[0] == "ي" or (_PLURAL_PARTICIPLE.fullmatch(w) and w not in lex.family_names)):
            return False  # a plural verb or participle (يبحثون، موظفون، متطوعون)
        if (prev is None and titled and len(w) == 5 and _future_verb(w) and w[-1] != "ي"
                and self.unlisted(i)):
            return False  # الوزير سيزور: the title's verb in the future (سيندي is a name)
        if prev is None and len(w) == 5 and _ADVERBIAL.fullmatch(w) and self.unlisted(i):
            return False  # أضاف ساخرا: an active participle in the accusative of manner
        if len(w) >= 6 and w.endswith(("يون", "يين")):
            return False  # a plural nisba: اقتصاديون، المحللين السياسيين
        if (w[0] in _PROCLITIC_LETTERS and len(w) >= 5 and w.endswith("ه")
                and w not in lex.given_names and not (prev is not None and (w[0] in "وك" or (
                    w.startswith("بو") and self.written_with_ta(i))))):
            # لزملائه، بحضوره: a preposition and a pronoun, not a name (a listed given name
            # is one: فاطمة); inside a name a word may start with و (X وY), and
            # بو…ة is a Maghrebi family name (… بوعزة), not ب + a noun; nor is ك ("like") +
            # a noun there (X كـYه).
            return False
        # لالتزام is ل + a definite noun; between commas after a title, a name (لالة). Inside
        # a name, فال… is a transliteration (فالديز، فالنتينا): ف + a definite noun ("so
        # the …") opens a clause and never follows a name word without punctuation; nor does
        # ك + a particle ("like …"): كلدي is a surname, not ك + لدي.
        if apposed:
            return True
        for offset, key in _clitic_readings(w):
            if prev is None:
                return False
            # ولدي inside a name: لدى and its kin are written with ى, never ي.
            if not ((w[0] in "فك" and offset == 1)
                    or (key in _WITH_MAQSURA and self.written_with_ya(i))):
                return False
        return True

    def object_after_lineage(self, i: int, start: int, prev: int) -> bool:
        """Whether token ``i``, a word with ال after the name ``start``…``prev``, is the
        object of a verb rather than a family name: it follows a complete lineage (X بن Y)
        and a definite adjective follows it (يراقب الصياد X بن Y القوارب الصغيرة), where a
        family name stands before a boundary (X بن Y الـZي إن)."""
        toks = self.toks
        return (prev > start + 1 and i + 1 < len(toks) and self.joined(i, i + 1)
                and toks[i + 1].text.startswith("ال")
                and any(toks[k].text in _LINEAGE_LINKS for k in range(start + 1, prev)))

    def syllable_at(self, i: int) -> bool:
        """Whether token ``i`` can be a syllable of an East Asian given name joined to the
        word before it (يينغ، بينغ، هوا): short, no article, no function word."""
        if i >= len(self.toks) or i in self.blocked or not self.joined(i - 1, i):
            return False
        w = self.toks[i].text
        return 2 <= len(w) <= 6 and not w.startswith("ال") and w not in FUNCTION_WORDS

    def verbal_noun(self, i: int) -> bool:
        """Whether token ``i`` is an indefinite accusative verbal noun (احتجاجا، اجتماعا،
        استنكارا، تأكيدا، إعلانا): the patterns of derived verbs with a final alef of
        tanwin. ``إفعالاً`` only with its hamza below, so أوباما stays a name."""
        w = self.toks[i].text
        if _VERBAL_NOUN.fullmatch(w):
            return True
        if _IFAL.fullmatch(w):
            start = self.toks[i].start
            s, _ = self.nm.to_original(start, start + 1)
            return self.nm.original[s] == "إ"
        return False

    def written_with_ya(self, i: int) -> bool:
        """Whether token ``i`` ends in ي as written, not in ى folded to ي."""
        end = self.toks[i].end
        _, e = self.nm.to_original(end - 1, end)
        return self.nm.original[e - 1] == "ي"

    def has_article(self, i: int) -> bool:
        """Whether token ``i``, folded to ال…, was written with the article: ألبين and إلهام
        fold to ال… too, but their alef carries a hamza."""
        start = self.toks[i].start
        s, _ = self.nm.to_original(start, start + 1)
        return self.nm.original[s] not in "أإآ"

    def boundary_after(self, k: int) -> bool:
        """Whether a name may end before token ``k``: punctuation, a particle, the end."""
        toks = self.toks
        if k >= len(toks) or not self.joined(k - 1, k):
            return True
        w = toks[k].text
        return w in FUNCTION_WORDS or k in self.blocked or w[0] == "ل"

    def take_name(self, i: int, limit: int = _MAX_NAME_WORDS, apposed: bool = False,
                  titled: bool = False) -> int:
        """The end of the longest run of name words starting at token ``i``.

        A listed full name is taken whole, and one that starts the run ends it (إيمانويل
        ماكرون سيزور → the name); from the third word on a future-tense verb (سيزور، ستعقد)
        ends it too, and so does a present-tense one after a listed given name. ``limit``
        counts name parts: عبد or أبو with the word after it is one (عبد الله عبد الرحمن).
        """
        full, texts = self.lex.full_names, self.texts
        # A listed name can start only with the first word of one.
        listed = texts[i] in self.lex.full_name_starts
        longest = self.lex.longest_full_name if listed else 0
        for n in range(min(longest, len(texts) - i), 1, -1):
            if (" ".join(texts[i : i + n]) in full
                    and all(self.joined(k, k + 1) for k in range(i, i + n - 1))):
                return self.lineage_end(i + n)  # a listed name is taken whole (فون دير لاين)
        j, links = i, 0
        while j < len(self.toks) and j - i - links < limit and self.name_word(
            j, j - 1 if j > i else None, i, apposed, titled
        ):
            if j > i and not self.joined(j - 1, j):
                break
            links += (texts[j] in NAME_LINKS
                      or (j > i and texts[j] in _LINEAGE_LINKS))
            if j - i >= 2 and (_future_verb(texts[j]) or (
                # a verb's shape ends a name, but after a given name of two words it is
                # the family name when the name ends there for sure (عبد المجيد تبون إن،
                # … تبون قد قال)
                texts[i] in self.lex.first_names
                and _PRESENT_VERB.fullmatch(texts[j])
                and (j - i - links >= 2 or not (
                    self.particle_after(j + 1) or texts[j + 1] in _SLOT_TIME))
            ) or (j - i - links >= 2 and self.noun_after_name(j))):
                # a noun's shape ends a name from its third part on (عبد الله Y has two)
                break
            j += 1
        for n in range(j - i if listed else 0, 1, -1):
            if " ".join(self.texts[i : i + n]) in full:
                return i + n
        # A surname shaped like a plural (Yات) ends a name only right before
        # punctuation or إن/أن, where a plural noun could not stand.
        if (i < j < len(self.toks) and j - i < limit and texts[j].endswith("ات")
                and self.joined(j - 1, j) and not texts[j].startswith("ال")
                and texts[j] not in FUNCTION_WORDS and self.particle_after(j + 1)):
            return j + 1
        if j == i + 1 and texts[i] in FUNCTION_WORDS:
            return i
        return j

    def skip_field(self, k: int, entity_end: dict[int, int]) -> int:
        """The token after ``في`` + the field or body a title names at ``k`` (الباحث في
        الشؤون الأفريقية، القيادية في الحزب …): up to three definite words or entities; ``k``
        itself when no such field stands there."""
        toks = self.toks
        if k + 1 >= len(toks) or toks[k].text != _IN or not self.joined(k, k + 1):
            return k
        j = k + 1
        while j < len(toks) and j - k <= 4 and self.joined(j - 1, j):
            if j in entity_end:
                j = entity_end[j]
            elif toks[j].text.startswith("ال") and self.has_article(j) and (
                    toks[j].text not in FUNCTION_WORDS):
                j += 1
            else:
                break
        return j if j > k + 1 else k

    def title_verb(self, i: int, j: int) -> bool:
        """Whether the run ``i``–``j`` is a word shaped like a present-tense verb (يزور،
        تدعو، يستقبل) that no name list knows, alone or with its object or an adverb in the
        accusative (يصدر عفوا، يستقبل وفدا، يزور مجددا), or one shaped like a past-tense
        verb with such an accusative (أصدر عفوا، عقد اجتماعا): after a title it is the
        title's verb, not a name."""
        if j > i + 2 or not self.unlisted(i):
            return False
        w = self.toks[i].text
        if _PRESENT_VERB.fullmatch(w) or (len(w) == 6 and w.startswith(_FORM_TEN)):
            return j == i + 1 or self.accusative(i + 1)
        return j == i + 2 and bool(_PAST_VERB.fullmatch(w)) and self.accusative(i + 1)

    def unlisted(self, i: int) -> bool:
        """Whether no name list knows token ``i``."""
        w, lex = self.toks[i].text, self.lex
        return w not in lex.given_names and w not in lex.first_names and w not in lex.family_names

    def accusative(self, i: int) -> bool:
        """Whether token ``i`` is an indefinite noun in the accusative that no name list knows,
        its alef of tanwin written (عفوا، وفدا، اتفاقا، مجددا): an object or an adverb."""
        w = self.toks[i].text
        return (w in _ADVERBS or self.verbal_noun(i) or (
            len(w) >= 4 and w.endswith("ا") and not w.endswith("اا")
            # ماريا، إيشيكاوا: longer words ending in يا or وا are mostly names
            and not (len(w) >= 5 and w.endswith(("يا", "وا")))
            and not w.startswith("ال") and self.unlisted(i)))

    def lineage_end(self, j: int) -> int:
        """The end of a name ending before token ``j`` once the lineage that follows it is
        added: ``بن X``, ``آل X`` (a listed محمد بن راشد in محمد بن راشد آل مكتوم)."""
        toks = self.toks
        while (j + 1 < len(toks) and toks[j].text in _LINEAGE_LINKS and j not in self.blocked
               and self.joined(j - 1, j) and self.name_word(j, j - 1)
               and self.name_word(j + 1, j)):
            j += 2
        return j

    def noun_after_name(self, j: int) -> bool:
        """Whether token ``j``, the third word of a name or later, is an everyday noun: a
        broken plural of the pattern أفعال (X Y أعمال المؤتمر) or a noun with the
        pronoun ه as written, not a folded ة (عن X Y قوله); after a long vowel the ه
        ends a name (X…يه، X…اه)."""
        w = self.toks[j].text
        if _AFAAL.fullmatch(w) or self.verbal_noun(j):
            return True  # … or a verbal noun, the object of the verb (X Y اتفاقا)
        if w.startswith("ال") and _MASDAR.fullmatch(w[2:]):
            return True  # … also a definite one (وافتتحت الوزيرة X Y الاجتماع)
        if len(w) < 4 or not w.endswith("ه") or w[-2] in "اوي" or w.startswith("ال"):
            return False
        end = self.toks[j].end
        _, e = self.nm.to_original(end - 1, end)
        return self.nm.original[e - 1] == "ه"

    def with_pronoun(self, i: int) -> bool:
        """Whether token ``i`` ends in a pronoun as written (نظيره، وفدها، قادتهم), which makes
        it definite: an adjective may follow it (نظيره السوداني)."""
        w = self.toks[i].text
        if len(w) < 4 or not w.endswith(("ه", "ها", "هم", "هما")):
            return False
        if not w.endswith("ه"):
            return True
        end = self.toks[i].end  # a final ه may be a folded ة (حكومة السوداني: a name)
        _, e = self.nm.to_original(end - 1, end)
        return self.nm.original[e - 1] != "ة"

    def particle_after(self, k: int) -> bool:
        """Whether token ``k`` ends a name for sure: punctuation, إن/أن and kin, the end."""
        toks = self.toks
        if k >= len(toks):
            return True
        gap = self.norm[toks[k - 1].end : toks[k].start]
        if gap.strip() and gap.strip()[0] in ":،,.؛;":
            return True
        if not self.joined(k - 1, k):
            return False
        w = toks[k].text
        if _PARTICLE.fullmatch(w) is not None:
            return True
        # أشارت X إلى أن، شدد X على أن: the preposition the speech verb governs, then أن.
        return (w in _GOVERNED and k + 1 < len(toks) and self.joined(k, k + 1)
                and _PARTICLE.fullmatch(toks[k + 1].text) is not None)

    def closed_name(self, i: int, j: int) -> bool:
        """Whether the name over tokens ``i``–``j`` ends for sure: ``particle_after``, or a
        bracket after two words or more (X Y (52 عاما)، …; a word alone before one is a noun
        that the bracket describes: صحيفة (…))."""
        if self.particle_after(j):
            return True
        return (j - i >= 2 and j < len(self.toks)
                and self.norm[self.toks[j - 1].end : self.toks[j].start].strip()[:1] == "(")

    def skip_adjectives(self, k: int) -> int:
        """The token after at most two definite adjectives from token ``k`` on."""
        t = k
        while t < min(k + 2, len(self.toks)) and (t == 0 or self.joined(t - 1, t)):
            w = self.toks[t].text
            if not (w.startswith("ال") and len(w) >= 5 and w not in FUNCTION_WORDS
                    and t not in self.blocked and self.has_article(t)):
                break
            t += 1
        return t

    def comma_at(self, k: int) -> bool:
        """Whether a comma stands right before token ``k`` (or ends the text there)."""
        if k >= len(self.toks):
            return False
        return self.norm[self.toks[k - 1].end : self.toks[k].start].strip() in ("،", ",")

    def apposition_after(self, k: int) -> int | None:
        """The token after the comma that follows a title ending before token ``k``: the
        title's last words may be ones the title finder left out (للشؤون الدولية), but no
        function word, other punctuation or line break stands before the comma."""
        for t in range(k, min(k + _MAX_TITLE_TAIL + 1, len(self.toks))):
            if t > 0 and self.comma_at(t):
                return t
            if t > k and not self.joined(t - 1, t):
                return None
            if self.toks[t].text in FUNCTION_WORDS:
                return None
        return None

    def phrase_end(self, k: int, cue_inside: set[int]) -> bool | None:
        """Whether a subject phrase may end before token ``k``: True where it surely ends
        (punctuation, إن/أن, قد or a time word, its speech verb, the end of the text), False
        where it may (a preposition, ل + a listener), None inside a run of words."""
        toks = self.toks
        if k >= len(toks) or k in cue_inside or toks[k].text in _SLOT_TIME:
            return True
        w = toks[k].text
        gap = self.norm[toks[k - 1].end : toks[k].start]
        if gap != " " and ("\n" in gap or gap.strip()[:1] in _PHRASE_STOPS):
            return True
        if _PARTICLE.fullmatch(w):
            return True
        if w in FUNCTION_WORDS or w.startswith("لل") or (w[0] == "ل" and is_name_noun(w)):
            return False
        return None

    def slot_name(self, lo: int, end: int, entity_ends: set[int]) -> int | None:
        """The first token of a name that ends before token ``end``, read backwards no
        further than ``lo`` while words look like name words; None unless the name has two
        words (or one listed) and stands after an entity, a quoted name, a definite word or
        a noun of leadership, which close the complements before it."""
        toks = self.toks
        start, parts = end, 0
        while start > lo and parts < _MAX_NAME_WORDS:
            k = start - 1
            if (start < end and not self.joined(k, start)) or not self.slot_word(k, end):
                break
            parts += toks[k].text not in NAME_LINKS and toks[k].text not in _LINEAGE_LINKS
            start = k
        if start == end or not self.supported(start, end):
            return None
        before = toks[start - 1].text
        gap = self.norm[toks[start - 1].end : toks[start].start]
        if (start in entity_ends or before in _LED_BY or any(q in gap for q in _QUOTE_MARKS)
                or (before.startswith("ال") and before not in FUNCTION_WORDS
                    and self.has_article(start - 1))):
            return start
        return None

    def slot_word(self, k: int, end: int) -> bool:
        """Whether token ``k`` may be a word of the name ending before token ``end`` in a
        subject phrase: no entity, title, function word, verb or noun with a pronoun; with ال
        only a family name ending the name, a nisba (الـXي) or one after a listed given name,
        or the word after عبد/أبو/بن/آل; no ب or ل glued to a common noun (بقيادة)."""
        if k in self.blocked:
            return False
        w = self.toks[k].text
        lex = self.lex
        if w == _ALI and not self.written_with_ya(k):
            return False  # the preposition على
        if w in lex.given_names or w in lex.first_names or w in lex.family_names:
            return True
        if w.startswith("ال") and self.has_article(k):
            if w in FUNCTION_WORDS or w in lex.titles or w in lex.title_qualifiers:
                return False
            before = self.toks[k - 1].text if k else ""
            # the family name ending the name: a nisba, or any after a listed given name;
            # or the second word of a given name (نور الدين)
            return ((k == end - 1 and ((len(w) >= 5 and w.endswith("ي")
                                        and self.written_with_ya(k))
                                       or before in lex.given_names))
                    or before in _ARTICLE_LINKS or f"{before} {w}" in lex.first_names)
        if w in _LED_BY or (w[0] in "بل" and len(w) >= 5 and self.written_with_ta(k)
                            and not w.startswith("بو")):
            return False  # بمشاركة، لرعاية; but بو… opens Maghrebi family names (بوعزة)
        if self.with_pronoun(k) or self.noun_after_name(k):
            return False
        if (k == end - 1 and (_PRESENT_VERB.fullmatch(w) or _future_verb(w))
                and not self.written_with_ta(k)):
            # a verb before the particle (… يرى أن); a given name opening the name may
            # have its shape (تسنيم، نادين), and none ends in ة as names do (نورة)
            return False
        return self.name_word(k)

    def written_with_ta(self, i: int) -> bool:
        """Whether token ``i`` ends in ة as written (folded to ه)."""
        end = self.toks[i].end
        _, e = self.nm.to_original(end - 1, end)
        return self.nm.original[e - 1] == "ة"

    def sentence_end(self, k: int) -> bool:
        """Whether a sentence ends before token ``k``: a full stop, a question or exclamation
        mark, a line break or the end of the text."""
        if k >= len(self.toks):
            return True
        gap = self.norm[self.toks[k - 1].end : self.toks[k].start]
        return "\n" in gap or gap.strip()[:1] in _SENTENCE_ENDS

    def common_word(self, i: int) -> bool:
        """Whether token ``i``, alone after a title, is a common word rather than an unlisted
        one-word name: a noun joined by و to the title (مسؤول ومستثمر), a feminine dual
        (مرتين، سنتين), an adverb or a participle, the predicate (إن الرئيس مطلع)."""
        w = self.toks[i].text
        return (w in _ADVERBS or bool(_PARTICIPLE.fullmatch(w))
                or (len(w) >= 5 and (w[0] == "و" or w.endswith(("تين", "تان")))))

    def supported(self, i: int, j: int) -> bool:
        w = self.toks[i].text
        return j - i >= 2 or w in self.lex.first_names or w in self.lex.family_names


@lru_cache(maxsize=16384)
def _clitic_readings(word: str) -> tuple[tuple[int, str], ...]:
    """The readings of ``word`` as a clitic before a definite noun or a particle (لل…، فما),
    remembered per word: ``name_word`` asks about the same words again and again."""
    return tuple((r.offset, r.key) for r in cached_readings(word)
                 if r.offset and (r.key.startswith("ال") or r.key in FUNCTION_WORDS))


def _cue_tokens(nm: Normalized, toks: list[Token], speech_cues: Sequence[cues.Cue]
                ) -> tuple[set[int], list[tuple[int, int, int]]]:
    """Tokens inside speech cues, and for each named cue the index of the token after it,
    the length of the preposition glued to the name there (وفقا لـX → 1) and where the
    cue starts in the original text."""
    starts = token_starts(toks)
    inside: set[int] = set()
    after: list[tuple[int, int, int]] = []
    for cue in speech_cues:
        ns, ne = nm.to_norm(cue.start, cue.end)
        a = bisect_left(starts, ns)
        b = bisect_left(starts, ne)
        inside.update(range(a, b))
        if cue.named and cue.kind in (cues.VERB, cues.SOURCE):
            glued = (b < len(toks) and cue.kind == cues.SOURCE
                     and _source_with_lam(cues.fold(nm.original[cue.start:cue.end]))
                     and toks[b].text.startswith("ل") and len(toks[b].text) >= 4)
            after.append((b, int(glued), cue.start))
    return inside, after


def _source_with_lam(cue: str) -> bool:
    """Whether ``cue`` (folded) is a source phrase whose ل glues to the name after it,
    with its conjunction or not (وفقا لـX، ووفقا لـX)."""
    return cue in SOURCES_WITH_LAM or (cue[:1] in "وف" and cue[1:] in SOURCES_WITH_LAM)


def _glued_body(ctx: _Context, k: int) -> bool:
    """Whether token ``k``, right after a title, is ل + a body's name that no name list
    knows, with a listed given name after it (لسوناطراك نور الدين)."""
    toks, lex = ctx.toks, ctx.lex
    w = toks[k].text
    return (w[0] == "ل" and len(w) >= 5 and not w.startswith("لل") and k + 1 < len(toks)
            and w not in lex.given_names and w not in lex.family_names
            and ctx.joined(k, k + 1) and toks[k + 1].text in lex.given_names)


def _kunya_at(ctx: _Context, k: int) -> bool:
    """Whether token ``k`` is أم (written with its hamza) before a listed given name."""
    toks = ctx.toks
    return (toks[k].text == _UMM and k + 1 < len(toks) and not ctx.has_article(k)
            and ctx.joined(k, k + 1) and (toks[k + 1].text in ctx.lex.first_names
                                          or toks[k + 1].text in ctx.lex.given_names))


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return any(sum(map(before.count, family)) % 2 for family in _QUOTE_FAMILIES)


def find_people(
    nm: Normalized,
    toks: list[Token],
    matches: list[Match],
    title_rows: list[TitleRow],
    lex: Lexicon,
    speech_cues: Sequence[cues.Cue] | None = None,
) -> list[PersonMatch]:
    """PERSON matches (token ranges, norm offsets, canonical name), in text order;
    ``speech_cues`` are those of ``nm.original``, found here when not given. A NORP match
    read as a surname is taken out of ``matches`` (محمد شياع السوداني), and a title row
    ending in a family name is cut before it in ``title_rows`` (الوزير الـXي)."""
    # What the rules need of the matches, gathered in one pass over them.
    blocked: set[int] = set()
    norp_end: dict[int, int] = {}
    entity_end: dict[int, int] = {}  # its keys: where an entity starts
    place_ends: set[int] = set()
    town_at: dict[int, Match] = {}
    for m in matches:
        first, last, label = m.first, m.last, m.entry.label
        if last == first + 1:
            blocked.add(first)  # most matches are one word: no range to build
        else:
            blocked.update(range(first, last))
        entity_end[first] = last
        if label == NORP:
            norp_end[first] = last
        elif label in (COUNTRY, LOCATION):
            place_ends.add(last - 1)
            if label == LOCATION and last == first + 1:
                town_at[first] = m
    # A title word after بن or ولد is a family name (سيدي ولد الشيخ), not a title.
    blocked.update(k for row in title_rows if not (
        row.first and toks[row.first - 1].text in _TITLE_LINKS
    ) for k in range(row.first, row.last))
    entity_ends = set(entity_end.values())
    if speech_cues is None:
        speech_cues = cues.find_cues(nm.original)
    cue_inside, cue_after = _cue_tokens(nm, toks, speech_cues)
    after_cue = {k for k, _, _ in cue_after}
    blocked |= cue_inside
    ctx = _Context(nm, toks, blocked, lex)

    found: dict[int, int] = {}  # first token → end token
    offsets: dict[int, int] = {}  # first token → proclitics before the name (وبوتين)

    def add(i: int, j: int, offset: int = 0) -> None:
        for k in range(i, j):  # a plain loop: a generator in all() costs far more
            if k in found:
                return
        if j > i:
            found[i] = j
            offsets[i] = offset
            blocked.update(range(i, j))

    for row in title_rows:
        first, last = row.first, row.last
        gap = ctx.norm[row.nend : toks[last].start] if last < len(toks) else "\n"
        if not gap.strip() and "\n" not in gap:
            j = ctx.take_name(last, titled=True)
            if (j - last > 2 and j in entity_end and ctx.joined(j - 1, j)
                    and toks[last].text not in lex.full_name_starts
                    and not toks[j].text.startswith("ل")
                    and toks[last + 1].text not in NAME_LINKS):
                # الرئيس X Y أعمال قمة مجموعة العشرين: the words that run straight into an
                # entity are nouns in construct with it; the name is the first two. No noun
                # in construct carries ل (X عبد الله لوكالة الأنباء: the name is whole), and
                # عبد or أبو with the word after it is one part (X عبد الله).
                j = last + 2
            town = town_at.get(last) if last - 1 in place_ends else None
            if town is not None and last + 1 < len(toks):
                # … في نيويورك الخليل X Y: a second place cannot follow the one that ends a
                # title; the town's name opens a person's name of three words
                j = ctx.take_name(last + 1, titled=True)
                if j - last >= 3 and ctx.boundary_after(j):
                    matches.remove(town)
                    add(last, j)
            elif _glued_body(ctx, last):
                # الرئيس المدير العام لسوناطراك نور الدين X: ل + the body the office heads,
                # then the name, which a listed given name opens
                j = ctx.take_name(last + 1, titled=True)
                if j - last >= 3 and ctx.boundary_after(j):
                    add(last + 1, j)
            elif ctx.title_verb(last, j) or (
                    toks[last - 1].text in ORG_HEADS and not toks[last - 1].text.startswith("ال")
                    and toks[last].text not in lex.given_names):
                # الرئيس يستقبل وزير …: the title is the subject of a verb; محلل في بنك
                # استثمار: after an indefinite head of a body, the body's name
                pass
            elif j > last and (ctx.supported(last, j) or (
                    ctx.boundary_after(j) and not ctx.common_word(last)
                    # مسؤول كبير: after an indefinite title a word alone is its adjective
                    and (toks[last - 1].text.startswith(("ال", "لل")) or last in entity_ends)
                    # إن الفريق جاهز.: a word ending the sentence after a bare title that no
                    # speech verb introduces is its predicate
                    and not (last == first + 1 and first not in after_cue
                             and ctx.sentence_end(j)))):
                add(last, j)
            else:
                # An adjective the title finder did not read may stand between the title
                # and a name of two words or more (النائبة الكينية المعارضة …), or the
                # field of the title (الخبير في الشؤون الأفريقية …).
                k = ctx.skip_adjectives(last)
                if k == last:
                    k = ctx.skip_field(last, entity_end)
                j = ctx.take_name(k, titled=True) if last < k < len(toks) else k
                if j - k >= 2 and ctx.boundary_after(j):
                    # … في نيويورك الخليل X Y: no adjective describes the place ending a
                    # title; the word with ال opens the name
                    add(last if k == last + 1 and last - 1 in place_ends else k, j)
        # "<title>، <name>،": an apposition names the person, even when no list knows the
        # name, if punctuation or إن/أن closes it (المتحدثة باسم الوزارة، رحمة ليبان، …).
        k = ctx.apposition_after(last)
        while k is not None and k < len(toks) and (
            toks[k].text in RANKS or k in norp_end
            or (toks[k].text == _FIRST and toks[k - 1].text in RANKS)
        ):
            # المتحدث باسم الجيش، العميد …؛ الفريق أول …؛ الأمين العام للمنظمة، الفرنسي …
            k = norp_end.get(k, k + 1)
        if k is not None and k < len(toks):
            j = ctx.take_name(k, apposed=True)
            if j - k >= 2 and ctx.particle_after(j):
                add(k, j)
        # "<name>، <title>": an apposition names the person before the comma.
        if first >= 2 and ctx.norm[toks[first - 1].end : toks[first].start].strip() in ("،", ","):
            i = first - 1
            while i > 0 and first - i < 3 and ctx.name_word(i - 1) and ctx.joined(i - 1, i):
                i -= 1
            if ctx.name_word(first - 1) and (
                ctx.supported(i, first) or (i - 1) in cue_inside
            ):
                add(i, first)

    _add_listed_names(ctx, add)
    _add_hyphenated_names(ctx, add)

    # After a speech verb the name must end at punctuation or a particle (وقال ماو:) unless
    # its start is a name already known from stronger evidence (ذكر ستولتنبرج لجمهور …).
    known = known_parts([ctx.texts[i:j] for i, j in found.items()])
    for k, glued, cue_start in cue_after:
        if 0 < k < len(toks) and k not in found and ctx.joined(k - 1, k):
            if _kunya_at(ctx, k):
                # وتقول أم خالد، …: "mother of" + a given name is a person's kunya in the
                # subject's place (أبو already joins the word after it)
                j = ctx.take_name(k + 1, 2)
                if j > k + 1 and ctx.closed_name(k, j) and not _quoted(nm.original, cue_start):
                    add(k, j)
                continue
            j = ctx.take_name(k, 3)
            cut = 0
            head = toks[k].text[glued:]
            for n in range(j - k, 0, -1):
                if name_key([head, *ctx.texts[k + 1 : k + n]]) in known:
                    cut = n
                    break
            if cut:
                add(k, k + cut, glued)
            elif (j - k >= 2 and toks[k].text.endswith("و")
                  and name_key([t.text for t in toks[k + 1 : j]]) in known):
                # ويتهم معارضو سعيد: a plural noun in construct (its ن dropped) with a
                # name known from stronger evidence; the name alone is the person.
                add(k + 1, j)
            elif (j > k and ctx.closed_name(k, j)
                  and not _quoted(nm.original, cue_start)):
                # Inside a quotation (``"لا نتهم أحدا"``) the speaker speaks of himself:
                # the word after a verb is its object, not a name.
                add(k, j, glued)

    _add_slot_names(ctx, add, title_rows, after_cue, cue_inside, entity_ends, found)
    _add_led_by_names(ctx, add)
    _add_famous_surnames(ctx, add)
    _add_nisba_surnames(ctx, found, offsets, matches,
                        {row.last for row in title_rows} | after_cue)
    _split_title_surnames(ctx, add, found, title_rows, matches, after_cue)

    persons = [PersonMatch(i, j, toks[i].start + offsets[i], toks[j - 1].end)
               for i, j in sorted(found.items())]
    add_bare_mentions(ctx, persons, lex)
    persons.sort(key=lambda p: p.first)
    assign_canonicals(nm, persons)
    return persons


def _add_slot_names(ctx: _Context, add: Callable[..., None], title_rows: list[TitleRow],
                    after_cue: set[int], cue_inside: set[int], entity_ends: set[int],
                    found: dict[int, int]) -> None:
    """The name at the tail of a speaker's subject phrase: a title and its complements, then
    the name, then the phrase's end (وقالت الناشطة النسوية من رام الله X Y إن، قالت نائبة
    محافظ الصندوق X Y للصحفيين، وكان رئيس حكومة تصريف الأعمال X Y قد قال). A title right
    after a speech cue opens such a phrase, and the name is read backwards from each place
    the phrase may end; so does a title whose words run into a speech verb or قد and one."""
    toks = ctx.toks
    verbs = sorted(cue_inside)
    for row in title_rows:
        if row.last in found:
            continue  # the name follows the title: its phrase is read
        if row.first in after_cue:
            _add_slot_name(ctx, add, row, cue_inside, entity_ends, found)
            continue
        c = bisect_left(verbs, row.last)
        if c == len(verbs) or verbs[c] - row.last > _SLOT_WORDS:
            continue
        end = verbs[c] - (verbs[c] > row.last + 1 and toks[verbs[c] - 1].text == "قد")
        if end > row.last and all(ctx.joined(k - 1, k) for k in range(row.last, end + 1)):
            start = ctx.slot_name(row.last, end, entity_ends)
            if start is not None:
                add(start, end)


def _add_slot_name(ctx: _Context, add: Callable[..., None], row: TitleRow,
                   cue_inside: set[int], entity_ends: set[int], found: dict[int, int]) -> None:
    """The name ending the subject phrase that the title ``row`` opens after a speech cue;
    none when a name found already stands in it."""
    toks = ctx.toks
    quotes = 0  # marks passed: a quoted name (شركة "…") may stand in the phrase
    for end in range(row.last, min(row.last + _SLOT_WORDS, len(toks)) + 1):
        if end in found:
            return
        if end > row.last:
            quotes += sum(map(ctx.norm[toks[end - 2].end : toks[end - 1].start].count,
                              _QUOTE_MARKS))
        stop = ctx.phrase_end(end, cue_inside)
        if stop is None:
            continue  # inside a word run: no end here
        if end > row.last and not quotes % 2:
            start = ctx.slot_name(row.last, end, entity_ends)
            if start is not None:
                add(start, end)
                return
        if stop:
            return


def _add_led_by_names(ctx: _Context, add: Callable[..., None]) -> None:
    """The leader after بقيادة، بزعامة، برئاسة، بإشراف (الجيش … بقيادة X Y): a name of two
    words or a listed one, closed by punctuation, a particle or a preposition."""
    led = ctx.vocab & _LED_BY
    if not led:
        return
    toks = ctx.toks
    for i in positions(toks, led):
        k = i + 1
        if k < len(toks) and k not in ctx.blocked and ctx.joined(i, k):
            j = ctx.take_name(k, titled=True)
            if j > k and ctx.supported(k, j) and ctx.boundary_after(j):
                add(k, j)


def _split_title_surnames(ctx: _Context, add: Callable[..., None], found: dict[int, int],
                          title_rows: list[TitleRow], matches: list[Match],
                          after_cue: set[int]) -> None:
    """A family name read as the title's adjective (عن الوزير الـXي قوله): a nisba ending a
    title is the person when a name found in the article ends with it (وزير المالية Y الـXي
    earlier), or when it alone is the subject of a speech verb elsewhere (وأوضح الـXي أن),
    which no adjective can be; that mention is the person too. The title row is cut before
    the nisba, so the person follows the title."""
    toks = ctx.toks
    surnames = {skeleton(toks[j - 1].text) for i, j in found.items()
                if j - i >= 2 and toks[j - 1].text.startswith("ال")}
    # The nisbas standing alone between a speech verb and its particle.
    subjects = {toks[k].text: k for k in after_cue
                if k < len(toks) and k not in ctx.blocked and _nisba(toks[k].text)
                and ctx.particle_after(k + 1)}
    if not surnames and not subjects:
        return
    starts = {m.first for m in matches}

    def confirmed(k: int) -> bool:
        w = toks[k].text
        return (k not in found and k not in starts and _nisba(w)
                and (skeleton(w) in surnames or w in subjects))

    for idx, row in enumerate(title_rows):
        k = row.last - 1
        if k > row.first and confirmed(k):
            title_rows[idx] = replace(row, last=k, nend=toks[k - 1].end)
        elif (row.last < len(toks) and row.last not in ctx.blocked
              and ctx.joined(k, row.last) and confirmed(row.last)):
            k = row.last  # النائب الـXي: the nisba right after the title
        else:
            continue
        add(k, k + 1)
        if toks[k].text in subjects:
            add(subjects[toks[k].text], subjects[toks[k].text] + 1)


def _nisba(word: str) -> bool:
    """Whether a folded word has the shape of a definite nisba (الـXي): إلى and على fold to
    الي and علي but are prepositions."""
    return (len(word) >= 5 and word.startswith("ال") and word.endswith("ي")
            and word not in FUNCTION_WORDS)


def _add_nisba_surnames(ctx: _Context, found: dict[int, int], offsets: dict[int, int],
                        matches: list[Match], introduced: set[int]) -> None:
    """A nationality-shaped word right after a name that opens with a given name is its
    surname (محمد شياع السوداني; after a title or a speech verb, ``introduced``, a given name
    alone: المتحدث أحمد المصري، وقال أحمد المصري), and that word alone is the person wherever
    no definite noun stands before it to describe (يعرض السوداني، قال السوداني; not الجيش
    السوداني، نظيره السوداني). The NORP matches so read are taken out of ``matches``."""
    toks, lex = ctx.toks, ctx.lex
    norp_at = {m.first: m for m in matches if m.entry.label == NORP and m.last == m.first + 1}
    if not norp_at:
        return
    surnames: set[str] = set()
    # A given name alone after a speech verb is taken only with its surname, where a
    # particle or punctuation ends them (وقال أحمد المصري إن).
    alone = [(k, k + 1) for k in introduced
             if k + 1 in norp_at and k not in ctx.blocked and ctx.particle_after(k + 2)]
    for i, j in [*found.items(), *alone]:
        m = norp_at.get(j)
        w = toks[j].text if m is not None else ""
        # X روسي: an indefinite nisba cannot describe a name, which is definite; it is
        # the family name after a listed given name alone
        bare = (j - i == 1 and not w.startswith("ال") and w.endswith("ي") and len(w) >= 4
                and toks[i].text in lex.first_names)
        if (m is None or (j - i < 2 and i not in introduced)
                or toks[i].text not in lex.given_names
                or not ((w.startswith("ال") and w.endswith("ي")) or bare)
                or m.nstart != toks[j].start
                or not ctx.joined(j - 1, j)
                or " ".join(t.text for t in toks[i:j]) in lex.full_names):
            continue
        found[i] = j + 1
        offsets.setdefault(i, 0)
        ctx.blocked.update(range(i, j + 1))
        if not bare:
            surnames.add(w)  # روسي alone elsewhere is an adjective (دبلوماسي روسي)
        matches.remove(m)
        del norp_at[j]
    if not surnames:
        return
    entity_ends = {m.last for m in matches}
    for k, m in norp_at.items():
        prev = toks[k - 1].text if k else ""
        if (toks[k].text in surnames and m.nstart == toks[k].start
                and not prev.startswith("ال") and prev not in lex.titles
                and k not in entity_ends and not (k and ctx.with_pronoun(k - 1))):
            matches.remove(m)
            ctx.blocked.discard(k)


def _add_listed_names(ctx: _Context, add: Callable[..., None]) -> None:
    """Listed full names, and a listed given name followed by a surname."""
    toks, lex, texts = ctx.toks, ctx.lex, ctx.texts
    full = lex.full_names
    longest = lex.longest_full_name
    listed = ctx.vocab & lex.full_name_starts
    size = len(toks)
    for i in positions(toks, listed | (ctx.vocab & lex.first_names)):
        w = toks[i].text
        if i in ctx.blocked:
            continue
        # Only the first word of a listed name can open one: a given name alone skips the
        # look-ups of every length.
        for n in range(min(longest, size - i) if w in listed else 0, 1, -1):
            if " ".join(texts[i : i + n]) in full:
                add(i, ctx.lineage_end(i + n))
                break
        else:
            # A given name that folds into a function word (آنا = أنا "I") is no evidence.
            if (w in lex.first_names and len(w) >= 3 and w not in FUNCTION_WORDS
                    and i + 1 < len(toks) and ctx.joined(i, i + 1)):
                if f"{w} {texts[i + 1]}" in lex.first_names:
                    # a given name of two words with ال (فاطمة الزهراء), alone or with more
                    j = ctx.take_name(i)
                    if j >= i + 2 and ctx.boundary_after(j):
                        add(i, j)
                elif ctx.name_word(i + 1):
                    j = ctx.take_name(i + 1, _MAX_NAME_WORDS - 1)
                    if ctx.boundary_after(j):
                        add(i, j)


def _add_hyphenated_names(ctx: _Context, add: Callable[..., None]) -> None:
    """Two name words joined by a hyphen (جان-كلود، آن-ماري): Arabic joins no common words
    so, only transliterated compound names. The name is taken with the words around it: one
    given name before it (أمادو جان-كلود) and what follows up to a boundary."""
    norm, toks = ctx.norm, ctx.toks
    pos = norm.find("-")
    starts: list[int] = []
    while pos != -1:
        # Most hyphens in news stand between spaces (a dateline's): only one between two
        # letters needs a look at the tokens.
        if not (pos and norm[pos - 1].isalpha() and norm[pos + 1 : pos + 2].isalpha()):
            pos = norm.find("-", pos + 1)
            continue
        starts = starts or token_starts(toks)
        k = bisect_left(starts, pos + 1)
        if (0 < k < len(toks) and toks[k - 1].end == pos and toks[k].start == pos + 1
                and _compound_name(toks[k - 1].text, toks[k].text, ctx.lex)
                and ctx.name_word(k - 1) and ctx.name_word(k, k - 1, k - 1)):
            i = k - 1
            if i > 0 and ctx.joined(i - 1, i) and ctx.name_word(i - 1) and (
                toks[i - 1].text in ctx.lex.first_names
                or not _PRESENT_VERB.fullmatch(toks[i - 1].text)
            ):
                i -= 1
            j = ctx.take_name(i)
            if j > k and ctx.boundary_after(j):
                add(i, j)
        pos = norm.find("-", pos + 1)


def _compound_name(first: str, second: str, lex: Lexicon) -> bool:
    """Whether two hyphenated words can be a compound name: letters only, three or more each,
    and not both words of listed names (شمال-جنوب، أرض-أرض join common words)."""
    return (len(first) >= 3 and len(second) >= 3 and first.isalpha() and second.isalpha()
            and not (first in lex.words and second in lex.words))


def _add_famous_surnames(ctx: _Context, add: Callable[..., None]) -> None:
    """A famous surname alone (بوتين، وبايدن), once stronger evidence had its say."""
    toks, surnames = ctx.toks, ctx.lex.known_surnames
    surname_at = {w: single_hit(w, surnames)
                  for w in WORD_INDEX.with_reading_in(ctx.vocab, surnames)}
    for i in positions(toks, surname_at):
        if i not in ctx.blocked:
            add(i, i + 1, surname_at[toks[i].text])
