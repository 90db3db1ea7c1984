"""Time playback on the map: a play control that steps through the years of the indicator.

About one year a second, pause, loop off by default. While a playback is on (playing, or
paused inside one) the legend's classes are fixed across the years
(:mod:`geo.fixed_classes`), so a colour means the same value in every year; a year without
data is drawn hatched and says "tidak ada data <tahun>", and the control still shows it.

Each step is a rerun of the map page's view fragment (:mod:`components.state.view_fragment`),
which draws the sidebar's filters, the URL, the heading, the map and the table: so everything
that shows the year follows it, and the map restyles in place, never remounted. What drives
the steps is the fragment's own timer: while a playback plays, the page registers its view
fragment with ``run_every=`` :data:`PERIOD_S` (:func:`every`), and each rerun steps once if
the last step is at least half a period old (:func:`step_if_due`), so a rerun for another
reason never skips a year twice. Streamlit queues a timer's rerun behind a run in progress
and keeps at most one waiting, so a slow step delays the next one instead of piling runs up.
Play, pause and "done" are full runs: they register the fragment with or without its timer
(Streamlit clears a tab's fragment timers at the start of each full run); a playback that
ends by itself (the last year, loop off) or with a change of indicator asks for that full
run at the fragment's next rerun (:func:`end_timer`).

State (session only, not in the URL): which indicator is being played, the year on screen
(which may be a year without data: the shared filter's year cannot be one), and whether it
plays. A change of indicator ends the playback.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass

import streamlit as st

from components.state import browser, data_access, filters
from components.state.view_state import ViewState
from geo.fixed_classes import FixedClasses, fixed_classes
from views.i18n import t
from welfare import timeline

K_INDICATOR = "pb_indicator"  # the indicator being played (None: no playback)
K_PLAYING = "pb_playing"
K_YEAR = "pb_year"  # the year on screen (may have no data)
K_BASE = "pb_base"  # the shared filter's year when K_YEAR was set
K_LOOP = "pb_loop"
K_STEPPED = "pb_stepped"  # clock time of the last step (or of the start)
K_TIMER = "pb_timer"  # the view fragment was registered with the playback's timer
TOGGLE_KEY = "pb_toggle"
STOP_KEY = "pb_stop"
PERIOD_S = 1.0  # about one year a second
_clock = time.monotonic  # tests move it forward instead of waiting


@dataclass(frozen=True)
class Frame:
    """What the map shows: ``year`` (maybe without data), and whether classes are fixed."""

    year: int
    steps: tuple[int, ...]
    has_data: bool = True
    active: bool = False  # a playback is on: classes fixed across ``steps``
    playing: bool = False

    @property
    def index(self) -> int:
        return self.steps.index(self.year) if self.year in self.steps else -1


def reset() -> None:
    """End any playback (e.g. when the presenter agenda moves to another view)."""
    for key in (K_INDICATOR, K_PLAYING, K_YEAR, K_BASE, K_STEPPED):
        st.session_state.pop(key, None)


def current(state: ViewState) -> Frame:
    """The frame for ``state``; ends a playback that belongs to another indicator."""
    years = data_access.years(state.indicator)
    steps = timeline.play_years(years)
    ss = st.session_state
    assert state.year is not None
    if ss.get(K_INDICATOR) is not None and (
        ss.get(K_INDICATOR) != state.indicator or state.compare_year is not None
    ):
        reset()
    if ss.get(K_INDICATOR) != state.indicator:
        return Frame(state.year, steps)
    year = ss.get(K_YEAR) if ss.get(K_BASE) == state.year else state.year
    if year not in steps:
        year = state.year
    return Frame(
        year=year,
        steps=steps,
        has_data=year in years,
        active=True,
        playing=bool(ss.get(K_PLAYING)),
    )


def _show(year: int, indicator: str) -> None:
    """Put ``year`` on screen; a year with data also becomes the shared filter's year."""
    ss = st.session_state
    if year in data_access.years(indicator):
        filters.apply({"tahun": str(year)})  # the one writer of the shared view
    ss[K_YEAR] = year
    ss[K_BASE] = ss.get(filters.K_YEAR)
    ss[K_STEPPED] = _clock()


