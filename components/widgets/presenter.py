"""Presenter mode: a bar with the meeting agenda and a "next view" control.

The agenda (``data/presentasi.toml``, or ``SERAMBI_AGENDA``) is a list of views: page,
indicator, year, regions. It is read by :func:`views.agenda.read_agenda`, the parser the meeting
brief uses too: a step whose page the app cannot show is skipped, with a notice. Stepping turns
the step into a change of the view (:func:`step_change`) that ``filters.apply`` checks exactly
like a shared link (a bad indicator, year or region code gets the same notice as in a URL) and
switches page, so the URL always matches what is on the projector.

A presentation clicker sends PageDown / PageUp (some send arrows, B or "." for a black screen):
:func:`key_listener` maps those keys to the bar's buttons, so the room never waits for a mouse.
Keys typed in a form or a popover stay there.

A logged-in staff member also finds "Catat rumusan" on the bar
(:mod:`components.widgets.rumusan_quick`): a resolution is recorded as the meeting decides it,
over the view on screen.
"""

from __future__ import annotations

import streamlit as st

from components.state import browser, filters, playback
from components.state.view_state import Change
from components.widgets import layout, rumusan_quick
from components.widgets.auth import current_user
from views.agenda import AgendaReading, AgendaStep, read_agenda
from views.i18n import t
from views.pages import HOME_PATH

K_STEP = "presenter_step"
K_PENDING_PAGE = "presenter_pending_page"
HOME = HOME_PATH


def agenda_for(page_files: dict[str, str]) -> AgendaReading:
    """The agenda's steps on pages that exist (``page_files``: URL path -> script)."""
    pages = tuple(page_files)
    return read_agenda(pages=pages, home=HOME if HOME in pages else pages[0])


def step_change(step: AgendaStep) -> Change:
    """The change of the view an agenda step asks for, in the URL's words: its indicator (at
    its default year unless the step names one), its regions (all ten when it names none), at
    regency level. Unchecked: :func:`components.state.filters.apply` checks it like a URL."""
    written = dict(step.params)
    change: dict[str, str | None] = {"wilayah": written.get("wilayah"), "tingkat": None}
    for key in ("indikator", "tahun"):
        if key in written:
            change[key] = written[key]
    # The map of change of a step with banding; any other step shows one year.
    change["banding"] = written.get("banding")
    return change


def _go(delta: int, agenda: list[AgendaStep], page_files: dict[str, str]) -> None:
    """Callback: make the next (or previous) step the view (runs before the widgets exist)."""
    current = st.session_state.get(K_STEP, -1)
    nxt = max(0, min(len(agenda) - 1, current + delta))
    st.session_state[K_STEP] = nxt
    filters.apply(step_change(agenda[nxt]))
    playback.reset()  # a playback belongs to the view it was started on
    st.session_state[K_PENDING_PAGE] = page_files.get(agenda[nxt].page)


def _leave() -> None:
    filters.apply({"mode": None})
    st.session_state.pop(K_STEP, None)  # coming back starts from the view then on screen


def initial_step(agenda: list[AgendaStep], page: str, indicator: str | None) -> int:
    """The agenda step the current view is, when presenter mode starts (-1: not on it).

    The first view of a meeting (the home page, agenda step 1) reads "1 dari 6", not "0".
    A step that names an indicator matches only that indicator's view of the page.
    """
    for i, step in enumerate(agenda):
        if step.page == page and step.indicator in (None, indicator):
            return i
    return -1


