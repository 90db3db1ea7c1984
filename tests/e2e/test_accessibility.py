"""Accessibility checked by a real engine: axe-core on every page, in Chromium at 1366x768.

axe-core is the rule engine behind Deque's axe and Lighthouse's accessibility audit; the
``axe-playwright-python`` package bundles its ``axe.min.js`` and injects it with
``page.evaluate``, so it runs offline (every non-local request is still aborted and must stay
an empty list). A page may have no violation of impact "serious" or "critical" (WCAG A/AA:
contrast, names of controls and images, ARIA, keyboard access to scrolling regions...); each
one found is printed with its rule, help text and the elements it hit. The map's iframe is
checked too (axe is put into every frame).

Also checked here: the document declares the language it shows (``<html lang>``: ``id`` by
default, ``en`` with ``?lang=en`` and after switching in the sidebar, serve.py), and the
keyboard reaches the controls a meeting needs (Tab to the sidebar's indicator select box, and
to the presenter bar's "next" button in presenter mode).
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import offline_context, wait_idle
from views.pages import PAGE_SPECS

pytestmark = pytest.mark.e2e

WIDTH, HEIGHT = 1366, 768
SEVERE = ("serious", "critical")
MAX_TABS = 80


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def _open(page, url: str) -> None:
    page.goto(url)
    wait_idle(page, timeout=90_000)
    # The app's shared styles (components/widgets/layout.py) can arrive a moment after the run ends;
    # colours are judged with them, as the page stays.
    page.wait_for_function(
        "() => [...document.querySelectorAll('style')]"
        ".some(s => s.textContent.includes('serambi-base'))",
        timeout=30_000,
    )


@pytest.fixture(scope="module")
def room(browser, app_server, axe):
    """One offline tab at 1366x768 for the module, the list of requests it aborted, and what
    axe said of the first start's toast.

    The server is fresh: its first session loads the seeds behind a toast
    (components/state/first_start.py), once per install. That toast is checked here, first, on its
    own (:func:`test_first_start_toast_has_a_name`); every page below is then checked as every
    later visitor sees it.
    """
    context, blocked = offline_context(browser, width=WIDTH, height=HEIGHT)
    page = context.new_page()
    _open(page, app_server.url + "/")
    toast = None
    if page.locator(".stToast").count():
        toast = _axe(page, axe, options={"runOnly": ["aria-dialog-name"]})
    yield page, blocked, toast
    context.close()


def _axe(page, axe, **kwargs) -> list[dict]:
    """axe-core's violations on the page, the map's iframe included (axe checks a frame only
    when it runs there too, so it is put into every frame first)."""
    for frame in page.frames:
        if frame is not page.main_frame:
            frame.evaluate(axe.axe_script)
    return axe.run(page, **kwargs).response["violations"]


def _report(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:8]:
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"    {node['target']}: {summary[:300]}")
    return "\n".join(lines)


VIEWS = [f"/{spec.path}" for spec in PAGE_SPECS] + [
    "/beranda?mode=presentasi",
    "/peta?mode=presentasi&lang=en",
]


@pytest.mark.parametrize("view", VIEWS)
def test_axe_finds_no_serious_violation(app_server, room, axe, view):
    page, blocked, _ = room
    _open(page, app_server.url + view)
    severe = [v for v in _axe(page, axe) if v["impact"] in SEVERE]
    assert not severe, f"axe-core on {view}:\n{_report(severe)}"
    assert blocked == []


def test_axe_is_the_bundled_engine_and_runs_offline(app_server, room, axe):
    page, blocked, _ = room
    _open(page, app_server.url + "/tentang")
    axe.run(page)
    assert page.evaluate("typeof axe === 'object' && axe.version").startswith("4.")
    assert blocked == []


def _lang(page) -> str:
    return page.evaluate("document.documentElement.lang")


def test_the_page_declares_its_language(app_server, room):
    page, _, _ = room
    _open(page, app_server.url + "/tentang")
    assert _lang(page) == "id"
    _open(page, app_server.url + "/peta?lang=en")
    assert _lang(page) == "en"
    # Switching in the sidebar rewrites the address, and the declared language follows.
    _open(page, app_server.url + "/tentang")
    assert _lang(page) == "id"
    page.locator("[data-testid=stSidebar]").get_by_text("English", exact=True).click()
    page.wait_for_function("document.documentElement.lang === 'en'", timeout=30_000)
    wait_idle(page, timeout=60_000)
    assert "lang=en" in page.url


def _tab_to(page, selector: str) -> int:
    """Press Tab from the top of the page until the focus is inside ``selector``; the number
    of presses (0: never reached)."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for n in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if page.evaluate(
            "sel => { const a = document.activeElement; return !!(a && a.closest(sel)); }", selector
        ):
            return n
    return 0


def test_keyboard_reaches_the_indicator_select_box(app_server, room):
    page, _, _ = room
    _open(page, app_server.url + "/peta")
    presses = _tab_to(page, "[data-testid=stSidebar] .st-key-w_indicator")
    assert presses, f"Tab never reached the indicator select box in {MAX_TABS} presses"
    role = page.evaluate("document.activeElement.getAttribute('role')")
    assert role == "combobox"


def test_keyboard_reaches_the_presenter_next_button(app_server, room):
    page, _, _ = room
    _open(page, app_server.url + "/beranda?mode=presentasi")
    presses = _tab_to(page, ".st-key-presenter_next")
    assert presses, f"Tab never reached the presenter's next button in {MAX_TABS} presses"
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"


def test_first_start_toast_has_a_name(room):
    """Streamlit 1.67's st.toast is an alert dialog without a name; serve.py's page script names
    each toast by its text (the app shows one, on a fresh install's first start)."""
    _, _, toast = room
    if toast is None:
        pytest.skip("the first start's toast was already gone")
    assert not toast, _report(toast)
