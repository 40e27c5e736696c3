"""Organisations found by pattern rather than by a listed name (written here by hand: no
Arabic NER library ships these rules):

- a dateline ``CITY (X) -`` opening a paragraph: X is the news agency (ORG), unless X is one
  unlisted plural noun (``(وكالات)``: several agencies, none named); so is X in a first line
  ``PLACE - «X»``, ``PLACE: «X»`` or ``PLACE/ X`` that ends after it, even when X is a place's
  name (``«المدينة»``, the newspaper), with the agency noun read into it (``الأناضول``), and
  X in quotation marks later in the article is the medium again (``لـ«المدينة»``);
- an organisation's head noun with its genitive phrase (``معهد الدراسات الأمنية``, ``مكتب شؤون
  تايوان``, ``القوات البحرية السعودية``, ``هيئة البث الكندية``): one ORG, with no COUNTRY or
  LOCATION inside it; a definite head with an adjective and what the body is for (``المكتب
  الدولي للملاحة البحرية``, ``المعهد النرويجي للشؤون الدولية``, ``المديرية العامة للجمارك``)
  or its short form in brackets (``الجماعة الأنديزية (كان)``) too. A head with a name the
  lexicon does not know is complete without a nationality after it (``معهد ليو`` + NORP
  ``الياباني``). A place (``جامعة الكويت``) or a name followed by a given name (``جامعة X
  فلان``) ends the name: the person after it is not part of it. A company (``شركة``) is
  named only with its nationality after it (``شركة تسويق النفط العراقية``; ``شركة طيران``
  is a kind of company). Not an ORG: a head with a generic or an indefinite relational
  adjective (``مركز مشترك``, ``منتدى خليجي``, ``مجلس بلدي``) or with a noun and its
  indefinite adjective (``مركز دعم لوجستي``), a head described by what it is known as
  (``تحالف الميليشيات المعروف باسم``: the quoted name after it is the ORG), a head before a
  listed organisation alone (``بعثة حلف الناتو``: the ORG is ``حلف الناتو``), a head with
  one country and a describing adjective (``تحالف روسيا المتنامي``); such an adjective ends
  a name (``تحالف دول الساحل المتنامي``). An organisation that needs a nationality
  (``البحرية``) after a definite noun is that noun's adjective (``الشؤون البحرية الغانية``:
  NORP only);
- an organisation named by a definite head and its adjective takes a further relational
  adjective the lexicon does not know (``الحزب الديمقراطي الكردستاني``), never a describing
  one (``العسكري``);
- a medium's, a company's or a body's noun with a quoted name (``قناة "X"``, ``شركة "X"``,
  ``منظمة "X"``): X is an ORG, the marks outside it, and so is a city's or a region's name
  after a noun of the press (``صحيفة الشرق الأوسط``); so is a short quoted name after a
  particle or a verb and before a nationality adjective (``أعلنت "X" الفرنسية``), but not a
  product after the noun it names (``مسيرات "X" الإيرانية``);
- a mission named with what it is for runs through the place it works in (``بعثة الأمم
  المتحدة للاستفتاء في الصحراء الغربية``: one ORG); a commission of a listed organisation is
  one ORG with it (``مفوضية الاتحاد الأفريقي``); a court is named by its jurisdiction
  (``المحكمة الإدارية``) and a university by its country (``الجامعة الأردنية``); a royal
  force needs no country (``البحرية الملكية``); a committee on a policy (``لجنة السياسة
  النقدية``) is an organ of another body, not an ORG;
- a country spelled as its feminine adjective (``السعودية``) after an organisation that
  takes a nationality is inside it (``وزارة الخارجية السعودية``), after a place or a
  feminine or plural noun it is a NORP (``جدة السعودية``، ``السلطات السعودية``); a short
  quoted name after لـ and a word of statement is the medium spoken to (``لـ«الجزيرة»``);
- ``القاعدة`` and ``فتح`` are the group (ORG) after its kind or members (``تنظيم``, ``حركتي``,
  ``مسلحي``), a tie (``المرتبطة بالقاعدة``, ``موالية لفتح``) or beside another organisation
  (``القاعدة وداعش``, ``فتح وحماس``) or as the subject of a verb of statement (``قالت
  فتح``), else a noun or a verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from operator import attrgetter

from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.lexicon import ADJ, ADJ_REQUIRED, Entry, Lexicon
from nato_reader.core.matching import Match, joined
from nato_reader.core.record import COUNTRY, LOCATION, NORP, ORG
from nato_reader.core.text import Normalized
from nato_reader.core.tokens import Token, cached_readings, token_starts, vocabulary

# Nouns that head an organisation's name when a genitive phrase follows (folded forms).
_ORG_HEADS = frozenset({
    "تحالف", "مجموعه", "جامعه", "مركز", "معهد", "مكتب", "هيئه", "لجنه", "مجلس", "منظمه",
    "اتحاد", "رابطه", "صندوق", "مؤسسه", "منتدي", "اكاديميه", "بنك", "وكاله", "بعثه",
    "محكمه", "مديريه", "جماعه", "شركه", "مفوضيه", "جهاز", "حزب", "جبهه", "كتله", "ائتلاف",
})
# A company is named by a word or a chain only with its nationality after it (شركة أرامكو
# السعودية، شركة تسويق النفط العراقية): شركة نفط, شركة طيران are kinds of company.
_COMPANY = "شركه"
# Heads of an organ of another organisation, named by it alone (مفوضية الاتحاد الأفريقي);
# other heads before a listed organisation alone are not a name (بعثة حلف الناتو).
_ORGANS = frozenset({"مفوضيه"})
# A committee on a policy (لجنة السياسة النقدية) is an organ of the body that sets that
# policy (a central bank, a party), named by it and not alone.
_COMMITTEE = "لجنه"
_POLICY = "السياسه"
# A mission's name may run through the place it works in (``OrgRules.mission_place``).
_MISSION = "بعثه"
_IN = "في"
# Definite heads that one adjective names: a court its jurisdiction, a university its
# country (``OrgRules.named_by_one_adjective``).
_UNIVERSITY = "الجامعه"
_NAMED_BY_ONE_ADJECTIVE = frozenset({"المحكمه", _UNIVERSITY})
# A front is a party's name (جبهة الإنقاذ الوطني) or a battle line (جبهة القتال الشرقية).
_FRONT = "جبهه"
# Construct nouns that begin an organisation's genitive phrase (تحالف دول الساحل).
_CONSTRUCT = frozenset({"دول", "شؤون", "بلدان", "حقوق", "شعوب", "قوي", "خدمات", "ابحاث",
                        "دراسات"})
# What marks a body as another's subordinate or a group as tied to one (التابعة للوزارة).
_SUBORDINATE = frozenset({"التابعه", "التابع", "التابعين"})
# Words that end an organisation's name: what follows is about it, not part of it.
_ORG_STOP = _SUBORDINATE | {"نفسه", "نفسها"}
# What introduces the name a body is known by: المعروف باسم، تدعى، المسمى.
_KNOWN_AS = frozenset({"المعروف", "المعروفه", "المعروفين", "المسمي", "المسماه"})
# Adjectives that describe an organisation or a grouping rather than name it (تحالف دول
# الساحل المتنامي): they end the name, and after a head with one country (تحالف روسيا
# المتنامي مع …) they show the head is a common noun.
_DESCRIBING = frozenset({
    "المتنامي", "المتناميه", "المتزايد", "المتزايده", "المقترح", "المقترحه", "المرتقب",
    "المرتقبه", "الجديد", "الجديده", "الحالي", "الحاليه", "السابق", "السابقه", "المزعوم",
    "المزعومه", "الناشئ", "الناشئه", "الموسع", "الموسعه", "القائم", "القائمه", "الوثيق",
    "الوثيقه", "المحتمل", "المحتمله", "المعارض", "المعارضه",
    # تحالف الميليشيات المعروف باسم …: what the body is called follows, its name is not this.
    "الملقب", "الملقبه", "المدعو", "المدعوه",
}) | _KNOWN_AS
_ORG_HEADS_DEFINITE = frozenset("ال" + h for h in _ORG_HEADS)
# Armed forces: a name with a nationality adjective (الجيش الأمريكي، القوات البحرية السعودية).
FORCES = frozenset({"القوات", "الجيش", "البحريه"})
_FORCE_BRANCHES = frozenset({"البحريه", "الجويه", "البريه", "المسلحه", "الخاصه"})
_ROYAL = "الملكيه"
_MEDIA = frozenset({"صحيفه", "جريده", "قناه", "وكاله", "منصه", "موقع", "مجله", "اذاعه", "شبكه",
                    "تلفزيون"})
# Nouns of a body whose quoted name follows them (منظمة "X"، حزب «X»).
_QUOTED_NAME_HEADS = _MEDIA | {_COMPANY, "منظمه", "جمعيه", "مؤسسه", "حزب", "حركه"}
# Words of statement after which لـ«X» is the medium spoken to (قال لـ«X»، في تصريح لـ«X»).
_STATEMENT_WORDS = frozenset(p + w for p in ("", "و", "ف", "في") for w in (
    "قال", "قالت", "اكد", "اكدت", "اوضح", "اوضحت", "كشف", "كشفت", "صرح", "صرحت", "ذكر", "ذكرت",
    "اضاف", "اضافت", "تصريح", "تصريحات", "تصريحه", "تصريحها", "تصريحاته", "تصريحاتها", "حديث",
    "حديثه", "حديثها", "مقابله", "مقابلته", "مقابلتها", "افاد", "افادت"))
# Nouns of the press, after which a place's name is the paper's (صحيفة الشرق الأوسط، جريدة
# الرياض): no newspaper is "of" a city or a region.
_PRESS = frozenset({"صحيفه", "جريده", "مجله"})

# Indefinite adjectives that make a head noun generic (مركز مشترك، صندوق إقليمي، مكتب
# تمثيلي): an organisation of that kind, not one by name.
_GENERIC = frozenset({
    "مشترك", "مشتركه", "اقليمي", "اقليميه", "دولي", "دوليه", "وطني", "وطنيه", "تمثيلي",
    "جديد", "جديده", "خاص", "خاصه", "محلي", "محليه", "مؤقت", "مؤقته", "دائم", "دائمه",
    "مستقل", "مستقله", "عسكري", "عسكريه", "امني", "امنيه", "انساني", "انسانيه", "ميداني",
    "ميدانيه", "رئيسي", "اقتصادي", "اقتصاديه", "تنسيقي", "استشاري", "فني", "فنيه", "موحد",
    "موحده", "عالمي", "عالميه", "متخصص", "متخصصه", "عمل",  # مجموعة عمل: a working group
    "سياسي", "سياسيه", "ثقافي", "ثقافيه", "تجاري", "تجاريه", "اعلامي", "اعلاميه", "طبي",
    "طبيه", "صحي", "صحيه", "تعليمي", "تعليميه", "علمي", "علميه", "بحثي", "بحثيه", "حكومي",
    "حكوميه",
    # Adjectives of a region, a bloc or a faith (منتدى خليجي، مركز عربي، بنك إسلامي).
    "عربي", "عربيه", "خليجي", "خليجيه", "اوروبي", "اوروبيه", "افريقي", "افريقيه", "اسيوي",
    "اسيويه", "اسلامي", "اسلاميه", "اممي", "امميه", "متوسطي", "متوسطيه", "غربي", "غربيه",
    # Describing adjectives (حزب معارض، حزب آخر، بنك كبير).
    "معارض", "معارضه", "حاكم", "حاكمه", "منافس", "منافسه", "متطرف", "متطرفه", "متشدد",
    "متشدده", "كبير", "كبيره", "صغير", "صغيره", "قديم", "قديمه", "اخر", "اخري", "ناشئ",
    "ناشئه", "بارز", "بارزه", "حليف", "شريك",
})

# A dateline whose source follows the place after a dash or a slash and ends the line
# (بيروت - «النهار»، أنقرة/ الأناضول): the source is a medium, also when its
# name is a place's.
_DATELINE_SOURCE = re.compile(
    r"(?m)^[^\S\n]*[^\W\d_][^\n\-–—/():]{0,30}?[^\S\n]*[-–—/:][^\S\n]*"
    r"[«\"“]?(?P<x>[^\W\d_][^\n«»\"“”()\-–—/:.،,]{0,30}?)[»\"”]?[^\S\n]*$")

# Nouns of a group, after which a quoted name that "it is known as" is the group's
# (تحالف الميليشيات المعروف باسم "X"، جماعة تدعى "X").
_GROUP_NOUNS = frozenset({
    "عصابه", "عصابات", "العصابات", "ميليشيا", "ميليشيات", "مليشيا", "فصيل", "فصائل", "شبكه",
    "ائتلاف", "تنظيم", "حركه", "حزب", "كتيبه", "لواء", "جبهه", "جماعات", "مجموعات",
})
_CALLED = frozenset({"يدعي", "تدعي", "تسمي", "يسمي"})
_BY_NAME = "باسم"

# القاعدة is "the base" or "the rule", فتح "opening" or "he opened", but for the group after
# these words: its kind (تنظيم، حركة، حركتي، فرع), its members (مسلحي، عناصر) …
_GROUP_CONTEXT = frozenset({
    "تنظيم", "تنظيمي", "فرع", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو", "عناصر", "زعيم", "قاده",
    "قيادي", "جماعات", "حركه", "حركتي", "حركتا",
    "تنظيمات", "خلايا", "خليه",
})
# … or the groups tied to it (المرتبطة بالقاعدة، الموالي للقاعدة، التابعة للقاعدة).
_AFFILIATED = frozenset({
    "مرتبط", "مرتبطه", "مرتبطين", "المرتبط", "المرتبطه", "المرتبطين", "الموالي", "المواليه",
    "الموالين", "موالي", "مواليه", "تابع", "تابعه", "صلات", "علاقات", "المنتمي", "المنتميه",
    "منتمي", "المنتمين",
}) | _SUBORDINATE
# Past verbs of statement in the feminine, whose subject a group is (قالت، أعلنت، نفت).
_STATING = frozenset(p + w for p in ("", "و", "ف") for w in (
    "قالت", "اعلنت", "اكدت", "اعتبرت", "رفضت", "دعت", "نددت", "طالبت", "اتهمت", "رحبت",
    "حذرت", "ادانت", "نفت", "تبنت", "هددت", "اوضحت", "ذكرت", "اشارت"))
# Group names that are everyday words, with the listed name that gives their entry.
_AMBIGUOUS_GROUPS = {"القاعده": "تنظيم القاعده", "فتح": "حركه فتح"}
# How far into an article a dateline may stand (a headline line, then the dateline).
_DATELINE_REACH = 400
# A dateline's agency in brackets (نيروبي (شينخوا) -); a short form in brackets; a quoted name.
_DATELINE = re.compile(
    r"(?m)^[^\S\n]*[^\W\d_][^\n()]{0,30}?\((?P<x>[^()\n\d]{1,25})\)[^\S\n]*[-–—:]")
BRACKET = re.compile(r"[^\S\n]*\((?P<x>[^()\n\d]{2,30})\)")
# A one-word short name in quotation marks after an organisation's name, before إن/أن: هيئة
# البث العامة "X" أن … (the quotes side reads no quotation there either).
_QUOTED_SHORT_NAME = re.compile(r' ["«“](?P<x>\w+)["»”] +[وف]?ب?ان(?:ه|ها|هم)?\b')
QUOTED = re.compile(r"[^\S\n]*[\"«“](?P<x>[^\"»”\n]{2,40})[\"»”]")

# Endings of a relational adjective (الخليجي، العالمية، الأوروبيين).
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يان", "يتين", "يتان")
# Adjectives of rank that name bodies take (المديرية العامة، المحكمة العليا).
_RANK_ADJECTIVES = frozenset({"العام", "العامه", "العليا", "الاعلي"})


def _adjective_shaped(word: str) -> bool:
    """Whether a definite word after a complete genitive chain can be an adjective of the
    name, a nisba (الدولي، العربية), a participle (المتحدة، المستقلة) or a rank (العامة),
    rather than a noun that begins what follows the name."""
    return (word.endswith(_NISBA_ENDINGS) or word.startswith("الم")
            or word in _RANK_ADJECTIVES)


_FIRST = attrgetter("first")


class RuleContext:
    """An article's tokens and lexicon matches, with what every rule asks about them."""

    def __init__(self, toks: list[Token], nm: Normalized, lex: Lexicon, found: list[Match]):
        self.toks, self.nm, self.norm, self.lex = toks, nm, nm.norm, lex
        self.starts = token_starts(toks)
        self.at = {m.first: m for m in found}
        self.covered: set[int] = set()
        covered = self.covered
        for m in found:
            first, last = m.first, m.last
            if last == first + 1:
                covered.add(first)  # most matches are one word: no range to build
            else:
                covered.update(range(first, last))
        self.vocab = vocabulary(toks)

    def key(self, i: int) -> str:
        return self.toks[i].text

    def joined(self, i: int, j: int) -> bool:
        return joined(self.norm, self.toks[i], self.toks[j])

    def head(self, i: int, heads: frozenset[str]) -> int | None:
        """The offset of a head noun in token ``i`` after proclitics (و، ب، ل …), if any."""
        # A plain loop: no generator to build at each of the many calls per article.
        for r in cached_readings(self.toks[i].text):
            if r.key in heads:
                return r.offset
        return None

    def tokens_in(self, nstart: int, nend: int) -> tuple[int, int]:
        return bisect_left(self.starts, nstart), bisect_left(self.starts, nend)

    def unknown_name(self, i: int) -> bool:
        """Whether token ``i`` looks like a proper name the lexicon does not list."""
        w = self.toks[i].text
        return (len(w) >= 3 and not w.startswith(("ال", "و")) and not w.isdigit()
                and w not in FUNCTION_WORDS and w not in self.lex.words
                and w not in self.lex.titles)

    def has_article(self, i: int) -> bool:
        """Whether token ``i``, folded to ال…, was written with the article (not ألـ, إلـ)."""
        start = self.toks[i].start
        s, _ = self.nm.to_original(start, start + 1)
        return self.nm.original[s] not in "أإآ"

    def ta_marbuta(self, i: int) -> bool:
        """Whether token ``i`` ends in ة as written (its folded ه may be a real ه)."""
        end = self.toks[i].end
        _, e = self.nm.to_original(end - 1, end)
        return self.nm.original[e - 1] == "ة"

    def label_at(self, i: int) -> str:
        m = self.at.get(i)
        return m.entry.label if m is not None else ""


