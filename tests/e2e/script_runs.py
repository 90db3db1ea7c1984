"""The script runs a page receives, read from its websocket: full runs and fragment runs.

Every script run starts with a ``new_session`` message, and a fragment run names its
fragments in that message's metadata.
"""

from __future__ import annotations


class Runs:
    """The script runs the page received, in order: "full" or "fragment"."""

    def __init__(self, page) -> None:  # noqa: ANN001
        self.kinds: list[str] = []
        page.on("websocket", self._watch)

    def _watch(self, ws) -> None:  # noqa: ANN001
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        def received(payload) -> None:  # noqa: ANN001
            if isinstance(payload, str):
                return
            msg = ForwardMsg()
            msg.ParseFromString(payload)
            if msg.WhichOneof("type") == "new_session":
                self.kinds.append("fragment" if msg.metadata.run.fragment_ids else "full")

        ws.on("framereceived", received)

    def mark(self) -> int:
        return len(self.kinds)

    def since(self, mark: int) -> list[str]:
        return self.kinds[mark:]
