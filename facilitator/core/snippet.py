"""The passage of a found record to show, with the searched-for words marked.

Done here rather than by SQLite's snippet(): marking a few dozen results in
Python costs microseconds, while snippet() re-runs a prefix query per row.
Words match as the search index matches them: ignoring case and accents, the
last word also as a prefix when the search said so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facilitator.core.text_fold import fold

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
ELLIPSIS = "…"


def query_words(typed: str) -> list[str]:
    """The words of a search as the index sees them, folded."""
    return [fold(w) for w in _WORD.findall(typed)]


def _matches(token: str, words: Sequence[str], prefix: str | None) -> bool:
    folded = fold(token)
    return folded in words or (prefix is not None and folded.startswith(prefix))


def mark(
    fields: Sequence[str],
    words: Sequence[str],
    prefix: str | None,
    start: str,
    end: str,
    width: int = 14,
) -> str:
    """The field with the most matches, cut to about ``width`` words around the first.

    ``words`` are folded whole words; ``prefix`` a folded prefix (the word being
    typed) or None. Matches are wrapped in ``start`` and ``end``.
    """
    best, best_hits, best_tokens = "", -1, []
    for text in fields:
        tokens = list(_WORD.finditer(text))
        hits = sum(_matches(t.group(), words, prefix) for t in tokens)
        if hits > best_hits:
            best, best_hits, best_tokens = text, hits, tokens
        if hits and text is fields[0]:
            break  # the main text wins whenever it matches at all
    if not best_tokens:
        return best
    first = next((n for n, t in enumerate(best_tokens) if _matches(t.group(), words, prefix)), 0)
    lo = max(0, first - width // 3)
    hi = min(len(best_tokens), lo + width)
    begin = best_tokens[lo].start() if lo > 0 else 0
    finish = best_tokens[hi - 1].end() if hi < len(best_tokens) else len(best)
    out = [ELLIPSIS] if lo > 0 else []
    cursor = begin
    for token in best_tokens[lo:hi]:
        if _matches(token.group(), words, prefix):
            out += [best[cursor : token.start()], start, token.group(), end]
            cursor = token.end()
    out.append(best[cursor:finish])
    if hi < len(best_tokens):
        out.append(ELLIPSIS)
    return "".join(out).strip()
