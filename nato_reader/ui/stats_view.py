"""Statistics of the corpus as charts: quotes per speaker, countries, annotators, statuses.

Drawn with matplotlib's Qt canvas (QtCharts is not part of PySide6-Essentials). matplotlib
shapes Arabic itself (3.11 and newer), so names go in as stored: reshaping or reordering them
first would print them backwards. In a right-to-left interface the charts are mirrored: names on
the right, bars growing to the left.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nato_reader.paths import resource
from nato_reader.ui.countries import country_name
from nato_reader.ui.labels import label_name, status_name

FONT_FAMILY = "Amiri"
TOP_N = 20  # longer bar lists stop being readable in a dialog
MIN_ROWS = 6
# Okabe–Ito: distinguishable with every common colour-vision deficiency.
# (Its black is left out: it would vanish on a dark theme.)
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")

_font_added = False


def register_font() -> None:
    """Make the bundled Amiri known to matplotlib (a fresh machine may have no Arabic font)."""
    global _font_added
    if not _font_added:
        font_manager.fontManager.addfont(str(resource("fonts", "Amiri-Regular.ttf")))
        font_manager.fontManager.addfont(str(resource("fonts", "Amiri-Bold.ttf")))
        _font_added = True


def _rows_from_top(ax: Axes, n: int) -> None:
    # The first row at the top; room for MIN_ROWS rows so one or two bars stay bar-shaped.
    ax.set_ylim(max(n, MIN_ROWS) - 0.5, -0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def _mirror(ax: Axes, rtl: bool) -> None:
    if rtl:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")


def draw_bars(
    ax: Axes, names: Sequence[str], values: Sequence[int], *, rtl: bool, colour: str = COLOURS[0]
) -> None:
    """Horizontal bars, largest first at the top, each with its count."""
    positions = range(len(names))
    ax.barh(positions, values, color=colour)
    ax.set_yticks(list(positions), list(names), fontfamily=FONT_FAMILY, fontsize=12)
    _rows_from_top(ax, len(names))
    # Counts just past the end of each bar; bar_label would put them inside a mirrored bar.
    for y, value in zip(positions, values, strict=True):
        ax.annotate(
            str(value),
            (value, y),
            xytext=(-4 if rtl else 4, 0),
            textcoords="offset points",
            ha="right" if rtl else "left",
            va="center",
            fontfamily=FONT_FAMILY,
        )
    ax.margins(x=0.12)
    _mirror(ax, rtl)


def draw_stacked(
    ax: Axes, rows: dict[str, dict[str, int]], order: Sequence[str], *, rtl: bool
) -> None:
    """One horizontal bar per row, split by key (labels per annotator)."""
    names = list(rows)
    positions = range(len(names))
    left = [0] * len(names)
    for i, key in enumerate(order):
        widths = [rows[name].get(key, 0) for name in names]
        if not any(widths):
            continue
        ax.barh(
            positions, widths, left=left, color=COLOURS[i % len(COLOURS)], label=label_name(key)
        )
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(list(positions), names, fontfamily=FONT_FAMILY, fontsize=12)
    _rows_from_top(ax, len(names))
    ax.legend(prop={"family": FONT_FAMILY}, loc="lower left" if rtl else "lower right")
    _mirror(ax, rtl)


class ChartTab(QWidget):
    """One figure on a Qt canvas, or a line of text when there is nothing to draw."""

    def __init__(self, title: str, rtl: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(7, 5), layout=ConstrainedLayoutEngine(w_pad=0.15, h_pad=0.1))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.empty = QLabel(QCoreApplication.translate("StatsDialog", "Nothing to show yet."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.ax = self.figure.add_subplot()
        self.ax.set_title(
            title, fontfamily=FONT_FAMILY, fontsize=14, loc="right" if rtl else "left"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas)
        layout.addWidget(self.empty)

    def show_empty(self) -> None:
        self.canvas.hide()
        self.empty.show()


class StatsDialog(QDialog):
    """Charts of ``store.stats()``, one tab each, drawn again when the language changes."""

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register_font()
        self.resize(820, 640)
        self.stats = store.stats()
        self.tabs = QTabWidget(self)
        self.charts: dict[str, ChartTab] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Title and charts in the interface language: names, titles and the reading
        direction are all drawn into the figures, so they are drawn afresh."""
        self.setWindowTitle(self.tr("Statistics"))
        shown = self.tabs.currentIndex()
        self.tabs.clear()
        for chart in self.charts.values():
            chart.deleteLater()
        self.charts = {}
        # The interface is right-to-left exactly when it is Arabic: country names follow it.
        rtl = self._rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        stats = self.stats
        # matplotlib reads the rc font when it creates tick labels at draw time.
        with matplotlib.rc_context(self._style()):
            speakers = stats.quotes_per_speaker[:TOP_N]
            self._add(
                "speakers",
                self.tr("Quotes per speaker"),
                lambda ax: draw_bars(
                    ax, [s for s, _ in speakers], [n for _, n in speakers], rtl=rtl
                ),
                bool(speakers),
            )
            countries = stats.mentions_per_country[:TOP_N]
            self._add(
                "countries",
                self.tr("Mentions per country"),
                lambda ax: draw_bars(
                    ax,
                    [country_name(code, arabic=rtl) for code, _ in countries],
                    [n for _, n in countries],
                    rtl=rtl,
                    colour=COLOURS[2],
                ),
                bool(countries),
            )
            busiest = sorted(
                stats.labels_per_annotator.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])
            )
            per_annotator = dict(busiest[:TOP_N])
            order = sorted({key for counts in per_annotator.values() for key in counts})
            self._add(
                "annotators",
                self.tr("Labels per annotator"),
                lambda ax: draw_stacked(ax, per_annotator, order, rtl=rtl),
                bool(per_annotator),
            )
            statuses = list(stats.progress_by_status.items())
            self._add(
                "status",
                self.tr("Articles by status"),
                lambda ax: draw_bars(
                    ax,
                    [status_name(s) for s, _ in statuses],
                    [n for _, n in statuses],
                    rtl=rtl,
                    colour=COLOURS[1],
                ),
                any(n for _, n in statuses),
            )
            for chart in self.charts.values():
                chart.canvas.draw()
        self.tabs.setCurrentIndex(max(shown, 0))

    def _style(self) -> dict[str, str | bool]:
        """matplotlib settings in the window's colours, so a dark theme gets dark charts."""
        palette = self.palette()
        back = palette.color(QPalette.ColorRole.Base).name()
        fore = palette.color(QPalette.ColorRole.Text).name()
        return {
            "font.family": FONT_FAMILY,
            "axes.unicode_minus": False,
            "figure.facecolor": back,
            "axes.facecolor": back,
            "savefig.facecolor": back,
            "text.color": fore,
            "axes.labelcolor": fore,
            "axes.edgecolor": fore,
            "xtick.color": fore,
            "ytick.color": fore,
            "legend.facecolor": back,
            "legend.labelcolor": fore,
        }

    def _add(self, key: str, title: str, draw, has_data: bool) -> None:
        chart = ChartTab(title, self._rtl, self.tabs)
        if has_data:
            draw(chart.ax)
        else:
            chart.show_empty()
        self.charts[key] = chart
        self.tabs.addTab(chart, title)

    def save_png(self, key: str, path: str) -> None:
        """Write one chart to a PNG file (as shown, at 100 dpi)."""
        with matplotlib.rc_context(self._style()):
            self.charts[key].figure.savefig(path, dpi=100)
