"""Entities found by pattern rather than by a listed name.

The lexicon knows names; news also names things the lexicon cannot list. These rules read the
shape of the text around the tokens (written here by hand: no Arabic NER library ships them):

- organisations by pattern (datelines, head nouns with their genitive phrase, quoted names
  of media and companies, القاعدة): ``org_rules``;
- a short form in brackets after an organisation, ``… (إيكواس)``, or a Latin acronym in
  capitals right after it (``… TVP``): a second ORG whose canonical name is the
  organisation's, and the short form names it for the rest of the article; after
  ``ORG في PLACE`` (``بعثة حلف الناتو في كوسوفو (كفور)``) it names the mission itself;
- a governing body before a region's noun and name (``حكومة إقليم X``, ``برلمان ولاية X``):
  one ORG with no place inside;
- a name after a place noun (``إقليم X``, ``منطقة الساحل``, ``بلدة X``, ``قرية X``,
  ``ميناء X``, ``أرخبيل X``, ``حي X``, ``جزيرة X``): X is a LOCATION (the noun stays
  outside), and X alone names the place for the rest of the article; a verb after منطقة is
  no name (``منطقة تعاني الجفاف``), nor a preposition or a conjunction (``بلدة قرب``,
  ``منطقة لطالما``); a region's definite name after the states in it is the region (``دول
  الساحل``);
- a compass direction and a region are one LOCATION (``شمال القوقاز``, also two directions
  before a region listed with one: ``شمال شرق آسيا``); with a country or a city the
  direction stays outside (``جنوب لبنان``), and so does any direction before a sea or an
  ocean (``جنوب البحر الأحمر``, ``وسط البحر المتوسط``) unless the lexicon lists the whole
  region (``شرق البحر المتوسط``);
- the quoted name of an operation, an exercise or an event holds no place (``مناورات "عاصفة
  الخليج"``, ``منتدى "آفاق الخليج"``); a city whose name is an everyday word (``العقبة``,
  ``مالية``) is one only where a place is expected (``ميناء العقبة``, ``في العقبة``);
- a river, sea, gulf, lake, strait or mountain, or islands, with its name (``نهر X``, ``جزر
  X``): one LOCATION, the head noun inside, and X alone names the place later, also when
  first seen inside an ORG (``لجنة نهر الميكونغ`` … ``ضفاف الميكونغ``); the islands of a
  named ocean are the ocean (``جزر المحيط الهادئ`` → ``المحيط الهادئ``);
- ``مالي`` (also "financial") and ``بنين`` (also "sons") are countries in a list of countries or
  after a preposition or a head such as رئيس; ``المالي`` is Malian right after a title
  (``وزير الخارجية المالي``) or before a Malian place (``المدينة المالية تمبكتو``), and after
  a noun of people or state (``الخبير العسكري المالي``) when the article names Mali;
- a nationality adjective with the alef of the indefinite accusative (``ضابطا بوركينيا``) is
  a NORP;
- ``مجرى`` (a course) is not the Hungarian ``مجري`` its folded spelling meets;
- a city named by a given name with the article (``الخليل``) before a given name begins a
  person's name, and an indefinite nationality right after a given name is a family name
  (``ماركو روسي``): neither is a place or a NORP.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import attrgetter

from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.lexicon import ADJ_REQUIRED, Entry, Lexicon, lexicon
from nato_reader.core.matching import Match, joined
from nato_reader.core.org_rules import (
    BRACKET,
    FORCES,
    ORG_RULE_WORDS,
    QUOTED,
    OrgRules,
    country_adjectives,
    dateline_agencies,
    dateline_sources,
    quoted_before_nationality,
    quoted_short_names,
    told_media,
    with_coordinated_fields,
    with_name_adjectives,
)
from nato_reader.core.place_words import PLACE_HEADS
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

# Bodies that govern a region; with the region's noun and name after them they are one ORG
# (حكومة إقليم كردستان، برلمان ولاية X), with no place inside.
_REGIONAL_BODIES = frozenset({"حكومه", "برلمان", "رئاسه", "سلطه"})
# Compass directions, which make one place with a region after them (شمال القوقاز).
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})
# Words a place noun is followed by that are no place's name: prepositions of place,
# directions and conjunctions (بلدة قرب النهر، منطقة لطالما شهدت …).
_AFTER_PLACE_NOUN = frozenset({
    "قرب", "قبالة", "قباله", "داخل", "خارج", "خلف", "جوار", "بجوار", "بالقرب", "طالما",
    "لطالما", "كلما", "ريثما", "شمالي", "جنوبي", "شرقي", "غربي", "مجاوره", "مجاور", "محاذيه",
    "تقع", "يقع",
    # مدينة بأكملها: the whole town, not its name.
    "باكملها", "بكاملها", "باسرها", "برمتها", "كلها", "جميعها",
}) | _DIRECTIONS
_DISTRICT = "حي"
# Verbs in the present that describe a place after its noun (بلدة تضم …، جزيرة تشهد …); other
# feminine ones are told from a name by their تت (تتمتع، تتبع), as a name seldom begins so.
_PLACE_VERBS = frozenset({"تضم", "تشهد", "تعاني", "تبعد", "تطل", "تمتد", "تحتضن", "تعد",
                          "تعتبر", "تبلغ", "تحد", "تسكنها", "يسكنها", "يضم", "يشهد", "يعاني",
                          "يبعد", "يطل", "يمتد", "يعد", "يعتبر", "يبلغ"})
# Nouns of a group of states, after which a region's definite name is the region (دول الساحل).
_STATES = frozenset({"دول", "بلدان"})
_DIRECTION_SPELLINGS = frozenset(p + w for p in ("", "و", "ب", "ل", "وب", "ول", "ف")
                                 for w in _DIRECTIONS)
# منطقة تعاني الجفاف: an indefinite منطقة is often described by a verb in the present tense.
_REGION = "منطقه"
_PRESENT_VERB = re.compile("[يتن]....?")  # four or five letters: تشهد، تعاني
# Definite names a place noun commonly introduces (منطقة الساحل = the Sahel, not "the coast").
_DEFINITE_PLACES = frozenset({"الساحل", "الخليج", "البلقان", "القوقاز", "الدونباس"})
# المتوسط alone ("the middle", "the average") is the Mediterranean after a noun of a sea's
# shores, waters or basin (ضفتي المتوسط، حوض المتوسط).
_MEDITERRANEAN = "المتوسط"
_SEA_SIDES = frozenset({"ضفتي", "ضفاف", "حوض", "شواطئ", "سواحل", "مياه", "عبر", "جنوب", "شمال",
                        "شرق", "غرب", "دول", "بلدان"})
# الضفة alone ("the bank") is the West Bank beside Gaza (في الضفة وغزة، الضفة وقطاع غزة).
_WEST_BANK = "الضفه"
_AND_GAZA = frozenset({"وغزه", "وقطاع"})
# Definite names of districts and governorates that are also everyday words (الحمراء "the
# red", الشرقية "the eastern", الباطنة "the inner"): names only after an indefinite place
# noun (منطقة الحمراء، محافظة الشرقية), never in المنطقة الشرقية.
_DISTRICT_NAMES = frozenset({"الحمراء", "الشرقيه", "الغربيه", "الدقهليه", "المنوفيه",
                             "القليوبيه", "البحيره", "الباطنه", "الظاهره", "الوسطي"})
# Common nouns after منطقة that are not place names (منطقة نزاع، منطقة حظر طيران).
_NOT_PLACE = frozenset({
    "نزاع", "نفوذ", "حظر", "صراع", "توتر", "خطر", "حرب", "قتال", "تماس", "عمليات", "اشتباك",
    "عسكريه", "حدوديه", "عازله", "امنه", "منزوعه", "تجاره", "حره", "نفوذها", "جديده", "واسعه",
})
# A single island is named as a place noun names a town (جزيرة X: X alone, ``PLACE_HEADS``);
# islands together keep their noun (جزر X).
_FEATURE_HEADS = frozenset({"نهر", "بحر", "خليج", "بحيره", "جبل", "جبال", "مضيق", "جزر",
                            "صحرا", "محيط", "هضبه"})
# Definite nouns of a body of water: a direction before one (جنوب البحر الأحمر، وسط البحر
# المتوسط) names a part of it, as before a country; the sea alone is the place.
_WATERS = frozenset({"البحر", "المحيط"})
# في between an organisation and the place it works in (حلف الناتو في كوسوفو (كفور)).
_IN = "في"
_FEATURE_HEADS_DEFINITE = frozenset("ال" + h for h in _FEATURE_HEADS)
# Time words that follow بحر in "في بحر الأسبوع" (within the week), not a sea's name.
_NOT_FEATURE = frozenset({"الاسبوع", "الشهر", "العام", "الايام", "السنه", "الساعات"})
# Country names that are also everyday words (مالي "financial", بنين "sons"): countries only
# where the context is one of countries.
_AMBIGUOUS_COUNTRIES = {"مالي": "ML", "بنين": "BJ"}
# Cities whose names are everyday words (العقبة "the obstacle", سرت "she went/spread", ماليه
# the Maldives' capital and, folded, مالية "financial", المفرق "the parting", الزرقاء "the
# blue", الرمادي "grey", ينبع "springs from", أدري "I know", الجنينة "the little garden",
# الخيام "the tents"): places only where the text expects one (``_place_context``).
_COMMON_WORD_PLACES = frozenset({"العقبه", "سرت", "ماليه", "المفرق", "الزرقاء", "الرمادي",
                                 "ينبع", "ادري", "الجنينه", "الخيام"})
_COMMON_WORD_PLACE_SPELLINGS = frozenset(p + w for p in PROCLITICS for w in _COMMON_WORD_PLACES)
# Cities whose names are also nouns that take an indefinite adjective (كابل "cable": كابل
# بحري), which a city never takes; elsewhere they are the city (اتهمت كابل، في كابل).
_NOUN_PLACE_SPELLINGS = frozenset(p + w for p in PROCLITICS for w in ("كابل",))
# Words right before such a city that show the text means the place (في سرت، ميناء العقبة).
_BEFORE_PLACE = frozenset({
    "في", "من", "الي", "قرب", "نحو", "داخل", "عند", "حول", "خليج", "ضواحي", "مدينتي", "مخيم",
}) | PLACE_HEADS | _DIRECTIONS
# عمان folded is both Oman (عُمان, a damma on the ع) and Amman (عَمّان, a shadda on the م). The
# diacritics decide where the writer put them; without them Oman is the country in a list of
# countries or in an article naming Muscat, and Amman (the lexicon's reading) elsewhere.
_OMAN_OR_AMMAN = "عمان"
_OMAN_SPELLINGS = frozenset(p + _OMAN_OR_AMMAN for p in PROCLITICS)
_OMAN = Entry(COUNTRY, country="OM")
_MUSCAT = frozenset(p + "مسقط" for p in PROCLITICS)
_DAMMA, _SHADDA = "\u064f", "\u0651"
# Nationality adjectives whose spelling with a final ى is a common noun (مجرى "a course").
_MAQSURA_NOUNS = frozenset({"مجري", "المجري"})
_MALIAN = frozenset({"المالي", "الماليه", "الماليين", "الماليون"})
# Words after which مالي is the country: prepositions and heads of a state's name.
_BEFORE_COUNTRY = frozenset({
    "في", "الي", "من", "عن", "لدي", "رئيس", "حكومه", "جمهوريه", "دوله", "شعب", "جيش", "خارجيه",
    "دفاع", "شمال", "جنوب", "وسط", "شرق", "غرب", "عاصمه", "سفير", "سفاره", "مثل",
})
# Portfolios of a title (وزير الخارجية المالي): the adjective then means Malian.
_PORTFOLIOS = frozenset({"الخارجيه", "الدفاع", "الداخليه", "الوزراء", "العدل"})
_TITLE_WORDS = frozenset({"وزير", "وزيره", "رئيس", "رئيسه", "نائب"})
_ARMY = "الجيش"
_MALI = "مالي"
_TO_MALI = frozenset({"ل", "ب", "ول", "وب"})
# المالي as a plural noun of people after a preposition or a number of them.
_MALIANS = frozenset({"الماليين", "الماليون"})
_BEFORE_PEOPLE = frozenset({"من", "بين", "الاف", "عشرات", "مئات", "ملايين", "اغلب",
                            "معظم", "بعض", "عدد"})
_ALONE_MALIAN_HEADS = frozenset({"الرئيس", "الجيش", "الشعب", "المجلس", "الجنود", "المتمردين"})
# Nouns of people, forces and state bodies that المالي/المالية describe as Malian in an
# article about Mali (الخبير المالي، القوات المالية), but not the money words (الأزمة المالية).
_MALIAN_HEADS = _ALONE_MALIAN_HEADS | frozenset({
    "المحلل", "الباحث", "الخبير", "المسؤول", "المسؤوله", "المسؤولين", "الصحفي", "الكاتب",
    "الناشط", "المعارض", "المعارضه", "القوات", "الحكومه", "السلطات", "العاصمه", "الوفد",
    "الدبلوماسي", "المتحدث", "الوزير", "الجنرال", "الضابط", "الضباط", "المواطن", "المواطنين",
    "اللاجئين", "النازحين", "الحدود", "الاراضي", "المدن", "القري", "البرلمان", "الانتقالي",
})

# Nouns of a military operation or exercise, or of a named event, plan or campaign, whose
# quoted name follows (منتدى "آفاق X"، مبادرة "X"): the name holds no place.
_OPERATIONS = frozenset({"عمليه", "مناورات", "مناوره", "تدريبات", "تمرين", "تمارين", "منتدي",
                         "مؤتمر", "معرض", "مهرجان", "مبادره", "برنامج", "مشروع", "خطه",
                         "حمله", "رؤيه"})
# A Latin word, and an acronym in capitals after an organisation (هيئة الإذاعة البولندية TVP).
# Two letters written out rather than ``{2}``: ``re`` then skips to a Latin letter by a tight
# scan instead of trying a match at every character of the article.
_LATIN_WORD = re.compile("[a-z][a-z]")
_LATIN_PAIR = re.compile(b"[a-z][a-z]")
_ACRONYM = re.compile(r"[^\S\n]*(?P<x>[a-z]{2,6})\b")

_FIRST = attrgetter("first")  # Match.first


class _Rules(OrgRules):
    """The rules of organisations (``OrgRules``), places and ambiguous countries."""

    def __init__(self, toks: list[Token], nm: Normalized, lex: Lexicon, found: list[Match]):
        super().__init__(toks, nm, lex, found)
        self.triggers: set[str] = set()  # the words of the article a rule starts from
        self.malian: list[int] = []  # المالي/المالية that mean Malian if Mali is the subject
        self.mali: list[tuple[int, int]] = []  # لمالي (token, stem offset): Mali, likewise
        self.operations: list[tuple[int, int]] = []  # token ranges of quoted operation names

    # --- places --------------------------------------------------------------------------

    def regional_body(self, i: int) -> Match | None:
        """حكومة إقليم كردستان: a governing body, a region's noun and its name."""
        offset = self.head(i, _REGIONAL_BODIES)
        n, toks = len(self.toks), self.toks
        j = i + 1
        if (offset is None or j + 1 >= n or not self.joined(i, j)
                or toks[j].text not in PLACE_HEADS):
            return None
        m = self.at.get(j)
        if m is not None and m.entry.label == LOCATION:
            end = m.last  # إقليم كردستان is listed whole
        else:
            m = self.at.get(j + 1)
            if m is not None and m.entry.label in (COUNTRY, LOCATION) and self.joined(j, j + 1):
                end = m.last
            elif self.place_name(j) is not None:
                end = j + 2
            else:
                return None
        return Match(i, end, toks[i].start + offset, toks[end - 1].end, Entry(ORG))

    def place_name(self, i: int) -> Match | None:
        """إقليم X، منطقة الساحل: the name after a place noun (the noun is not in the span)."""
        n = len(self.toks)
        offset = self.head(i, PLACE_HEADS)
        if offset is None or i + 1 >= n or not self.joined(i, i + 1):
            return None
        j = i + 1
        w = self.toks[j].text
        if j in self.covered:
            return None
        noun = self.toks[i].text[offset:]
        if (_PRESENT_VERB.fullmatch(w) and not w.endswith(("ا", "ه"))
                and (noun == _REGION or (noun.endswith("ه") and w.startswith("تت"))
                     or (not noun.endswith("ه") and w[0] == "ي"))
                ) or w in _PLACE_VERBS:
            # منطقة تعاني الجفاف، جزيرة تتمتع بحكم ذاتي، إقليم يبيع نفطه: described by a verb
            # that agrees with the noun, not named.
            return None
        if w in _AFTER_PLACE_NOUN:
            return None
        if w in _DEFINITE_PLACES or (
            w in _DISTRICT_NAMES and not self.toks[i].text.startswith("ال")
        ) or (
            self.unknown_name(j) and w not in _NOT_PLACE
            and not w.endswith(("ه", "ات", "يه")) and not self.toks[i].text.startswith("ال")
        ) or (
            # حي الأندلس، حي الزيتون: a district is named by a definite word the lexicon lacks.
            noun == _DISTRICT and w.startswith("ال") and len(w) >= 5
            and w not in self.lex.words and w not in FUNCTION_WORDS
        ):
            return Match(j, j + 1, self.toks[j].start, self.toks[j].end, Entry(LOCATION))
        return None

    def region_of_states(self, i: int) -> Match | None:
        """دول الساحل: a region's definite name after the states that lie in it."""
        if self.head(i, _STATES) is None or i + 1 >= len(self.toks) or not self.joined(i, i + 1):
            return None
        j = i + 1
        if j in self.covered or self.toks[j].text not in _DEFINITE_PLACES:
            return None
        return Match(j, j + 1, self.toks[j].start, self.toks[j].end, Entry(LOCATION))

    def feature(self, i: int) -> Match | None:
        """نهر النيل، خليج عدن، نهر سير داريا: a geographic feature, its head noun inside."""
        offset = self.head(i, _FEATURE_HEADS)
        n, toks = len(self.toks), self.toks
        if offset is None or i + 1 >= n or not self.joined(i, i + 1):
            return None
        j = i + 1
        w = toks[j].text
        # بحيرة تقع قرب الحدود: a verb agreeing with the noun describes it; no name follows.
        if w in _AFTER_PLACE_NOUN or (
            _PRESENT_VERB.fullmatch(w) and not w.endswith(("ا", "ه"))
            and w[0] == ("ت" if toks[i].text[offset:].endswith("ه") else "ي")
        ):
            return None
        m = self.at.get(j)
        if (m is not None and m.entry.label == LOCATION
                and self.head(j, _FEATURE_HEADS_DEFINITE) is not None):
            return None  # جزر المحيط الهادئ: the islands of a named ocean are not a name
        if m is not None and m.entry.label in (COUNTRY, LOCATION):
            end = m.last
        elif toks[j].text.startswith("ال") and toks[j].text not in FUNCTION_WORDS and (
            toks[j].text not in _NOT_FEATURE and m is None
        ):
            end = j + 1
        elif self.unknown_name(j) and m is None:
            end = j + 1
            while (end < n and end - j < 3 and self.unknown_name(end)
                   and toks[end].text not in _AFTER_PLACE_NOUN and self.joined(end - 1, end)):
                end += 1
        else:
            return None
        return Match(i, end, toks[i].start + offset, toks[end - 1].end, Entry(LOCATION))

    def operation_name(self, i: int) -> Match | None:
        """مناورات "عاصفة الخليج"، عملية "نسر الصحراء": the quoted name of an operation or
        an exercise holds no place (kept in ``operations`` and taken out once merged)."""
        if self.head(i, _OPERATIONS) is None:
            return None
        q = QUOTED.match(self.norm, self.toks[i].end)
        if q is not None and len(q.group("x").split()) <= 5:
            self.operations.append(self.tokens_in(q.start("x"), q.end("x")))
        return None

    def mediterranean(self, i: int) -> Match | None:
        """ضفتي المتوسط: المتوسط alone after a noun of a sea's shores (``_SEA_SIDES``)."""
        toks = self.toks
        if (i == 0 or toks[i].text != _MEDITERRANEAN or i in self.covered
                or not self.joined(i - 1, i)
                or not any(r.key in _SEA_SIDES for r in cached_readings(toks[i - 1].text))):
            return None
        return Match(i, i + 1, toks[i].start, toks[i].end, Entry(LOCATION))

    def west_bank(self, i: int) -> Match | None:
        """في الضفة وغزة: الضفة alone before Gaza (``_AND_GAZA``)."""
        toks = self.toks
        if i in self.covered or i + 1 >= len(toks) or toks[i + 1].text not in _AND_GAZA:
            return None
        reading = next((r for r in cached_readings(toks[i].text) if r.key == _WEST_BANK), None)
        if reading is None or not self.joined(i, i + 1):
            return None
        return Match(i, i + 1, toks[i].start + reading.offset, toks[i].end,
                     Entry(LOCATION, country="PS"))

    # --- Mali, Benin -------------------------------------------------------------------

    def ambiguous_country(self, i: int) -> Match | None:
        toks = self.toks
        reading = next((r for r in cached_readings(toks[i].text)
                        if r.key in _AMBIGUOUS_COUNTRIES), None)
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
                             Entry(COUNTRY, country=_AMBIGUOUS_COUNTRIES[reading.key]))
            if reading.key == _MALI and toks[i].text[:reading.offset] in _TO_MALI:
                # لمالي، بمالي: "to/in Mali" where the article is about Mali, not "my money".
                self.mali.append((i, reading.offset))
            return None
        if toks[i].text in _MALIAN and i > 0 and self.joined(i - 1, i):
            prev = toks[i - 1].text
            if prev in _BEFORE_PEOPLE and toks[i].text in _MALIANS:
                self.malian.append(i)  # آلاف الماليين، من الماليين: Malians, not money
                return None
            titled = prev in _PORTFOLIOS and i > 1 and any(
                r.key in _TITLE_WORDS for r in cached_readings(toks[i - 2].text))
            after = self.at.get(i + 1)
            if prev == _ARMY:
                # الجيش المالي: the army's name holds its nationality (ORG, no NORP).
                return Match(i - 1, i + 1, toks[i - 1].start, toks[i].end,
                             Entry(ORG, country="ML"))
            if titled or prev in _ALONE_MALIAN_HEADS or (
                after is not None and after.entry.country == "ML"
                and after.entry.label == LOCATION
            ):  # … or before a Malian place: المدينة المالية تمبكتو
                return Match(i, i + 1, toks[i].start, toks[i].end, Entry(NORP, country="ML"))
            # الخبير العسكري المالي: Malian when the article is about Mali (decided once
            # every rule has run: the country may be named later).
            if prev in _MALIAN_HEADS or (
                prev.startswith("ال") and prev.endswith("ي") and len(prev) >= 6 and i > 1
                and toks[i - 2].text in _MALIAN_HEADS and self.joined(i - 2, i - 1)
            ):
                self.malian.append(i)
        return None

    def accusative_nisba(self, i: int) -> Match | None:
        """ضابطا بوركينيا: a nationality adjective in the indefinite accusative, its alef of
        tanwin after the ي, agreeing with a noun that ends in one too."""
        if i == 0 or not self.toks[i - 1].text.endswith("ا") or not self.joined(i - 1, i):
            return None
        entry = _accusative_nisba(self.toks[i].text)
        if entry is None:
            return None
        return Match(i, i + 1, self.toks[i].start, self.toks[i].end, entry)


