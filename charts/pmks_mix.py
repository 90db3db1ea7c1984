"""The PMKS category mix: stacked bars of the 26 categories per regency (Tren page).

Twenty-six categories do not fit one legend: :func:`mix_frame` keeps the :data:`MIX_TOP`
categories with most people over the regencies shown and sums the rest into one "other"
bar, which is exact because people per 1.000 and shares are additive.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from charts.style import style
from ground import palette

MIX_TOP = 9
OTHER_KEY = "lainnya"

Fmt = Callable[[float], str]


def mix_frame(
    mix: pd.DataFrame, measure: str, *, top: int = MIX_TOP, other_key: str = OTHER_KEY
) -> pd.DataFrame:
    """Keep the ``top`` categories with most people over the shown regencies; sum the rest.

    Returns rows (kode_bps, nama, category, value, measure) where ``category`` is an
    indicator id or ``other_key``; per 1.000 and shares are additive, so "other" is a sum.
    """
    if mix.empty:
        return pd.DataFrame(columns=["kode_bps", "nama", "category", "value", "measure"])
    ranking = mix.groupby("category")["value"].sum().sort_values(ascending=False)
    keep = list(ranking.index[:top]) if len(ranking) > top + 1 else list(ranking.index)
    df = mix.assign(category=mix["category"].where(mix["category"].isin(keep), other_key))
    out = df.groupby(["kode_bps", "nama", "category"], as_index=False, sort=False).agg(
        value=("value", "sum"), measure=(measure, lambda s: s.sum(min_count=1))
    )
    order = {c: i for i, c in enumerate([*keep, other_key])}
    return out.sort_values(
        by="category", key=lambda s: s.map(order), kind="stable", ignore_index=True
    )


def mix_figure(
    mix: pd.DataFrame,
    *,
    measure: str,
    category_labels: dict[str, str],
    title: str,
    unit: str,
    fmt: Fmt,
    fmt_raw: Fmt,
    raw_unit: str,
    example_label: str | None,
    lang: str,
    size: int = 13,
) -> go.Figure:
    """Stacked horizontal bars of the PMKS categories per regency (largest total on top).

    ``mix`` is :func:`welfare.explore.pmks_mix` output; ``measure`` its ``per_1000`` or
    ``share`` column.
    """
    top = mix_frame(mix, measure)
    totals = top.groupby("nama")["measure"].sum().sort_values(ascending=True)
    cats = list(dict.fromkeys(top["category"]))
    colours = list(palette.REGION)
    fig = go.Figure()
    for i, cat in enumerate(cats):
        rows = top[top["category"] == cat].set_index("nama").reindex(totals.index)
        label = category_labels.get(cat, cat)
        colour = palette.OTHER if cat == OTHER_KEY else colours[i % len(colours)]
        hovers = [
            f"<b>{html.escape(str(n))}</b><br>{html.escape(label)}<br>"
            f"{html.escape(fmt(m))} {html.escape(unit)}<br>"
            f"{html.escape(fmt_raw(v))} {html.escape(raw_unit)}"
            if pd.notna(m)
            else ""
            for n, m, v in zip(rows.index, rows["measure"], rows["value"], strict=True)
        ]
        fig.add_trace(
            go.Bar(
                y=list(rows.index),
                x=rows["measure"],
                name=label,
                orientation="h",
                marker={"color": colour, "line": {"color": "#fff", "width": 0.5}},
                customdata=hovers,
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    style(
        fig,
        title=title,
        example_label=example_label,
        lang=lang,
        size=size,
        height=max(320, 150 + 44 * len(totals)),
    )
    # Legend on the right, in stacking order: below the bars it would cover the last rows.
    fig.update_layout(
        barmode="stack",
        legend={
            "orientation": "v",
            "yanchor": "top",
            "y": 1,
            "x": 1.01,
            "xanchor": "left",
            "traceorder": "normal",
        },
    )
    fig.update_xaxes(title={"text": unit}, gridcolor="#eee", tickformat=",~r")
    fig.update_yaxes(automargin=True)
    return fig
