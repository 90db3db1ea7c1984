"""Cakupan program page: coverage of PKH, BPNT/Sembako and PBI-JK, and the gap to the need.

What the map shows (decided here, said in the legend): the *gap* = need - recipients (0 where
recipients reach the need; over-coverage is reported separately, never as a negative gap) per
1.000 penduduk, so Kutai Timur and Bontang compare fairly; the absolute gap in KPM/jiwa is in
the tooltip, the ranked bar and the table.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import palette
from charts.style import style
from components import data_access, filters, kpi, layout, map_image, map_view, plot, source_links
from components.i18n import t
from components.markup import escape_markdown
from components.view_state import MODE_ALL, ViewState
from geo.layers import legend_html
from geo.thematic import MapWords, ThematicLayer, build_layer, layer_key, ranking_html
from welfare import explore, formatting
from welfare.catalogue import POPULATION_ID, PROGRAMMES, Programme, get_indicator, programme_for
from welfare.explore import CoverageTable
from welfare.exporting import neutralise_frame
from welfare.queries import rank_rates
from welfare.years import fallback_year

PROGRAMME_KEYS = tuple(p.key for p in PROGRAMMES)
K_PROGRAMME = "cakupan_programme"

Fmt = Callable[[float], str]


def programme(key: str) -> Programme:
    return next(p for p in PROGRAMMES if p.key == key)


def programme_label(prog: Programme, lang: str) -> str:
    return prog.label_en if lang == "en" else prog.label_id


# --------------------------------------------------------------------------------------------
# cached data


@st.cache_data(show_spinner=False, max_entries=64)
def _coverage(key: str, year: int, version: str) -> CoverageTable:
    return explore.coverage_table(data_access.engine(), programme(key), year)


def coverage(key: str, year: int) -> CoverageTable:
    return _coverage(key, year, data_access.data_version())


@st.cache_data(show_spinner=False, max_entries=16)
def _programme_years(key: str, version: str) -> list[int]:
    return explore.programme_years(data_access.engine(), programme(key))


def programme_years(key: str) -> list[int]:
    return _programme_years(key, data_access.data_version())


# --------------------------------------------------------------------------------------------
# pure builders


def gap_words(lang: str) -> MapWords:
    return MapWords(
        rank=t("map.rank", lang),
        raw=t("cov.map.raw", lang),
        denominator=t("cov.map.population", lang),
        source=t("map.source", lang),
        no_data=t("map.no_data", lang),
        example_badge=t("badge.example", lang),
        example_kind=t("kind.example", lang),
    )


def gap_map_table(cov: CoverageTable) -> pd.DataFrame:
    """The table handed to :func:`geo.thematic.build_layer`: rate = gap per 1.000 penduduk."""
    d = cov.data
    return pd.DataFrame(
        {
            "kode_bps": d["kode_bps"],
            "nama": d["nama"],
            "value": d["gap"],
            "rate": d["gap_per_1000"],
            "rank": rank_rates(d["gap_per_1000"], True),
            "denominator_value": d["population"],
            "denominator_year": d["population_year"],
            "is_example": d["is_example"],
            "dataset_kind": d["dataset_kind"],
            "source": d["source"],
        }
    )


def gap_layer(
    cov: CoverageTable,
    *,
    lang: str,
    unit: str,
    gap_unit: str,
    fmt: Fmt,
    fmt_raw: Fmt,
    legend_notes: Sequence[str],
    selected: Sequence[str] = (),
    font_px: int = 13,
) -> ThematicLayer:
    return build_layer(
        data_access.geo_bundle().regencies,
        gap_map_table(cov),
        title=t("cov.map.title", lang, programme=programme_label(cov.programme, lang)),
        mapped_unit=unit,
        higher_is_worse=True,
        words=gap_words(lang),
        fmt_mapped=fmt,
        fmt_raw=fmt_raw,
        raw_unit=gap_unit,
        legend_notes=legend_notes,
        selected=selected,
        font_px=font_px,
    )


def gap_bar_figure(
    table: pd.DataFrame,
    *,
    unit: str,
    gap_unit: str,
    fmt: Fmt,
    fmt_raw: Fmt,
    title: str,
    example_label: str | None,
    lang: str,
    size: int = 13,
    highlight: Sequence[str] = (),
    subtitle: str | None = None,
    axis_title: str | None = None,
) -> go.Figure:
    """Ranked bars of the mapped value (gap per 1.000) in the map's colours, count as text."""
    rows = table.dropna(subset=["rate"]).sort_values("rate", ascending=True)
    marked = set(highlight)
    names = [
        f"<b>{html.escape(str(n))}</b>" if k in marked else html.escape(str(n))
        for n, k in zip(rows["nama"], rows["kode_bps"], strict=True)
    ]
    text = [f"{fmt(r)} ({fmt_raw(v)})" for r, v in zip(rows["rate"], rows["value"], strict=True)]
    fig = go.Figure(
        go.Bar(
            x=rows["rate"],
            y=names,
            orientation="h",
            text=text,
            textposition="outside",
            cliponaxis=False,
            marker={"color": rows.get("warna", "#999"), "line": {"color": "#555", "width": 1}},
            customdata=[
                f"{fmt(r)} {unit}<br>{fmt_raw(v)} {gap_unit}"
                for r, v in zip(rows["rate"], rows["value"], strict=True)
            ],
            hovertemplate="%{y}<br>%{customdata}<extra></extra>",
        )
    )
    style(
        fig,
        title=title,
        example_label=example_label,
        lang=lang,
        size=size,
        height=max(300, 40 * len(rows) + 110),
        subtitle=subtitle,
    )
    top = float(rows["rate"].max()) if len(rows) else 1.0
    fig.update_xaxes(
        title={"text": axis_title or unit},
        gridcolor="#eee",
        tickformat=",~r",
        range=[0, top * 1.45 if top > 0 else 1],
    )
    fig.update_yaxes(automargin=True)
    fig.update_layout(margin={"r": 16})
    return fig