def pattern_matches(toks: list[Token], nm: Normalized, lex: Lexicon,
                    found: list[Match]) -> list[Match]:
    """``found`` with the pattern entities added; a pattern match replaces the lexicon matches
    inside it and never cuts one in part."""
    found = _reread(found, toks, nm, lex)
    rules = _Rules(toks, nm, lex, found)
    extra: list[Match] = []
    rules.triggers = _TRIGGER_WORDS(rules.vocab)
    for i in positions(toks, rules.triggers):
        for name in _rules_for(toks[i].text):
            m = getattr(rules, name)(i)
            if m is not None:
                extra.append(m)
                break
    if (rules.malian or rules.mali) and any(
            m.entry.country == "ML" and m.entry.label in (COUNTRY, LOCATION)
            for m in found + extra):
        extra.extend(Match(i, i + 1, toks[i].start, toks[i].end, Entry(NORP, country="ML"))
                     for i in rules.malian)
        extra.extend(Match(i, i + 1, toks[i].start + k, toks[i].end, Entry(COUNTRY, country="ML"))
                     for i, k in rules.mali)
    extra.extend(dateline_agencies(rules))
    found = dateline_sources(rules, found, extra)
    extra.extend(quoted_before_nationality(rules, found))
    merged = _without_names_of_people(rules, _with_learned_names(rules, _merge(found, extra)))
    if rules.operations:
        merged = [m for m in merged if m.entry.label not in (COUNTRY, LOCATION)
                  or not any(a <= m.first and m.last <= b for a, b in rules.operations)]
    return quoted_short_names(rules, told_media(rules, _with_regions(rules, country_adjectives(
        rules, with_coordinated_fields(rules, with_name_adjectives(rules, merged))))))


