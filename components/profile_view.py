"""Profil wilayah: one regency on one screen (and on A4 paper).

Cards are plain HTML (one ``st.html`` per catalogue group) with inline SVG sparklines rather
than one Plotly chart per indicator: a profile has 50+ indicators, and 50 Plotly charts are
slow to draw, do not resize for the printed page and break across pages. The HTML cards print
as they look (``break-inside: avoid``). The indicator of the shared filter gets a full Plotly
chart at the top.
"""

from __future__ import annotations

import base64
import html
import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import palette
from charts.style import display_unit, style
from components import (
    data_access,
    filters,
    layout,
    plot,
    reference_lines,
    source_links,
    targeting_view,
)
from components.i18n import t
from components.markup import escape_markdown
from components.trend_view import INCOMPLETE_SYMBOL, group_trend
from components.view_state import MODE_CHOSEN, ViewState
from geo import ikn
from welfare import explore, formatting
from welfare.catalogue import GROUPS, RATE_VALUE, group_label, load_catalogue, unit_label
from welfare.formatting import decimals_for

DEFAULT_REGENCY = "6409"  # Penajam Paser Utara: Titik Nol lies here
PICKER_KEY = "profil_picker"

PRINT_CSS = """
<style>
.serambi-facts { display:grid; grid-template-columns:repeat(auto-fill,minmax(170px,1fr));
  gap:8px 16px; margin:4px 0 12px 0; }
.serambi-fact { border-left:3px solid #0b5a8a; padding:2px 8px; }
.serambi-fact .k { color:#555; font-size:.8rem; }
.serambi-fact .v { font-weight:700; font-size:1.05rem; }
.serambi-cards { display:grid; grid-template-columns:repeat(auto-fill,minmax(255px,1fr));
  gap:10px; margin-bottom:6px; }
.serambi-card { border:1px solid #d6d6d6; border-radius:6px; padding:8px 10px;
  break-inside:avoid; page-break-inside:avoid; background:#fff; }
.serambi-card.example { border-color:#b71c1c; border-style:dashed; }
.serambi-card .lbl { font-size:.86rem; color:#333; min-height:2.3em; line-height:1.15; }
.serambi-card .num { font-size:1.35rem; font-weight:700; line-height:1.2; }
.serambi-card .unit { font-size:.8rem; font-weight:400; color:#444; }
.serambi-card .sub { font-size:.78rem; color:#444; line-height:1.3; }
.serambi-card .src { font-size:.7rem; color:#666; overflow-wrap:anywhere; line-height:1.2;
  margin-top:3px; }
.serambi-card img.spark { display:block; margin:3px 0; max-width:100%; }
.serambi-card .badge-ex { display:inline-block; background:#b71c1c; color:#fff; font-weight:800;
  font-size:.7rem; letter-spacing:.04em; padding:0 6px; border-radius:3px; }
.serambi-card .badge-ok { display:inline-block; background:#1b5e20; color:#fff; font-weight:700;
  font-size:.7rem; padding:0 6px; border-radius:3px; }
.serambi-card .badge-imp { display:inline-block; background:#0b5a8a; color:#fff;
  font-weight:700; font-size:.7rem; padding:0 6px; border-radius:3px; }
.serambi-print-only { display:none; }
@media print {
  @page { size: A4 portrait; margin: 11mm; }
  html, body, [data-testid="stApp"], [data-testid="stAppViewContainer"], [data-testid="stMain"],
  [data-testid="stMainBlockContainer"] { overflow: visible !important; height: auto !important;
    position: static !important; }
  [data-testid="stSidebar"], [data-testid="stHeader"], header, [data-testid="stToolbar"],
  [data-testid="stDecoration"], [data-testid="stStatusWidget"],
  [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
  [data-testid="stElementToolbar"], .modebar-container, .st-key-profil_picker,
  .serambi-noprint { display: none !important; }
  [data-testid="stMain"] { margin-left: 0 !important; }
  [data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 0 !important; }
  .serambi-print-only { display: block; }
  .serambi-cards { grid-template-columns: repeat(3, 1fr); gap: 6px; }
  .serambi-card { padding: 5px 7px; }
  .serambi-card .num { font-size: 1.1rem; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .serambi-group { break-before: auto; }
  * { -webkit-print-color-adjust: exact !important; print-color-adjust: exact !important; }
}
</style>
"""