def label_positions(x: pd.Series, y: pd.Series) -> dict:
    """Text position per point so that neighbours' labels do not overlap (above / below)."""
    span_x = float(x.max() - x.min()) or 1.0
    span_y = float(y.max() - y.min()) or 1.0
    placed: list[tuple[float, float, str]] = []
    out = {}
    for i in x.sort_values().index:
        px, py = float(x[i]) / span_x, float(y[i]) / span_y
        near_top = any(
            abs(px - qx) < 0.12 and abs(py - qy) < 0.15 and pos == "top center"
            for qx, qy, pos in placed
        )
        pos = "bottom center" if near_top else "top center"
        placed.append((px, py, pos))
        out[i] = pos
    return out


def scatter_figure(
    cov: CoverageTable,
    *,
    zones: pd.Series,
    zone_labels: dict[str, str],
    fmt_pct: Fmt,
    fmt_rate: Fmt,
    fmt_raw: Fmt,
    need_unit: str,
    words: dict[str, str],
    example_label: str | None,
    lang: str,
    size: int = 13,
) -> go.Figure:
    """Need per 1.000 penduduk (x) against coverage in % (y), marker area ~ need.

    Dashed line: province coverage = sum recipients / sum need; dotted line: 100 %.
    """
    d = cov.data.dropna(subset=["coverage", "need_per_1000"])
    fig = go.Figure()
    biggest = float(d["need"].max()) if len(d) else 1.0
    positions = label_positions(d["need_per_1000"], d["coverage"])
    for zone, label in zone_labels.items():
        rows = d[d["kode_bps"].map(zones) == zone]
        if rows.empty:
            continue
        sizes = [14 + 36 * math.sqrt(n / biggest) for n in rows["need"]]
        hovers = [
            "<br>".join(
                [
                    f"<b>{html.escape(str(r.nama))}</b>",
                    html.escape(words["coverage"].format(v=fmt_pct(r.coverage))),
                    html.escape(
                        words["need"].format(
                            v=fmt_raw(r.need), unit=need_unit, rate=fmt_rate(r.need_per_1000)
                        )
                    ),
                    html.escape(
                        words["recipients"].format(v=fmt_raw(r.recipients), unit=need_unit)
                    ),
                    html.escape(words["gap"].format(v=fmt_raw(r.gap), unit=need_unit))
                    if r.over == 0
                    else html.escape(words["over"].format(v=fmt_raw(r.over), unit=need_unit)),
                ]
                + (
                    [f"<b style='color:{palette.EXAMPLE}'>{html.escape(example_label or '')}</b>"]
                    if r.is_example
                    else []
                )
            )
            for r in rows.itertuples(index=False)
        ]
        fig.add_trace(
            go.Scatter(
                x=rows["need_per_1000"],
                y=rows["coverage"],
                mode="markers+text",
                name=label,
                text=[html.escape(str(n)) for n in rows["nama"]],
                textposition=[positions[i] for i in rows.index],
                marker={
                    "size": sizes,
                    "color": palette.ZONE_POINT.get(zone, "#999"),
                    "opacity": 0.8,
                    "line": {"color": "#333", "width": 1},
                },
                customdata=hovers,
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    if cov.province_coverage is not None:
        fig.add_hline(
            y=cov.province_coverage,
            line={"color": "#333", "dash": "dash", "width": 2},
            annotation_text=html.escape(
                words["province"].format(v=fmt_pct(cov.province_coverage), n=cov.n_with_data)
            ),
            annotation_position="bottom left",
        )
    fig.add_hline(
        y=100,
        line={"color": palette.PROVINCE_AVERAGE, "dash": "dot", "width": 1.5},
        annotation_text=html.escape(words["full"]),
        annotation_position="top right",
    )
    style(
        fig,
        title=words["title"],
        example_label=example_label,
        lang=lang,
        size=size,
        height=520 if size > 13 else 460,
    )
    lo = float(d["coverage"].min()) if len(d) else 0.0
    hi = float(d["coverage"].max()) if len(d) else 100.0
    fig.update_yaxes(
        title={"text": words["y"]},
        gridcolor="#eee",
        ticksuffix=" %",
        range=[max(0.0, min(lo, cov.province_coverage or lo) - 8), max(hi, 100.0) + 6],
    )
    fig.update_xaxes(
        title={"text": words["x"]}, gridcolor="#eee", tickformat=",~r", rangemode="tozero"
    )
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.14, "x": 0})
    return fig