class OrgRules(RuleContext):
    """The rules that find organisations, each tried at a token holding one of its words
    (``ORG_RULE_WORDS``); a rule returns the match it finds there, or None."""

    def org_phrase(self, i: int) -> Match | None:
        """An organisation's head noun at token ``i`` with the genitive phrase naming it."""
        n, toks = len(self.toks), self.toks
        if i in self.at:
            return None  # the lexicon names it already
        offset = self.head(i, _ORG_HEADS)
        # للجنة is ل + اللجنة: a definite head, whatever the reading of its letters.
        definite = offset is None or (offset == 1 and toks[i].text.startswith("لل"))
        if not definite and i + 1 < n and (
            (toks[i + 1].text in _GENERIC and self.joined(i, i + 1))
            or self.indefinite_adjective(i + 1)
        ):
            return None  # مركز مشترك، صندوق إقليمي، مجلس بلدي: a kind of body, not a name
        if offset is None:
            if toks[i].text in FORCES:
                return self.forces(i)
            if toks[i].text not in _ORG_HEADS_DEFINITE:
                return self.named_by_one_adjective(i)  # بالجامعة الأردنية
            offset = 0
        end = self.adjectives_name(i) if definite else None
        if end is None and definite:
            named = self.named_by_one_adjective(i)
            if named is not None:
                return named
        if end is not None:
            return Match(i, end, toks[i].start + offset, toks[end - 1].end, Entry(ORG))
        j, names, definites, construct, last_good = i + 1, 0, 0, False, None
        closed = False
        national = False  # a nationality adjective follows the name (شركة أرامكو السعودية)
        placed = False  # the name holds a place (جامعة الكويت): no unread word continues it
        # المكتب الدولي للملاحة البحرية: a definite head, its adjective and what it is for.
        # المعهد النرويجي للشؤون الدولية: its adjective may be a nationality.
        adjective = self.at.get(i + 1)
        nationality = adjective is not None and adjective.entry.label == NORP
        after = adjective.last if adjective is not None and nationality else i + 2
        while (after < n and after - i <= 3 and toks[after].text.startswith("ال")
               and _adjective_shaped(toks[after].text) and self.joined(after - 1, after)):
            # المفوضية العليا المستقلة للانتخابات: more adjectives, then the purpose; one of
            # them may be a nationality (الاتحاد العام المغربي للشغل).
            later = self.at.get(after)
            if later is not None and later.entry.label == NORP and after > i + 1:
                after = later.last
            elif after in self.covered:
                break
            else:
                after += 1
        # الجماعة الأنديزية (كان): a short form in brackets shows a name, as a purpose
        # does.
        described = (definite and after <= n and _adjective_shaped(toks[after - 1].text)
                     and toks[i + 1].text.startswith("ال")
                     and (nationality or i + 1 not in self.covered)
                     and self.joined(i, i + 1)
                     and ((after < n and self.joined(after - 1, after) and self.purpose(after))
                          or BRACKET.match(self.norm, toks[after - 1].end) is not None))
        only_org = None  # the listed organisation the phrase holds, when it holds one alone
        while j < n and j - i <= 6 and self.joined(j - 1, j):
            m = self.at.get(j)
            w = toks[j].text
            if m is not None and m.nstart != toks[j].start and not w.startswith("ل"):
                break  # بداكار: "in Dakar" says where the organisation is, not its name
            if described and j < after and m is None:
                j += 1  # the adjectives read above, العام too (a function word elsewhere)
                last_good = j
                continue
            if m is not None and m.entry.label in (COUNTRY, LOCATION, ORG):
                only_org = m if names == 0 and j == i + 1 and m.entry.label == ORG else None
                placed = placed or m.entry.label != ORG
                names += 1
                j = m.last
                last_good = j
                continue
            if m is not None and m.entry.label == NORP:
                if names and not (definites or construct or definite):
                    # A name takes a definite adjective (شركة أرامكو السعودية); an indefinite
                    # one describes a kind (شركة تعدين روسية).
                    national = w.startswith("ال")
                    break  # معهد ليو الياباني: the name is complete without it
                j = m.last
                last_good = j
                if described and j == after:
                    continue  # المعهد النرويجي للشؤون الدولية
                # هيئة البث الإسرائيلية: a head, its complement and a nationality name one
                # body.
                closed = definites > 0 and not definite
                break  # a nationality adjective closes the name
            if not definite and j == i + 1 and w in _CONSTRUCT:
                j += 1  # تحالف دول الساحل: a construct noun, completed by what follows
                construct = True
                continue
            if (w in _DESCRIBING and names == 1 and not (definites or construct or definite)
                    and m is None):
                return None  # تحالف روسيا المتنامي: a growing alliance of Russia's
            if self.coordinated(j, last_good):
                j += 1  # وزارة النفط والمعادن، للرصد والإنذار: two fields, one body
                last_good = j
                continue
            if (w in FUNCTION_WORDS or w.startswith("و") or w in self.lex.titles
                    or w.isdigit() or w in _ORG_STOP or w in _DESCRIBING):
                break
            if w.startswith("ال") or w.startswith("لل"):
                if construct and definites and not _adjective_shaped(w):
                    break  # اتحاد نقابات العمال الخطة: the genitive chain ended at العمال
                definites += 1
                j += 1
                last_good = j
                continue
            if w.startswith("ل") and len(w) >= 4 and j + 1 < n and self.joined(j, j + 1):
                j += 1  # لدول غرب أفريقيا: a genitive with ل, completed by what follows
                continue
            if construct and names == 0 and j == i + 2 and w in self.lex.first_names:
                names, last_good = 1, j  # جامعة X فلان: X (read as a construct noun) names it
                break
            # After a place (جامعة الكويت) or a name, a given name begins the person the
            # body is named with (جامعة X فلان), not more of its name.
            if (self.unknown_name(j) and (j - i <= 2 or names + construct == j - i - 1 == 2)
                    and not definites and not definite and not placed
                    and not ((names or construct) and w in self.lex.first_names)
                    and not w.endswith(("ت", "وا")) and not self.ta_marbuta(j)):
                if j == i + 1 and self.indefinite_adjective(j + 1):
                    return None  # مركز دعم لوجستي: a noun and its adjective describe a body
                # A name by the head; not a past verb, nor an adjective (جماعة مسلحة). Two
                # words, or three when all are unread words (a name in construct, not a
                # purpose: تحالف X لرفع سقف …).
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
        head = toks[i].text[offset:]
        if head == _COMMITTEE and toks[i + 1].text == _POLICY and last_good <= i + 3:
            return None  # لجنة السياسة النقدية: an organ of whatever body sets that policy
        if only_org is not None and last_good == only_org.last and head not in _ORGANS:
            return None  # بعثة حلف الناتو: the organisation is named, its mission is not
        if head == _MISSION and last_good - i > 2:
            last_good = self.mission_place(i, last_good)
        if definite and names == 0 and not described:
            return None
        if (not definite and names == 0 and definites < 2 and not (construct and definites)
                and not closed):
            return None
        if not (definite or closed or national) and head == _COMPANY:
            return None
        if head == _FRONT and toks[last_good - 1].text.endswith("يه"):
            return None  # جبهة القتال الشرقية: the adjective agrees with the front it places
        return Match(i, last_good, toks[i].start + offset, toks[last_good - 1].end,
                     Entry(ORG))

    def mission_place(self, i: int, end: int) -> int:
        """The end of a mission's name at token ``i`` that runs through the place it works in
        after what it is for (بعثة الأمم المتحدة للاستفتاء في الصحراء الغربية، بعثة الاتحاد
        الأفريقي لدعم الاستقرار في الصومال): ``end`` when no purpose or no place is there (بعثة
        حلف الناتو في كوسوفو names the alliance, and its mission works in Kosovo)."""
        toks, n = self.toks, len(self.toks)
        if (end + 1 >= n or toks[end].text != _IN or not self.joined(end - 1, end)
                or not self.joined(end, end + 1)
                or not any(self.purpose(k) for k in range(i + 2, end))):
            return end
        place = self.at.get(end + 1)
        if place is None or place.entry.label not in (COUNTRY, LOCATION):
            return end
        return place.last

    def named_by_one_adjective(self, i: int) -> Match | None:
        """A court named by its jurisdiction (المحكمة الإدارية، المحكمة العسكرية) or a
        university by its country (الجامعة الأردنية، بالجامعة الأردنية): one adjective after
        the definite head makes the name, and a nationality after the court's adjective
        belongs to it (المحكمة الإدارية التونسية)."""
        toks, n = self.toks, len(self.toks)
        reading = next((r for r in cached_readings(toks[i].text)
                        if r.key in _NAMED_BY_ONE_ADJECTIVE), None)
        if reading is None or i + 1 >= n or not self.joined(i, i + 1):
            return None
        w = toks[i + 1].text
        m = self.at.get(i + 1)
        if reading.key == _UNIVERSITY:
            if m is None or m.entry.label != NORP or not w.startswith("ال"):
                return None
            end = m.last
        elif (m is not None or i + 1 in self.covered or not w.startswith("ال")
                or not w.endswith("يه") or len(w) < 7 or w in FUNCTION_WORDS
                or w in _DESCRIBING or not self.has_article(i + 1)
                or f"{reading.key} {w}" in self.lex.entries):
            return None
        else:
            end = i + 2
            nationality = self.at.get(end)
            if (nationality is not None and nationality.entry.label == NORP
                    and toks[end].text.startswith("ال") and self.joined(i + 1, end)):
                end = nationality.last
        return Match(i, end, toks[i].start + reading.offset, toks[end - 1].end, Entry(ORG))

    def coordinated(self, j: int, last_good: int | None) -> bool:
        """Whether token ``j`` is و + a definite singular noun coordinated with the definite
        word that ends the name so far (المركز الوطني للرصد والإنذار): not a body
        of its own (والحكومة), not a plural (والسلطات), and the name ends with it or with a
        nationality adjective (وزارة النفط والمعادن اليمنية)."""
        toks, n = self.toks, len(self.toks)
        w = toks[j].text
        if (last_good != j or not w.startswith("وال") or len(w) < 5 or j in self.at
                or not toks[j - 1].text.startswith(("ال", "لل"))
                or w[1:] in _ORG_HEADS_DEFINITE or w[1:] in self.lex.titles
                or w[1:] in self.lex.entries  # مجلس الأمة والحكومة: a body of its own
                or w.endswith(("ات", "ين", "ون"))):
            return False
        if j + 1 >= n or not self.joined(j, j + 1):
            return True
        nxt = self.at.get(j + 1)
        if nxt is not None:
            return nxt.entry.label == NORP and toks[j + 1].text.startswith("ال")
        return not toks[j + 1].text.startswith(("ال", "لل"))

    def adjectives_name(self, i: int) -> int | None:
        """The end of a name made of a definite head and two or three relational adjectives
        the lexicon does not list, one of them more than generic (الاتحاد الوطني
        الكردستاني، المجلس العسكري الانتقالي; not المركز الوطني الإقليمي). A nationality may
        come first when two such adjectives follow it (الحزب السوري القومي الاجتماعي)."""
        toks, n = self.toks, len(self.toks)
        j = i + 1
        nationality = self.at.get(j)
        if (nationality is not None and nationality.entry.label == NORP
                and nationality.last == j + 1 and toks[j].text.startswith("ال")
                and self.joined(i, j)):
            j += 1
        first = j
        while (j < n and j - first <= 2 and j not in self.covered and self.joined(j - 1, j)
               and toks[j].text.startswith("ال") and toks[j].text.endswith(("ي", "يه"))
               and len(toks[j].text) >= 6 and toks[j].text not in FUNCTION_WORDS
               and toks[j].text not in _DESCRIBING and self.has_article(j)):
            j += 1
        if j - first < 2 or all(toks[k].text[2:] in _GENERIC for k in range(first, j)):
            return None
        return j

    def indefinite_adjective(self, j: int) -> bool:
        """Whether token ``j`` is an indefinite relational adjective joined to the word before
        it (لوجستي، إقليمية), which no listed name holds."""
        if j >= len(self.toks) or not self.joined(j - 1, j):
            return False
        w = self.toks[j].text
        return (len(w) >= 4 and w.endswith(("ي", "يه")) and not w.startswith("ال")
                and w not in FUNCTION_WORDS and w not in self.lex.words)

    def purpose(self, j: int) -> bool:
        """Whether token ``j`` opens what a body is for: لل… (للملاحة) or ل + a noun with a
        definite genitive (لمكافحة الاحتيال)."""
        w = self.toks[j].text
        if w.startswith("لل") and len(w) >= 5:
            return True
        return (w.startswith("ل") and len(w) >= 4 and j + 1 < len(self.toks)
                and self.toks[j + 1].text.startswith("ال") and self.joined(j, j + 1))

    def forces(self, i: int) -> Match | None:
        """الجيش القطري، البحرية الأمريكية، القوات البحرية السعودية: armed forces named by
        their country (القوات with a nationality alone, القوات الفرنسية, stays a NORP), or
        royal ones (البحرية الملكية، البحرية الملكية البريطانية)."""
        n, toks = len(self.toks), self.toks
        if (toks[i].text == "البحريه" and i > 0 and self.joined(i - 1, i)
                and toks[i - 1].text.startswith("ال")):
            return None  # الشؤون البحرية الغانية: the adjective of a noun, not the navy
        j = i + 1
        while j < n and toks[j].text in _FORCE_BRANCHES and self.joined(j - 1, j):
            j += 1
        royal = j < n and toks[j].text == _ROYAL and self.joined(j - 1, j)
        j += royal
        if toks[i].text == "القوات" and j == i + 1:
            return None
        m = self.at.get(j)
        if j >= n or m is None or not self.joined(j - 1, j):
            # البحرية الملكية، القوات الجوية الملكية: a royal force is named without its
            # country.
            return Match(i, j, toks[i].start, toks[j - 1].end, Entry(ORG)) if royal else None
        # السعودية is listed as the country; here it is the adjective.
        adjective = m.entry.label == NORP or (
            m.entry.label == COUNTRY and toks[j].text.startswith("ال")
            and toks[j].text.endswith("يه") and m.last == j + 1)
        if not adjective:
            return None
        return Match(i, m.last, toks[i].start, toks[m.last - 1].end,
                     Entry(ORG, country=m.entry.country))

    def media_name(self, i: int) -> Match | None:
        """قناة "X"، منصة «X»، شركة "X": the quoted name of a medium or a company is an
        ORG; so is a medium's unquoted name before its nationality (صحيفة X اليابانية)."""
        if self.head(i, _QUOTED_NAME_HEADS) is None:
            return None
        q = QUOTED.match(self.norm, self.toks[i].end)
        if q is None:
            return self.medium_before_nationality(i) or self.press_named_for_place(i)
        if len(q.group("x").split()) > 4:
            return None
        a, b = self.tokens_in(q.start("x"), q.end("x"))
        if b <= a:
            return None
        name = " ".join(t.text for t in self.toks[a:b])
        listed = self.lex.entries.get(name)
        entry = listed if listed is not None and listed.label == ORG else Entry(ORG)
        return Match(a, b, self.toks[a].start, self.toks[b - 1].end, entry)

    def medium_before_nationality(self, i: int) -> Match | None:
        """صحيفة X اليابانية، موقع X الأمريكي: one to three words no list knows between a
        medium's noun and a definite nationality adjective name the medium (an adjective
        of the noun itself would be indefinite: موقع إلكتروني أمريكي)."""
        toks, n = self.toks, len(self.toks)
        if self.head(i, _MEDIA) is None:
            return None
        j = i + 1
        while (j < n and j - i <= 3 and j not in self.covered and self.joined(j - 1, j)
               and self.unknown_name(j) and not self.ta_marbuta(j)):
            j += 1
        m = self.at.get(j)
        if (j == i + 1 or m is None or m.entry.label != NORP or not self.joined(j - 1, j)
                or not toks[j].text.startswith("ال")):
            return None
        return Match(i + 1, j, toks[i + 1].start, toks[j - 1].end, Entry(ORG))

    def press_named_for_place(self, i: int) -> Match | None:
        """صحيفة الشرق الأوسط، جريدة الرياض: a city's or a region's name right after a noun
        of the press is the newspaper's (an ORG in place of the place)."""
        m = self.at.get(i + 1)
        if (m is None or m.entry.label != LOCATION or self.head(i, _PRESS) is None
                or not self.joined(i, i + 1)):
            return None
        return Match(m.first, m.last, m.nstart, m.nend, Entry(ORG))

    def known_as(self, i: int) -> Match | None:
        """تحالف الميليشيات المعروف باسم "X"، جماعة تدعى "X": the quoted name a group is known
        by is an ORG (a group noun stands in the three words before)."""
        toks, n = self.toks, len(self.toks)
        w = toks[i].text
        if w in _KNOWN_AS:
            if i + 1 >= n or toks[i + 1].text != _BY_NAME or not self.joined(i, i + 1):
                return None
            after = toks[i + 1].end
        elif w in _CALLED:
            after = toks[i].end
        else:
            return None
        if not any(self.head(k, _GROUP_NOUNS | _ORG_HEADS | _ORG_HEADS_DEFINITE) is not None
                   for k in range(max(0, i - 3), i)):
            return None
        q = QUOTED.match(self.norm, after)
        if q is None or len(q.group("x").split()) > 4:
            return None
        a, b = self.tokens_in(q.start("x"), q.end("x"))
        if b <= a:
            return None
        return Match(a, b, toks[a].start, toks[b - 1].end, Entry(ORG))

    def armed_group(self, i: int) -> Match | None:
        """القاعدة or فتح as the group: after its kind or its members (تنظيم القاعدة، مسلحي
        القاعدة، حركتي فتح), after a tie (المرتبطة بالقاعدة، موالية لفتح), or next to another
        organisation (القاعدة وداعش، فتح وحماس)."""
        toks = self.toks
        r = next((r for r in cached_readings(toks[i].text) if r.key in _AMBIGUOUS_GROUPS),
                 None)
        if r is None or i in self.covered:
            return None
        prev = (self.head(i - 1, _GROUP_CONTEXT | _AFFILIATED)
                if i > 0 and self.joined(i - 1, i) else None)
        tied = prev is not None and (
            any(q.key in _GROUP_CONTEXT for q in cached_readings(toks[i - 1].text))
            or toks[i].text[: r.offset].endswith(("ب", "ل")))
        beside = ((i + 1 < len(toks) and toks[i + 1].text.startswith("و")
                   and self.label_at(i + 1) == ORG)
                  or (r.offset == 1 and toks[i].text[0] == "و" and self.label_at(i - 1) == ORG))
        # قالت فتح، أعلنت القاعدة: the subject of a verb of statement in the feminine, as a
        # movement or an organisation is; with a definite noun after it, فتح is the verbal
        # noun and its object (أكدت فتح المعابر), القاعدة a base and its adjective.
        stating = (r.offset == 0 and i > 0 and toks[i - 1].text in _STATING
                   and self.joined(i - 1, i)
                   and not (i + 1 < len(toks) and toks[i + 1].text.startswith("ال")
                            and self.joined(i, i + 1)))
        if not (tied or beside or stating):
            return None
        listed = self.lex.entries.get(_AMBIGUOUS_GROUPS[r.key])
        return Match(i, i + 1, toks[i].start + r.offset, toks[i].end,
                     listed if listed is not None else Entry(ORG))


