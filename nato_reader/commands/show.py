"""``nato-reader show``: one article in the terminal, its spans coloured, with a legend.

Most terminals neither join Arabic letters nor lay out right-to-left lines, so ``--visual``
shapes the letters (arabic-reshaper) and orders each line for display (python-bidi). Colours
are attached to runs of the logical text; to keep them on the right letters, each line is cut
into runs at span boundaries, every run is ordered on its own, and the runs are placed right
to left on a right-to-left line. A Latin phrase that crosses a span boundary inside an Arabic
line is the one case this simplification orders differently from a full bidi layout.
"""

from __future__ import annotations

import arabic_reshaper
import click
from bidi import get_base_level, get_display

from nato_reader.commands.options import (
    db_option,
    echo_table,
    open_store,
    stdout_is_terminal,
    store_errors,
)
from nato_reader.store import StoredSpan

COLOURS = {
    "PERSON": "blue",
    "ORG": "cyan",
    "COUNTRY": "green",
    "NORP": "bright_green",
    "LOCATION": "yellow",
    "QUOTE": "magenta",
    "CLAIM": "red",
}
# Shaping that maps every character to exactly one, so offsets still line up afterwards.
_RESHAPER = arabic_reshaper.ArabicReshaper(
    {"delete_harakat": False, "support_ligatures": False, "delete_tatweel": False}
)


Run = tuple[str, StoredSpan | None]


def _runs(line_start: int, line: str, spans: list[StoredSpan]) -> list[Run]:
    """The line cut where the innermost covering span changes."""
    owner: list[StoredSpan | None] = [None] * len(line)
    # Longest first, so shorter (inner) spans paint over the spans they sit in.
    for span in sorted(spans, key=lambda s: s.end - s.start, reverse=True):
        lo, hi = max(span.start - line_start, 0), min(span.end - line_start, len(line))
        for i in range(lo, hi):
            owner[i] = span
    runs: list[Run] = []
    start = 0
    for i in range(1, len(line) + 1):
        if i == len(line) or owner[i] is not owner[start]:
            runs.append((line[start:i], owner[start]))
            start = i
    return runs


def _style(text: str, span: StoredSpan | None, colour: bool) -> str:
    if span is None or not colour:
        return text
    return click.style(text, fg=COLOURS.get(span.label), underline=span.state == "open" or None)


def to_visual(text: str) -> str:
    """One line shaped and in display order, for a terminal without bidi support."""
    return get_display(_RESHAPER.reshape(text))


def render_line(line_start: int, line: str, spans: list[StoredSpan], *, visual_order: bool,
                colour: bool) -> str:
    runs = _runs(line_start, line, spans)
    if not visual_order:
        return "".join(_style(text, span, colour) for text, span in runs)
    shaped = _RESHAPER.reshape(line)
    rtl = get_base_level(line) == 1
    pieces, pos = [], 0
    for text, span in runs:
        piece = shaped[pos : pos + len(text)]
        pos += len(text)
        pieces.append(_style(get_display(piece, base_dir="R" if rtl else "L"), span, colour))
    return "".join(reversed(pieces) if rtl else pieces)


def render_text(text: str, spans: list[StoredSpan], *, visual_order: bool, colour: bool) -> str:
    out, start = [], 0
    for line in text.split("\n"):
        on_line = [s for s in spans if s.start < start + len(line) and s.end > start]
        out.append(render_line(start, line, on_line, visual_order=visual_order, colour=colour))
        start += len(line) + 1
    return "\n".join(out)


def legend(colour: bool) -> str:
    if not colour:
        return "labels: " + " ".join(COLOURS) + "   (colours are off)"
    names = [click.style(label, fg=fg) for label, fg in COLOURS.items()]
    return "  ".join(names) + "   (underlined: open suggestion)"


@click.command()
@click.argument("article_id")
@click.option("--visual/--logical", default=None,
              help="Shape Arabic and order lines for display (for terminals without bidi "
                   "support), or print the text as stored. Default: visual on a terminal, "
                   "logical when piped.")
@click.option("--color/--no-color", "colour", default=None,
              help="Colour the spans (default: when printing to a terminal).")
@db_option
def show(article_id: str, visual: bool | None, colour: bool | None,
         db_path: str | None) -> None:
    """Print article ARTICLE_ID (a unique prefix is enough) with its spans coloured."""
    on_terminal = stdout_is_terminal()
    visual_order = on_terminal if visual is None else visual
    use_colour = on_terminal if colour is None else colour
    with open_store(db_path) as store, store_errors():
        article = store.get_article(store.resolve_id(article_id))
        spans = store.spans(article.id, include_rejected=False)
    def fix(text: str) -> str:
        return to_visual(text) if visual_order else text

    click.echo(fix(article.title), color=use_colour)
    click.echo(f"{article.id}  status: {article.status}  quotes: {article.n_quotes}  "
               f"open suggestions: {article.n_open}")
    if article.review_comment:
        click.echo("review: " + fix(article.review_comment))
    click.echo(legend(use_colour), color=use_colour)
    click.echo("")
    click.echo(render_text(article.text, spans, visual_order=visual_order, colour=use_colour),
               color=use_colour)
    if spans:
        click.echo("")
        echo_table(["span", "label", "state", "text", "speaker / canonical / country"],
                   [(s.sid, s.label, s.state, fix(" ".join(s.text.split())[:50]),
                     fix(str(s.attrs.get("speaker") or s.attrs.get("canonical") or ""))
                     + (f" {s.attrs['country']}" if s.attrs.get("country") else ""))
                    for s in spans])
