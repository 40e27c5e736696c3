"""The article list reads only the rows it shows, filters through the store, and follows
changes to an article's status and counts."""

from __future__ import annotations

import pytest
from ui_probe import PROBE_ID

from nato_reader.core.record import Record, article_id
from nato_reader.store import Store
from nato_reader.ui.article_list import MAX_PAGES, PAGE, ArticleList

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture()
def big_store(store: Store) -> Store:
    texts = [f"خبر رقم {i}: اجتمع الوزراء في العاصمة لبحث التعاون." for i in range(3000)]
    store.add_records([Record(article_id(t), t, {"title": f"خبر {i}", "source": "gen"})
                       for i, t in enumerate(texts)], analyze=False)
    return store


def test_model_fetches_pages_as_the_view_scrolls(qtbot, big_store: Store) -> None:
    widget = ArticleList(big_store)
    qtbot.addWidget(widget)
    widget.resize(500, 600)
    widget.show()
    model = widget.model
    total = big_store.count_articles()
    assert model.rowCount() == total == 3003
    assert model.cached_rows() <= PAGE  # only what the first screen shows
    widget.view.scrollToBottom()
    qtbot.wait(10)
    last = model.row_at(total - 1)
    assert last is not None
    assert model.cached_rows() <= 2 * PAGE
    for row in range(0, total, PAGE):
        model.row_at(row)
    assert model.cached_rows() <= MAX_PAGES * PAGE
    assert model.row_at(total) is None


def test_filters_and_status_refresh(qtbot, store: Store) -> None:
    widget = ArticleList(store)
    qtbot.addWidget(widget)
    model = widget.model
    widget.label.setCurrentIndex(widget.label.findData("QUOTE"))
    ids = {model.row_at(i).id for i in range(model.rowCount())}
    assert PROBE_ID in ids
    widget.label.setCurrentIndex(0)
    for i in range(model.rowCount()):
        model.row_at(i)
    row = model.row_of(PROBE_ID)
    assert row is not None
    status_col = 3
    before = model.index(row, status_col).data()
    store.add_span(PROBE_ID, 0, 2, "COUNTRY", annotator="tester")
    model.refresh_article(PROBE_ID)
    assert model.index(row, status_col).data() != before


def test_bad_search_shows_the_stores_message(qtbot, store: Store) -> None:
    widget = ArticleList(store)
    qtbot.addWidget(widget)
    widget.show()
    widget.search.setText('"unclosed')
    widget.apply_filter()
    assert widget.model.rowCount() == 0
    assert widget.message.isVisible() and "quotation mark" in widget.message.text()
    widget.search.clear()
    widget.apply_filter()
    assert widget.model.rowCount() == 3 and widget.message.isHidden()


def test_annotator_and_speaker_filters_read_the_store_when_opened(qtbot, store: Store) -> None:
    widget = ArticleList(store)
    qtbot.addWidget(widget)
    model = widget.model
    quote = next(s for s in store.spans(PROBE_ID) if s.label == "QUOTE")
    person = next(s for s in store.spans(PROBE_ID) if s.label == "PERSON")
    store.link(PROBE_ID, quote.sid, person.sid, annotator="مراجع")
    widget.refresh_choices()  # as the window does after changes
    widget.annotator.load()
    widget.annotator.setCurrentIndex(widget.annotator.findData("مراجع"))
    assert [model.row_at(i).id for i in range(model.rowCount())] == [PROBE_ID]
    widget.annotator.setCurrentIndex(0)
    widget.speaker.load()
    widget.speaker.setCurrentIndex(widget.speaker.findData("ينس ستولتنبرغ"))
    assert PROBE_ID in {model.row_at(i).id for i in range(model.rowCount())}