def _toggle(indicator: str, year: int) -> None:
    ss = st.session_state
    if ss.get(K_PLAYING) and ss.get(K_INDICATOR) == indicator:
        ss[K_PLAYING] = False
    else:
        steps = timeline.play_years(data_access.years(indicator))
        start = timeline.start_year(steps, year)
        if start is None:
            return
        ss[K_INDICATOR] = indicator
        ss[K_PLAYING] = True
        _show(start, indicator)
    st.rerun()  # a full run: the view fragment is registered with (or without) its timer


def _done() -> None:
    reset()
    st.rerun()  # a full run ends the fragment's timer


def every(state: ViewState) -> float | None:
    """The view fragment's ``run_every`` for ``state``: the period while a playback plays."""
    ss = st.session_state
    playing = bool(ss.get(K_PLAYING)) and ss.get(K_INDICATOR) == state.indicator
    ss[K_TIMER] = playing
    return PERIOD_S if playing else None


def end_timer(frame: Frame) -> None:
    """In the view fragment: a timer left from a playback that has ended asks for the full
    run that ends it (the fragment cannot drop its own timer)."""
    if st.session_state.get(K_TIMER) and not frame.playing:
        st.session_state[K_TIMER] = False
        st.rerun()


def step_if_due(state: ViewState, frame: Frame) -> bool:
    """One step if the playback plays and its last step is at least half a period old: the
    next year, or the end of the playback (it then stays on the last year). Returns whether
    the view changed.

    A year chosen in the sidebar while playing becomes the playback's year (the next step
    goes on from it, a period later)."""
    ss = st.session_state
    if not frame.playing:
        return False
    if ss.get(K_BASE) != state.year:  # the year was changed outside the playback
        ss[K_YEAR] = state.year
        ss[K_BASE] = state.year
        ss[K_STEPPED] = _clock()
        return False
    if _clock() - float(ss.get(K_STEPPED) or 0.0) < PERIOD_S / 2:
        return False
    nxt = timeline.next_year(frame.steps, frame.year, loop=bool(ss.get(K_LOOP)))
    if nxt is None:
        ss[K_PLAYING] = False
        return True
    _show(nxt, state.indicator)
    return True


def fixed_for(state: ViewState, frame: Frame, kecamatan: list[str] | None) -> FixedClasses:
    """Breaks over every year's mapped values of the indicator (regencies or ``kecamatan``)."""
    values: dict[int, list[float]] = {}
    for year in data_access.years(state.indicator):
        if kecamatan is None:
            table, _ = data_access.rate_table(state.indicator, year)
        else:
            table, _ = data_access.kecamatan_rate_table(state.indicator, year, kecamatan)
        values[year] = table["rate"].tolist() if "rate" in table else []
    return fixed_classes(values)


def legend_note(frame: Frame, lang: str) -> str:
    return t("play.legend.fixed", lang, first=frame.steps[0], last=frame.steps[-1])


def no_data_text(frame: Frame, lang: str) -> str | None:
    return None if frame.has_data else t("play.no_data", lang, year=frame.year)


# Presenter mode: "P" plays and pauses (the clicker's other keys step the agenda). Once per
# tab; it presses the visible play button through the page contract (components/state/browser).
_KEYS_JS = """
  var top = window;
  if (top.__serambiPlayKeys) { return; }
  top.__serambiPlayKeys = true;
  top.addEventListener("keydown", function (e) {
    if ((e.key !== "p" && e.key !== "P") || e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (!dom.presenting()) { return; }
    var el = e.target;
    if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) { return; }
    var button = dom.button("__TOGGLE__");
    if (button) { e.preventDefault(); button.click(); }
  }, true);
"""

