"""The UI catalogue: one registry, both languages for every key, no key left unused."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from views import i18n

REPO = Path(__file__).resolve().parents[2]
CODE_DIRS = ("app.py", "pages", "components", "geo", "briefing", "views")


def _code_files() -> list[Path]:
    files: list[Path] = []
    for name in CODE_DIRS:
        path = REPO / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += [p for p in path.rglob("*.py") if not p.name.startswith("i18n")]
    return files


def _used() -> tuple[set[str], set[str]]:
    """String constants in the code, and prefixes of keys built at run time (f"kind.{k}")."""
    constants: set[str] = set()
    prefixes: set[str] = set()
    for path in _code_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            first = None
            if isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]  # f"kind.{k}"
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                first = node.left  # "target.level." + level
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if re.fullmatch(r"[a-z_]+(\.[a-z_]+)*[._]", first.value):
                    prefixes.add(first.value)
    return constants, prefixes


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_key_has_both_languages_with_the_same_placeholders() -> None:
    for key, entry in i18n.STRINGS.items():
        assert set(entry) == {"id", "en"}, key
        assert entry["id"].strip() and entry["en"].strip(), key
        assert _fields(entry["id"]) == _fields(entry["en"]), key


def test_no_key_is_unused() -> None:
    constants, prefixes = _used()
    unused = sorted(
        key
        for key in i18n.STRINGS
        if key not in constants and not any(key.startswith(p) for p in prefixes)
    )
    assert unused == []


def test_a_page_catalogue_may_not_repeat_a_key() -> None:
    with pytest.raises(ValueError, match="repeats keys"):
        i18n.register({"map.source": {"id": "x", "en": "x"}}, "test")
    assert i18n.t("map.source", "id") == "Sumber"