# --------------------------------------------------------------------------------------------
# cached data


@st.cache_data(show_spinner=False, max_entries=32)
def _profile(kode_bps: str, version: str) -> pd.DataFrame:
    return explore.profile(data_access.engine(), kode_bps)


def profile(kode_bps: str) -> pd.DataFrame:
    return _profile(kode_bps, data_access.data_version())


@st.cache_data(show_spinner=False, max_entries=32)
def _without_data(kode_bps: str, version: str) -> list[str]:
    return explore.indicators_without_data(data_access.engine(), kode_bps)


def without_data(kode_bps: str) -> list[str]:
    return _without_data(kode_bps, data_access.data_version())


# --------------------------------------------------------------------------------------------
# pure helpers


def resolve_regency(
    state: ViewState, known: Sequence[str], default: str = DEFAULT_REGENCY
) -> tuple[str, bool]:
    """The regency to profile and whether it came from the shared filter.

    The first code of the selection when the filter mode is 'pilih', else ``default``.
    """
    if state.regions_mode == MODE_CHOSEN:
        for code in state.regions:
            if code in known:
                return code, True
    return (default if default in known else sorted(known)[0]), False


def sparkline_svg(
    years: Sequence[int],
    rates: Sequence[float],
    example: Sequence[bool],
    *,
    width: int = 230,
    height: int = 34,
    color: str = palette.PROFILE_LINE,
) -> str:
    """A tiny inline SVG line: breaks at missing years, open red dots for example points."""
    pts = [(y, r, e) for y, r, e in zip(years, rates, example, strict=True)]
    present = [(y, r) for y, r, _ in pts if r is not None and not math.isnan(r)]
    if not present:
        return ""
    y0, y1 = min(int(y) for y in years), max(int(y) for y in years)
    lo = min(r for _, r in present)
    hi = max(r for _, r in present)
    pad_x, pad_y = 4.0, 4.0

    def x_of(year: int) -> float:
        if y1 == y0:
            return width / 2
        return pad_x + (int(year) - y0) / (y1 - y0) * (width - 2 * pad_x)

    def y_of(value: float) -> float:
        if hi == lo:
            return height / 2
        return height - pad_y - (value - lo) / (hi - lo) * (height - 2 * pad_y)

    segments: list[list[tuple[float, float]]] = [[]]
    for year, rate, _ in pts:
        if rate is None or math.isnan(rate):
            if segments[-1]:
                segments.append([])
            continue
        segments[-1].append((x_of(year), y_of(rate)))
    parts = [
        f'<polyline fill="none" stroke="{color}" stroke-width="1.8" points="'
        + " ".join(f"{x:.1f},{y:.1f}" for x, y in seg)
        + '"/>'
        for seg in segments
        if len(seg) > 1
    ]
    for year, rate, ex in pts:
        if rate is None or math.isnan(rate):
            continue
        if ex:
            parts.append(
                f'<circle cx="{x_of(year):.1f}" cy="{y_of(rate):.1f}" r="2.4" '
                f'fill="#fff" stroke="{palette.EXAMPLE}" stroke-width="1.2"/>'
            )
        else:
            parts.append(
                f'<circle cx="{x_of(year):.1f}" cy="{y_of(rate):.1f}" r="2" fill="{color}"/>'
            )
    label = f"{y0}–{y1}" if y1 != y0 else str(y0)
    right = (
        f'<text x="{width}" y="{height + 11}" font-size="9" fill="#777" '
        f'font-family="sans-serif" text-anchor="end">{y1}</text>'
        if y1 != y0
        else ""
    )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 12}" '
        f'viewBox="0 0 {width} {height + 12}">'
        + "".join(parts)
        + (
            f'<text x="0" y="{height + 11}" font-size="9" fill="#777" '
            f'font-family="sans-serif">{y0}</text>'
            if y1 != y0
            else f'<text x="{width / 2}" y="{height + 11}" font-size="9" fill="#777" '
            f'font-family="sans-serif" text-anchor="middle">{y0}</text>'
        )
        + right
        + "</svg>"
    )
    # st.html sanitises inline <svg> away; an <img> with a data URI survives and prints.
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return (
        f'<img class="spark" src="data:image/svg+xml;base64,{data}" width="{width}" '
        f'height="{height + 12}" alt="{html.escape(label)}">'
    )


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def card_html(
    row: pd.Series, *, label: str, value_unit: str, rate_unit: str, kind: str, lang: str
) -> str:
    """One indicator card (escaped HTML)."""
    rate = row["rate"]
    is_rate = row["rate_kind"] != RATE_VALUE and pd.notna(rate)
    shown = rate if is_rate else row["value"]
    decimals = decimals_for(pd.Series([shown]), kind)
    if kind == "count" and not is_rate:
        decimals = 0
    number = formatting.format_number(shown, decimals, lang)
    unit = rate_unit if is_rate else unit_label(value_unit, lang)
    subs: list[str] = []
    if is_rate:
        subs.append(
            t(
                "prof.card.count",
                lang,
                v=formatting.format_number(row["value"], 0, lang),
                unit=value_unit,
            )
        )
    year_txt = str(int(row["year"]))
    if (
        row["denominator_year"] is not None
        and not pd.isna(row["denominator_year"])
        and int(row["denominator_year"]) != int(row["year"])
    ):
        year_txt += " · " + t("prof.card.den_year", lang, year=int(row["denominator_year"]))
    subs.append(f"<b>{_esc(year_txt)}</b>")
    n_ranked = int(row["n_ranked"])
    if row["rank"] is not None and not pd.isna(row["rank"]) and n_ranked >= 2:
        direction = t("prof.rank.high" if row["higher_is_worse"] else "prof.rank.low", lang)
        subs.append(
            _esc(t("prof.card.rank", lang, rank=int(row["rank"]), n=n_ranked, direction=direction))
        )
    elif n_ranked < 2:
        subs.append(_esc(t("prof.card.only", lang)))
    province_n = int(row["province_n"])
    if province_n >= 2 and pd.notna(row["province_rate"]):
        method_sum = row["rate_kind"] == RATE_VALUE and kind == "count"
        prov = formatting.format_number(row["province_rate"], decimals, lang)
        key = "prof.card.province_sum" if method_sum else "prof.card.province"
        subs.append(_esc(t(key, lang, n=province_n, v=prov)))
    if row["is_example"]:
        badge = f'<span class="badge-ex">{_esc(t("badge.example", lang))}</span>'
    elif row["dataset_kind"] == "imported":
        badge = f'<span class="badge-imp">{_esc(t("kind.imported", lang))}</span>'
    else:
        badge = f'<span class="badge-ok">{_esc(t("kind.official", lang))}</span>'
    src = row["source"] or ""
    spark = sparkline_svg(
        row["spark_years"],
        row["spark_rates"],
        row["spark_example"],
        color=palette.EXAMPLE if row["is_example"] else palette.PROFILE_LINE,
    )
    classes = "serambi-card example" if row["is_example"] else "serambi-card"
    return (
        f'<div class="{classes}" data-indicator="{_esc(row["indicator_id"])}">'
        f'<div class="lbl">{_esc(label)}</div>'
        f'<div class="num">{_esc(number)} <span class="unit">{_esc(unit)}</span></div>'
        f'<div class="sub">{"<br>".join(s if s.startswith("<b>") else s for s in subs)}</div>'
        f"{spark}"
        f"<div>{badge}</div>"
        f'<div class="src">{source_links.sources_html(source_links.citations([src]), lang)}'
        "</div>"
        "</div>"
    )