def _without_names_of_people(rules: _Rules, found: list[Match]) -> list[Match]:
    """``found`` without a city whose name is a given name with the article (الخليل) where
    it begins a person's name: a given name follows it, right after it or after one more
    word that no match holds (الخليل سيدي أحمد). After a preposition it stays the place (في
    الخليل). Nor is an indefinite nationality right after a given name one (ماركو روسي: the
    family name)."""
    toks, n, first_names = rules.toks, len(rules.toks), rules.lex.first_names
    drop = []
    for m in found:
        k = m.first
        w = toks[k].text
        if (m.entry.label == NORP and m.last == k + 1 and k and not w.startswith("ال")
                and m.nstart == toks[k].start and toks[k - 1].text in first_names
                and k - 1 not in rules.covered and rules.joined(k - 1, k)):
            drop.append(m)  # ماركو روسي: a family name spelled as a nationality
            continue
        if (m.entry.label != LOCATION or m.last != k + 1 or not w.startswith("ال")
                or w[2:] not in first_names or k + 1 >= n or not rules.joined(k, k + 1)
                or (k and toks[k - 1].text in FUNCTION_WORDS)):
            continue
        nxt = toks[k + 1].text
        if (k + 1 not in rules.at and nxt in first_names) or (
                k + 2 < n and k + 1 not in rules.covered and k + 2 not in rules.covered
                and not nxt.startswith("ال") and nxt not in FUNCTION_WORDS
                and toks[k + 2].text in first_names and rules.joined(k + 1, k + 2)):
            drop.append(m)
    if not drop:
        return found
    return [m for m in found if not any(m is d for d in drop)]