def display_table(cov: CoverageTable, *, lang: str, need_unit: str) -> pd.DataFrame:
    """The table under the map, numbers formatted for the language."""
    regs = data_access.geo_bundle().regencies.set_index("kode_bps")
    d = cov.data.copy()
    d["rank"] = rank_rates(d["gap_per_1000"], True)

    def num(s: pd.Series, decimals: int) -> pd.Series:
        return s.map(lambda v: formatting.format_number(v, decimals, lang) if pd.notna(v) else "")

    def year_of(s: pd.Series) -> pd.Series:
        return s.map(lambda v: "" if pd.isna(v) else str(int(v)))

    out = pd.DataFrame(
        {
            t("col.region", lang): d["nama"],
            t("col.kode_bps", lang): d["kode_bps"],
            t("col.kode_kemendagri", lang): d["kode_bps"].map(regs["kode_kemendagri"]),
            t("cov.col.recipients", lang, unit=need_unit): num(d["recipients"], 0),
            t("cov.col.need", lang, unit=need_unit): num(d["need"], 0),
            t("cov.col.need_year", lang): year_of(d["need_year"]),
            t("cov.col.coverage", lang): num(d["coverage"], 1),
            t("cov.col.gap", lang, unit=need_unit): num(d["gap"], 0),
            t("cov.col.over", lang, unit=need_unit): num(d["over"], 0),
            t("cov.col.gap_per_1000", lang): num(d["gap_per_1000"], 2),
            t("col.rank", lang): d["rank"],
            t("cov.col.population", lang): num(d["population"], 0),
            t("cov.col.population_year", lang): year_of(d["population_year"]),
            t("col.kind", lang): [
                t("kind.example", lang)
                if e
                else (t(f"kind.{k}", lang) if isinstance(k, str) else t("map.no_data", lang))
                for e, k in zip(d["is_example"], d["dataset_kind"], strict=True)
            ],
            t("col.source", lang): d["source"],
        }
    )
    return out.sort_values(t("col.rank", lang), na_position="last")


# --------------------------------------------------------------------------------------------
# page


def _default_programme(state: ViewState) -> str:
    prog = programme_for(state.indicator)
    return prog.key if prog else PROGRAMME_KEYS[0]


def _kind(cov: CoverageTable) -> str:
    """Badge kind of a programme's province figure: example > imported > official."""
    if cov.has_example:
        return "example"
    kinds = set(cov.data.loc[cov.data["coverage"].notna(), "dataset_kind"].dropna())
    return "imported" if "imported" in kinds else "official"


