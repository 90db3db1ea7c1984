"""Presenter mode: a bar with the meeting agenda and a "next view" control.

The agenda (``data/presentasi.toml``, or ``SERAMBI_AGENDA``) is a list of views: page,
indicator, year, regions. Stepping applies the view through the shared filter state and
switches page, so the URL always matches what is on the projector.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from components import filters
from components.i18n import t
from components.view_state import MODE_ALL, MODE_BUFFER, MODE_CHOSEN

AGENDA_PATH = Path(__file__).resolve().parent.parent / "data" / "presentasi.toml"
K_STEP = "presenter_step"
K_PENDING_PAGE = "presenter_pending_page"


@dataclass(frozen=True)
class Step:
    page: str
    indicator: str | None = None
    year: int | None = None
    regions: str | None = None


def load_agenda(path: Path | None = None) -> list[Step]:
    """Read the agenda; malformed entries are skipped (a meeting must not crash)."""
    path = path or Path(os.environ.get("SERAMBI_AGENDA", AGENDA_PATH))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return [Step("beranda")]
    steps = []
    for raw in data.get("langkah", []):
        if not isinstance(raw, dict) or not isinstance(raw.get("halaman"), str):
            continue
        year = raw.get("tahun")
        steps.append(
            Step(
                page=raw["halaman"],
                indicator=raw.get("indikator") if isinstance(raw.get("indikator"), str) else None,
                year=year if isinstance(year, int) else None,
                regions=raw.get("wilayah") if isinstance(raw.get("wilayah"), str) else None,
            )
        )
    return steps or [Step("beranda")]


def _apply(step: Step, page_files: dict[str, str]) -> None:
    """Callback: set the shared filters for ``step`` (runs before the widgets exist)."""
    available = filters.indicators_with_data()
    if step.indicator in available:
        st.session_state[filters.K_INDICATOR] = step.indicator
        years = filters.data_access.years(step.indicator)
        st.session_state[filters.K_YEAR] = step.year if step.year in years else years[-1]
    if step.regions == MODE_BUFFER:
        st.session_state[filters.K_MODE] = MODE_BUFFER
    elif step.regions:
        st.session_state[filters.K_MODE] = MODE_CHOSEN
        st.session_state[filters.K_REGIONS] = [c.strip() for c in step.regions.split(",")]
    else:
        st.session_state[filters.K_MODE] = MODE_ALL
    st.session_state[K_PENDING_PAGE] = page_files.get(step.page)


def _go(delta: int, agenda: list[Step], page_files: dict[str, str]) -> None:
    current = st.session_state.get(K_STEP, -1)
    nxt = max(0, min(len(agenda) - 1, current + delta))
    st.session_state[K_STEP] = nxt
    _apply(agenda[nxt], page_files)


def _leave() -> None:
    st.session_state[filters.K_PRESENTER] = False


def bar(page_files: dict[str, str], lang: str) -> None:
    """The agenda bar; ``page_files`` maps URL paths to page scripts that exist."""
    agenda = [s for s in load_agenda() if s.page in page_files]
    if not agenda:
        return
    step = st.session_state.get(K_STEP, -1)
    c_prev, c_info, c_next, c_exit = st.columns([1, 2, 1.4, 1], vertical_alignment="center")
    c_prev.button(
        t("presenter.prev", lang),
        icon=":material/arrow_back:",
        on_click=_go,
        args=(-1, agenda, page_files),
        disabled=step <= 0,
        key="presenter_prev",
    )
    c_info.markdown(f"**{t('presenter.step', lang, i=step + 1, n=len(agenda))}**")
    c_next.button(
        t("presenter.next", lang),
        icon=":material/arrow_forward:",
        type="primary",
        on_click=_go,
        args=(1, agenda, page_files),
        disabled=step >= len(agenda) - 1,
        key="presenter_next",
    )
    c_exit.button(t("presenter.exit", lang), on_click=_leave, key="presenter_exit")
    target = st.session_state.pop(K_PENDING_PAGE, None)
    if target:
        st.switch_page(target)
