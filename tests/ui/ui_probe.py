"""The probe article the window's tests annotate, and who annotates it."""

from __future__ import annotations

from nato_reader.core.record import Span, article_id

ANNOTATOR = "tester"

# A small article with what makes offsets and shaping hard: an emoji and a flag before the
# spans (two UTF-16 units each), a proclitic glued to a country, a Latin name inside Arabic,
# a quotation and its speaker.
PROBE_TEXT = (
    "🇯🇵 عاجل 📰\n"
    "قال ينس ستولتنبرغ في طوكيو إن الحلف سيواصل دعمه لأوكرانيا، وفق NHK.\n"
    "وأضاف الأمين العام: «الأمن ليس إقليميًا ولكنه عالمي».\n"
    "وتقترب روسيا والصين من بعضهما."
)


def probe_spans() -> list[Span]:
    def at(text: str, label: str, n: int, **attrs: str) -> Span:
        start = PROBE_TEXT.index(text)
        return Span(start, start + len(text), label, text, id=f"s{n}", source="auto", attrs=attrs)

    return [
        at("ينس ستولتنبرغ", "PERSON", 1, canonical="ينس ستولتنبرغ"),
        at("طوكيو", "LOCATION", 2, country="JP"),
        at("الأمن ليس إقليميًا ولكنه عالمي", "QUOTE", 3),
        at("روسيا", "COUNTRY", 4, country="RU"),
    ]


PROBE_ID = article_id(PROBE_TEXT)
