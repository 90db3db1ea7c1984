"""components.widgets.exports.file_button: one builder for every export's download button."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _script() -> None:
    import streamlit as st
    from streamlit.runtime import Runtime

    from components.widgets import exports

    built = st.session_state.setdefault("built", [])

    def build(ext: str):  # noqa: ANN202 - a deferred file
        def data() -> bytes:
            built.append(ext)
            return f"isi {ext}".encode()

        return data

    for ext in ("csv", "xlsx", "html", "pdf"):
        exports.file_button(
            st,
            f"Unduh {ext}",
            build(ext),
            stem="serambi-uji",
            ext=ext,
            has_example=ext == "pdf",
            key=f"uji_{ext}",
        )
    st.session_state["files"] = Runtime.instance().media_file_mgr


def test_each_file_kind_has_its_icon_and_type_and_is_built_only_when_pressed() -> None:
    at = AppTest.from_function(_script).run()
    assert not at.exception
    buttons = {b.proto.label: b.proto for b in at.get("download_button")}
    assert list(buttons) == ["Unduh csv", "Unduh xlsx", "Unduh html", "Unduh pdf"]
    icons = {label: proto.icon for label, proto in buttons.items()}
    assert icons == {
        "Unduh csv": ":material/download:",
        "Unduh xlsx": ":material/table_view:",
        "Unduh html": ":material/map:",
        "Unduh pdf": ":material/picture_as_pdf:",
    }
    assert all(p.ignore_rerun and p.deferred_file_id for p in buttons.values())
    assert at.session_state["built"] == []  # nothing is written before a button is pressed
    files = at.session_state["files"]
    for ext, proto in zip(("csv", "xlsx", "html", "pdf"), buttons.values(), strict=True):
        url = files.execute_deferred(proto.deferred_file_id)
        assert url.endswith(f".{ext}"), url  # the MIME type names the extension
    assert at.session_state["built"] == ["csv", "xlsx", "html", "pdf"]
