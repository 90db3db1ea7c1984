"""Sasaran & target page: DTSEN deciles, eligibility-based coverage, inclusion and exclusion,
and poverty indicators against their targets.

The numbers come from :mod:`welfare.targeting` (eligibility by decile) and
:mod:`welfare.targets` (targets and status); this module caches them, turns them into map
layers (:func:`geo.thematic.build_layer`, like ``components.state.current_map``), bars and
tables, and prints next to every number the DTSEN snapshot date and the source it rests on.
The status block of the home page and the profile is
:mod:`components.widgets.target_status_box`.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from charts.coverage import gap_bar_figure
from components.state import data_access
from components.state.view_state import ViewState
from components.widgets import exports, html_table, kpi, layout, leaflet_map, plot
from components.widgets.target_status_box import regency_names, status_rows
from geo.thematic import build_layer, layer_key
from ground.markup import escape_markdown
from views import source_links, table_exports, target_status
from views.i18n import t
from views.targeting import (
    count_text,
    decile_display,
    distance_table,
    eligibility_display,
    map_words,
    measure_layer,
    percent_text,
    points_text,
    snapshots_text,
    status_html,
)
from welfare import targeting, targets
from welfare.catalogue import get_indicator
from welfare.exporting import ExportMeta

POVERTY_INDICATORS = (
    "penduduk_miskin_persen",
    "penduduk_miskin_persen_sep",
    "penduduk_miskin_jiwa",
    "garis_kemiskinan",
    "indeks_kedalaman_p1",
    "indeks_keparahan_p2",
    "kemiskinan_ekstrem_persen",
)
MEASURES = ("exclusion", "inclusion", "distance")
K_PROGRAMME = "sasaran_programme"
K_MEASURE = "sasaran_measure"


# --------------------------------------------------------------------------------------------
# cached data (per data version and target version); the status block is
# components/widgets/target_status_box.py (also on the home page and the profile)


def eligibility(key: str, year: int) -> targeting.EligibilityTable:
    return data_access.eligibility(key, year)


def current_targets() -> pd.DataFrame:
    return data_access.current_targets()


# --------------------------------------------------------------------------------------------
# page


def _indicator_label(indicator_id: str, lang: str) -> str:
    """The label of a target's indicator; a target file may name one the catalogue lacks."""
    try:
        return get_indicator(indicator_id).label(lang)
    except KeyError:
        return indicator_id


def _show(
    frame: pd.DataFrame, lang: str, *, text: Sequence[str], numeric: Sequence[str] = ()
) -> None:
    """A page table as wrapped HTML (nothing cut on the right at 1366 px): ``text`` columns
    left-aligned, the others (and ``numeric``) right-aligned figures, sources wrapping."""
    source, kind = t("col.source", lang), t("col.kind", lang)
    figures = [c for c in frame.columns if c not in {*text, source, kind}] + list(numeric)
    html_table.show(
        frame,
        no_data=t("map.no_data", lang),
        numeric=figures,
        wide=[c for c in (source,) if c in frame.columns],
        badges={t("kind.example", lang): "serambi-badge-example"},
    )


def _deciles_section(year: int, lang: str) -> pd.DataFrame:
    dec = data_access.decile_profile(year)
    st.markdown(f"### {t('target.dtsen.title', lang)}")
    st.caption(t("target.dtsen.intro", lang))
    frame = decile_display(dec, lang)
    _show(frame, lang, text=[t("col.region", lang), t("target.col.snapshot", lang)])
    table = table_exports.decile_table(dec, lang=lang)
    sources = [x for x in dec["source"] if isinstance(x, str) and x]
    meta = ExportMeta(
        title=f"{t('target.dtsen.title', lang)}, {year}",
        lang=lang,
        has_example=bool(dec["is_example"].any()),
        sources=exports.source_lines(source_links.citations(sources), lang),
        decimals=table.decimals,
    )
    exports.table_buttons(table.frame, meta, f"serambi-dtsen-desil-{year}", lang, key="dtsen")
    return dec