def _summary_cards(state: ViewState) -> None:
    lang = state.lang
    cols = st.columns(len(PROGRAMMES))
    for col, prog in zip(cols, PROGRAMMES, strict=True):
        years = programme_years(prog.key)
        year = fallback_year(state.year, years)
        with col:
            if year is None:
                label = escape_markdown(programme_label(prog, lang))
                st.caption(f"{label}: {t('filter.no_years', lang)}")
                continue
            cov = coverage(prog.key, year)
            unit = get_indicator(prog.recipients_id).unit_label(lang)
            footnote = t(
                "cov.card.footnote",
                lang,
                gap=formatting.format_number(cov.gap_total, 0, lang),
                unit=unit,
                n=cov.n_with_data,
                m=cov.n_regions,
            )
            if cov.over_total:
                footnote += " · " + t(
                    "cov.card.over",
                    lang,
                    over=formatting.format_number(cov.over_total, 0, lang),
                    unit=unit,
                )
            kpi.card(
                label=t("cov.card.label", lang, programme=programme_label(prog, lang)),
                value=formatting.format_number(cov.province_coverage, 1, lang),
                unit="%",
                year=year,
                sources=source_links.citations(cov.sources),
                kind=_kind(cov),
                lang=lang,
                footnote=footnote,
            )


def cards_html(state: ViewState) -> str:
    """Presenter mode: the province coverage of every programme as one row of HTML cards."""
    lang = state.lang
    cells = []
    for prog in PROGRAMMES:
        label = t("cov.card.label", lang, programme=programme_label(prog, lang))
        year = fallback_year(state.year, programme_years(prog.key))
        if year is None:
            cells.append(
                f'<div class="c"><div class="l">{html.escape(label)}</div>'
                f'<div class="f">{html.escape(t("filter.no_years", lang))}</div></div>'
            )
            continue
        cov = coverage(prog.key, year)
        unit = get_indicator(prog.recipients_id).unit_label(lang)
        value = formatting.format_number(cov.province_coverage, 1, lang)
        footnote = t(
            "cov.card.footnote",
            lang,
            gap=formatting.format_number(cov.gap_total, 0, lang),
            unit=unit,
            n=cov.n_with_data,
            m=cov.n_regions,
        )
        src = source_links.sources_html(source_links.citations(cov.sources), lang, limit=1)
        # The whole source line stays in its tooltip when it is cut to one line.
        src_text = source_links.labels_text(source_links.citations(cov.sources), lang, limit=3)
        cells.append(
            f'<div class="c" data-programme="{html.escape(prog.key, quote=True)}">'
            f'<div class="l">{html.escape(label)} · <b>{year}</b></div>'
            f'<div class="v">{html.escape(value)} % {layout.data_badge(_kind(cov), lang)}</div>'
            f'<div class="f">{html.escape(footnote)}</div>'
            f'<div class="serambi-source" title="{html.escape(src_text, quote=True)}">{src}</div>'
            "</div>"
        )
    return f'<div class="serambi-cov-cards">{"".join(cells)}</div>'


def _present(state: ViewState) -> None:
    """Presenter mode: the province cards, then the gap map with its ranking beside it."""
    lang = state.lang
    bundle = data_access.geo_bundle()
    key = _default_programme(state)  # the agenda step's programme
    prog = programme(key)
    plabel = programme_label(prog, lang)
    year = fallback_year(state.year, programme_years(key))
    st.markdown(f"## {t('cov.title', lang)}")
    notice_area = st.container()
    st.html(cards_html(state))
    if year is None:
        st.info(t("cov.no_data", lang, programme=escape_markdown(plabel)))
        return
    cov = coverage(key, year)
    if cov.has_example:
        with notice_area:
            layout.example_notice(lang, compact=True)
    if cov.n_with_data == 0:
        st.info(t("cov.no_pairs", lang, programme=escape_markdown(plabel), year=year))
        return
    need_unit = get_indicator(prog.recipients_id).unit_label(lang)
    unit = t("cov.map.unit", lang, unit=need_unit)
    pop_years = ", ".join(str(y) for y in cov.population_years) or "–"

    def fmt(v: float | None) -> str:
        return formatting.format_number(v, decimals=2, lang=lang)

    def fmt_raw(v: float | None) -> str:
        return formatting.format_number(v, decimals=0, lang=lang)

    notes = [
        f"{t('map.year', lang)}: {year}",
        t(
            "cov.legend.population",
            lang,
            label=get_indicator(POPULATION_ID).label(lang),
            years=pop_years,
        ),
    ]
    selected = tuple(filters.selected_codes(state)) if state.regions_mode != MODE_ALL else ()
    layer = gap_layer(
        cov,
        lang=lang,
        unit=unit,
        gap_unit=need_unit,
        fmt=fmt,
        fmt_raw=fmt_raw,
        legend_notes=notes,
        selected=selected,
        font_px=18,
    )
    # Legend and ranking side by side: stacked, they are taller than the map on a laptop.
    col_map, col_legend, col_side = st.columns([1.7, 0.8, 1.1], gap="medium")
    with col_map:
        clicked = map_view.render(
            bundle,
            layer,
            lang=lang,
            layer_key=layer_key({"p": key, "y": year, "l": lang, "m": "gap"}),
            height=560,  # the presenter styles fit it to the screen
            label_px=15,  # larger than normal mode (13); 17 crowds this smaller map
            show_legend=False,
        )
    with col_legend:  # beside the map, covering no regency
        st.html(legend_html(layer.legend))
    with col_side:  # the ranking is the map's text alternative
        st.html(
            ranking_html(
                layer.table,
                title=t("cov.bar.title", lang, programme=plabel),
                unit=unit,
                fmt=fmt,
                example_label=t("badge.example", lang) if cov.has_example else None,
                highlight=selected,
                font_px=17,
            )
        )
    filters.handle_map_click(clicked)


