"""The gazetteers load into lookups with the agreed labels and codes."""

from __future__ import annotations

from nato_reader.core.lexicon import Entry, Lexicon, key_of, lexicon, nisba_forms
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


def test_word_trie_leads_to_the_entry_of_each_key():
    lex = Lexicon()
    lex.add("حلف شمال الأطلسي", Entry(ORG, canonical="الناتو"))
    lex.add("شمال", Entry(LOCATION))
    node = lex.trie["حلف"]
    assert node.entry is None  # حلف alone is no entry
    node = node.next["شمال"].next["الاطلسي"]
    assert node.entry.canonical == "الناتو" and not node.next
    assert lex.trie["شمال"].entry.label == LOCATION


def test_word_trie_keeps_the_stronger_label_like_the_entries():
    lex = Lexicon()
    lex.add("السعودية", Entry(NORP, country="SA"))
    lex.add("السعودية", Entry(COUNTRY, country="SA"))
    lex.add("السعودية", Entry(NORP, country="SA"))
    assert lex.trie[key_of("السعودية")].entry == lex.entries[key_of("السعودية")]
    assert lex.trie[key_of("السعودية")].entry.label == COUNTRY


def test_every_shipped_key_is_reached_through_the_trie():
    lex = lexicon()
    for key, entry in lex.entries.items():
        words = key.split(" ")
        node = lex.trie[words[0]]
        for word in words[1:]:
            node = node.next[word]
        assert node.entry == entry, key


def test_a_parliament_or_an_army_takes_its_nationality_into_its_name() -> None:
    from nato_reader.core.entities import find_entities

    spans = [(s.text, s.label) for s in find_entities(
        "وصوت مجلس النواب العراقي ومجلس الأمة الجزائري على القانون، وقال الجيش الوطني "
        "الصومالي إن البنك المركزي الأردني سيدعم الخطة.")]
    for name in ("مجلس النواب العراقي", "مجلس الأمة الجزائري", "الجيش الوطني الصومالي",
                 "البنك المركزي الأردني"):
        assert (name, ORG) in spans, name
    assert not any(label == NORP for _, label in spans)


def test_the_regions_movements_and_cities_are_listed() -> None:
    assert _entry("حركة طالبان باكستان").country == "PK"
    assert _entry("حركة أمل").label == ORG
    assert _entry("الجهاد الإسلامي").label == ORG
    assert _entry("حكومة الوحدة الوطنية").label == ORG
    for city, code in (("صبراتة", "LY"), ("تيراسبول", "MD"), ("القامشلي", "SY"),
                       ("أضنة", "TR"), ("الأهواز", "IR"), ("كيدال", "ML"), ("باتومي", "GE")):
        assert _entry(city).label == LOCATION and _entry(city).country == code, city


def test_cities_listed_with_everyday_spellings_stay_words() -> None:
    from nato_reader.core.entities import find_entities

    spans = find_entities("وجاء ذلك في إطار الاتفاق، ونقلت وكالة الأنباء القطرية (قنا) الخبر "
                          "عن العين الساهرة.")
    assert not any(s.label == LOCATION for s in spans)
    assert [s.text for s in spans if s.label == ORG] == ["وكالة الأنباء القطرية", "قنا"]


def test_one_organisation_under_each_of_its_names() -> None:
    assert {_entry(n).canonical for n in ("الحوثيون", "الحوثيين", "جماعة الحوثي",
                                          "أنصار الله")} == {"جماعة أنصار الله"}
    assert _entry("صندوق النقد").canonical == _entry("صندوق النقد الدولي").canonical
    assert _entry("إيغاد").canonical == "الهيئة الحكومية للتنمية"
    assert (_entry("سوناطراك").label, _entry("سوناطراك").country) == (ORG, "DZ")


def test_compound_place_names_are_listed_whole() -> None:
    for name, code in (("حاسي مسعود", "DZ"), ("عين صالح", "DZ"), ("ريف دمشق", "SY"),
                       ("شبيلي السفلى", "SO"), ("رأس الرجاء الصالح", "ZA")):
        entry = _entry(name)
        assert (entry.label, entry.country) == (LOCATION, code), name
    assert _entry("إقليم كردستان") is None  # the noun stays outside: كردستان is the place
