"""Display names of span labels and article statuses in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Marked for lupdate here, translated when shown (the language can change at run time).
_LABELS = {
    "PERSON": QT_TRANSLATE_NOOP("Labels", "Person"),
    "ORG": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "COUNTRY": QT_TRANSLATE_NOOP("Labels", "Country"),
    "NORP": QT_TRANSLATE_NOOP("Labels", "Nationality"),
    "LOCATION": QT_TRANSLATE_NOOP("Labels", "Location"),
    "QUOTE": QT_TRANSLATE_NOOP("Labels", "Quote"),
    "CLAIM": QT_TRANSLATE_NOOP("Labels", "Claim"),
}

_STATUSES = {
    "new": QT_TRANSLATE_NOOP("Statuses", "New"),
    "in_progress": QT_TRANSLATE_NOOP("Statuses", "In progress"),
    "done": QT_TRANSLATE_NOOP("Statuses", "Done"),
    "approved": QT_TRANSLATE_NOOP("Statuses", "Approved"),
    "returned": QT_TRANSLATE_NOOP("Statuses", "Returned"),
}

_VERDICTS = {
    "approved": QT_TRANSLATE_NOOP("Verdicts", "approved"),
    "rejected": QT_TRANSLATE_NOOP("Verdicts", "rejected"),
}


def label_name(label: str) -> str:
    """The label's name for people (PERSON: Person); an unknown label is shown as it is."""
    source = _LABELS.get(label)
    return QCoreApplication.translate("Labels", source) if source else label


def status_name(status: str) -> str:
    source = _STATUSES.get(status)
    return QCoreApplication.translate("Statuses", source) if source else status


def verdict_name(verdict: str) -> str:
    source = _VERDICTS.get(verdict)
    return QCoreApplication.translate("Verdicts", source) if source else verdict