# Each rule of ``OrgRules`` (in the order they are tried) with the words it starts from.
ORG_RULE_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("org_phrase", _ORG_HEADS | _ORG_HEADS_DEFINITE | FORCES),
    ("media_name", _QUOTED_NAME_HEADS),
    ("known_as", _KNOWN_AS | _CALLED),
    ("armed_group", frozenset(_AMBIGUOUS_GROUPS)),
)


def _datelines(norm: str) -> Iterator[re.Match[str]]:
    """The ``_DATELINE`` matches of ``norm``, in order. A dateline is one line holding a
    bracket, so only such lines are tried, found with ``str.find``: a regex scan of the whole
    article would try the pattern at every line start."""
    pos = norm.find("(")
    while pos != -1:
        d = _DATELINE.match(norm, norm.rfind("\n", 0, pos) + 1)
        if d is not None:
            yield d
        end = norm.find("\n", pos)
        if end == -1:
            return
        pos = norm.find("(", end)


def dateline_agencies(rules: OrgRules) -> list[Match]:
    """The agencies of the article's datelines, ``CITY (X) -``; a listed country in the
    brackets is where the city lies (``أدري (تشاد) -``), not an agency."""
    toks, out = rules.toks, []
    for d in _datelines(rules.norm):
        a, b = rules.tokens_in(d.start("x"), d.end("x"))
        if b > a and not _plural_noun(toks, a, b, rules.lex) and not _listed_country(
            toks, a, b, rules.lex
        ):
            out.append(Match(a, b, toks[a].start, toks[b - 1].end,
                             _source_entry(toks, a, b, rules.lex)))
    return out