# Keys a presentation clicker or a keyboard sends, mapped to the bar's buttons (by their
# Streamlit key class). Listens in the capture phase on the page and on same-origin iframes
# (the map), so a key press goes to the agenda and never into a widget; typing keys are left
# alone in text fields. Runs once per browser tab; no network, no library.
_KEYS_JS = """
  var top = window;
  if (top.__serambiKeys) { return; }
  top.__serambiKeys = true;
  var doc = dom.doc;
  var TEXT = /^(text|search|email|number|password|tel|url)$/i;
  function typing(el) {
    if (!el || !el.tagName) { return false; }
    if (el.isContentEditable || el.tagName === "TEXTAREA") { return true; }
    return el.tagName === "INPUT" && TEXT.test(el.type || "text") && !el.readOnly;
  }
  function action(e) {
    var k = e.key;
    if (k === "PageDown" || k === "ArrowRight" || k === "ArrowDown") { return "presenter_next"; }
    if (k === " " || k === "Spacebar") { return e.shiftKey ? "presenter_prev" : "presenter_next"; }
    if (k === "PageUp" || k === "ArrowLeft" || k === "ArrowUp") { return "presenter_prev"; }
    if (k === "Escape" || k === "Esc") { return "presenter_exit"; }
    if (k === "b" || k === "B" || k === ".") { return "black"; }
    return null;
  }
  function blackScreen() { return doc.getElementById("serambi-black"); }
  function toggleBlack() {
    var b = blackScreen();
    if (b) { b.remove(); return; }
    b = doc.createElement("div");
    b.id = "serambi-black";
    b.setAttribute("role", "presentation");
    b.style.cssText = "position:fixed;inset:0;background:#000;z-index:2147483647;cursor:none";
    b.addEventListener("click", function () { b.remove(); });
    doc.body.appendChild(b);
  }
  // A form or an open popover (presenter mode's "Catat rumusan") keeps every key: arrows,
  // Page keys and Escape edit the text or close the popover, never step or leave the agenda.
  var FORMS = '[data-testid="stPopoverBody"], [data-testid="stForm"], [role="dialog"]';
  function inForm(el) {
    if (doc.querySelector('[data-testid="stPopoverBody"]')) { return true; }
    return !!(el && el.closest && el.closest(FORMS));
  }
  function onKey(e) {
    if (!dom.presenting()) { return; }  // presenter mode only
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (inForm(e.target)) { return; }
    var act = action(e);
    if (!act) { return; }
    var k = e.key;
    var textKey = k === " " || k === "ArrowLeft" || k === "ArrowRight" || act === "black";
    if (typing(e.target) && textKey) { return; }
    e.preventDefault();
    e.stopPropagation();
    if (blackScreen()) { toggleBlack(); return; }  // any clicker key brings the slide back
    if (act === "black") { toggleBlack(); return; }
    var active = doc.activeElement;
    if (active && active !== doc.body && active.blur) { active.blur(); }
    var button = dom.button(act);
    if (button && !button.disabled) { button.click(); }
  }
  top.addEventListener("keydown", onKey, true);
  function hook(frame) {
    try {
      var w = frame.contentWindow;
      if (w && !w.__serambiKeys) {
        w.__serambiKeys = true;
        w.addEventListener("keydown", onKey, true);
      }
    } catch (err) { /* another origin: nothing to hook */ }
  }
  top.setInterval(function () { doc.querySelectorAll("iframe").forEach(hook); }, 700);
"""


def key_listener_html() -> str:
    """The clicker/keyboard listener; ``st.html(..., unsafe_allow_javascript=True)`` runs it
    in the page itself (no iframe), once per tab."""
    return browser.script(_KEYS_JS)


def bar(
    page_files: dict[str, str], lang: str, *, page: str | None = None, indicator: str | None = None
) -> None:
    """The agenda bar; ``page_files`` maps URL paths to page scripts that exist.

    ``page`` (URL path) and ``indicator`` are what is on screen, to number the first view.
    """
    reading = agenda_for(page_files)
    agenda = list(reading.steps)
    if K_STEP not in st.session_state:
        st.session_state[K_STEP] = initial_step(agenda, page or "", indicator)
        # Once per start of presenter mode: what the agenda file had to leave out.
        filters.add_notices([p.message(lang) for p in reading.skipped])
    step = st.session_state[K_STEP]
    staff = current_user()  # "Catat rumusan" for a logged-in staff member (this tab's login)
    widths = [1, 1.5, 1.4, 1.3, 1.3] if staff else [1, 2, 1.4, 1]
    columns = st.columns(widths, vertical_alignment="center")
    c_prev, c_info, c_next, c_exit = columns[0], columns[1], columns[2], columns[-1]
    if staff:
        rumusan_quick.popover(columns[3], staff, lang)
    c_prev.button(
        t("presenter.prev", lang),
        icon=":material/arrow_back:",
        on_click=_go,
        args=(-1, agenda, page_files),
        disabled=step <= 0,
        key="presenter_prev",
    )
    if step >= 0:
        label = t("presenter.agenda", lang)
        where: str | None = t("presenter.step_of", lang, i=step + 1, n=len(agenda))
    else:
        label, where = t("presenter.off_agenda", lang, n=len(agenda)), None
    # The step text and the key listener in one element: no extra row above the view.
    c_info.html(
        layout.presenter_step_html(label, where, t("presenter.keys", lang)) + key_listener_html(),
        unsafe_allow_javascript=True,
    )
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