def render(state: ViewState) -> None:
    lang = state.lang
    if state.presenter:
        _present(state)
        return
    size = 13
    bundle = data_access.geo_bundle()
    names = dict(zip(bundle.regencies["kode_bps"], bundle.regencies["nama"], strict=True))

    st.markdown(f"## {t('cov.title', lang)}")
    st.caption(t("cov.intro", lang))
    notice_area = st.container()
    _summary_cards(state)

    if K_PROGRAMME not in st.session_state:
        st.session_state[K_PROGRAMME] = _default_programme(state)
    key = (
        st.segmented_control(
            t("cov.programme", lang),
            PROGRAMME_KEYS,
            key=K_PROGRAMME,
            format_func=lambda k: programme_label(programme(k), lang),
        )
        or PROGRAMME_KEYS[0]
    )
    prog = programme(key)
    years = programme_years(key)
    year = fallback_year(state.year, years)
    if year is None:
        st.info(t("cov.no_data", lang, programme=escape_markdown(programme_label(prog, lang))))
        return
    cov = coverage(key, year)
    if cov.has_example:
        with notice_area:
            layout.example_notice(lang)
    if year != state.year:
        st.info(
            t(
                "cov.year_fallback",
                lang,
                wanted=state.year or "–",
                year=year,
                programme=escape_markdown(programme_label(prog, lang)),
            ),
            icon=":material/event:",
        )

    rec_ind = get_indicator(prog.recipients_id)
    need_ind = get_indicator(prog.need_id)
    need_unit = rec_ind.unit_label(lang)
    plabel = escape_markdown(programme_label(prog, lang))
    st.markdown(f"### {t('cov.section', lang, programme=plabel, year=year)}")
    if cov.n_with_data == 0:
        st.info(t("cov.no_pairs", lang, programme=plabel, year=year))
        return

    need_years = ", ".join(str(y) for y in cov.need_years) or "–"
    pop_years = ", ".join(str(y) for y in cov.population_years) or "–"
    src = source_links.labels_text(source_links.citations(cov.need_sources), lang, 2) or "–"
    st.markdown(
        t(
            "cov.denominator",
            lang,
            need=escape_markdown(need_ind.label(lang)),
            unit=escape_markdown(need_unit),
            years=need_years,
            source=escape_markdown(src),
        )
    )
    if cov.n_with_data < cov.n_regions:
        missing = [names[k] for k in cov.data.loc[cov.data["coverage"].isna(), "kode_bps"]]
        st.caption(t("map.missing_regions", lang, names=escape_markdown(", ".join(missing))))
    over = cov.data[cov.data["over"] > 0]
    if not over.empty:
        st.warning(
            t(
                "cov.over_warning",
                lang,
                regions=", ".join(
                    f"{escape_markdown(n)} (+{formatting.format_number(v, 0, lang)} "
                    f"{escape_markdown(need_unit)}, "
                    f"{formatting.format_number(c, 1, lang)} %)"
                    for n, v, c in zip(over["nama"], over["over"], over["coverage"], strict=True)
                ),
            ),
            icon=":material/report:",
        )

    unit = t("cov.map.unit", lang, unit=need_unit)

    def fmt(v: float | None) -> str:
        return formatting.format_number(v, decimals=2, lang=lang)

    def fmt_raw(v: float | None) -> str:
        return formatting.format_number(v, decimals=0, lang=lang)

    def fmt_pct(v: float | None) -> str:
        return formatting.format_number(v, decimals=1, lang=lang) + " %"

    notes = [  # short: the legend sits on the map
        f"{t('map.year', lang)}: {year}",
        t(
            "cov.legend.population",
            lang,
            label=get_indicator(POPULATION_ID).label(lang),
            years=pop_years,
        ),
    ]
    selected = tuple(filters.selected_codes(state)) if state.regions_mode != MODE_ALL else ()
    layer = gap_layer(
        cov,
        lang=lang,
        unit=unit,
        gap_unit=need_unit,
        fmt=fmt,
        fmt_raw=fmt_raw,
        legend_notes=notes,
        selected=selected,
        font_px=13,
    )
    example_label = t("badge.example", lang) if cov.has_example else None

    col_map, col_bar = st.columns([1.9, 1], gap="medium")
    with col_map:
        clicked = map_view.render(
            bundle,
            layer,
            lang=lang,
            layer_key=layer_key({"p": key, "y": year, "l": lang, "m": "gap"}),
            height=600,
            label_px=13,
        )
    with col_bar:
        plot.show(
            gap_bar_figure(
                layer.table,
                unit=unit,
                gap_unit=need_unit,
                fmt=fmt,
                fmt_raw=fmt_raw,
                title=t("cov.bar.title", lang, programme=plabel),
                subtitle=t("cov.bar.subtitle", lang, unit=need_unit),
                axis_title=t("trend.mix.measure.per_1000", lang),
                example_label=example_label,
                lang=lang,
                size=size,
                highlight=selected,
            ),
            key="cakupan_bar",
            filename=f"serambi-kesenjangan-{key}-{year}",
        )
        for note in [
            t("cov.legend.gap", lang, unit=need_unit),
            *notes,
            t("map.legend.classes", lang, k=layer.classification.k),
        ]:
            layout.source_line(note)
    map_image.buttons(
        layer,
        title=f"{t('cov.map.title', lang, programme=plabel)} · {year}",
        subtitle=unit,
        sources=source_links.citations(cov.sources),
        lang=lang,
        stem=f"serambi-kesenjangan-{key}-{year}",
        highlight=selected,
        key="cov_map_image",
    )
    filters.handle_map_click(clicked)

    zones = bundle.zones
    zone_labels = {z: t(f"zone.{z}", lang) for z in ("wilayah_ikn", "penyangga", "luar")}
    words = {
        "title": t("cov.scatter.title", lang, programme=plabel, year=year),
        "x": t("cov.scatter.x", lang, unit=need_unit),
        "y": t("cov.scatter.y", lang),
        "coverage": t("cov.hover.coverage", lang),
        "need": t("cov.hover.need", lang),
        "recipients": t("cov.hover.recipients", lang),
        "gap": t("cov.hover.gap", lang),
        "over": t("cov.hover.over", lang),
        "province": t("cov.scatter.province", lang),
        "full": t("cov.scatter.full", lang),
    }
    plot.show(
        scatter_figure(
            cov,
            zones=zones,
            zone_labels=zone_labels,
            fmt_pct=fmt_pct,
            fmt_rate=fmt,
            fmt_raw=fmt_raw,
            need_unit=need_unit,
            words=words,
            example_label=example_label,
            lang=lang,
            size=size,
        ),
        key="cakupan_scatter",
        filename=f"serambi-sasaran-vs-cakupan-{key}-{year}",
    )
    st.caption(t("cov.scatter.note", lang))

    st.markdown(f"**{t('map.table', lang)}**")
    st.dataframe(
        neutralise_frame(display_table(cov, lang=lang, need_unit=need_unit)),
        hide_index=True,
        column_config={t("col.source", lang): st.column_config.TextColumn(width="large")},
    )
    st.caption(t("cov.table_note", lang))


__all__ = [
    "display_table",
    "gap_bar_figure",
    "gap_layer",
    "gap_map_table",
    "render",
    "scatter_figure",
]