def facts_html(facts: Sequence[tuple[str, str]]) -> str:
    cells = "".join(
        f'<div class="serambi-fact"><div class="k">{_esc(k)}</div>'
        f'<div class="v">{_esc(v)}</div></div>'
        for k, v in facts
    )
    return f'<div class="serambi-facts">{cells}</div>'


# --------------------------------------------------------------------------------------------
# page


def _picker(state: ViewState, names: dict[str, str], current: str, from_filter: bool) -> str:
    """Regency picker; a new choice goes into the shared filter (and reruns)."""
    lang = state.lang
    codes = list(names)
    with st.container(key=PICKER_KEY), st.columns([1, 2])[0]:
        choice = st.selectbox(
            t("prof.picker", lang),
            codes,
            index=codes.index(current),
            format_func=lambda c: f"{names[c]} ({c})",
            help=t("prof.picker.help", lang),
        )
        if from_filter and len(state.regions) > 1:
            st.caption(t("prof.picker.first_of", lang, name=escape_markdown(names[current])))
    if choice != current:
        # A deliberate choice, not a repeated map click: let handle_map_click apply it even if
        # the same regency was clicked on the map earlier.
        st.session_state.pop(filters.K_LAST_CLICK, None)
        filters.handle_map_click(choice)
    return choice