def with_name_adjectives(rules: OrgRules, found: list[Match]) -> list[Match]:
    """An organisation named by a definite head and its adjective takes a further relational
    adjective the lexicon does not know into its name (الحزب الديمقراطي الكردستاني): that
    adjective is no country's, and a name rather than a description (not العسكري)."""
    toks, n = rules.toks, len(rules.toks)
    out = found
    for at, m in enumerate(found):
        k = m.last
        if (m.entry.label != ORG or k >= n or m.last - m.first < 2
                or not toks[m.first].text.startswith("ال")
                or not toks[k - 1].text.endswith(("ي", "يه"))
                or (at + 1 < len(found) and found[at + 1].first == k)):
            continue
        w = toks[k].text
        if (len(w) >= 6 and w.startswith("ال") and w.endswith(("ي", "يه"))
                and w not in rules.lex.words and w not in FUNCTION_WORDS
                and w[2:] not in _GENERIC and w not in _DESCRIBING
                and rules.has_article(k) and rules.joined(k - 1, k)):
            out = out if out is not found else list(found)
            out[at] = Match(m.first, k + 1, m.nstart, toks[k].end, Entry(ORG))
    return out


def with_coordinated_fields(rules: OrgRules, found: list[Match]) -> list[Match]:
    """An organisation whose name ends in a definite noun takes a coordinated field (وزارة
    النفط والمعادن) and then the nationality adjective of the whole name (وزارة النفط والمعادن
    الأردنية), as the organisation phrase does (``OrgRules.coordinated``)."""
    toks, n = rules.toks, len(rules.toks)
    out: list[Match] = []
    skip = -1
    for at, m in enumerate(found):
        if at == skip:
            continue
        k = m.last
        if (m.entry.label != ORG or m.last - m.first < 2 or k >= n
                or (at + 1 < len(found) and found[at + 1].first == k)
                or not rules.coordinated(k, k)):
            out.append(m)
            continue
        end = k + 1
        nxt = found[at + 1] if at + 1 < len(found) else None
        if nxt is not None and nxt.first == end and nxt.entry.label == NORP:
            end, skip = nxt.last, at + 1
        out.append(Match(m.first, end, m.nstart, toks[end - 1].end, Entry(ORG)))
    return out


