"""Folding text for matching the way people type: no case, no accents ("jose" finds "José")."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics, for comparisons only (never for display)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def contains_folded(haystack: str, needle: str) -> bool:
    """Whether every word of ``needle`` occurs in ``haystack``, ignoring case and accents."""
    folded = fold(haystack)
    return all(word in folded for word in fold(needle).split())
