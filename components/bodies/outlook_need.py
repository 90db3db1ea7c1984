"""Antisipasi: projected need. The cards of the chosen regions with the method and a worked
example under them, then where need grows fastest to 2030 and 2035 (map, ranked bar, the table
of every regency). Words from :mod:`views.outlook_view`, numbers cached by
:mod:`components.state.outlook_access`."""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from charts.outlook import growth_bar_figure
from charts.style import font_size
from components.state import data_access, filters, outlook_access
from components.widgets import exports, html_table, layout, leaflet_map, plot
from views import outlook_view as ov
from views import source_links
from views.i18n import t
from welfare.exporting import ExportMeta
from welfare.outlook.measures import MEASURE_DTSEN
from welfare.outlook.projection import STATUS_OK
from welfare.targeting import rule_for


def snapshots(measure_key: str, codes: Sequence[str], years: Sequence[int]) -> dict[str, str]:
    """The DTSEN snapshot of each region's base year (a DTSEN figure always says its date)."""
    measure = ov.measure_of(measure_key)
    if measure.kind != MEASURE_DTSEN:
        return {}
    out: dict[str, str] = {}
    for year in sorted(set(years)):
        table = data_access.eligibility(rule_for(str(measure.programme)).key, year).data
        for kode, label in zip(table["kode_bps"], table["snapshot"], strict=True):
            if kode in codes and isinstance(label, str):
                out[kode] = label
    return out


def view(codes: Sequence[str], measure_key: str, year: int, lang: str) -> ov.NeedView:
    """The need view of the chosen regions (the same for the page and its presenter mode)."""
    projections = [outlook_access.projection_of(k, measure_key, year) for k in codes]
    years = [p.base.year for p in projections if p.base is not None]
    labels = {
        k: source_links.snapshot_label(v, lang)
        for k, v in snapshots(measure_key, codes, years).items()
    }
    return ov.build(projections, data_access.region_names(), measure_key, year, lang, labels)


def cards(need: ov.NeedView, *, presenter: bool) -> None:
    """The cards, the base year, the method in one paragraph and the worked example."""
    lang = need.lang
    if need.is_example:
        layout.example_notice(lang, compact=presenter)
    esc = html.escape
    notes = " ".join(x for x in (need.base_note, need.missing) if x)
    example = f'<p class="example">{esc(need.example)}</p>' if need.example else ""
    limit = 2 if presenter else 4
    st.html(
        ov.cards_html(need)
        + f'<p class="outlook-base">{esc(notes)}</p>'
        + f'<div class="outlook-method" data-serambi-outlook="method">'
        f"<p><b>{esc(t('outlook.method.title', lang))}.</b> {esc(need.method)}</p>{example}</div>"
        + f'<div class="serambi-source">{source_links.sources_html(need.sources, lang, limit)}'
        "</div>"
    )


def _bar_rows(tables: dict[int, pd.DataFrame]) -> pd.DataFrame:
    years = sorted(tables)
    ok = [set(tables[y].loc[tables[y]["status"] == STATUS_OK, "kode_bps"]) for y in years]
    codes = set.intersection(*ok) if ok else set()
    first = tables[years[0]]
    rows = first[first["kode_bps"].isin(codes)][["kode_bps", "nama"]].copy()
    for y in years:
        tab = tables[y].set_index("kode_bps")
        rows[f"pct_{y}"] = [float(tab.at[k, "increase_percent"]) for k in rows["kode_bps"]]
        rows[f"inc_{y}"] = [float(tab.at[k, "increase"]) for k in rows["kode_bps"]]
    return rows


def growth(
    measure_key: str, year: int, chosen: Sequence[str], lang: str, measure: str, unit: str
) -> None:
    """Where need grows fastest: the map of ``year``, the bars of 2030 and 2035, the table."""
    st.markdown(f"### {t('outlook.growth.section', lang)}")
    st.caption(t("outlook.growth.caption", lang, year=year))
    tables = {y: outlook_access.need_table(measure_key, y) for y in ov.TARGET_YEARS}
    table = tables[year]
    example = bool(table["is_example"].any())
    col_map, col_bar = st.columns([1.15, 1], gap="medium")
    with col_map:
        layer = ov.growth_layer(
            table,
            data_access.geo_bundle().regencies,
            year=year,
            unit=unit,
            measure=measure,
            lang=lang,
            selected=chosen,
        )
        clicked = leaflet_map.render(
            data_access.geo_bundle(),
            layer,
            lang=lang,
            layer_key=f"outlook-{measure_key}-{year}",
            height=470,
        )
        filters.handle_map_click(clicked)
    with col_bar:
        rows = _bar_rows(tables)
        missing = ov.without_projection(table)
        if rows.empty:
            st.info(t("outlook.no_projection", lang, regions=", ".join(missing)))
        else:
            fig = growth_bar_figure(
                rows,
                years=ov.TARGET_YEARS,
                fmt_percent=lambda v: ov.percent(v, lang),
                fmt_count=lambda v: ov.signed(v, lang),
                unit=unit,
                title=t("outlook.bar.title", lang, measure=measure),
                axis_title=t("outlook.bar.axis", lang),
                example_label=t("badge.example", lang) if example else None,
                lang=lang,
                size=font_size(False),
                highlight=chosen,
            )
            values = "; ".join(
                f"{n}: {ov.percent(a, lang)} % / {ov.percent(b, lang)} %"
                for n, a, b in zip(
                    rows["nama"],
                    rows[f"pct_{ov.TARGET_YEARS[0]}"],
                    rows[f"pct_{ov.TARGET_YEARS[1]}"],
                    strict=True,
                )
            )
            plot.show(
                fig,
                key="outlook_growth_bar",
                filename=f"serambi-antisipasi-{measure_key.replace(':', '-')}",
                alt=t("outlook.bar.alt", lang, measure=measure, values=values),
            )
        if missing:
            st.caption(t("outlook.no_projection", lang, regions=", ".join(missing)))
    st.markdown(f"**{t('outlook.table.title', lang)}**")
    frame = ov.ranking_frame(tables, lang, unit)
    html_table.show(
        frame,
        no_data=t("map.no_data", lang),
        numeric=[c for c in frame.columns if c not in (frame.columns[0], frame.columns[-1])],
        badges={t("kind.example", lang): "serambi-badge-example"},
        marked_by=t("outlook.col.region", lang),
        marked=[data_access.region_names().get(k, k) for k in chosen],
    )
    meta = ExportMeta(
        title=t("outlook.table.title", lang),
        lang=lang,
        has_example=example,
        notes=(ov.method_text(ov.measure_of(measure_key), year, lang),),
    )
    stem = f"serambi-antisipasi-{measure_key.replace(':', '-')}"
    exports.table_buttons(ov.export_frame(tables, lang), meta, stem, lang, key="outlook_need")
