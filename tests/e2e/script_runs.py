"""The script runs a page receives, read from its websocket: full runs and fragment runs.

Every script run starts with a ``new_session`` message, and a fragment run names its
fragments in that message's metadata; ``script_finished`` ends it. Used by the browser tests
and by ``bench/switch_speed.py``.
"""

from __future__ import annotations

import time


class Runs:
    """The script runs the page received, in order: "full" or "fragment", and when each
    finished (``time.monotonic()``), and when the last message of any kind came."""

    def __init__(self, page) -> None:  # noqa: ANN001
        self.kinds: list[str] = []
        self.finished: list[float] = []
        self.last_message = time.monotonic()
        page.on("websocket", self._watch)

    def _watch(self, ws) -> None:  # noqa: ANN001
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        def received(payload) -> None:  # noqa: ANN001
            self.last_message = time.monotonic()
            if isinstance(payload, str):
                return
            msg = ForwardMsg()
            msg.ParseFromString(payload)
            kind = msg.WhichOneof("type")
            if kind == "new_session":
                self.kinds.append("fragment" if msg.metadata.run.fragment_ids else "full")
            elif kind == "script_finished":
                self.finished.append(self.last_message)

        ws.on("framereceived", received)

    def mark(self) -> int:
        return len(self.kinds)

    def since(self, mark: int) -> list[str]:
        return self.kinds[mark:]