def _programme_section(state: ViewState, year: int) -> None:
    lang = state.lang
    rules = targeting.load_rules()
    keys = [r.key for r in rules]
    if K_PROGRAMME not in st.session_state:
        st.session_state[K_PROGRAMME] = keys[0]
    key = (
        st.segmented_control(
            t("cov.programme", lang),
            keys,
            key=K_PROGRAMME,
            format_func=lambda k: targeting.rule_for(k, rules).label(lang),
        )
        or keys[0]
    )
    rule = targeting.rule_for(key, rules)
    tb = eligibility(key, year)
    prog = escape_markdown(rule.label(lang))
    st.markdown(f"### {t('target.elig.title', lang, programme=prog)}")
    st.markdown(
        t(
            "target.elig.rule",
            lang,
            programme=prog,
            range=rule.range_text,
            unit=rule.unit,
            legal=escape_markdown(rule.legal(lang)),
        )
    )
    st.caption(t("target.elig.citation", lang, citation=escape_markdown(rule.cited(lang))))
    if tb.n_with_data == 0:
        st.info(t("target.elig.no_data", lang, programme=prog, year=year))
        return
    snaps = escape_markdown(snapshots_text(tb, lang))
    st.markdown(t("target.elig.denominator", lang, snapshots=snaps, year=year))
    st.caption(t("coverage.two_measures", lang))
    unit = get_indicator(rule.recipients).unit_label(lang)
    kind = "example" if tb.has_example else "official"
    cited = source_links.citations(
        tb.sources, ["example" if tb.has_example else None] * len(tb.sources)
    )
    foot = t("target.card.snapshot", lang, snapshots=snapshots_text(tb, lang))
    cols = st.columns(5)
    cards = [
        (
            t("target.card.eligible", lang, range=rule.range_text),
            tb.eligible_total,
            count_text,
            rule.unit,
        ),
        (t("target.card.recipients", lang), tb.recipients_total, count_text, unit),
        (
            t("target.card.coverage", lang, programme=prog, unit=rule.unit, range=rule.range_text),
            tb.coverage_total,
            percent_text,
            "%",
        ),
        (t("target.card.exclusion", lang), tb.exclusion_total, count_text, rule.unit),
        (t("target.card.inclusion", lang), tb.inclusion_total, count_text, unit),
    ]
    for col, (label, value, text, u) in zip(cols, cards, strict=True):
        with col:
            kpi.card(
                label=label,
                value=text(value, lang),
                unit=u,
                year=tb.year,
                sources=cited,
                kind=kind,
                lang=lang,
                footnote=foot,
            )
    # One map per page (streamlit-folium): exclusion, inclusion or distance to target.
    if K_MEASURE not in st.session_state:
        st.session_state[K_MEASURE] = "exclusion"
    measure = (
        st.segmented_control(
            t("target.measure", lang),
            list(MEASURES),
            key=K_MEASURE,
            format_func=lambda m: t(f"target.measure.{m}", lang),
        )
        or "exclusion"
    )
    if measure == "distance":
        _distance_map(state)
        _eligibility_table(tb, lang, unit)
        return
    if tb.n_crosstab == 0:
        st.info(t("target.elig.no_crosstab", lang))
        _eligibility_table(tb, lang, unit)
        return
    layer = measure_layer(
        data_access.geo_bundle().regencies,
        tb,
        measure,
        lang=lang,
        unit_label=unit,
        font_px=18 if state.presenter else 13,
    )
    col_map, col_bar = st.columns([1.9, 1], gap="medium")
    with col_map:
        leaflet_map.render(
            data_access.geo_bundle(),
            layer,
            lang=lang,
            layer_key=layer_key({"p": key, "y": year, "m": measure, "l": lang}),
            height=760 if state.presenter else 560,
        )
    with col_bar:
        plot.show(
            gap_bar_figure(
                layer.table,
                unit="%",
                gap_unit=unit,
                fmt=lambda v: percent_text(v, lang),
                fmt_raw=lambda v: count_text(v, lang),
                title=t(f"target.map.{measure}", lang, programme=rule.label(lang)),
                subtitle=t("target.bar.subtitle", lang, snapshots=snapshots_text(tb, lang)),
                axis_title=t(f"target.measure.{measure}", lang),
                example_label=t("badge.example", lang) if tb.has_example else None,
                lang=lang,
                size=17 if state.presenter else 13,
            ),
            key="sasaran_bar",
            filename=f"serambi-{measure}-{key}-{year}",
        )
        layout.source_line(t(f"target.measure.{measure}.note", lang))
    _eligibility_table(tb, lang, unit)


