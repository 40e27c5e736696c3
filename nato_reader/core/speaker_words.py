"""Words that bound a speaker phrase: what is said about a speaker but is not its name.

An unnamed source often tells how it spoke (طلب عدم نشر اسمه "asked not to be named") and to
whom (لمجلة "…"، للصحفيين، لـ"…"): neither is part of the description, and neither is a
person when the entity finder reads it as one. A name no lexicon knows may carry the article
after عبد/أبو (عبد الله) or end in a definite family name (X الـYي، X الحسن: …).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nato_reader.core.claims import PARTICLE
from nato_reader.core.cues import fold
from nato_reader.core.lang.phrase_words import (
    MEDIA_NOUNS,
    ORG_HEADS,
    PHRASE_HEADS,
    REPORT_NOUNS,
    SOURCE_NOUNS,
)
from nato_reader.core.lexicon import lexicon
from nato_reader.core.record import PERSON, Span
from nato_reader.core.text import normalize_key

_key = lru_cache(maxsize=1 << 12)(normalize_key)

# Listeners with لـ after a body's name (قالت الحكومة للصحفيين), never part of the name.
LISTENERS = frozenset(fold(w) for w in (
    "للصحفيين", "للصحافيين", "للصحافة", "للإعلام", "للمراسلين", "للتلفزيون", "للإذاعة",
    "للوكالة", "للصحيفة", "للقناة", "للموقع", "للبرلمان", "للنواب", "للمشرعين",
))
# Verbs that open the clause an unnamed source adds about itself (طلب عدم نشر اسمه، رفض
# الكشف عن هويته، فضّل عدم ذكر اسمه, in any gender and number).
ANONYMITY = frozenset(fold(c + w) for c in ("", "و") for w in (
    "طلب", "طلبت", "طلبوا", "رفض", "رفضت", "رفضوا", "فضل", "فضلت", "فضلوا", "اشترط",
    "اشترطت", "اشترطوا", "شرط", "مشترطا", "طالبا", "طالبة", "مفضلا", "رافضا",
))
# A definite nisba (الـYي), folded: a family name when it closes a name.
NISBA = re.compile(r"ال\w{3,}ي")
# A word of a speaker phrase: what stands between spaces and punctuation. Written as
# ``[…][…]*`` rather than ``[…]+``: re then skips ahead to a possible first character
# instead of trying the pattern at every position.
PHRASE_WORD = re.compile(r"[^\s،,:;؛.!?؟«»\"“”„‟'‘’()\[\]][^\s،,:;؛.!?؟«»\"“”„‟'‘’()\[\]]*")
# What opens the words said right after a speaker's name: a colon or the particle.
STATEMENT_AHEAD = re.compile(rf"[^\S\n]*:|[^\S\n]+(?={PARTICLE.pattern})")


def is_listener(word: str) -> bool:
    """Whether ``word`` is the medium or audience a statement was given to (للصحفيين،
    لصحيفة، لقناة، لـ"…"): never part of who spoke."""
    key = _key(word)
    # A bare لـ is the medium written next in quotation marks: لـ"العربية".
    return key == "ل" or fold(word) in LISTENERS or (
        key.startswith("ل") and key[1:] in MEDIA_NOUNS)


# Common nouns that never take ب or ل as part of a speaker's words.
_GLUED_NOUNS = PHRASE_HEADS | ORG_HEADS | REPORT_NOUNS | MEDIA_NOUNS | SOURCE_NOUNS


@lru_cache(maxsize=1 << 12)
def is_prepositional(word: str) -> bool:
    """Whether ``word`` is a common noun behind the proclitic ب or ل (بقيادة، بمقر، ببيان،
    لإحدى، لشركة) or the proclitic alone (بـ"…"): it opens a phrase about the speaker, never
    starts or ends its name."""
    key = _key(word)
    # بـ"…" and لـ"…" write the proclitic apart, before a quotation
    return key[:1] in ("ب", "ل") and (not key[1:] or key[1:] in _GLUED_NOUNS)


def is_anonymity_verb(word: str) -> bool:
    """Whether ``word`` opens the clause an unnamed source adds about itself (طلب، فضّل)."""
    return fold(word) in ANONYMITY


def names_no_one(span: Span) -> bool:
    """Whether a PERSON span is words that name no one: the clause an unnamed source adds
    about itself (طلب عدم نشر اسمه) or the medium it spoke to (لموقع)."""
    if span.label != PERSON:
        return False
    first = span.text.split(maxsplit=1)
    return bool(first) and _names_no_one(first[0])


@lru_cache(maxsize=1 << 12)
def _names_no_one(word: str) -> bool:
    return is_anonymity_verb(word) or is_listener(word)


# Possessive pronouns a title carries, folded (رئيسها، رئيسه، زعيمهم).
_POSSESSIVES = ("هما", "هم", "هن", "ها", "ه")


@lru_cache(maxsize=1 << 12)
def possessed_title(key: str) -> bool:
    """Whether folded ``key`` is a title carrying a possessive pronoun (رئيسها، مديرته،
    زعيمهم): the body it heads was named before, the name follows."""
    titles = lexicon().titles
    for suffix in _POSSESSIVES:
        stem = key[:-len(suffix)]
        if key.endswith(suffix) and len(stem) > 2 and (
            stem in titles or (stem.endswith("ت") and stem[:-1] + "ه" in titles)
        ):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def manner_adverb(word: str) -> bool:
    """Whether ``word`` is an indefinite accusative of manner after a speech verb (أضاف
    ساخرا، ردّ غاضبا، قالت مبتسمة): how the speaker spoke, never who. Told by its pattern,
    since no lexicon lists them: فاعلا, or a participle مُستفعِلا/مُفتعِلا in either gender.
    The feminine فاعلة is left out: it is the shape of common given names (فاطمة)."""
    w = fold(word)
    if w.startswith(("و", "ف")) and len(w) > 5:
        w = w[1:]
    if w.startswith("ال") or not w.endswith(("ا", "ه", "ة")):
        return False
    stem = w[:-1]
    if w[-1] == "ا" and len(stem) == 4 and stem[1] == "ا" and stem[3] not in "يو":
        return True  # ساخرا، غاضبا، ضاحكا
    # مستفعل (مستنكرا) or مفتعل (مبتسمة): the forms names do not take.
    return stem[:1] == "م" and "ا" not in stem and (
        len(stem) == 6 or (len(stem) == 5 and stem[2] == "ت"))
