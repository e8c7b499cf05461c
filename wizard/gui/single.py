"""One running window: a second `dlready gui FILE` (a file opened from the file manager) hands
the file to the window already running and exits.

The running window listens on a local socket (QLocalServer) named for the user. To keep
QtNetwork off the way to the first paint, a start first looks for the socket file and only
connects when there is one; the server starts once the window is on screen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 1000


def server_name() -> str:
    """The socket: a file in the user's runtime folder on Unix, a pipe name on Windows."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    if sys.platform == "win32":
        return f"dlready-{user}"
    # The runtime folder, else the temporary folder (as tempfile.gettempdir() would find it on
    # Unix, without the milliseconds importing tempfile costs at start-up).
    folder = os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("TMPDIR") or "/tmp"
    uid = os.getuid() if hasattr(os, "getuid") else user
    return str(Path(folder) / f"dlready-{uid}.socket")


def might_be_running() -> bool:
    """False when surely no window runs (no socket file): then nothing need be imported."""
    return sys.platform == "win32" or Path(server_name()).exists()


def hand_off(file: str | None) -> bool:
    """Give `file` (None: just come to the front) to a running window; False when none runs."""
    if not might_be_running():
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False  # a file left by a window that crashed: this start becomes the server
    import json

    message = json.dumps({"open": str(Path(file).resolve()) if file else ""}) + "\n"
    socket.write(message.encode("utf-8"))
    socket.waitForBytesWritten(CONNECT_MS)
    # The window answers once it has taken the message, so the file is never dropped.
    socket.waitForReadyRead(CONNECT_MS * 5)
    socket.disconnectFromServer()
    return True


def serve(parent: object, on_open: Callable[[str], None]) -> QLocalServer | None:
    """Listen for later starts; each message calls `on_open(path)` ("" to come to the front)."""
    import json

    from PySide6.QtCore import QObject
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer(parent if isinstance(parent, QObject) else None)
    name = server_name()
    QLocalServer.removeServer(name)  # a socket file a crashed window left behind
    if not server.listen(name):
        return None

    def accept() -> None:
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            if connection is None:
                return

            def read(connection: QLocalSocket = connection) -> None:
                if not connection.canReadLine():
                    return
                line = bytes(connection.readLine().data()).decode("utf-8", "replace")
                try:
                    path = json.loads(line).get("open", "")
                except (ValueError, AttributeError):
                    path = ""
                connection.write(b"ok\n")
                connection.flush()
                on_open(str(path) if isinstance(path, str) else "")

            connection.readyRead.connect(read)
            connection.disconnected.connect(connection.deleteLater)
            read()

    server.newConnection.connect(accept)
    return server
