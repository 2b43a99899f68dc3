"""Making any captured text safe to put in a Word document.

Notes are pasted from Word, PDFs, e-mail and phones. XML 1.0 (and so .docx)
cannot hold most control characters, so they are dropped; vertical tab and
form feed (Word's own line and page breaks when copied as text) become line
breaks; tab and newline stay (python-docx turns them into w:tab and w:br).
Markup-looking text needs nothing: python-docx escapes it like any text.
"""

from __future__ import annotations

import re
import unicodedata

# Everything XML 1.0 forbids, plus C1 controls and lone surrogates, which some
# readers reject even where the XML is technically legal.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = str.maketrans({"\v": "\n", "\f": "\n", "\r": "\n", "\x85": "\n"})


def clean(text: str) -> str:
    """``text`` with only characters a .docx can hold."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").translate(_BREAKS)
    return _ILLEGAL.sub("", text)


def clean_line(text: str, limit: int | None = None) -> str:
    """One line (titles, properties): breaks become spaces, optionally truncated."""
    line = " ".join(clean(text).split())
    if limit is not None and len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


def is_mostly_rtl(text: str) -> bool:
    """Whether most strongly-directional letters are right-to-left (Arabic, Hebrew…)."""
    rtl = ltr = 0
    for ch in text[:2000]:  # the start decides; a 100,000-character note needn't be scanned
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl > ltr
