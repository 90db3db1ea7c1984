"""What the Sinkronisasi page and its Bahan rapat slide say: the matrix of levels against
target groups, the overlaps to check, one regency's "who does what", and the map of reached
against need. The rules are :mod:`welfare.register.sync`; this module gives them words, units,
digits and sources in one language.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import geopandas as gpd
import pandas as pd

from geo.thematic import ThematicLayer, build_layer
from views.i18n import t
from views.map_words import map_words
from welfare import formatting
from welfare.citations import Citation, distinct
from welfare.models import KIND_EXAMPLE, KIND_OFFICIAL
from welfare.register import catalogue, indicator_reach, sync, vocab

PERCENT_DECIMALS = 1
COUNT_DECIMALS = 0


def fmt_count(value: float | None, lang: str) -> str:
    return formatting.format_number(value, COUNT_DECIMALS, lang)


def unit_word(unit: str | None, lang: str) -> str:
    """A register unit in ``lang`` ('unit rumah' / 'houses', 'KK' / 'families')."""
    words = {
        "jiwa": ("jiwa", "people"),
        "KK": ("KK", "families"),
        "unit rumah": ("unit rumah", "houses"),
        "paket": ("paket", "parcels"),
        "desa": ("desa", "villages"),
        "kg": ("kg", "kg"),
        "lembaga": ("lembaga", "institutions"),
    }
    pair = words.get(unit or "")
    return (pair[1] if lang == "en" else pair[0]) if pair else (unit or "")


def badges(levels: Sequence[str], lang: str, example: Sequence[str] = ()) -> str:
    """'Pst Prov Kab'; a level in ``example`` (recorded only in example data) gets a dagger."""
    return " ".join(
        vocab.label(vocab.LEVEL_BADGES, lv, lang) + (EXAMPLE_MARK if lv in example else "")
        for lv in levels
    )


def badge_legend(lang: str) -> str:
    """'Pst = Pusat · Prov = Provinsi · ... · * = seluruh provinsi, tanpa rincian'."""
    pairs = [
        f"{vocab.label(vocab.LEVEL_BADGES, lv, lang)} = {vocab.label(vocab.LEVEL_LABELS, lv, lang)}"
        for lv in vocab.LEVELS
    ]
    return " · ".join([*pairs, t("sync.badge.star", lang), t("sync.badge.example", lang)])


EXAMPLE_MARK = "†"  # after a level badge that rests on example data only (legend: badge_legend)


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


@dataclass(frozen=True)
class WhoView:
    title: str
    table: pd.DataFrame  # display strings, one row per activity
    by_level: pd.DataFrame
    by_funding: pd.DataFrame
    empty_note: str = ""


def _quantity(value: object, unit: object, lang: str) -> str:
    if value is None or pd.isna(value):
        return "–"
    word = unit_word(unit if isinstance(unit, str) else None, lang)
    return f"{fmt_count(float(value), lang)} {word}"


def _source(text: object, kind: str, lang: str) -> str:
    """'Antara Kaltim (26/4/2024)'; imported and example rows say so first."""
    cited = next(iter(distinct([text if isinstance(text, str) else None], [kind])), None)
    label = cited.label(lang) if cited else "–"
    return label if kind == KIND_OFFICIAL else f"{t(f'kind.{kind}', lang)}: {label}"


def _budget(value: object, lang: str) -> str:
    return "–" if value is None or pd.isna(value) else fmt_count(float(value), lang)


def who_does_what(
    activities: pd.DataFrame,
    kode_bps: str,
    nama: str,
    year: int,
    lang: str,
    kecamatan: Mapping[str, str] | None = None,
) -> WhoView:
    """One regency's activities of ``year`` by level and funding source."""
    mine = sync.who_does_what(activities, kode_bps, year)
    title = t("sync.who.title", lang, region=nama)
    if mine is None or mine.empty:
        empty = pd.DataFrame()
        return WhoView(
            title, empty, empty, empty, t("sync.who.empty", lang, region=nama, year=year)
        )
    kec = kecamatan or {}
    years = [
        f"{int(a)}–{int(b)}" if not pd.isna(a) else str(int(b))
        for a, b in zip(mine["year_from"], mine["year"], strict=True)
    ]
    # The programme cell also names who implements it, where and when (one column, not four:
    # the table fits 1366 px); the download keeps each in its own column.
    programme = [
        " · ".join(
            p
            for p in (
                name,
                agency if agency.lower() not in name.lower() else "",
                kec.get(k, k) if isinstance(k, str) else "",
                year if year != str(view_year) else "",
            )
            if p
        )
        for name, agency, k, year, view_year in zip(
            mine["programme_name"],
            mine["agency"],
            mine["kecamatan_kode"],
            years,
            [year] * len(mine),
            strict=True,
        )
    ]
    table = pd.DataFrame(
        {
            t("sync.col.level", lang): [
                vocab.label(vocab.LEVEL_LABELS, lv, lang) + ("*" if wide else "")
                for lv, wide in zip(mine["level"], mine["province_wide"], strict=True)
            ],
            t("sync.col.programme", lang): programme,
            t("sync.col.funding", lang): [
                vocab.label(vocab.FUNDING_LABELS, None if pd.isna(f) else f, lang)
                for f in mine["funding"]
            ],
            t("sync.col.group", lang): [
                catalogue.target_group(g).label(lang) for g in mine["target_group"]
            ],
            t("sync.col.planned", lang): [
                _quantity(v, u, lang)
                for v, u in zip(mine["planned"], mine["planned_unit"], strict=True)
            ],
            t("sync.col.realised", lang): [
                _quantity(v, u, lang)
                for v, u in zip(mine["realised"], mine["realised_unit"], strict=True)
            ],
            t("sync.col.budget", lang): [_budget(v, lang) for v in mine["budget_rp"]],
            t("sync.col.status", lang): [
                vocab.label(vocab.STATUS_LABELS, s, lang) for s in mine["status"]
            ],
            t("sync.col.sources", lang): [
                _source(s, k, lang)
                for s, k in zip(mine["source"], mine["dataset_kind"], strict=True)
            ],
        }
    )
    return WhoView(
        title,
        table,
        _totals(sync.totals_by(mine, "level"), "level", lang),
        _totals(sync.totals_by(mine, "funding"), "funding", lang),
    )


