"""Plain-data Arabic language modules (word lists), kept apart from the algorithms."""
