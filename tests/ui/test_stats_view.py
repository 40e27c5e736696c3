"""Statistics charts: Arabic names drawn as stored, in the bundled font, mirrored when RTL."""

from __future__ import annotations

import warnings

import pytest
from PIL import Image

from nato_reader.core.record import Record, Span, article_id
from nato_reader.store import Store
from nato_reader.ui.i18n import install_translators
from nato_reader.ui.stats_view import FONT_FAMILY, TOP_N, StatsDialog

TEXT = 'قال رئيس الوزراء الياباني فوميو كيشيدا إن "الأمن لا يتجزأ" وإن اليابان ستدعم أوكرانيا.'
SPEAKER = "فوميو كيشيدا"


def span(text: str, label: str, sid: str, **attrs) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text), label, text, id=sid, source="manual", attrs=attrs)


@pytest.fixture()
def store(tmp_db):
    store = Store.open(tmp_db, seed=False)
    record = Record(
        article_id(TEXT),
        TEXT,
        {"title": "كيشيدا"},
        [
            span(SPEAKER, "PERSON", "s1", canonical=SPEAKER),
            span("الأمن لا يتجزأ", "QUOTE", "s2", speaker=SPEAKER),
            span("اليابان", "COUNTRY", "s3", country="JP"),
            span("أوكرانيا", "COUNTRY", "s4", country="UA"),
        ],
    )
    store.add_records([record], analyze=False, annotator="هدى")
    yield store
    store.close()


@pytest.fixture()
def arabic(qapp):
    install_translators(qapp, "ar")
    yield
    install_translators(qapp, "en")


def ticks(dialog, key) -> list[str]:
    return [t.get_text() for t in dialog.charts[key].ax.get_yticklabels()]


def test_arabic_labels_are_drawn_as_stored_in_amiri(qtbot, store, arabic, tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dialog = StatsDialog(store)
        qtbot.addWidget(dialog)
        png = tmp_path / "speakers.png"
        dialog.save_png("speakers", str(png))
    # A missing glyph is reported as a warning: Amiri covers every letter drawn.
    assert not [w for w in caught if "Glyph" in str(w.message)]
    labels = dialog.charts["speakers"].ax.get_yticklabels()
    assert [t.get_text() for t in labels] == [SPEAKER]  # not reshaped, not reversed
    assert labels[0].get_fontname() == FONT_FAMILY
    assert sorted(ticks(dialog, "countries")) == ["أوكرانيا", "اليابان"]
    with Image.open(png) as image:
        assert image.size == (700, 500)
        assert len(image.getcolors(maxcolors=100_000)) > 20  # bars, text and anti-aliasing


def test_right_to_left_charts_are_mirrored(qtbot, store, arabic):
    dialog = StatsDialog(store)
    qtbot.addWidget(dialog)
    ax = dialog.charts["speakers"].ax
    assert ax.xaxis_inverted()
    assert ax.yaxis.get_ticks_position() == "right"


def test_english_charts_read_left_to_right(qtbot, store, qapp):
    install_translators(qapp, "en")
    dialog = StatsDialog(store)
    qtbot.addWidget(dialog)
    ax = dialog.charts["speakers"].ax
    assert not ax.xaxis_inverted()
    assert ax.yaxis.get_ticks_position() == "left"
    assert sorted(ticks(dialog, "countries")) == ["Japan", "Ukraine"]


def test_counts_come_from_the_store(qtbot, store, qapp):
    install_translators(qapp, "en")
    store.set_status(article_id(TEXT), "done", annotator="هدى")
    dialog = StatsDialog(store)
    qtbot.addWidget(dialog)
    status = dialog.charts["status"].ax
    widths = {
        t.get_text(): p.get_width()
        for t, p in zip(status.get_yticklabels(), status.patches, strict=True)
    }
    assert widths["Done"] == 1
    assert widths["New"] == 0
    assert len(widths) == 5
    annotators = dialog.charts["annotators"].ax
    assert ticks(dialog, "annotators") == ["هدى"]
    assert sum(p.get_width() for p in annotators.patches) == 4  # four labels by هدى
    assert {t.get_text() for t in annotators.get_legend().get_texts()} == {
        "Country",
        "Person",
        "Quote",
    }


def test_an_empty_database_says_so(qtbot, tmp_db, qapp):
    install_translators(qapp, "en")
    with Store.open(tmp_db, seed=False) as store:
        dialog = StatsDialog(store)
    qtbot.addWidget(dialog)
    chart = dialog.charts["speakers"]
    assert chart.empty.text() == "Nothing to show yet."
    assert not chart.empty.isHidden()
    assert chart.canvas.isHidden()


def test_only_the_busiest_annotators_are_charted(qtbot, store, qapp):
    install_translators(qapp, "en")
    aid = article_id(TEXT)
    start = TEXT.index("رئيس الوزراء")
    for i in range(TOP_N + 4):
        store.add_span(aid, start, start + len("رئيس"), "PERSON", annotator=f"annotator {i:02}")
    dialog = StatsDialog(store)
    qtbot.addWidget(dialog)
    names = ticks(dialog, "annotators")
    assert len(names) == TOP_N
    assert names[0] == "هدى"  # four labels: the busiest, on top
