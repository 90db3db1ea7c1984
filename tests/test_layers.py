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
