"""What the Sasaran & target page says: eligibility-based coverage, inclusion and exclusion as
map layers and tables, and each poverty indicator against its target (value, target with its
document, distance, status), with the DTSEN snapshot date beside every DTSEN number.

Pure view builders for :mod:`components.bodies.targeting_page` (which caches the inputs and
lays them out); the distance's sign and words are :mod:`views.target_status`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import geopandas as gpd
import pandas as pd

from geo.thematic import MapWords, ThematicLayer, build_layer
from ground import palette
from views import source_links, target_status
from views.i18n import t
from views.map_words import map_words as views_map_words
from welfare import formatting, targeting, targets
from welfare.catalogue import get_indicator
from welfare.citations import row_citations

# Digits of the page: shares and coverage in %, counts of families or people, and the distance
# of a poverty rate to its target in percentage points.
PERCENT_DECIMALS = 1
COUNT_DECIMALS = 0
POINTS_DECIMALS = 2


def percent_text(v: float | None, lang: str) -> str:
    return _text(v, PERCENT_DECIMALS, lang)


def count_text(v: float | None, lang: str) -> str:
    return _text(v, COUNT_DECIMALS, lang)


def points_text(v: float | None, lang: str) -> str:
    return _text(v, POINTS_DECIMALS, lang)


def _text(v: float | None, decimals: int, lang: str) -> str:
    return "–" if v is None or pd.isna(v) else formatting.format_number(v, decimals, lang)


def decile_display(dec: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The DTSEN deciles table of the page (display strings)."""
    return pd.DataFrame(
        {
            t("col.region", lang): dec["nama"],
            t("target.col.snapshot", lang): dec["snapshot"]
            .map(lambda s: source_links.snapshot_label(s, lang))
            .fillna(t("map.no_data", lang)),
            t("target.col.desil_1_5", lang): dec["desil_1_5"].map(lambda v: count_text(v, lang)),
            t("target.col.total", lang): dec["total"].map(lambda v: count_text(v, lang)),
            t("target.col.share_1_5", lang): [
                percent_text(a / b * 100 if b else None, lang)
                for a, b in zip(dec["desil_1_5"], dec["total"], strict=True)
            ],
            t("col.kind", lang): dec["is_example"].map(
                lambda e: t("kind.example", lang) if e else ""
            ),
        }
    )


def eligibility_display(tb: targeting.EligibilityTable, lang: str, unit: str) -> pd.DataFrame:
    """Eligible against reached per regency, with exclusion and inclusion (display strings)."""
    d = tb.data
    count = {
        t("target.col.eligible", lang, unit=tb.rule.unit): "eligible",
        t("target.col.recipients", lang, unit=unit): "recipients",
    }
    out = {
        t("col.region", lang): d["nama"],
        t("target.col.snapshot", lang): d["snapshot"]
        .map(lambda s: source_links.snapshot_label(s, lang))
        .fillna(t("map.no_data", lang)),
        **{head: d[col].map(lambda v: count_text(v, lang)) for head, col in count.items()},
        t("target.col.coverage", lang): d["coverage"].map(lambda v: percent_text(v, lang)),
        t("target.col.gap", lang): d["gap"].map(lambda v: count_text(v, lang)),
        t("target.col.exclusion", lang): d["exclusion"].map(lambda v: count_text(v, lang)),
        t("target.col.exclusion_rate", lang): d["exclusion_rate"].map(
            lambda v: percent_text(v, lang)
        ),
        t("target.col.inclusion", lang): d["inclusion"].map(lambda v: count_text(v, lang)),
        t("target.col.inclusion_rate", lang): d["inclusion_rate"].map(
            lambda v: percent_text(v, lang)
        ),
        t("col.kind", lang): d["is_example"].map(lambda e: t("kind.example", lang) if e else ""),
        # Readable sources ("BPS Kaltim (…)", example data said in the page's language).
        t("col.source", lang): [c.label(lang) if c else None for c in row_citations(d)],
    }
    return pd.DataFrame(out)


def snapshots_text(tb: targeting.EligibilityTable, lang: str) -> str:
    """The table's DTSEN snapshot dates in the language ("23 January 2026 (EXAMPLE DATA)")."""
    return "; ".join(source_links.snapshot_label(s, lang) for s in tb.snapshots)


def measure_table(tb: targeting.EligibilityTable, measure: str, lang: str = "id") -> pd.DataFrame:
    """The table handed to ``build_layer``: rate = exclusion or inclusion rate in %."""
    d = tb.data
    if measure == "inclusion":
        value, rate, den = d["inclusion"], d["inclusion_rate"], d["recipients"]
    else:
        value, rate, den = d["exclusion"], d["exclusion_rate"], d["eligible"]
    return pd.DataFrame(
        {
            "kode_bps": d["kode_bps"],
            "nama": d["nama"],
            "value": value,
            "rate": rate,
            "denominator_value": den,
            "denominator_year": d["dtsen_year"],
            "is_example": d["is_example"],
            "dataset_kind": d["dataset_kind"],
            "source": d["snapshot"].map(
                lambda s: (
                    t("target.card.snapshot", lang, snapshots=source_links.snapshot_label(s, lang))
                    if isinstance(s, str)
                    else None
                )
            ),
        }
    )


