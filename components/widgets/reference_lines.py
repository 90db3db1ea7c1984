"""Reference and target lines for trend charts: the official province figure and the targets.

The reference line of a trend is the province's own published figure (row '64', e.g. BPS
P0 Kaltim), never an aggregate of whichever regencies happen to have data; the target path is
the stored targets (:mod:`welfare.targets`) of the province (or of one regency), each with its
document. Both are plain DataFrames, cached per data version, and drawn by
:func:`add_reference` / :func:`add_targets` onto any Plotly figure with years on the x axis.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from components.state import data_access
from ground import palette
from views import source_links
from views.i18n import t
from welfare import targets
from welfare.catalogue import get_indicator
from welfare.observations import PROVINCE_CODE


def province_series(indicator_id: str) -> pd.DataFrame:
    """The official province row ('64') of an indicator over the years (may be empty)."""
    return data_access.province_series(indicator_id)


def target_path(indicator_id: str, region_kode: str = PROVINCE_CODE) -> pd.DataFrame:
    """Usable targets of one region for an indicator, with ``bound`` (the number to reach)."""
    df = data_access.current_targets([indicator_id])
    df = df[(df["region_kode"] == region_kode) & df["usable"].astype(bool)].copy()
    hiw = get_indicator(indicator_id).higher_is_worse
    df["bound"] = [targets.bound(r, hiw) for _, r in df.iterrows()]
    return df.sort_values("year")


def add_reference(
    fig: go.Figure,
    prov: pd.DataFrame,
    *,
    lang: str,
    fmt,
    unit: str,  # noqa: ANN001
    **trace_kw: object,
) -> bool:
    """Draw the province's official figure as a black dashed line; False if there is none."""
    prov = prov[prov["rate"].notna()].sort_values("year")
    if prov.empty:
        return False
    label = t("target.trend.province", lang)
    hover = [
        f"<b>{html.escape(label)}</b> {int(y)}<br>{html.escape(fmt(r))} {html.escape(unit)}"
        for y, r in zip(prov["year"], prov["rate"], strict=True)
    ]
    fig.add_trace(
        go.Scatter(
            x=prov["year"],
            y=prov["rate"],
            name=label,
            mode="lines+markers",
            line={"color": palette.REFERENCE, "dash": "dash", "width": 2.5},
            marker={
                "size": 7,
                "symbol": ["circle-open" if e else "circle" for e in prov["is_example"]],
            },
            customdata=hover,
            hovertemplate="%{customdata}<extra></extra>",
            **trace_kw,
        )
    )
    return True


def add_targets(
    fig: go.Figure,
    path: pd.DataFrame,
    *,
    lang: str,
    fmt,
    unit: str,  # noqa: ANN001
    **trace_kw: object,
) -> bool:
    """Draw targets as purple crosses (a range as a vertical bar), one trace per document."""
    path = path[path["bound"].notna()]
    if path.empty:
        return False
    for document, rows in path.groupby("document", sort=False):
        lo = rows["lower"].where(rows["lower"].notna(), rows["bound"])
        hi = rows["upper"].where(rows["upper"].notna(), rows["bound"])
        label = t("target.trend.target", lang, document=source_links.document_label(document, lang))
        hover = [
            f"<b>{html.escape(label)}</b> {int(r.year)}<br>"
            f"{html.escape(targets.target_text(r._asdict(), fmt))} {html.escape(unit)}"
            for r in rows.itertuples(index=False)
        ]
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=rows["bound"],
                name=label,
                mode="markers",
                marker={
                    "symbol": "x-thin",
                    "size": 14,
                    "color": palette.TARGET,
                    "line": {"width": 3, "color": palette.TARGET},
                },
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": (hi - rows["bound"]).tolist(),
                    "arrayminus": (rows["bound"] - lo).tolist(),
                    "color": palette.TARGET,
                    "thickness": 2,
                    "width": 6,
                },
                customdata=hover,
                hovertemplate="%{customdata}<extra></extra>",
                **trace_kw,
            )
        )
    return True


def decorate(
    fig: go.Figure,
    indicator_id: str,
    *,
    lang: str,
    fmt,
    unit: str,  # noqa: ANN001
    region_kode: str = PROVINCE_CODE,
) -> bool:
    """Province reference line and the targets of ``region_kode``; True if anything was drawn."""
    drawn = add_reference(fig, province_series(indicator_id), lang=lang, fmt=fmt, unit=unit)
    path = target_path(indicator_id, region_kode)
    drawn = add_targets(fig, path, lang=lang, fmt=fmt, unit=unit) or drawn
    return drawn