def quoted_before_nationality(rules: OrgRules, found: list[Match]) -> list[Match]:
    """A short quoted name right before a nationality adjective is a company's or a
    medium's (``"إكسون موبيل" الأمريكية``, ``«كوميرسانت» الروسية``): no quotation is
    described by a nationality. Only the article's nationality matches are looked at."""
    norm, out = rules.norm, []
    for m in found:
        if m.entry.label != NORP:
            continue
        close = m.nstart - 1
        while close > 0 and norm[close] in " \t":
            close -= 1
        if close < 1 or norm[close] not in _CLOSING:
            continue
        opening = norm.rfind(_CLOSING[norm[close]], max(0, close - 40), close)
        if opening == -1:
            continue
        a, b = rules.tokens_in(opening + 1, close)
        text = norm[opening + 1 : close]
        if (not (0 < b - a <= 4) or "\n" in text or any(c in text for c in ".،,:؟?!")
                or rules.toks[a].text in FUNCTION_WORDS or not _names_a_body(rules, a)):
            continue
        out.append(Match(a, b, rules.toks[a].start, rules.toks[b - 1].end, Entry(ORG)))
    return out


def _names_a_body(rules: OrgRules, a: int) -> bool:
    """Whether the quoted name from token ``a`` on stands where a body acts or is governed:
    after a particle, a preposition or a past verb in the feminine (قالت، أعلنت), not after
    the noun of what it names (مسيرات "شاهد" الإيرانية: the drones are Iranian)."""
    if a == 0:
        return True
    prev = rules.toks[a - 1].text
    return prev in FUNCTION_WORDS or (prev.endswith("ت") and not prev.endswith("ات")
                                      and 3 <= len(prev) <= 6) or (
        prev.removeprefix("و") in _FORCE_NOUNS)  # قوات "X" الروسية: the force is X