def map_words(lang: str, denominator: str) -> MapWords:
    return views_map_words(
        lang, raw_key="target.map.count", denominator=denominator, source_key="target.map.snapshot"
    )


def measure_layer(
    regencies: gpd.GeoDataFrame,
    tb: targeting.EligibilityTable,
    measure: str,
    *,
    lang: str,
    unit_label: str,
    font_px: int = 13,
) -> ThematicLayer:
    """Choropleth of exclusion (eligible, not receiving) or inclusion (receiving, outside)."""
    prog = tb.rule.label(lang)
    den = t(
        "target.map.den_eligible" if measure == "exclusion" else "target.map.den_recipients", lang
    )

    def pct(v: float | None) -> str:
        return formatting.format_number(v, PERCENT_DECIMALS, lang)

    def raw(v: float | None) -> str:
        return formatting.format_number(v, COUNT_DECIMALS, lang)

    notes = [
        t("target.map.rule", lang, programme=prog, range=tb.rule.range_text),
        t("target.map.snapshots", lang, snapshots=snapshots_text(tb, lang) or "–"),
    ]
    return build_layer(
        regencies,
        measure_table(tb, measure, lang),
        title=t(f"target.map.{measure}", lang, programme=prog),
        mapped_unit="%",
        higher_is_worse=True,
        words=map_words(lang, den),
        fmt_mapped=pct,
        fmt_raw=raw,
        raw_unit=unit_label,
        legend_notes=notes,
        font_px=font_px,
    )


def distance_table(
    rows: Sequence[targets.StatusRow], names: dict[str, str], lang: str = "id"
) -> pd.DataFrame:
    """Distance to target (value − target, points; positive: not reached) per regency, for
    ``build_layer``."""
    return pd.DataFrame(
        {
            "kode_bps": [r.kode_bps for r in rows],
            "nama": [names.get(r.kode_bps, r.kode_bps) for r in rows],
            "value": [r.value for r in rows],
            "rate": [r.distance for r in rows],
            "is_example": [r.is_example for r in rows],
            "dataset_kind": ["example" if r.is_example else None for r in rows],
            "source": [
                None
                if r.target is None
                else f"{source_links.document_label(r.target['document'], lang)} ({r.target_year})"
                for r in rows
            ],
        }
    )


def status_badge(status: str | None, lang: str) -> str:
    if status is None:
        return html.escape(t("target.status.none", lang))
    colour = palette.STATUS[status]
    return (
        f'<span style="background:{colour};color:#fff;font-weight:700;padding:1px 8px;'
        f'border-radius:3px">{html.escape(t(f"target.status.{status}", lang))}</span>'
    )


def fmt_value(indicator_id: str, v: float | None, lang: str) -> str:
    decimals = formatting.value_decimals([v], get_indicator(indicator_id).kind)
    return formatting.format_number(v, decimals, lang)


def status_html(
    rows: Sequence[targets.StatusRow], names: dict[str, str], lang: str, indicator_id: str
) -> str:
    """A compact HTML table: region, latest value (year), target (document, year), status."""
    unit = get_indicator(indicator_id).unit_label(lang)
    head = "".join(
        f"<th>{html.escape(t(k, lang))}</th>"
        for k in (
            "col.region",
            "target.col.latest",
            "target.col.target",
            "target.col.distance",
            "target.col.status",
        )
    )
    body = []
    for r in rows:
        if r.value is None:
            latest = html.escape(t("map.no_data", lang))
        else:
            latest = html.escape(f"{fmt_value(indicator_id, r.value, lang)} {unit} ({r.year})")
            if r.is_example:
                latest += f' <span class="serambi-badge-example">{html.escape(t("badge.example", lang))}</span>'  # noqa: E501
        if r.target is None:
            target_txt = html.escape(t("target.none", lang))
        else:
            text = targets.target_text(r.target, lambda v: fmt_value(indicator_id, v, lang))
            target_txt = html.escape(
                f"{text} {unit} ({r.target_year}; "
                f"{source_links.document_label(r.target['document'], lang)}; "
                f"{t('target.level.' + (r.level or 'wilayah'), lang)})"
            )
        dist = html.escape(target_status.distance_cell(r.distance, lang))
        body.append(
            f"<tr><th>{html.escape(names.get(r.kode_bps, r.kode_bps))}</th>"
            f"<td>{latest}</td><td>{target_txt}</td><td>{dist}</td>"
            f"<td>{status_badge(r.status, lang)}</td></tr>"
        )
    return (
        f'<table class="serambi-home"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )
