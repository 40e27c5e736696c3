"""Scoring predicted records against gold records: precision, recall, F1 and speaker accuracy.

A predicted span matches a gold span only when start, end and label are equal; COUNTRY and
NORP spans must also carry the same ``country`` code. Each gold span is matched at most once.
A looser "partial" score (same label, overlapping offsets, codes ignored) is reported beside
it for information only.

Speaker accuracy is the share of gold QUOTE (and, separately, CLAIM) spans whose exactly
matched prediction names the same speaker; a gold span with no exact match counts as wrong.
Speaker names are compared after the project's Arabic folding, so a name written with or
without hamza, diacritics or tatweel is still the same name.

Counts are summed over all articles before dividing (micro-average), so a long article weighs
more than a short one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from nato_reader.core.record import (
    COUNTRY,
    LABELS,
    NORP,
    QUOTE,
    STATEMENT_LABELS,
    Record,
    Span,
)
from nato_reader.core.text import normalize_key

CODED_LABELS = frozenset({COUNTRY, NORP})


def fold_name(name: str) -> str:
    """The form in which two speaker names are compared: the engine's own lexicon folding."""
    return normalize_key(name)


def span_key(span: Span) -> tuple[Any, ...]:
    """What must be equal for an exact match."""
    code = span.get("country") if span.label in CODED_LABELS else None
    return (span.start, span.end, span.label, code)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(slots=True)