def _with_regions(rules: _Rules, found: list[Match]) -> list[Match]:
    """A compass direction before a region makes one place with it (شمال القوقاز); before a
    country, a city, a sea or an ocean it stays outside (جنوب لبنان، جنوب البحر الأحمر).
    Only the matches right after the article's direction words are looked at."""
    words = rules.vocab & _DIRECTION_SPELLINGS
    if not words:
        return found
    toks = rules.toks
    firsts = list(map(_FIRST, found))
    covered_to = 0  # tokens before this one are inside an earlier match
    out = list(found)
    for k in positions(toks, words):
        if k < covered_to:
            continue
        j = k + 1
        if j < len(toks) and toks[j].text in _DIRECTIONS and rules.joined(k, j):
            at = bisect_left(firsts, j)
            if at == len(found) or firsts[at] != j:
                j += 1  # جنوب شرق …; شمال + شرق آسيا takes the region listed with its direction
        at = bisect_left(firsts, j)
        if at == len(found) or firsts[at] != j or (at and found[at - 1].last > k):
            continue
        m = found[at]
        if m.entry.label != LOCATION or m.entry.country or not rules.joined(k, k + 1) or (
            not rules.joined(j - 1, j)
        ):
            continue
        if j == k + 1 and toks[j].text in _WATERS:
            continue  # جنوب البحر الأحمر، وسط البحر المتوسط: a part of the sea, which is the place
        out[at] = Match(k, m.last, toks[k].start + (rules.head(k, _DIRECTIONS) or 0), m.nend,
                        m.entry)
        covered_to = m.last
    return out


