"""One window per data folder: a second launch brings the running window forward.

The running app listens on a local socket named from a hash of its data folder
(and the user), so two data folders can each have their own window. A second
launch first knocks on that socket: if the window answers, it comes forward and
the second launch ends. The data folder's file lock (store/folder_lock.py) is
what really keeps a second writer out; the socket only makes that friendly.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

RAISE = b"raise\n"
RAISED = b"raised\n"
TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user database entry
        user = ""
    key = f"{user}\0{Path(data_dir).resolve()}".encode()
    return f"facilitator-{hashlib.sha256(key).hexdigest()[:20]}"


def ask_running_to_raise(data_dir: Path, timeout_ms: int = TIMEOUT_MS) -> bool:
    """True when a window on ``data_dir`` answered and came forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()) == RAISED
    socket.disconnectFromServer()
    return answered


def bring_forward(window: QWidget) -> None:
    """Show, un-minimise, raise and activate (the window manager may only flash it)."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class InstanceServer(QObject):
    """Listens for later launches on the same data folder and raises ``window``."""

    def __init__(self, data_dir: Path, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.raised_count = 0
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)
        name = server_name(data_dir)
        # Whoever holds the data folder's lock owns the name: a socket left by a crash goes.
        QLocalServer.removeServer(name)
        if not self.server.listen(name):
            log.warning("Cannot listen for other launches: %s", self.server.errorString())

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == RAISE:
            bring_forward(self.window)
            self.raised_count += 1
            log.info("Another launch on this data folder: brought the window forward")
            socket.write(RAISED)
            socket.flush()

    def close(self) -> None:
        self.server.close()
