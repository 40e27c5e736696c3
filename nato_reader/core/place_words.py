"""Nouns of places, shared by the place rules and the people finder (folded spellings)."""

from __future__ import annotations

# Nouns that introduce a place's name (إقليم X، منطقة الساحل، بلدة X); never a person's name.
PLACE_HEADS = frozenset({"اقليم", "منطقه", "ولايه", "مقاطعه", "مدينه", "محافظه", "بلده",
                         "قريه", "ميناء", "ارخبيل", "حي", "ضاحيه", "جزيره"})