_CSS = """
<style>
.serambi-play { color: #111; line-height: 1.15; font-variant-numeric: tabular-nums;
  white-space: nowrap; }
.serambi-play .y { font-weight: 800; font-size: 1.35em; }
.serambi-play .s { color: #333; margin-left: 0.4em; }
.serambi-play .nd { display: inline-block; margin-left: 0.5em; font-weight: 700; color: #111;
  background: repeating-linear-gradient(45deg, #d6d6d6 0 3px, #f5f5f5 3px 6px);
  border: 1px solid #777; border-radius: 4px; padding: 0 6px; }
.serambi-legend .serambi-notice-line { font-weight: 800; margin: 2px 0 6px; }
</style>
"""


def readout_html(
    frame: Frame,
    lang: str,
    *,
    comparing: tuple[int, int] | None = None,
    compact: bool = False,
) -> str:
    """The year on screen, its place in the playback and "tidak ada data" (presenting, also
    the script of the "P" key).

    ``comparing`` (year A, year B): a change map is on screen; the readout says "A → B".
    ``compact`` (presenter mode) leaves "tidak ada data" to the map and its legend.
    """
    if comparing is not None:
        # Presenting, the title above already says "perubahan A → B"; in the narrow row beside
        # the view presets a second copy was cut off.
        year_text, step = ("" if compact else f"{comparing[0]} → {comparing[1]}"), ""
    else:
        year_text = str(frame.year)
        step = (
            t("play.step", lang, i=frame.index + 1, n=len(frame.steps))
            if frame.active and frame.index >= 0
            else ""
        )
    nd = (
        f'<span class="nd" data-serambi-play-nodata="1">{html.escape(no_data_text(frame, lang))}'
        "</span>"
        if not frame.has_data and comparing is None and not compact
        else ""
    )
    playing = "1" if frame.playing else "0"
    css = _CSS
    if compact:  # presenting: no taller than the view presets it shares a row with
        buttons = ", ".join(
            f".st-key-{k} button{p}" for k in (TOGGLE_KEY, STOP_KEY) for p in ("", " p")
        )
        css += (
            f"<style>{buttons} {{ min-height: 0 !important; line-height: 1.15 !important;"
            " padding-top: 0.05rem !important; padding-bottom: 0.05rem !important; }</style>"
        )
    keys = browser.script(_KEYS_JS.replace("__TOGGLE__", TOGGLE_KEY)) if compact else ""
    return (
        f'{css}<div class="serambi-play" data-serambi-playing="{playing}" '
        f'data-serambi-play-year="{frame.year}" '
        f'aria-live="polite"><span class="y">{html.escape(year_text)}</span>'
        f'<span class="s">{html.escape(step)}</span>{nd}</div>{keys}'
    )


def control(
    state: ViewState,
    frame: Frame,
    *,
    compact: bool = False,
    comparing: tuple[int, int] | None = None,
) -> None:
    """Play/pause, done, (not ``compact``) the loop switch, and the year readout, in one row.

    Always drawn on the map page (disabled when the indicator has one year only, or while a
    change map is shown), so the map keeps its place in the page and is never remounted.
    """
    lang = state.lang
    single = len(frame.steps) < 2
    with st.container(horizontal=True, vertical_alignment="center", gap="small", wrap=False):
        st.button(
            t("play.pause" if frame.playing else "play.play", lang),
            key=TOGGLE_KEY,
            icon=":material/pause:" if frame.playing else ":material/play_arrow:",
            type="primary" if frame.playing else "secondary",
            on_click=_toggle,
            args=(state.indicator, frame.year),
            disabled=single or comparing is not None,
            # No tooltip on the projector: the pointer rests on the button after a click.
            help=None if compact else t("play.single_year" if single else "play.help", lang),
        )
        st.button(
            t("play.stop", lang),
            key=STOP_KEY,
            icon=":material/stop:",
            on_click=_done,
            disabled=not frame.active,
            help=None if compact else t("play.stop.help", lang),
        )
        if not compact:
            st.toggle(t("play.loop", lang), key=K_LOOP)
        st.html(
            readout_html(frame, lang, comparing=comparing, compact=compact),
            unsafe_allow_javascript=compact,  # the "P" key's script
            width="content",
        )
