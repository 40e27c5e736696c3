"""The fullest name an organisation goes by in an article."""

from __future__ import annotations

import pytest

from nato_reader.core.org_aliases import display, org_aliases
from nato_reader.core.record import COUNTRY, ORG, Span


def org(text: str, words: str, canonical: str | None = None) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), ORG, words, attrs={"canonical": canonical or words})


def test_a_short_name_in_brackets_stands_for_the_full_name() -> None:
    text = "وقالت رابطة منتجي الغاز في المنطقة (رامغ) إن الإنتاج تراجع."
    full, short = org(text, "رابطة منتجي الغاز في المنطقة"), org(text, "رامغ")
    assert org_aliases(text, [full, short]) == {"رامغ": "رابطة منتجي الغاز في المنطقة"}


def test_a_head_noun_before_a_short_canonical_name_joins_it() -> None:
    text = "وقالت منظمة أطباء بلا حدود إن المستشفى أغلق."
    doctors = org(text, "أطباء بلا حدود")
    assert org_aliases(text, [doctors]) == {"أطباء بلا حدود": "منظمة أطباء بلا حدود"}


def test_a_name_far_from_the_brackets_is_no_alias() -> None:
    text = "وقالت رابطة منتجي الغاز إن الإنتاج تراجع، وأكد اتحاد النقل (اتحاد) ذلك."
    gas, transport = org(text, "رابطة منتجي الغاز"), org(text, "اتحاد النقل")
    assert org_aliases(text, [gas, transport]) == {}


@pytest.mark.parametrize(("written", "shown"), [
    ("الولاياتالمتحدة", "الولايات المتحدة"),
    ("الاتحادالأوروبي", "الاتحاد الأوروبي"),
    ("إثيوبيا", "إثيوبيا"),
    ("المتحدثة", "المتحدثة"),
])
def test_a_name_that_lost_its_spaces_is_shown_with_them(written: str, shown: str) -> None:
    assert display(Span(0, len(written), COUNTRY, written)) == shown
