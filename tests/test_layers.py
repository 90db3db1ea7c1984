"""The packages' import rule: pure packages never import Streamlit nor the UI layer.

geo/, welfare/, charts/, views/ and briefing/ run in the meeting brief's command line and in
tests without a Streamlit server; an import of ``streamlit`` or ``components`` from them would
tie the domain to the UI (and, for the brief, start Streamlit's runtime for nothing).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PURE = ("geo", "welfare", "charts", "views", "briefing")
FORBIDDEN = ("streamlit", "streamlit_folium", "components")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):  # also imports inside functions
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", PURE)
def test_pure_packages_import_neither_streamlit_nor_components(package: str) -> None:
    offenders = {
        str(p.relative_to(REPO)): sorted(_imports(p) & set(FORBIDDEN))
        for p in sorted((REPO / package).rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_rule_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from components.i18n import t\n    import streamlit as st\n")
    assert _imports(module) == {"components", "streamlit"}


def test_the_domain_imports_nothing_above_it() -> None:
    """welfare/ is the ground floor: the brief, charts, views, the static map, components and
    pages build on it, never the other way (the command line that wires them is manage.py)."""
    above = ("briefing", "charts", "views", "geo.static_map", "components", "pages")

    def modules(tree: ast.AST) -> set[str]:
        names: set[str] = set()
        for node in ast.walk(tree):  # also imports inside functions
            if isinstance(node, ast.Import):
                names |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
        return names

    def upward(names: set[str]) -> list[str]:
        return sorted(n for n in names if any(n == a or n.startswith(f"{a}.") for a in above))

    sample = "from geo import static_map\nimport geo.sources\ndef f():\n    import briefing.build\n"
    assert upward(modules(ast.parse(sample))) == ["briefing.build", "geo.static_map"]
    offenders = {
        str(p.relative_to(REPO)): upward(modules(ast.parse(p.read_text("utf-8"))))
        for p in sorted((REPO / "welfare").rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def _module_names(source: str) -> set[str]:
    """Every module ``source`` imports, by its dotted name (``from welfare import explore`` is
    ``welfare`` and ``welfare.explore``), also imports inside functions."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
    return names


def _store_modules() -> set[str]:
    """SQLAlchemy and every welfare module that reaches the store: those importing SQLAlchemy
    and, in turn, those importing one of them (welfare.read_models, welfare.explore, ...)."""
    imports = {}
    for p in sorted((REPO / "welfare").rglob("*.py")):
        parts = p.relative_to(REPO).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        imports[name] = _module_names(p.read_text("utf-8"))
    store = {"sqlalchemy"}
    reached = {n for n, names in imports.items() if any(_within(m, store) for m in names)}
    while True:
        more = {n for n, names in imports.items() if names & reached} - reached
        if not more:
            return store | reached
        reached |= more


def _within(name: str, modules: set[str]) -> bool:
    return any(name == m or name.startswith(f"{m}.") for m in modules)


