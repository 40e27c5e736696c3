"""The gazetteers load into lookups with the agreed labels and codes."""

from __future__ import annotations

from nato_reader.core.lexicon import key_of, lexicon, nisba_forms
from nato_reader.core.record import COUNTRY, LOCATION, NORP, ORG


def _entry(name):
    return lexicon().entries.get(key_of(name))


def test_cldr_and_hand_written_countries():
    assert _entry("البرازيل").country == "BR"  # from CLDR only
    assert _entry("امريكا").country == "US"
    assert _entry("أميركا").label == COUNTRY
    assert _entry("كوسوفو").country == "XK"
    assert _entry("تايوان").country == "TW"


def test_continents_are_locations_not_countries():
    assert _entry("أمريكا الشمالية").label == LOCATION
    assert _entry("أوروبا").label == LOCATION


def test_nisba_inflections_made_by_rule():
    forms = set(nisba_forms("كوري شمالي"))
    assert {"الكورية الشمالية", "الكوريون الشماليون", "كوريين شماليين"} <= forms
    for word in ("الإيطالية", "إيطاليون", "الإيطاليين", "إيطاليات"):
        assert _entry(word).label == NORP and _entry(word).country == "IT", word
    assert _entry("الأتراك").country == "TR"  # a broken plural from the list


def test_blocs_and_continents_have_no_nationality():
    assert _entry("الأوروبية") is None
    assert _entry("الآسيويين") is None


def test_country_wins_over_same_spelt_adjective():
    assert _entry("السعودية").label == COUNTRY


def test_all_nato_names_share_one_canonical():
    names = ("الناتو", "حلف الناتو", "منظمة حلف شمال الأطلسي", "NATO")
    canon = {_entry(n).canonical for n in names}
    assert canon == {"حلف شمال الأطلسي"}
    assert _entry("الناتو").label == ORG


def test_every_code_in_the_hand_written_lists_is_a_known_country():
    from nato_reader.paths import resource

    known = {line.split("\t")[1].strip()
             for line in resource("gazetteers", "countries.tsv").read_text("utf-8").splitlines()
             if line and not line.startswith("#")} | {"OM", "ML", "BJ"}
    for name in ("country_aliases.tsv", "cities.tsv", "regions.tsv", "nationalities.tsv",
                 "organizations.tsv"):
        for line in resource("gazetteers", name).read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            codes = [cells[0]] if name == "nationalities.tsv" else cells[1:3]
            for code in codes:
                if len(code) == 2 and code.isupper():
                    assert code in known, f"{name}: {line!r}"
