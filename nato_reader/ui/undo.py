"""Undo and redo of annotation actions, through the store.

A ``StoreCommand``'s first ``redo`` performs the action: the store commits it (one transaction,
one event each) and the command keeps the event ids; only then is the screen updated, so what
the user sees is always on disk. Later undos and redos ask the store to write the event's
before or after state back (``store.undo`` / ``store.redo``), which are themselves recorded.
An action that fails is reported and never enters the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from nato_reader.store import Event, Store, StoreError

# The mutation: it talks to the store and returns the events it committed, in order.
Perform = Callable[[], list[Event]]
# Called after every change with the article it touched and the events the store recorded
# (their before/after name the rows that changed), to bring the screen up to date.
Refresh = Callable[[str, list[Event]], None]
# Called with a readable message when the store refuses.
Report = Callable[[str], None]


class StoreCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        article_id: str,
        perform: Perform,
        *,
        store: Store,
        annotator: str,
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(text)
        self.article_id = article_id
        self._perform: Perform | None = perform
        self.store = store
        self.annotator = annotator
        self._refresh = refresh
        self._report = report
        self.event_ids: list[int] = []

    def redo(self) -> None:
        try:
            if self._perform is not None:
                perform, self._perform = self._perform, None
                events = perform()
                self.event_ids = [e.id for e in events]
            else:
                events = [self.store.redo(event_id, annotator=self.annotator)
                          for event_id in self.event_ids]
        except StoreError as error:
            self._fail(error)
            return
        self._refresh(self.article_id, events)

    def undo(self) -> None:
        try:
            events = [self.store.undo(event_id, annotator=self.annotator)
                      for event_id in reversed(self.event_ids)]
        except StoreError as error:
            self._fail(error)
            return
        self._refresh(self.article_id, events)

    def _fail(self, error: StoreError) -> None:
        # QUndoStack drops a command that is obsolete after redo; on undo it stays inert.
        self.setObsolete(True)
        self._report(str(error))
        self._refresh(self.article_id, [])


def perform_all(
    store: Store, annotator: str, *steps: Callable[[list[Event]], Event]
) -> list[Event]:
    """Run ``steps`` in order, each given the events of the ones before it; if one fails,
    undo those and re-raise, so a compound action (a new speaker span and its link) is whole
    or absent."""
    done: list[Event] = []
    try:
        for step in steps:
            done.append(step(done))
    except StoreError:
        for event in reversed(done):
            store.undo(event.id, annotator=annotator)
        raise
    return done
