"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 dropped a reference to True on every signal emit; on Python 3.11
enough emits abort the interpreter mid-session ("bool_dealloc").
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    bare = Signal()
    number = Signal(int)


def test_emitting_signals_leaves_reference_counts_alone(qapp: object) -> None:
    emitter = Emitter()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(200):
        emitter.bare.emit()
        emitter.number.emit(n)
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