# Nouns of an armed body whose quoted name follows (قوات "X"، مجموعة «X»).
_FORCE_NOUNS = frozenset({"قوات", "مجموعه", "جماعه", "ميليشيا", "فصيل", "كتيبه", "لواء"})


# Each closing quotation mark with its opening one.
_CLOSING = {'"': '"', "»": "«", "”": "“"}


def _plural_noun(toks: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    """Whether tokens ``[a, b)`` are one unlisted plural noun (طوكيو (وكالات) -: the news came
    from several agencies, none named)."""
    w = toks[a].text
    return b == a + 1 and w.endswith("ات") and len(w) >= 5 and w not in lex.entries


def _listed_country(toks: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    listed = lex.entries.get(" ".join(t.text for t in toks[a:b]))
    return listed is not None and listed.label == COUNTRY


def _source_entry(toks: list[Token], a: int, b: int, lex: Lexicon) -> Entry:
    """The entry of a dateline's source over tokens ``[a, b)``: a listed organisation's, also
    when the agency's noun is left out (الأناضول for وكالة الأناضول), or a new ORG."""
    name = " ".join(t.text for t in toks[a:b])
    for key in (name, "وكاله " + name):
        listed = lex.entries.get(key)
        if listed is not None and listed.label == ORG:
            return listed
    return Entry(ORG)


def dateline_sources(rules: OrgRules, found: list[Match], extra: list[Match]) -> list[Match]:
    """``found`` without the lexicon matches a dateline's source stands on (``extra`` gets the
    source): ``بيروت - «المدينة»`` names the newspaper, not the region. Datelines
    open an article, so only its first lines are read."""
    norm, toks = rules.norm, rules.toks
    end = norm.rfind("\n", 0, _DATELINE_REACH) if len(norm) > _DATELINE_REACH else len(norm)
    drop: set[int] = set()
    for d in _DATELINE_SOURCE.finditer(norm, 0, max(end, 0)):
        a, b = rules.tokens_in(d.start("x"), d.end("x"))
        first = rules.at.get(rules.tokens_in(d.start(), d.start() + 1)[0])
        if not (0 < b - a <= 4) or first is None or first.entry.label not in (COUNTRY, LOCATION):
            continue  # the line must open with a place
        entry = _source_entry(toks, a, b, rules.lex)
        extra.append(Match(a, b, toks[a].start, toks[b - 1].end, entry))
        drop.update(range(a, b))
        # The medium's name in quotation marks later in the article is the medium again
        # (لـ«الشرق الأوسط»), though the lexicon reads a place there.
        words = [t.text for t in toks[a:b]]
        for m in found:
            if (m.first >= b and m.last - m.first == b - a and _in_quotes(norm, m)
                    and [t.text for t in toks[m.first : m.last]] == words):
                extra.append(Match(m.first, m.last, m.nstart, m.nend, entry))
                drop.add(m.first)
    if not drop:
        return found
    return [m for m in found if m.first not in drop]


def quoted_short_names(rules: OrgRules, found: list[Match]) -> list[Match]:
    """``found`` with the quoted short name that follows an organisation's name added."""
    toks, norm, n = rules.toks, rules.norm, len(rules.toks)
    extra = []
    for m in found:
        k = m.last
        if m.entry.label != ORG or k >= n or rules.at.get(k) is not None:
            continue
        q = _QUOTED_SHORT_NAME.match(norm, m.nend)
        if q is not None and q.start("x") == toks[k].start and q.end("x") == toks[k].end:
            extra.append(Match(k, k + 1, toks[k].start, toks[k].end, Entry(ORG)))
    if not extra:
        return found
    return sorted(found + extra, key=_FIRST)


def told_media(rules: OrgRules, found: list[Match]) -> list[Match]:
    """A place's name in quotation marks after the preposition لـ is a medium someone spoke
    to (قالت لـ"الشرق الأوسط"، في تصريح لـ«الخليج»): an ORG, not the place; so is any short
    quoted name there right after a word of statement (في تصريح لـ«الجزيرة»)."""
    norm = rules.norm
    if not any(mark in norm for mark in ('ل"', "ل«", "ل“")):
        return found
    out = found
    for at, m in enumerate(found):
        if (m.entry.label in (LOCATION, COUNTRY) and m.nstart >= 3 and _in_quotes(norm, m)
                and norm[m.nstart - 2] == "ل" and not norm[m.nstart - 3].isalpha()):
            out = out if out is not found else list(found)
            out[at] = Match(m.first, m.last, m.nstart, m.nend, Entry(ORG))
    told = _told_names(rules)
    if not told:
        return out
    spans = {(t.first, t.last) for t in told}
    kept = [m for m in out if not any(a <= m.first and m.last <= b for a, b in spans)
            or ((m.first, m.last) in spans and m.entry.label == ORG)]
    have = {(m.first, m.last) for m in kept}
    return sorted(kept + [t for t in told if (t.first, t.last) not in have], key=_FIRST)


def _told_names(rules: OrgRules) -> list[Match]:
    """The short quoted names after لـ right after a word of statement (قال لـ«X»، في
    تصريحات لـ"X"): the media spoken to. Only the article's ل + quotation marks are read."""
    norm, toks, out = rules.norm, rules.toks, []
    for mark in ('ل"', "ل«", "ل“"):
        pos = norm.find(mark)
        while pos != -1:
            q = QUOTED.match(norm, pos + 1)
            here = pos
            pos = norm.find(mark, pos + 1)
            if q is None or (here and norm[here - 1].isalpha()):
                continue
            name = q.group("x")
            a, b = rules.tokens_in(q.start("x"), q.end("x"))
            k = rules.tokens_in(here, here + 1)[0] - 1
            if (not 0 < b - a <= 3 or any(c in name for c in ".،,:؟?!") or k < 0
                    or toks[k].text not in _STATEMENT_WORDS):
                continue
            out.append(Match(a, b, toks[a].start, toks[b - 1].end, _medium_entry(toks, a, b,
                                                                                 rules.lex)))
    return out


def _medium_entry(toks: list[Token], a: int, b: int, lex: Lexicon) -> Entry:
    """A listed medium's entry over tokens ``[a, b)``, also when its noun is left out
    (الجزيرة for قناة الجزيرة), or a new ORG."""
    name = " ".join(t.text for t in toks[a:b])
    for key in (name, *(noun + " " + name for noun in _MEDIA)):
        listed = lex.entries.get(key)
        if listed is not None and listed.label == ORG:
            return listed
    return Entry(ORG)


def country_adjectives(rules: OrgRules, found: list[Match]) -> list[Match]:
    """A country spelled as its feminine adjective (السعودية) right after a noun is that
    adjective: part of an organisation's name that takes one (وزارة الخارجية السعودية،
    الحكومة السعودية), else a NORP (مدينة جدة السعودية، السلطات السعودية)."""
    toks, lex = rules.toks, rules.lex
    out: list[Match] = []
    changed = False
    for m in found:
        k = m.first
        w = toks[k].text
        if (m.entry.label != COUNTRY or m.last != k + 1 or not w.startswith("ال")
                or not w.endswith("يه") or m.nstart != toks[k].start or k == 0
                or not rules.joined(k - 1, k)):
            out.append(m)
            continue
        prev = out[-1] if out and out[-1].last == k else None
        before = toks[k - 1].text
        listed = lex.entries.get(before)
        if prev is not None and prev.entry.label == ORG:
            if (not {ADJ, ADJ_REQUIRED} & prev.entry.flags
                    or not toks[prev.first].text.endswith(("ه", "ات"))
                    or (listed is not None and listed.label == NORP)):
                out.append(m)
                continue
            out[-1] = Match(prev.first, m.last, prev.nstart, m.nend,
                            Entry(ORG, m.entry.country, "", prev.entry.flags))
        elif prev is None and listed is not None and {ADJ, ADJ_REQUIRED} & listed.flags:
            out.append(Match(k - 1, m.last, toks[k - 1].start, m.nend,
                             Entry(ORG, m.entry.country, "", listed.flags)))
        elif (prev is not None and prev.entry.label == LOCATION) or (
                prev is None and before.startswith("ال") and before.endswith(("ه", "ات"))
                and before not in FUNCTION_WORDS):
            # The adjective agrees with a feminine or plural noun (الحكومة، السلطات); after a
            # masculine one it is the object (زار الوفد السعودية).
            out.append(Match(k, m.last, m.nstart, m.nend, Entry(NORP, m.entry.country)))
        else:
            out.append(m)
            continue
        changed = True
    return out if changed else found


def _in_quotes(norm: str, m: Match) -> bool:
    """Whether quotation marks stand right around match ``m``."""
    return (m.nstart > 0 and norm[m.nstart - 1] in "«\"“"
            and norm[m.nend : m.nend + 1] in ("»", '"', "”"))