def _totals(frame: pd.DataFrame, column: str, lang: str) -> pd.DataFrame:
    if frame.empty:
        return frame
    words = vocab.LEVEL_LABELS if column == "level" else vocab.FUNDING_LABELS
    head = t("sync.col.level" if column == "level" else "sync.col.funding", lang)
    return pd.DataFrame(
        {
            head: [vocab.label(words, v if v else None, lang) for v in frame[column]],
            t("sync.col.n", lang): [str(int(n)) for n in frame["n"]],
            t("sync.col.planned", lang): [
                _quantity(v, u, lang) for v, u in zip(frame["planned"], frame["unit"], strict=True)
            ],
            t("sync.col.realised", lang): [
                _quantity(v, u, lang) for v, u in zip(frame["realised"], frame["unit"], strict=True)
            ],
            t("sync.col.budget", lang): [_budget(v, lang) for v in frame["budget_rp"]],
        }
    )


def coverage_layer(
    view: SyncView,
    group_id: str,
    shapes: gpd.GeoDataFrame,
    *,
    selected: Sequence[str] = (),
    font_px: int = 13,
) -> ThematicLayer | None:
    """The map of one group: one-year reached (all levels) as % of the counted need; None when
    the group has no counted need."""
    lang = view.lang
    group = catalogue.target_group(group_id)
    mine = [c for c in view.cells if c.target_group == group_id and c.need]
    if not group.need or not mine:
        return None
    table = pd.DataFrame(
        {
            "kode_bps": [c.kode_bps for c in mine],
            "value": [c.realised for c in mine],
            "rate": [100.0 * c.realised / c.need for c in mine],
            "denominator_value": [c.need for c in mine],
            "denominator_year": [c.need_year for c in mine],
            "dataset_kind": [KIND_EXAMPLE if c.need_is_example else KIND_OFFICIAL for c in mine],
            "source": [
                (next(iter(distinct(c.need_sources, c.need_kinds)), None) or None) for c in mine
            ],
        }
    )
    table["source"] = [c.label(lang) if c else None for c in table["source"]]
    unit = unit_word(group.need_unit, lang)
    title = t("sync.map.title", lang, group=group.label(lang))
    return build_layer(
        shapes,
        table,
        title=title,
        mapped_unit=t("sync.map.unit", lang),
        higher_is_worse=False,
        words=map_words(lang, raw_key="sync.col.realised", denominator=t("sync.col.need", lang)),
        fmt_mapped=lambda v: formatting.format_number(v, PERCENT_DECIMALS, lang),
        fmt_raw=lambda v: fmt_count(v, lang),
        raw_unit=unit,
        legend_notes=(t("sync.map.note", lang, year=view.year, unit=unit),),
        selected=selected,
        font_px=font_px,
    )


# Column heads of the matrix: ten regencies side by side fit 1366 px only in their short forms
# (the ones Dinsos tables use); the full name is in each cell's tooltip and the tables.
SHORT_NAMES = {
    "6401": "Paser",
    "6402": "Kubar",
    "6403": "Kukar",
    "6404": "Kutim",
    "6405": "Berau",
    "6409": "PPU",
    "6411": "Mahulu",
    "6471": "Balikpapan",
    "6472": "Samarinda",
    "6474": "Bontang",
}


def register_table(activities: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The register's activities as a download table (codes kept, words in ``lang``)."""
    if activities.empty:
        return pd.DataFrame()
    yes = "ya" if lang == "id" else "yes"
    return pd.DataFrame(
        {
            "kode_bps": list(activities["region_kode_bps"]),
            "kecamatan": [k if isinstance(k, str) else "" for k in activities["kecamatan_kode"]],
            t("sync.col.programme", lang): list(activities["programme_name"]),
            t("sync.col.level", lang): [
                vocab.label(vocab.LEVEL_LABELS, v, lang) for v in activities["level"]
            ],
            t("sync.col.funding", lang): [
                vocab.label(vocab.FUNDING_LABELS, None if pd.isna(v) else v, lang)
                for v in activities["funding"]
            ],
            t("sync.col.agency", lang): list(activities["agency"]),
            t("sync.col.group", lang): [
                catalogue.target_group(g).label(lang) for g in activities["target_group"]
            ],
            "tahun_mulai" if lang == "id" else "year_from": list(activities["year_from"]),
            "tahun" if lang == "id" else "year": list(activities["year"]),
            t("sync.col.planned", lang): list(activities["planned"]),
            "satuan_rencana" if lang == "id" else "planned_unit": list(activities["planned_unit"]),
            t("sync.col.realised", lang): list(activities["realised"]),
            "satuan_realisasi" if lang == "id" else "reached_unit": list(
                activities["realised_unit"]
            ),
            t("sync.col.budget", lang): list(activities["budget_rp"]),
            t("sync.col.status", lang): [
                vocab.label(vocab.STATUS_LABELS, s, lang) for s in activities["status"]
            ],
            t("sync.col.kind", lang): [t(f"kind.{k}", lang) for k in activities["dataset_kind"]],
            t("sync.province_wide", lang): [
                yes if k == sync.PROVINCE else "" for k in activities["region_kode_bps"]
            ],
            t("sync.col.sources", lang): list(activities["source"]),
        }
    )
