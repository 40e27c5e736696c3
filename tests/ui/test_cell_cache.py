"""The span table copies cells it drew before: what it shows after spans change, rows come
and go, the selection moves or the colours change is what a table drawn afresh shows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from nato_reader.store import Store, StoredSpan
from nato_reader.ui.annotation_panel import AnnotationPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture()
def spans(store: Store) -> list[StoredSpan]:
    """The spans of the sample article that has the most."""
    rows = store.list_articles(limit=100)
    return max((store.spans(row.id) for row in rows), key=len)


def shown_panel(qtbot, spans: list[StoredSpan], current: int | None) -> AnnotationPanel:
    panel = AnnotationPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_spans(spans, current=current)
    return panel


def table_image(panel: AnnotationPanel) -> QImage:
    return panel.view.viewport().grab().toImage()


def test_changed_rows_look_as_in_a_table_drawn_afresh(qtbot, spans: list[StoredSpan]) -> None:
    assert len(spans) >= 6
    panel = shown_panel(qtbot, spans, current=spans[0].pk)
    table_image(panel)  # every visible cell drawn once
    accepted = replace(spans[2], state="accepted", label="ORG")
    rejected = replace(spans[3], state="rejected")
    gone = spans[4]
    added = replace(spans[1], pk=max(s.pk for s in spans) + 1, text="نص جديد", label="PERSON")
    after = [accepted if s is spans[2] else rejected if s is spans[3] else s
             for s in spans if s is not gone]
    after.insert(2, added)
    panel.set_spans(after, current=added.pk,
                    changed={accepted.pk, rejected.pk, gone.pk, added.pk})
    fresh = shown_panel(qtbot, after, current=added.pk)
    assert table_image(panel) == table_image(fresh)


def test_new_colours_reach_every_cell(qtbot, spans: list[StoredSpan]) -> None:
    spans = [replace(s, state="accepted") if i % 2 else s for i, s in enumerate(spans)]
    panel = shown_panel(qtbot, spans, current=spans[1].pk)
    before = table_image(panel)
    dark = QPalette(panel.palette())
    for role, colour in ((QPalette.ColorRole.Base, "#202124"),
                         (QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.Text, "#e8e8e8"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Highlight, "#8ab4f8"),
                         (QPalette.ColorRole.HighlightedText, "#0b1a2e")):
        dark.setColor(role, QColor(colour))
    panel.setPalette(dark)
    fresh = AnnotationPanel()
    qtbot.addWidget(fresh)
    fresh.setPalette(dark)
    fresh.resize(360, 600)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.set_spans(spans, current=spans[1].pk)
    after = table_image(panel)
    assert after != before
    assert after == table_image(fresh)
