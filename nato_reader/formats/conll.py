"""CoNLL: one token per line with its BIO tag, a blank line between sentences.

Each article opens with ``# id = <article id>``; tokens hold no spaces, so no token line starts
with ``# `` as comment lines do (a hashtag's ``#`` is a token line ``#<TAB>O``). The tag column
holds the entity labels; with ``statements`` a second column holds QUOTE/CLAIM. BIO allows no
overlap within a column, so where spans of one column overlap, the one that starts first (the
longer, at a tie) wins.
Sentences end at a full stop, question or exclamation mark or a line break, but never inside
a tagged span: a quote running over two sentences stays one span.
"""

from __future__ import annotations

from collections.abc import Iterator

from nato_reader.core.record import ENTITY_LABELS, STATEMENT_LABELS, Record, Span
from nato_reader.formats.tokens import SENTENCE_END, Token, span_tokens, tokenize


def conll_block(record: Record, *, statements: bool = False) -> Iterator[str]:
    """The lines (each ending in ``\\n``) of one article, with a blank line after it."""
    columns = [ENTITY_LABELS] + ([STATEMENT_LABELS] if statements else [])
    chosen = [_without_overlaps([s for s in record.spans if s.label in labels])
              for labels in columns]
    tokens = tokenize(record.text, (b for spans in chosen for s in spans for b in (s.start, s.end)))
    tags = [_bio(tokens, spans) for spans in chosen]
    inside = [any(column[i][0] == "I" for column in tags) for i in range(len(tokens))]
    yield f"# id = {record.id}\n"
    for i, token in enumerate(tokens):
        if i and not inside[i] and _sentence_break(record.text, tokens[i - 1], token):
            yield "\n"
        yield "\t".join([token.text, *(column[i] for column in tags)]) + "\n"
    yield "\n"


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _bio(tokens: list[Token], spans: list[Span]) -> list[str]:
    tags = ["O"] * len(tokens)
    for span in spans:
        found = span_tokens(tokens, span.start, span.end)
        if found is None:
            continue
        first, last = found
        tags[first] = f"B-{span.label}"
        for i in range(first + 1, last + 1):
            tags[i] = f"I-{span.label}"
    return tags


def _sentence_break(text: str, previous: Token, token: Token) -> bool:
    return previous.text in SENTENCE_END or "\n" in text[previous.end : token.start]