def _eligibility_table(tb: targeting.EligibilityTable, lang: str, unit: str) -> None:
    frame = eligibility_display(tb, lang, unit)
    _show(frame, lang, text=[t("col.region", lang), t("target.col.snapshot", lang)])
    st.caption(t("target.table.note", lang))
    table = table_exports.eligibility_table(tb, lang=lang, unit=unit)
    meta = ExportMeta(
        title=f"{t('target.elig.title', lang, programme=tb.rule.label(lang))}, {tb.year}",
        lang=lang,
        has_example=tb.has_example,
        sources=exports.source_lines(source_links.citations(tb.sources), lang),
        notes=(
            t("target.map.rule", lang, programme=tb.rule.label(lang), range=tb.rule.range_text),
            t("target.map.snapshots", lang, snapshots=snapshots_text(tb, lang) or "–"),
            t("target.table.note", lang),
        ),
        decimals=table.decimals,
    )
    stem = f"serambi-sasaran-{tb.rule.key}-{tb.year}"
    exports.table_buttons(table.frame, meta, stem, lang, key="elig")


def _poverty_section(state: ViewState) -> None:
    lang = state.lang
    names = regency_names()
    st.markdown(f"### {t('target.poverty.title', lang)}")
    st.caption(t("target.poverty.intro", lang))
    thresholds = targets.load_status_thresholds()
    st.caption(target_status.rule_text(thresholds, lang))
    all_names = {"64": t("target.province", lang), **names}
    for indicator_id in POVERTY_INDICATORS:
        ind = get_indicator(indicator_id)
        rows = status_rows(indicator_id, list(all_names), state)
        if all(r.value is None for r in rows):
            continue
        with st.expander(ind.label(lang), expanded=indicator_id == "penduduk_miskin_persen"):
            st.html(status_html(rows, all_names, lang, indicator_id))
            cited = source_links.citations([r.source for r in rows if r.source])
            if cited:
                st.html(
                    f'<div class="serambi-source">'
                    f"{source_links.sources_html(cited, lang, limit=4)}</div>"
                )
    docs = current_targets()
    with st.expander(t("target.all.title", lang, n=len(docs))):
        frame = pd.DataFrame(
            {
                t("target.col.indicator", lang): docs["indicator_id"].map(
                    lambda i: _indicator_label(i, lang)
                ),
                t("target.col.region_code", lang): docs["region_kode"],
                t("col.year", lang): docs["year"],
                t("target.col.target", lang): [
                    targets.target_text(r, lambda v: f"{v:g}") for _, r in docs.iterrows()
                ],
                t("target.col.document", lang): docs["document"].map(
                    lambda d: source_links.document_label(d, lang)
                ),
                t("target.col.usable", lang): docs["usable"].map(
                    lambda u: t("target.usable.yes" if u else "target.usable.no", lang)
                ),
                t("col.source", lang): docs["source"],
            }
        )
        _show(frame, lang, text=list(frame.columns), numeric=[t("col.year", lang)])


def _distance_map(state: ViewState) -> None:
    """Distance to the poverty target per regency (value − target, points; positive: not
    reached, so the redder the further)."""
    lang = state.lang
    names = regency_names()
    rows = status_rows("penduduk_miskin_persen", list(names), state)
    if not any(r.distance is not None for r in rows):
        st.info(t("target.none", lang))
        return
    layer = build_layer(
        data_access.geo_bundle().regencies,
        distance_table(rows, names, lang),
        title=t("target.distance.title", lang),
        mapped_unit=t("target.points", lang),
        higher_is_worse=True,
        words=map_words(lang, ""),
        fmt_mapped=lambda v: points_text(v, lang),
        fmt_raw=lambda v: points_text(v, lang),
        raw_unit="%",
        legend_notes=[t("target.distance.note", lang)],
        font_px=18 if state.presenter else 13,
    )
    st.markdown(f"#### {t('target.distance.title', lang)}")
    leaflet_map.render(
        data_access.geo_bundle(),
        layer,
        lang=lang,
        layer_key=layer_key({"d": "p0", "l": lang}),
        height=760 if state.presenter else 560,
    )
    st.caption(t("target.distance.note", lang))
    st.caption(target_status.rule_text(targets.load_status_thresholds(), lang))


def render(state: ViewState) -> None:
    lang = state.lang
    st.markdown(f"## {t('target.title', lang)}")
    st.caption(t("target.intro", lang))
    years = data_access.dtsen_years()
    notice = st.container()
    if not years:
        st.info(t("target.no_dtsen", lang))
    else:
        # The sidebar's year when DTSEN has it; else the latest snapshot year, said beside it.
        year = state.year if state.year in years else max(years)
        if state.year is not None and year != state.year:
            with notice:
                st.caption(t("target.dtsen_year", lang, wanted=state.year, year=year))
        dec = _deciles_section(year, lang)
        _programme_section(state, year)
        if dec["is_example"].any():
            with notice:
                layout.example_notice(lang)
    _poverty_section(state)


__all__ = ["render"]