class LabelScore:
    """Counts for one label, summed over articles."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    partial_pred_hits: int = 0  # predicted spans overlapping some gold span of the label
    partial_gold_hits: int = 0  # gold spans overlapped by some predicted span of the label

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def partial_f1(self) -> float:
        return _f1(_ratio(self.partial_pred_hits, self.predicted),
                   _ratio(self.partial_gold_hits, self.gold))

    def add(self, other: LabelScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.partial_pred_hits += other.partial_pred_hits
        self.partial_gold_hits += other.partial_gold_hits

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold, "predicted": self.predicted,
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "partial_f1": round(self.partial_f1, 4),
        }


@dataclass(slots=True)
class SpeakerScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return _ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total,
                "accuracy": round(self.accuracy, 4)}


@dataclass(frozen=True, slots=True)
class SpanError:
    """One difference between prediction and gold, for people fixing the engine."""

    record_id: str
    kind: str  # "missed", "spurious" or "speaker"
    label: str
    start: int
    end: int
    text: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.record_id, "kind": self.kind, "label": self.label,
                "start": self.start, "end": self.end, "text": self.text, "detail": self.detail}

    def describe(self) -> str:
        extra = f"  ({self.detail})" if self.detail else ""
        return (f"{self.kind:<8} {self.label:<8} {self.start}-{self.end} "
                f"«{_one_line(self.text)}»{extra}")


def _one_line(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(slots=True)
class Report:
    articles: int = 0
    labels: dict[str, LabelScore] = field(
        default_factory=lambda: {label: LabelScore() for label in LABELS})
    speakers: dict[str, SpeakerScore] = field(
        default_factory=lambda: {label: SpeakerScore() for label in STATEMENT_LABELS})
    errors: list[SpanError] = field(default_factory=list)

    @property
    def overall(self) -> LabelScore:
        total = LabelScore()
        for score in self.labels.values():
            total.add(score)
        return total

    def f1(self, label: str) -> float:
        return self.labels[label].f1

    def speaker_accuracy(self, label: str = QUOTE) -> float:
        return self.speakers[label].accuracy

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "labels": {label: score.to_dict() for label, score in self.labels.items()},
            "overall": self.overall.to_dict(),
            "speaker_accuracy": {label: s.to_dict() for label, s in self.speakers.items()},
            "errors": [e.to_dict() for e in self.errors],
        }

    def format_table(self) -> str:
        head = f"{'label':<9}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}{'~F1':>8}"
        lines = [f"{self.articles} article(s); exact spans (~F1: partial overlap)", head,
                 "-" * len(head)]
        rows = [(label, self.labels[label]) for label in LABELS]
        rows.append(("overall", self.overall))
        for name, s in rows:
            if name == "overall":
                lines.append("-" * len(head))
            lines.append(f"{name:<9}{s.gold:>6}{s.predicted:>6}{s.tp:>6}{s.precision:>8.3f}"
                         f"{s.recall:>8.3f}{s.f1:>8.3f}{s.partial_f1:>8.3f}")
        lines.append("")
        for label in STATEMENT_LABELS:
            sp = self.speakers[label]
            lines.append(f"speaker accuracy {label:<6} {sp.accuracy:.3f}  "
                         f"({sp.correct}/{sp.total} gold spans)")
        return "\n".join(lines)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _score_pair(gold: Record, predicted: Record, report: Report) -> None:
    rid = gold.id
    first_error = len(report.errors)
    unmatched: dict[tuple[Any, ...], list[Span]] = {}
    for span in predicted.spans:
        unmatched.setdefault(span_key(span), []).append(span)
    matches: dict[int, Span] = {}  # id(gold span) -> predicted span
    for g in gold.spans:
        candidates = unmatched.get(span_key(g))
        if candidates:
            matches[id(g)] = candidates.pop(0)
    matched_pred = {id(p) for p in matches.values()}

    by_label_gold: dict[str, list[Span]] = {}
    by_label_pred: dict[str, list[Span]] = {}
    for g in gold.spans:
        by_label_gold.setdefault(g.label, []).append(g)
    for p in predicted.spans:
        by_label_pred.setdefault(p.label, []).append(p)

    for label in set(by_label_gold) | set(by_label_pred):
        score = report.labels.setdefault(label, LabelScore())
        golds, preds = by_label_gold.get(label, []), by_label_pred.get(label, [])
        for g in golds:
            if id(g) in matches:
                score.tp += 1
            else:
                score.fn += 1
                report.errors.append(SpanError(rid, "missed", label, g.start, g.end, g.text,
                                               _code_note(g, preds)))
            if any(_overlaps(g, p) for p in preds):
                score.partial_gold_hits += 1
        for p in preds:
            if id(p) not in matched_pred:
                score.fp += 1
                report.errors.append(SpanError(rid, "spurious", label, p.start, p.end, p.text,
                                               _code_note(p, golds)))
            if any(_overlaps(p, g) for g in golds):
                score.partial_pred_hits += 1

    for g in gold.spans:
        if g.label not in STATEMENT_LABELS:
            continue
        speaker_score = report.speakers[g.label]
        speaker_score.total += 1
        p = matches.get(id(g))
        if p is None:
            continue
        want, got = str(g.get("speaker") or ""), str(p.get("speaker") or "")
        if fold_name(want) == fold_name(got):
            speaker_score.correct += 1
        else:
            report.errors.append(SpanError(rid, "speaker", g.label, g.start, g.end, g.text,
                                           f"gold {want!r}, predicted {got!r}"))
    report.errors[first_error:] = sorted(report.errors[first_error:],
                                         key=lambda e: (e.start, e.end, e.kind))


def _code_note(span: Span, others: list[Span]) -> str:
    """Say so when the span exists on the other side with another country code."""
    if span.label not in CODED_LABELS:
        return ""
    for other in others:
        if (other.start, other.end) == (span.start, span.end):
            return f"country {span.get('country')!r} vs {other.get('country')!r}"
    return f"country {span.get('country')!r}" if span.get("country") else ""


def evaluate(pairs: Iterable[tuple[Record, Record]]) -> Report:
    """Score (gold, predicted) pairs; both records of a pair must hold the same text."""
    report = Report()
    for gold, predicted in pairs:
        if gold.text != predicted.text:
            raise ValueError(f"record {gold.id}: the prediction was made on another text")
        report.articles += 1
        _score_pair(gold, predicted, report)
    return report
