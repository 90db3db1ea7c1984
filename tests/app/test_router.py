"""The router guard decides per script run (components/state/router.py).

On a cold server, a session can be dispatched to ``pages/peta.py`` by Streamlit's legacy
``pages/`` mode while another session's ``st.navigation`` flips the process-wide flag. The
race is simulated deterministically: the legacy dispatcher is wrapped so that the flag is
already off when the page's guard runs, exactly as if another session had flipped it.
"""

from __future__ import annotations

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import script_runner

from tests.app.conftest import all_text, html_tables, run_app

pytestmark = pytest.mark.usefixtures("app_env")


@pytest.fixture
def flag_flipped_by_another_session(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    original = script_runner._mpa_v1
    dispatched: list[str] = []

    def legacy_dispatch_then_flip(main_script_path: str) -> None:
        dispatched.append(main_script_path)
        PagesManager.uses_pages_directory = False  # "another session ran st.navigation"
        original(main_script_path)

    monkeypatch.setattr(script_runner, "_mpa_v1", legacy_dispatch_then_flip)
    return dispatched


@pytest.mark.parametrize("page", ["pages/peta.py", "pages/tentang.py", "pages/tren.py"])
def test_page_dispatched_by_legacy_mode_reruns_through_app(
    page: str, flag_flipped_by_another_session: list[str]
) -> None:
    at = run_app(page)
    assert not at.exception, at.exception
    assert flag_flipped_by_another_session, "the legacy dispatcher was not exercised"
    # The router ran: its sidebar filters exist and the page shows real content.
    assert at.session_state["f_indicator"]
    assert "Belum ada data untuk indikator ini" not in all_text(at)


def test_map_page_routed_after_legacy_dispatch_has_its_table(
    flag_flipped_by_another_session: list[str],
) -> None:
    at = run_app("pages/peta.py")
    assert not at.exception, at.exception
    assert len(html_tables(at)[0]) == 10