def test_briefing_is_layout_only() -> None:
    """briefing/ draws pictures, fits text and writes PPTX and PDF of the slides that views/
    assembles (views.slides, read through views.brief_data); it never reads the store itself:
    no SQLAlchemy and no welfare module that reaches it."""
    store = _store_modules()
    known = {"welfare.db", "welfare.read_models", "welfare.observations", "welfare.explore"}
    assert known <= store
    assert not {"welfare.formatting", "welfare.citations", "welfare.exporting"} & store
    sample = (
        "from welfare import explore, formatting\ndef f():\n    from sqlalchemy import Engine\n"
    )
    assert {n for n in _module_names(sample) if _within(n, store)} == {
        "welfare.explore",
        "sqlalchemy",
        "sqlalchemy.Engine",
    }
    offenders = {
        str(p.relative_to(REPO)): sorted(
            n for n in _module_names(p.read_text("utf-8")) if _within(n, store)
        )
        for p in sorted((REPO / "briefing").rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


# Floors from the ground up: a package may import its own floor and the floors below it.
FLOORS = ("ground", "welfare", "geo", "charts", "views", "briefing", "components")
PROJECT = (*FLOORS, "pages", "app", "serve", "manage", "deploy", "bench", "tests")


@pytest.mark.parametrize("package", FLOORS)
def test_no_import_runs_upward(package: str) -> None:
    """ground < welfare < geo < charts < views < briefing < components (< pages, app.py).

    The palette and the escaping helpers live on the ground floor (``ground/``), so maps
    (geo) and charts share colours without geo importing charts; the domain (welfare) builds
    on nothing but the ground; the brief (briefing) draws view models (views) and never pages.
    """
    allowed = set(FLOORS[: FLOORS.index(package) + 1])
    offenders = {
        str(p.relative_to(REPO)): sorted((_imports(p) & set(PROJECT)) - allowed)
        for p in sorted((REPO / package).rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


ROOMS = ("state", "widgets", "bodies")  # components/, from the bottom up


@pytest.mark.parametrize("room", ROOMS)
def test_component_rooms_import_downward_only(room: str) -> None:
    """components/state (view state, routing, caching) uses no widget or page body; widgets
    use no page body; page bodies use both."""
    above = {f"components.{r}" for r in ROOMS[ROOMS.index(room) + 1 :]}

    def modules(path: Path) -> set[str]:
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names |= {a.name for a in node.names}
        return {n for n in names for a in above if n == a or n.startswith(f"{a}.")}

    offenders = {
        str(p.relative_to(REPO)): sorted(modules(p))
        for p in sorted((REPO / "components" / room).rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def _bodies_named(path: Path) -> set[str]:
    """The modules of components/bodies/ that ``path`` imports, by their short name."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "components.bodies":
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "components.bodies."
        ):
            names.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            names |= {
                a.name.split(".")[2] for a in node.names if a.name.startswith("components.bodies.")
            }
    return names


def _crossings(imports: dict[str, set[str]], entries: set[str]) -> dict[str, list[str]]:
    """What each page body reaches that is not its own: another page body, or a part (a body
    module no page runs) that another page body reaches too. A part used by two pages is shared
    code: it belongs in widgets/, state/ or views/."""
    reach: dict[str, set[str]] = {}
    for entry in entries:
        seen: set[str] = set()
        todo = [entry]
        while todo:
            for name in imports.get(todo.pop(), set()) - seen:
                seen.add(name)
                if name not in entries:  # another page body is a crossing, not a way on
                    todo.append(name)
        reach[entry] = seen - {entry}
    crossings = {}
    for entry in sorted(entries):
        others = set().union(*(reach[e] for e in entries - {entry}))
        crossings[entry] = sorted((reach[entry] & entries) | (reach[entry] & others - entries))
    return {k: v for k, v in crossings.items() if v}


def test_the_body_rule_sees_a_part_shared_by_two_pages() -> None:
    """The old rule only looked for page bodies importing page bodies, so the home page reaching
    the map page's map builder (``current_map``, a part no page runs itself) passed."""
    imports = {"home": {"current_map"}, "peta": {"current_map", "legend"}, "data": {"peta"}}
    entries = {"home", "peta", "data"}
    assert _crossings(imports, entries) == {
        "data": ["peta"],
        "home": ["current_map"],
        "peta": ["current_map"],
    }
    assert _crossings({"peta": {"legend"}, "legend": {"words"}}, {"peta", "home"}) == {}


def test_no_page_body_imports_another_page_body() -> None:
    """A page body (a module of components/bodies/ that a pages/ script runs) never imports
    another page body, nor a part of another page (a body module it imports, directly or
    through its parts): what two pages share is a widget, a view model or a cached read."""
    entries = set().union(*(_bodies_named(p) for p in (REPO / "pages").glob("*.py")))
    assert {"home_page", "profile_page", "targeting_page"} <= entries
    imports = {p.stem: _bodies_named(p) for p in (REPO / "components" / "bodies").glob("*.py")}
    assert _crossings(imports, entries) == {}
