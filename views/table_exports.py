"""The tables of the Cakupan and Sasaran pages as files, and the rows a download holds.

A page shows its tables as formatted text ("1.663", "88,4"); a CSV or XLSX needs the numbers
themselves, each column with the digits the page shows for it (:class:`ExportTable`), so the
file and the screen read the same (:mod:`welfare.exporting` writes them). The columns and
their order are the page's own, a source's link added (``tests/views/test_table_exports.py``
holds them together). The map's table (``components.widgets.tables.indicator_frame``) is
already a frame of numbers; :func:`map_table_decimals` gives its columns their digits.

:func:`scoped` decides the rows of a download when regions are chosen in the filter: only
those (the default: the file follows the view) or every region with the chosen ones marked.
Pure (no Streamlit).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from views import source_links
from views.coverage_gap import COUNT_DECIMALS, PERCENT_DECIMALS, RATE_DECIMALS, need_unit
from views.i18n import t
from views.kinds import kind_label
from welfare import coverage
from welfare.citations import row_citations
from welfare.explore import CoverageTable
from welfare.exporting import ExportMeta, select_regions
from welfare.targeting import EligibilityTable

# The Sasaran page's digits (components/bodies/targeting_page.py): counts 0, shares and rates 1.
SHARE_DECIMALS = 1
# The map table's denominator is a population count: whole, as the table on the page writes it.
DENOMINATOR_DECIMALS = 0


@dataclass(frozen=True)
class ExportTable:
    """A page's table with numbers as numbers, and the digits the page shows per column."""

    frame: pd.DataFrame
    decimals: dict[str, int]


def _snapshot(s: pd.Series, lang: str) -> pd.Series:
    # As the page shows it ("23 January 2026 (EXAMPLE DATA)"); no snapshot: an empty cell.
    return s.map(lambda v: source_links.snapshot_label(v, lang) if isinstance(v, str) else None)