def _facts(kode: str, lang: str, prof: pd.DataFrame) -> list[tuple[str, str]]:
    bundle = data_access.geo_bundle()
    reg = bundle.regencies.set_index("kode_bps").loc[kode]
    zone = str(bundle.zones.get(kode, "luar"))
    distance = float(bundle.distance_km.get(kode, float("nan")))
    dist_txt = (
        t("prof.fact.distance_inside", lang)
        if distance == 0
        else f"{formatting.format_number(distance, 1, lang)} km"
    )
    facts = [
        (t("col.kode_bps", lang), kode),
        (t("col.kode_kemendagri", lang), str(reg["kode_kemendagri"])),
        (t("prof.fact.type", lang), t(f"prof.type.{reg['jenis']}", lang)),
        (t("prof.fact.capital", lang), str(reg.get("ibukota", "") or "–")),
        (t("col.zone", lang), t(f"zone.{zone}", lang)),
        (t("prof.fact.distance", lang), dist_txt),
        (t("prof.fact.area", lang), f"{formatting.format_number(reg['luas_km2'], 0, lang)} km²"),
    ]
    pop = prof[prof["indicator_id"] == "penduduk_jiwa"]
    if not pop.empty:
        row = pop.iloc[0]
        facts.append(
            (
                t("prof.fact.population", lang, year=int(row["year"])),
                formatting.format_number(row["value"], 0, lang),
            )
        )
    return facts


