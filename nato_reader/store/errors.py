"""The store's errors: every bad input ends as one of these, with a message a user can read."""

from __future__ import annotations


class StoreError(Exception):
    """Something the store cannot do; ``str(error)`` is meant for the user."""


class SearchError(StoreError):
    """A search query the full-text index cannot run (unbalanced quotes, a lone operator …)."""