# Per lexicon (kept alive with it, so its id is never reused): see _reread_words.
_REREAD_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _reread_words(lex: Lexicon) -> frozenset[str]:
    """The first words of the organisations that need a nationality adjective (البحرية), the
    nouns of _MAQSURA_NOUNS and the cities named by common words, read once per lexicon: most
    articles hold none, and then no match needs a second look."""
    cached = _REREAD_WORDS.get(id(lex))
    if cached is None:
        adjective_required = frozenset(key.split(" ")[0] for key, entry in lex.entries.items()
                                       if ADJ_REQUIRED in entry.flags)
        cached = (lex, _MAQSURA_NOUNS | _COMMON_WORD_PLACE_SPELLINGS | _NOUN_PLACE_SPELLINGS
                  | _OMAN_SPELLINGS | adjective_required)
        _REREAD_WORDS[id(lex)] = cached
    return cached[1]


def _reread(found: list[Match], toks: list[Token], nm: Normalized, lex: Lexicon
            ) -> list[Match]:
    """The lexicon matches without nationalities read into a common noun written with a
    final ى (مجرى), and with organisations that are a noun's adjective cut to their
    nationality (``_adjective_of_noun``). Only matches that start with such a word are
    looked at: most articles hold none."""
    vocab = vocabulary(toks)
    words = vocab & _reread_words(lex)
    if not words:
        return found
    firsts = list(map(_FIRST, found))
    changed: dict[int, list[Match]] = {}
    for k in positions(toks, words):
        at = bisect_left(firsts, k)
        if at == len(found) or firsts[at] != k:
            continue
        m = found[at]
        if toks[k].text in _COMMON_WORD_PLACE_SPELLINGS:
            if m.entry.label == LOCATION and m.last == k + 1 and not _place_context(
                found, at, toks, nm.norm
            ):
                changed[at] = []
        elif toks[k].text in _NOUN_PLACE_SPELLINGS:
            if (m.entry.label == LOCATION and m.last == k + 1 and k + 1 < len(toks)
                    and joined(nm.norm, toks[k], toks[k + 1])
                    and _indefinite_adjective(toks[k + 1].text, lex)):
                changed[at] = []
        elif toks[k].text in _OMAN_SPELLINGS:
            if m.entry.label == LOCATION and m.last == k + 1 and _is_oman(
                found, at, toks, nm, vocab
            ):
                changed[at] = [Match(k, k + 1, m.nstart, m.nend, _OMAN)]
        elif m.entry.label == NORP and toks[k].text in _MAQSURA_NOUNS:
            _, end = nm.to_original(m.nend - 1, m.nend)
            if nm.original[end - 1] == "ى":
                changed[at] = []
        elif ADJ_REQUIRED in m.entry.flags:
            cut = _adjective_of_noun(m, toks, nm, lex)
            if cut[0] is not m:
                changed[at] = cut
    if not changed:
        return found
    return [a for at, m in enumerate(found) for a in changed.get(at, (m,))]