def _selected_chart(state: ViewState, kode: str, name: str, size: int) -> None:
    """The indicator of the shared filter: this regency against the 10-regency aggregate."""
    lang = state.lang
    cat = data_access.indicator_catalogue()
    ind = cat.get(state.indicator)
    series = data_access.series(state.indicator)
    series = series[series["kode_bps"] == kode]
    codes = list(data_access.geo_bundle().regencies["kode_bps"])
    prov = group_trend(state.indicator, {"kaltim": codes})
    years = explore.year_grid(
        [*series.loc[series["rate"].notna(), "year"], *prov.loc[prov["rate"].notna(), "year"]]
    )
    if series["rate"].notna().sum() == 0:
        st.caption(
            t(
                "prof.selected.none",
                lang,
                indicator=escape_markdown(ind.label(lang)),
                name=escape_markdown(name),
            )
        )
        return
    own = explore.with_gaps(series, [kode], years)
    prov = prov.set_index("year").reindex(years).reset_index()
    decimals = decimals_for(own["rate"], ind.kind)

    def fmt(v: float) -> str:
        return formatting.format_number(v, decimals, lang)

    unit = display_unit(ind, lang)
    has_example = bool(
        own.loc[own["rate"].notna(), "is_example"].any()
        or prov.loc[prov["rate"].notna(), "is_example"].fillna(False).any()
    )
    fig = go.Figure()
    prov_label = t("prof.selected.province", lang)
    n_with = prov["n_with_data"].fillna(0).astype(int)
    complete = (n_with == len(codes)).to_numpy()
    partial = (~complete) & prov["rate"].notna().to_numpy()
    prov_hover = [
        f"{html.escape(prov_label)} {int(y)}<br>"
        + (
            f"{fmt(r)} {html.escape(unit)}<br>"
            + html.escape(t("trend.zone.with_data", lang, n=int(n), m=len(codes)))
            if pd.notna(r)
            else html.escape(t("map.no_data", lang))
        )
        for y, r, n in zip(prov["year"], prov["rate"], n_with, strict=True)
    ]
    # Only years in which all 10 regencies have data are joined by the line: an aggregate
    # of 3 regencies is not comparable with one of 10. Other years: diamonds + "n/10".
    fig.add_trace(
        go.Scatter(
            x=prov["year"],
            y=prov["rate"].where(complete),
            mode="lines+markers",
            connectgaps=False,
            name=prov_label,
            legendgroup="prov",
            line={"color": "#777", "dash": "dash", "width": 2},
            marker={"size": 6},
            customdata=prov_hover,
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    if partial.any():
        fig.add_trace(
            go.Scatter(
                x=prov["year"],
                y=prov["rate"].where(partial),
                mode="markers+text",
                name=prov_label,
                legendgroup="prov",
                showlegend=False,
                text=[
                    f"{int(n)}/{len(codes)}" if p else ""
                    for n, p in zip(n_with, partial, strict=True)
                ],
                textposition="bottom center",
                textfont={"color": "#777", "size": size - 2},
                marker={"size": 8, "symbol": INCOMPLETE_SYMBOL, "color": "#999"},
                customdata=prov_hover,
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=own["year"],
            y=own["rate"],
            mode="lines+markers",
            connectgaps=False,
            name=name,
            line={"color": palette.PROFILE_LINE, "width": 3},
            marker={
                "size": 8,
                "symbol": ["circle-open" if e else "circle" for e in own["is_example"]],
                "line": {"width": 2},
            },
            customdata=[
                f"<b>{html.escape(name)}</b> {int(y)}<br>"
                + (f"{fmt(r)} {unit}" if pd.notna(r) else t("map.no_data", lang))
                for y, r in zip(own["year"], own["rate"], strict=True)
            ],
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    # The official province figure ('64', not the aggregate above) and this regency's targets.
    decorated = reference_lines.decorate(
        fig, state.indicator, lang=lang, fmt=fmt, unit=unit, region_kode=kode
    )
    style(
        fig,
        title=t("prof.selected.title", lang, indicator=ind.label(lang), name=name),
        example_label=t("badge.example", lang) if has_example else None,
        lang=lang,
        size=size,
        height=360 if size == 13 else 440,
    )
    fig.update_xaxes(tickformat="d", dtick=1 if len(years) <= 12 else 2, showgrid=False)
    fig.update_yaxes(title={"text": unit}, gridcolor="#eee", tickformat=",~r", rangemode="tozero")
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0})
    plot.show(fig, key="profil_selected", filename=f"serambi-profil-{kode}-{state.indicator}")
    st.caption(t("prof.selected.note", lang, n=len(codes)))
    if decorated:
        st.caption(t("target.trend.note", lang))


# Presenter mode: the headline indicators of the regency, after the agenda step's indicator.
KEY_INDICATORS = (
    "penduduk_miskin_persen",
    "penduduk_miskin_jiwa",
    "kemiskinan_ekstrem_persen",
    "pmks_total",
    "kpm_pkh",
    "kpm_bpnt",
    "pbi_jk_jiwa",
    "dtks_kk",
    # Fallbacks, so a regency without some of the above still fills the grid.
    "kemiskinan_ekstrem_jiwa",
    "pmks_lanjut_usia_terlantar",
    "pmks_penyandang_disabilitas",
)
N_PRESENTER_CARDS = 8


def key_indicator_ids(available: Sequence[str], first: str | None) -> list[str]:
    """The indicators on the presenter slide: ``first`` (if it has data), then the key ones."""
    have = set(available)
    wanted = [first, *KEY_INDICATORS] if first else list(KEY_INDICATORS)
    out = [i for i in dict.fromkeys(wanted) if i in have]
    return out[:N_PRESENTER_CARDS]


def _present(state: ViewState, kode: str, name: str, title: str, prof: pd.DataFrame) -> None:
    """Presenter mode: the regency's headline cards in a grid, no picker and no long list."""
    lang = state.lang
    st.markdown(f"## {title}")
    ids = key_indicator_ids(list(prof["indicator_id"]), state.indicator)
    rows = prof.set_index("indicator_id").loc[ids].reset_index()
    if rows["is_example"].any():
        layout.example_notice(lang, compact=True)
    # Zone, distance to Titik Nol, area and population (the codes stay in normal mode).
    facts = _facts(kode, lang, prof)[4:]
    st.html(facts_html(facts).replace("serambi-facts", "serambi-facts present", 1))
    if rows.empty:
        st.info(t("prof.selected.none", lang, indicator="–", name=escape_markdown(name)))
        return
    cat = data_access.indicator_catalogue()
    by_id = {i.id: i for i in load_catalogue()}
    cards = []
    for i, (_, row) in enumerate(rows.iterrows()):
        ind = by_id[row["indicator_id"]]
        card = card_html(
            row,
            label=cat.label(ind.id, lang),
            value_unit=ind.unit,
            rate_unit=ind.rate_unit(lang),
            kind=ind.kind,
            lang=lang,
        )
        if i == 0 and row["indicator_id"] == state.indicator:
            card = card.replace('class="serambi-card', 'class="serambi-card lead', 1)
        cards.append(card)
    st.html(f'<div class="serambi-cards present">{"".join(cards)}</div>')


def render(state: ViewState) -> None:
    lang = state.lang
    size = 17 if state.presenter else 13
    bundle = data_access.geo_bundle()
    regs = bundle.regencies
    names = dict(zip(regs["kode_bps"], regs["nama"], strict=True))
    st.html(PRINT_CSS)
    if state.presenter:
        kode, _ = resolve_regency(state, list(names))
        jenis = str(regs.set_index("kode_bps").loc[kode, "jenis"])
        kind = t(f"prof.type.{jenis}", lang)
        title = t("prof.title", lang, type=kind, name=escape_markdown(names[kode]))
        _present(state, kode, names[kode], title, profile(kode))
        return

    current, from_filter = resolve_regency(state, list(names))
    kode = _picker(state, names, current, from_filter)
    name = names[kode]
    jenis = str(regs.set_index("kode_bps").loc[kode, "jenis"])

    prof = profile(kode)
    title = t("prof.title", lang, type=t(f"prof.type.{jenis}", lang), name=escape_markdown(name))
    st.markdown(f"## {title}")
    st.html(facts_html(_facts(kode, lang, prof)))
    st.caption(
        t(
            "prof.fact.zone_note",
            lang,
            km=formatting.format_number(ikn.load_zone_thresholds().buffer_km, 0, lang),
        )
    )
    if prof["is_example"].any():
        layout.example_notice(lang)
    st.caption(t("prof.intro", lang))
    targeting_view.profile_status(kode, lang)  # poverty against its target, with the rule

    _selected_chart(state, kode, name, size)

    cat = data_access.indicator_catalogue()
    by_id = {i.id: i for i in load_catalogue()}
    for group in GROUPS:
        rows = prof[prof["group"] == group]
        if rows.empty:
            continue
        cards = []
        for _, row in rows.iterrows():
            ind = by_id[row["indicator_id"]]
            cards.append(
                card_html(
                    row,
                    label=cat.label(ind.id, lang),
                    value_unit=ind.unit,
                    rate_unit=ind.rate_unit(lang),
                    kind=ind.kind,
                    lang=lang,
                )
            )
        n_example = int(rows["is_example"].sum())
        head = f"{group_label(group, lang)} ({len(rows)})"
        note = (
            (
                f' <span class="badge-ex" style="background:#b71c1c;color:#fff;'
                f'font-size:.75rem;padding:0 6px;border-radius:3px;">'
                f"{_esc(t('badge.example', lang))}: {n_example}</span>"
            )
            if n_example
            else ""
        )
        st.html(
            f'<div class="serambi-group"><h3>{_esc(head)}{note}</h3>'
            f'<div class="serambi-cards">{"".join(cards)}</div></div>'
        )

    missing = without_data(kode)
    if missing:
        with st.expander(t("prof.missing", lang, n=len(missing))):
            st.caption(escape_markdown(", ".join(cat.label(i, lang) for i in missing)))
    st.caption(t("prof.footer", lang))
    st.html(
        f'<div class="serambi-print-only serambi-source">'
        f"{_esc(t('prof.print_footer', lang, name=name, kode=kode))}</div>"
    )
