"""What the Sinkronisasi page and its Bahan rapat slide say: the matrix of levels against
target groups and the overlaps to check. The rules are :mod:`welfare.register.sync`; this module
gives them words, units, digits and sources in one language.

The shared words (:mod:`views.programme_words`) and one regency's activities
(:mod:`views.programme_who`) are re-exported here; the map of reached against need
(:mod:`views.programme_map`) builds on this module's view, so the page imports it itself.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from views.i18n import t
from views.programme_who import WhoView, register_table, who_does_what  # re-exported
from views.programme_words import (
    COUNT_DECIMALS,
    EXAMPLE_MARK,
    PERCENT_DECIMALS,
    SHORT_NAMES,
    badge_legend,
    badges,
    fmt_count,
    unit_word,
)
from welfare.citations import Citation, distinct
from welfare.models import KIND_OFFICIAL
from welfare.register import catalogue, indicator_reach, sync, vocab


@dataclass(frozen=True)
class MatrixCell:
    state: str
    text: str  # level badges ("Pst Prov Kab", "Pst†"), "celah", or ""
    title: str  # the tooltip: need with year, reached, state in words
    overlap: bool
    example: bool = False  # a level here rests on example data only


@dataclass(frozen=True)
class SyncView:
    year: int
    lang: str
    title: str
    regions: tuple[tuple[str, str], ...]  # (kode_bps, nama) in code order
    groups: tuple[tuple[str, str], ...]  # (target group id, label), rows of the matrix
    grid: Mapping[tuple[str, str], MatrixCell]  # (group, kode_bps) -> cell
    province: Mapping[str, str]  # group -> badges of province-wide activities
    cells: tuple[sync.Cell, ...]
    counts: str  # "12 celah, 5 sel dengan beberapa tingkat, 1 perlu diperiksa ..."
    has_example: bool
    sources: tuple[Citation, ...]  # of the counted needs
    register_note: str  # how many activities are published / imported
    notes: tuple[str, ...] = ()

    @property
    def overlaps(self) -> tuple[sync.Cell, ...]:
        return tuple(c for c in self.cells if c.overlap)


def _cell_words(cell: sync.Cell, lang: str) -> MatrixCell:
    parts = [t(f"sync.state.{cell.state}", lang)]
    if cell.need is not None:
        parts.append(
            t(
                "sync.cell.need",
                lang,
                need=f"{fmt_count(cell.need, lang)} {unit_word(cell.need_unit, lang)}",
                year=cell.need_year,
            )
        )
    if cell.realised:
        parts.append(t("sync.cell.realised", lang, value=fmt_count(cell.realised, lang)))
    if cell.overlap:
        parts.append(t("sync.overlap.flag", lang))
    if cell.example_levels:
        parts.append(t("sync.cell.example", lang, levels=badges(cell.example_levels, lang)))
    if cell.state == sync.STATE_GAP:
        text = t("sync.state.gap", lang)
    elif cell.state == sync.STATE_PROVINCE:
        text = badges(cell.province_levels, lang, cell.example_levels) + "*"
    else:
        text = badges(cell.levels, lang, cell.example_levels)
    return MatrixCell(cell.state, text, "; ".join(parts), cell.overlap, bool(cell.example_levels))


def build(
    activities: pd.DataFrame,
    need_table: pd.DataFrame,
    regions: pd.DataFrame,
    year: int,
    lang: str,
    groups: Sequence[str] = (),
) -> SyncView:
    """The matrix of ``year`` over ``regions`` (kode_bps, nama), for ``groups`` (all groups
    with an activity or a counted need when empty)."""
    codes = list(regions["kode_bps"])
    all_cells = sync.cells(activities, need_table, year, codes)
    if groups:
        all_cells = [c for c in all_cells if c.target_group in set(groups)]
    present = {c.target_group for c in all_cells}
    acting = {c.target_group for c in all_cells if c.levels or c.province_levels}
    order = [g for g in catalogue.target_groups() if g.id in present]
    # Groups someone acts on first (the rakor's agenda), then those with only a counted need.
    order.sort(key=lambda g: g.id not in acting)
    grid = {(c.target_group, c.kode_bps): _cell_words(c, lang) for c in all_cells}
    province = {
        c.target_group: badges(c.province_levels, lang) for c in all_cells if c.province_levels
    }
    n_gap = sum(c.state == sync.STATE_GAP for c in all_cells)
    n_several = sum(c.state == sync.STATE_SEVERAL for c in all_cells)
    n_overlap = sum(c.overlap for c in all_cells)
    with_need = [c for c in all_cells if c.need is not None]
    sources = distinct(
        [s for c in with_need for s in c.need_sources],
        [k for c in with_need for k in c.need_kinds],
    )
    # The recipient counts read from indicators are not register activities: said apart.
    from_indicators = (
        activities["change"] == indicator_reach.CHANGE
        if "change" in activities
        else pd.Series(False, index=activities.index)
    )
    stored = activities[~from_indicators]
    kinds = stored["dataset_kind"] if not stored.empty else pd.Series(dtype=str)
    return SyncView(
        year=year,
        lang=lang,
        title=t("sync.title", lang, year=year),
        regions=tuple(zip(regions["kode_bps"], regions["nama"], strict=True)),
        groups=tuple((g.id, g.label(lang)) for g in order),
        grid=grid,
        province=province,
        cells=tuple(all_cells),
        counts=t("sync.counts", lang, gaps=n_gap, several=n_several, overlaps=n_overlap),
        has_example=any(c.need_is_example or c.example_levels for c in all_cells),
        sources=sources,
        register_note=t(
            "sync.sources.register",
            lang,
            official=fmt_count(int((kinds == KIND_OFFICIAL).sum()), lang),
            imported=fmt_count(int((kinds != KIND_OFFICIAL).sum()), lang),
            reach=fmt_count(len(activities) - len(stored), lang),
        ),
        notes=(t("sync.matrix.caption", lang, year=year),),
    )


def focus(view: SyncView, max_rows: int) -> tuple[SyncView, str]:
    """The matrix for one projector screen: the groups someone acts on first, then the groups
    with the most gaps, at most ``max_rows``; and the words for the rows left out."""
    gaps = {
        gid: sum(c.state == sync.STATE_GAP for c in view.cells if c.target_group == gid)
        for gid, _ in view.groups
    }
    acting = [
        g
        for g in view.groups
        if any(c.levels or c.province_levels for c in view.cells if c.target_group == g[0])
    ]
    rest = sorted((g for g in view.groups if g not in acting), key=lambda g: -gaps[g[0]])
    shown = (acting + rest)[:max_rows]
    left = [g for g in view.groups if g not in shown]
    if not left:
        return view, ""
    note = t(
        "sync.more_groups",
        view.lang,
        n=len(left),
        gaps=sum(gaps[g] for g, _ in left),
    )
    return replace(view, groups=tuple(shown)), note


def matrix_html(view: SyncView, short_names: Mapping[str, str] | None = None) -> str:
    """The matrix as an escaped HTML table (groups as rows, regencies as columns)."""
    names = short_names or {}
    esc = html.escape
    head = "".join(
        f'<th scope="col">{esc(names.get(kode, nama))}</th>' for kode, nama in view.regions
    )
    head += f'<th scope="col">{esc(t("sync.province_wide", view.lang))}</th>'
    rows = []
    for gid, label in view.groups:
        tds = []
        for kode, _ in view.regions:
            cell = view.grid.get((gid, kode))
            if cell is None:
                tds.append('<td class="sync-none"></td>')
                continue
            mark = " ⚠" if cell.overlap else ""
            cls = f"sync-{cell.state}" + (" sync-overlap" if cell.overlap else "")
            tds.append(
                f'<td class="{cls}" title="{esc(cell.title)}" data-state="{cell.state}">'
                f"{esc(cell.text)}{mark}</td>"
            )
        tds.append(f'<td class="sync-prov">{esc(view.province.get(gid, ""))}</td>')
        rows.append(
            f'<tr data-group="{esc(gid)}"><th scope="row">{esc(label)}</th>{"".join(tds)}</tr>'
        )
    return (
        '<table class="sync-matrix"><thead><tr>'
        f'<th scope="col">{esc(t("sync.group", view.lang))}</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def overlap_table(view: SyncView, names: Mapping[str, str]) -> pd.DataFrame:
    """The overlaps to check, with their numbers and sources (display strings)."""
    lang = view.lang
    groups = dict(view.groups)
    rows = [
        {
            t("sync.col.region", lang): names.get(c.kode_bps, c.kode_bps),
            t("sync.col.group", lang): groups.get(c.target_group, c.target_group),
            t("sync.col.levels", lang): ", ".join(
                vocab.label(vocab.LEVEL_LABELS, lv, lang) for lv in c.levels
            ),
            t("sync.col.realised", lang): fmt_count(c.realised, lang),
            t("sync.col.need", lang): fmt_count(c.need, lang),
            t("sync.col.unit", lang): unit_word(c.need_unit, lang),
            t("sync.col.need_year", lang): str(c.need_year),
            t("sync.col.sources", lang): "; ".join(
                x.label(lang) for x in distinct(c.need_sources, c.need_kinds)
            ),
            t("sync.col.flag", lang): t("sync.overlap.flag", lang),
        }
        for c in view.overlaps
    ]
    return pd.DataFrame(rows)


def matrix_table(view: SyncView) -> pd.DataFrame:
    """The matrix as a plain table for CSV/XLSX (one row per group, one column per regency)."""
    lang = view.lang
    rows = []
    for gid, label in view.groups:
        row = {t("sync.group", lang): label}
        for kode, nama in view.regions:
            cell = view.grid.get((gid, kode))
            row[nama] = (cell.text + (" ⚠" if cell.overlap else "")) if cell else ""
        row[t("sync.province_wide", lang)] = view.province.get(gid, "")
        rows.append(row)
    return pd.DataFrame(rows)


__all__ = [
    "COUNT_DECIMALS",
    "EXAMPLE_MARK",
    "PERCENT_DECIMALS",
    "SHORT_NAMES",
    "MatrixCell",
    "SyncView",
    "WhoView",
    "badge_legend",
    "badges",
    "build",
    "fmt_count",
    "focus",
    "matrix_html",
    "matrix_table",
    "overlap_table",
    "register_table",
    "unit_word",
    "who_does_what",
]
