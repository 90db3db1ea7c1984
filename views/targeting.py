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
        return formatting.format_number(v, 1, lang)

    def raw(v: float | None) -> str:
        return formatting.format_number(v, 0, lang)

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