def _year(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce").astype("Int64")


def coverage_table(
    cov: CoverageTable, *, lang: str, kemendagri: Mapping[str, str] | pd.Series
) -> ExportTable:
    """The Cakupan table (:func:`views.coverage_gap.page_table`) with its numbers, rank 1
    first, and the link of each source in a last column."""
    units = need_unit(cov.programme, lang)
    d = coverage.with_rank(cov)
    cited = row_citations(d)
    cols = {
        "recipients": (t("cov.col.recipients", lang, unit=units), COUNT_DECIMALS),
        "need": (t("cov.col.need", lang, unit=units), COUNT_DECIMALS),
        "coverage": (t("cov.col.coverage", lang), PERCENT_DECIMALS),
        "gap": (t("cov.col.gap", lang, unit=units), COUNT_DECIMALS),
        "over": (t("cov.col.over", lang, unit=units), COUNT_DECIMALS),
        "gap_per_1000": (t("cov.col.gap_per_1000", lang), RATE_DECIMALS),
        "population": (t("cov.col.population", lang), COUNT_DECIMALS),
    }
    out = pd.DataFrame(
        {
            t("col.region", lang): d["nama"],
            t("col.kode_bps", lang): d["kode_bps"],
            t("col.kode_kemendagri", lang): d["kode_bps"].map(kemendagri),
            cols["recipients"][0]: d["recipients"],
            cols["need"][0]: d["need"],
            t("cov.col.need_year", lang): _year(d["need_year"]),
            cols["coverage"][0]: d["coverage"],
            cols["gap"][0]: d["gap"],
            cols["over"][0]: d["over"],
            cols["gap_per_1000"][0]: d["gap_per_1000"],
            t("col.rank", lang): _year(d["rank"]),
            cols["population"][0]: d["population"],
            t("cov.col.population_year", lang): _year(d["population_year"]),
            t("col.kind", lang): [
                kind_label(e, k, lang)
                for e, k in zip(d["is_example"], d["dataset_kind"], strict=True)
            ],
            # As on the page ("BPS Kaltim (…)", example data in words), with its link after.
            t("col.source", lang): [c.label(lang) if c else None for c in cited],
            t("col.source_link", lang): [c.url if c else None for c in cited],
        }
    )
    out = out.sort_values(t("col.rank", lang), na_position="last").reset_index(drop=True)
    return ExportTable(out, {name: digits for name, digits in cols.values()})


def eligibility_table(tb: EligibilityTable, *, lang: str, unit: str) -> ExportTable:
    """The Sasaran page's eligibility table (recipients against the eligible deciles)."""
    d = tb.data
    cols = {
        "eligible": (t("target.col.eligible", lang, unit=tb.rule.unit), COUNT_DECIMALS),
        "recipients": (t("target.col.recipients", lang, unit=unit), COUNT_DECIMALS),
        "coverage": (t("target.col.coverage", lang), SHARE_DECIMALS),
        "gap": (t("target.col.gap", lang), COUNT_DECIMALS),
        "exclusion": (t("target.col.exclusion", lang), COUNT_DECIMALS),
        "exclusion_rate": (t("target.col.exclusion_rate", lang), SHARE_DECIMALS),
        "inclusion": (t("target.col.inclusion", lang), COUNT_DECIMALS),
        "inclusion_rate": (t("target.col.inclusion_rate", lang), SHARE_DECIMALS),
    }
    out = pd.DataFrame(
        {
            t("col.region", lang): d["nama"],
            t("col.kode_bps", lang): d["kode_bps"],
            t("target.col.snapshot", lang): _snapshot(d["snapshot"], lang),
            **{name: d[key] for key, (name, _) in cols.items()},
            t("col.kind", lang): d["is_example"].map(
                lambda e: t("kind.example", lang) if e else ""
            ),
            t("col.source", lang): d["source"],
        }
    ).reset_index(drop=True)
    return ExportTable(out, {name: digits for name, digits in cols.values()})


def decile_table(dec: pd.DataFrame, *, lang: str) -> ExportTable:
    """The Sasaran page's DTSEN table: deciles 1-5, all households and the share in 1-5."""
    share = [
        a / b * 100 if b and pd.notna(a) and pd.notna(b) else None
        for a, b in zip(dec["desil_1_5"], dec["total"], strict=True)
    ]
    cols = {
        "desil_1_5": (t("target.col.desil_1_5", lang), COUNT_DECIMALS),
        "total": (t("target.col.total", lang), COUNT_DECIMALS),
        "share": (t("target.col.share_1_5", lang), SHARE_DECIMALS),
    }
    out = pd.DataFrame(
        {
            t("col.region", lang): dec["nama"],
            t("col.kode_bps", lang): dec["kode_bps"],
            t("target.col.snapshot", lang): _snapshot(dec["snapshot"], lang),
            cols["desil_1_5"][0]: dec["desil_1_5"],
            cols["total"][0]: dec["total"],
            cols["share"][0]: pd.array(share, dtype="Float64"),
            t("col.kind", lang): dec["is_example"].map(
                lambda e: t("kind.example", lang) if e else ""
            ),
        }
    ).reset_index(drop=True)
    return ExportTable(out, {name: digits for name, digits in cols.values()})


def map_table_decimals(
    columns: Iterable[object], *, raw_decimals: int, decimals: int, lang: str
) -> dict[str, int]:
    """The digits of the map's table in a file, per column of ``columns``: the value and the
    mapped value as the map view writes them (``raw_decimals`` and ``decimals``), the
    denominator whole. The value and mapped value columns are found by their name's start,
    because their unit follows in brackets ("Nilai (jiwa)", "Nilai dipetakan (per 1.000
    penduduk)")."""
    prefixes = {
        f"{t('col.value', lang)} (": raw_decimals,
        f"{t('col.rate', lang)} (": decimals,
    }
    names = [str(c) for c in columns]
    out = {c: d for c in names for p, d in prefixes.items() if c.startswith(p)}
    if t("col.denominator", lang) in names:
        out[t("col.denominator", lang)] = DENOMINATOR_DECIMALS
    return out


# --------------------------------------------------------------------------------------------
# which rows: the regions chosen in the filter, or all of them with the chosen ones marked

SCOPE_CHOSEN = "terpilih"
SCOPE_ALL = "semua"
SCOPES = (SCOPE_CHOSEN, SCOPE_ALL)


@dataclass(frozen=True)
class Chosen:
    """The regions chosen in the filter, as a table of a download names them.

    ``code_column``: the column holding the codes; ``names``: code -> name for the notes.
    """

    codes: tuple[str, ...]
    code_column: str
    names: Mapping[str, str]

    def applies_to(self, frame: pd.DataFrame) -> bool:
        """Whether a choice matters: some rows of ``frame`` are chosen, not all of them."""
        if not self.codes or self.code_column not in frame:
            return False
        wanted = frame[self.code_column].astype(str).isin(set(self.codes))
        return bool(wanted.any() and not wanted.all())

    def shown_codes(self, frame: pd.DataFrame) -> list[str]:
        """The chosen codes that are rows of ``frame``, in the filter's order."""
        present = set(frame[self.code_column].astype(str))
        return [c for c in self.codes if c in present]

    def names_text(self, frame: pd.DataFrame) -> str:
        return ", ".join(self.names.get(c, c) for c in self.shown_codes(frame))


def scope_label(scope: str, n: int, lang: str) -> str:
    """The words of a scope option: "Hanya wilayah terpilih (2)", "Semua wilayah (10), …"."""
    return t(f"export.scope.{scope}", lang, n=n)


def scoped(
    frame: pd.DataFrame,
    meta: ExportMeta,
    stem: str,
    chosen: Chosen | None,
    scope: str,
    lang: str,
) -> tuple[pd.DataFrame, ExportMeta, str]:
    """The table, file words and file name of a download for the chosen ``scope``.

    :data:`SCOPE_CHOSEN`: the chosen rows only (ranks stay those among all regions, and the
    file says so); :data:`SCOPE_ALL`: every row, with a "Terpilih" column on the chosen ones.
    Without a choice that matters (:meth:`Chosen.applies_to`), everything as it is.
    """
    if chosen is None or not chosen.applies_to(frame):
        return frame, meta, stem
    codes = chosen.shown_codes(frame)
    names = chosen.names_text(frame)
    if scope == SCOPE_ALL:
        out = select_regions(
            frame,
            chosen.code_column,
            codes,
            keep_all=True,
            mark_column=t("export.col.chosen", lang),
            mark=t("export.chosen.yes", lang),
        )
        note = t("export.note.marked", lang, names=names)
        return out, replace(meta, notes=(*meta.notes, note)), stem
    out = select_regions(frame, chosen.code_column, codes)
    note = t("export.note.chosen", lang, names=names, n=len(codes), m=len(frame))
    suffix = "-".join(codes) if len(codes) <= 3 else f"{len(codes)}"
    return out, replace(meta, notes=(*meta.notes, note)), f"{stem}-wilayah-{suffix}"


def chosen_regions(
    codes: Sequence[str], code_column: str, names: Mapping[str, str]
) -> Chosen | None:
    """A :class:`Chosen` of ``codes`` (``None`` when nothing is chosen)."""
    return Chosen(tuple(str(c) for c in codes), code_column, dict(names)) if codes else None