def _is_oman(found: list[Match], at: int, toks: list[Token], nm: Normalized,
             vocab: set[str]) -> bool:
    """Whether the عمان of ``found[at]`` is Oman rather than Amman (``_OMAN_OR_AMMAN``)."""
    m = found[at]
    start, end = nm.to_original(m.nstart, m.nend)
    written = nm.original[start:end]
    if _SHADDA in written:
        return False
    if _DAMMA in written:
        return True
    k = m.first
    before = found[at - 1] if at > 0 else None
    after = found[at + 1] if at + 1 < len(found) else None
    listed = (before is not None and before.entry.label == COUNTRY and k - before.last <= 1
              and m.nstart > toks[k].start and toks[k].text[0] == "و") or (
        after is not None and after.entry.label == COUNTRY and after.first == m.last
        and toks[after.first].text[0] == "و" and after.nstart > toks[after.first].start)
    return listed or not _MUSCAT.isdisjoint(vocab)


def _indefinite_adjective(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` reads as an indefinite relational adjective (بحري، كهربائية) rather than
    a name or a noun of the lexicon."""
    return (len(word) >= 4 and word.endswith(("ي", "يه")) and not word.startswith(("ال", "و"))
            and word not in lex.entries and word not in FUNCTION_WORDS)


def _place_context(found: list[Match], at: int, toks: list[Token], norm: str) -> bool:
    """Whether the one-word place ``found[at]`` stands where a place is expected: after a
    preposition of place (glued or not) or a place noun, before a nationality or a country
    (العقبة الأردنية), or joined by و to a place beside it (إربد والمفرق، المفرق وإربد)."""
    m = found[at]
    k = m.first
    glued = m.nstart > toks[k].start
    if glued and toks[k].text[0] in "بل":
        return True
    if k > 0 and joined(norm, toks[k - 1], toks[k]) and any(
        r.key in _BEFORE_PLACE for r in cached_readings(toks[k - 1].text)
    ):
        return True
    before = found[at - 1] if at > 0 else None
    if (glued and toks[k].text[0] == "و" and before is not None and before.last == k
            and before.entry.label in (COUNTRY, LOCATION)):
        return True
    after = found[at + 1] if at + 1 < len(found) else None
    return after is not None and after.first == m.last and (
        after.entry.label in (NORP, COUNTRY)
        or (after.entry.label == LOCATION and toks[after.first].text[0] == "و"
            and after.nstart > toks[after.first].start))


def _adjective_of_noun(m: Match, toks: list[Token], nm: Normalized, lex: Lexicon
                       ) -> list[Match]:
    """``m``, or only its nationality adjective when ``m`` is an organisation that needs one
    (البحرية الغانية) but its first word is the adjective of the definite noun before it
    (الشؤون البحرية الغانية: the maritime affairs, not the navy)."""
    if m.first == 0 or m.last - m.first < 2:
        return [m]
    prev = toks[m.first - 1].text
    if not (prev.startswith("ال") and prev not in FUNCTION_WORDS and prev not in FORCES
            and joined(nm.norm, toks[m.first - 1], toks[m.first])):
        return [m]
    for k in range(m.first + 1, m.last):
        entry = lex.entries.get(" ".join(t.text for t in toks[k : m.last]))
        if entry is not None and entry.label == NORP:
            return [Match(k, m.last, toks[k].start, m.nend, entry)]
    return [m]


# Each rule of ``_Rules`` (in the order they are tried) with the words it starts from.
_RULE_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    *ORG_RULE_WORDS,
    ("regional_body", _REGIONAL_BODIES),
    ("feature", _FEATURE_HEADS),
    ("place_name", PLACE_HEADS),
    ("region_of_states", _STATES),
    ("ambiguous_country", _MALIAN | _AMBIGUOUS_COUNTRIES.keys()),
    ("operation_name", _OPERATIONS),
    ("mediterranean", frozenset({_MEDITERRANEAN})),
    ("west_bank", frozenset({_WEST_BANK})),
)


@lru_cache(maxsize=1 << 16)
def _rules_for(word: str) -> tuple[str, ...]:
    """The rules that may start at ``word``, by one of its readings (decided once per word:
    the rules then run at a few tokens of an article, and only those that can match)."""
    keys = {r.key for r in cached_readings(word)}
    names = tuple(name for name, words in _RULE_WORDS if not keys.isdisjoint(words))
    return (*names, "accusative_nisba") if _accusative_nisba(word) is not None else names


def _may_trigger(word: str) -> bool:
    """Whether a rule starts from some reading of ``word``."""
    return bool(_rules_for(word))


@lru_cache(maxsize=1 << 16)
def _accusative_nisba(word: str) -> Entry | None:
    """The nationality of ``word`` when it is a listed nationality adjective with the alef of
    the indefinite accusative (بوركينيا، أمريكيا) and not itself a listed name (روسيا)."""
    if len(word) < 5 or not word.endswith("يا") or word.startswith("ال"):
        return None
    entries = lexicon().entries
    if word in entries:
        return None
    entry = entries.get(word[:-1])
    return entry if entry is not None and entry.label == NORP else None


_TRIGGER_WORDS = WordFilter(_may_trigger)


@lru_cache(maxsize=1 << 16)
def _may_feature(word: str) -> bool:
    """Whether some reading of ``word`` is a river's, a sea's or a lake's noun."""
    return any(r.key in _FEATURE_HEADS for r in cached_readings(word))



def _merge(found: list[Match], extra: list[Match]) -> list[Match]:
    """``found`` (non-overlapping) with each of ``extra`` put in place of the matches inside
    it. The match holding each token is kept in a map, so finding what an extra match
    overlaps costs its own length, not a pass over every match."""
    if not extra:
        return found
    owner: dict[int, Match] = {}
    for o in found:
        first, last = o.first, o.last
        if last == first + 1:
            owner[first] = o  # most matches are one word: no range to walk
        else:
            for k in range(first, last):
                owner[k] = o
    for m in sorted(extra, key=lambda m: (m.first, -m.last)):
        inside = [o for k in range(m.first, m.last) if (o := owner.get(k)) is not None]
        if any(o.first < m.first or o.last > m.last for o in inside):
            continue  # it would cut a longer or earlier match in part
        if any(o.first == m.first and o.last == m.last
               and not (m.entry.label == ORG and o.entry.label in (COUNTRY, LOCATION))
               for o in inside):
            continue  # the lexicon already names exactly these words (but a place's name
            # after صحيفة is the newspaper: the rule's organisation wins)
        for k in range(m.first, m.last):
            owner[k] = m
    # Each kept match once (matches are unhashable, so by id), gathered by C-level passes.
    kept = list(owner.values())
    return sorted(dict(zip(map(id, kept), kept, strict=True)).values(), key=_FIRST)


def _latin_acronym_after(rules: _Rules, m: Match) -> bool:
    """Whether a Latin acronym written in capitals (TVP، BBC) follows ``m`` directly."""
    k = m.last
    if k >= len(rules.toks):
        return False
    text = rules.toks[k].text
    if not (2 <= len(text) <= 6 and text.isascii() and text.isalpha()) or not rules.joined(
        k - 1, k
    ):
        return False
    start, end = rules.nm.to_original(rules.toks[k].start, rules.toks[k].end)
    word = rules.nm.original[start:end]
    return 2 <= len(word) <= 6 and word.isascii() and word.isalpha() and word.isupper()


def _learn_feature_names(rules: _Rules, found: list[Match], learned: dict[str, Entry]
                         ) -> None:
    """The one-word name after a river's, a sea's or a lake's noun inside an ORG or a
    LOCATION (لجنة نهر الميكونغ، نهر الميكونغ) names the place alone later in the article.
    Only the few tokens that hold such a noun are looked at."""
    toks = rules.toks
    # Feature nouns are trigger words too: the article's few triggers are filtered, not its
    # whole vocabulary.
    words = {w for w in rules.triggers if _may_feature(w)}
    if not words:
        return
    firsts = list(map(_FIRST, found))
    for k in positions(toks, words):
        at = bisect_right(firsts, k) - 1
        if at < 0:
            continue
        m = found[at]
        if k + 1 >= m.last or m.entry.label not in (ORG, LOCATION):
            continue
        w = toks[k + 1].text
        if (k + 1 not in rules.at
                and w not in FUNCTION_WORDS and w not in _NOT_FEATURE and len(w) >= 4
                and (k + 2 == m.last or w.startswith("ال")) and rules.joined(k, k + 1)):
            learned.setdefault(w, Entry(LOCATION))


def _with_learned_names(rules: _Rules, found: list[Match]) -> list[Match]:
    """Bracketed short forms and names read after a place noun name their entity again later
    in the same article (``قالت إيكواس``, ``إسيكيبو`` alone)."""
    toks, norm = rules.toks, rules.norm
    learned: dict[str, Entry] = {}
    extra: list[Match] = []
    _learn_feature_names(rules, found, learned)
    size = len(toks)
    # Most articles hold no Latin word: their ASCII characters alone, gathered by one C-level
    # pass, settle it far faster than a scan of the whole text (a pair found there may have
    # been apart, so it is checked in the text).
    latin = (_LATIN_PAIR.search(norm.encode("ascii", "ignore")) is not None
             and _LATIN_WORD.search(norm) is not None)
    for m in found:
        if m.entry.label == LOCATION and m.last == m.first + 1 and m.first > 0 and (
            rules.head(m.first - 1, PLACE_HEADS) is not None
        ) and toks[m.first].text not in _DEFINITE_PLACES | _COMMON_WORD_PLACE_SPELLINGS:
            learned.setdefault(toks[m.first].text, m.entry)
        if m.entry.label != ORG:
            continue
        q = BRACKET.match(norm, m.nend)
        mission = False
        where = None
        if q is None and m.last < size and toks[m.last].text == _IN:
            where = rules.at.get(m.last + 1)
            mission = where is not None and where.entry.label in (COUNTRY, LOCATION)
        if mission:
            # بعثة حلف الناتو في كوسوفو (كفور): the short form names the mission itself.
            q = BRACKET.match(norm, where.nend)
            if q is not None and not m.entry.canonical:
                # رابطة صناعة النفط في كردستان (أبيكور): an organisation found by its
                # pattern, not listed, has the place in its name, which the short form names.
                m = Match(m.first, where.last, m.nstart, where.nend, Entry(ORG))
                extra.append(m)
                mission = False
        if q is None and latin and _latin_acronym_after(rules, m):
            q = _ACRONYM.match(norm, m.nend)  # هيئة الإذاعة البولندية TVP
        if q is None or len(q.group("x").split()) > 3:
            continue
        a, b = rules.tokens_in(q.start("x"), q.end("x"))
        if b <= a:
            continue
        start, end = rules.nm.to_original(*((toks[a].start, toks[b - 1].end) if mission
                                             else (m.nstart, m.nend)))
        canonical = ((not mission and m.entry.canonical)
                     or " ".join(rules.nm.original[start:end].split()))
        alias = Entry(ORG, country=m.entry.country, canonical=canonical)
        extra.append(Match(a, b, toks[a].start, toks[b - 1].end, alias))
        if b == a + 1:
            learned.setdefault(toks[a].text, alias)
    if learned:
        hits: dict[str, Reading] = {}  # per distinct word: the reading naming one of them
        # Only a proclitic before a learned name reads as it (ل+ال gives a key with ال after
        # an offset, which is refused), so just those spellings need a look.
        spellings = {p + key for key in learned for p in PROCLITICS}
        for w in rules.vocab & spellings:
            for r in cached_readings(w):
                if r.key in learned and not (r.offset and r.key.startswith("ال")):
                    hits[w] = r
                    break
        # Most learned names recur in no other spelling: the tokens taken only when some do.
        taken = {k for m in found + extra for k in range(m.first, m.last)} if hits else set()
        for i in [k for k in positions(toks, hits) if k not in taken]:
            t = toks[i]
            r = hits[t.text]
            extra.append(Match(i, i + 1, t.start + r.offset, t.end, learned[r.key]))
    return _merge(found, extra)
