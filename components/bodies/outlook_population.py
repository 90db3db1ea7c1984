"""Antisipasi: population, where the figures come from. One chart per region (or the buffer
zone against the rest): BPS census/estimate, BPS projection, Dukcapil count, IKN plan and IKN
census as separate lines, never joined; growth rates with both years; which figures are
secondary or rounded; the sources. Then the kecamatan around IKN that have figures."""

from __future__ import annotations

import streamlit as st

from charts.outlook import population_figure
from charts.style import font_size
from components.state import data_access, outlook_access
from components.state.view_state import MODE_BUFFER
from components.widgets import html_table, plot
from ground.markup import escape_markdown
from views import outlook_population as op
from views import source_links
from views.i18n import t
from views.trend import zone_labels

K_REGION = "outlook_pop_region"


def _options(names: dict[str, str]) -> list[str]:
    return [op.ZONE_OPTION, *names, op.PROVINCE]


def population_view(option: str, lang: str) -> op.PopulationView:
    names = data_access.region_names()
    ikn = outlook_access.ikn_lines()
    if option == op.ZONE_OPTION:
        groups = outlook_access.zone_lines(tuple(data_access.buffer_zone_codes()))
        return op.zone_view(groups, zone_labels(lang), ikn, lang)
    name = t("outlook.pop.province_option", lang) if option == op.PROVINCE else names[option]
    with_ikn = ikn if option in op.IKN_REGENCIES else None
    return op.region_view(option, name, outlook_access.population_lines(option), with_ikn, lang)


def section(default: str, lang: str) -> None:
    """The population chart of one region (``default``: the first chosen region)."""
    st.markdown(f"### {t('outlook.pop.section', lang)}")
    names = data_access.region_names()
    options = _options(names)
    if st.session_state.get(K_REGION) not in options:
        st.session_state[K_REGION] = default if default in options else op.ZONE_OPTION
    labels = {
        op.ZONE_OPTION: t("outlook.pop.zone_option", lang),
        op.PROVINCE: t("outlook.pop.province_option", lang),
        **names,
    }
    option = st.selectbox(
        t("outlook.pop.region", lang), options, format_func=labels.get, key=K_REGION
    )
    view = population_view(option, lang)
    example = t("badge.example", lang) if view.has_example else None
    fig = population_figure(
        view.lines,
        title=view.title,
        y_title=view.y_title,
        example_label=example,
        lang=lang,
        size=font_size(False),
    )
    alt = t(
        "outlook.pop.alt",
        lang,
        title=view.title,
        lines="; ".join(f"{line.name} ({', '.join(map(str, line.years))})" for line in view.lines),
    )
    plot.show(fig, key="outlook_population", filename=f"serambi-penduduk-{option}", alt=alt)
    if view.notes:  # one list: secondary and rounded figures, years left out, the IKN area
        st.caption("\n".join(f"- {escape_markdown(note)}" for note in view.notes))
    st.markdown(f"**{t('outlook.pop.growth', lang)}**")
    html_table.show(
        view.growth,
        no_data=t("map.no_data", lang),
        numeric=[t("outlook.col.values", lang), t("outlook.col.per_year", lang)],
    )
    st.caption(t("outlook.pop.rule", lang))
    st.html(
        f'<div class="serambi-source">{source_links.sources_html(view.sources, lang, limit=6)}'
        "</div>"
    )


def kecamatan(lang: str) -> None:
    """The kecamatan in the IKN buffer zone with a population figure that is not example data."""
    st.markdown(f"### {t('outlook.kec.section', lang)}")
    codes = tuple(data_access.kecamatan_in_view(MODE_BUFFER, ()))
    series = outlook_access.kecamatan_series(codes)
    zones = data_access.kecamatan_geo().zones
    # The IKN area's kecamatan first, then the buffer zone's, each in code order.
    order = sorted(series, key=lambda k: (zones.get(k) != "wilayah_ikn", k))
    shown = {k: series[k] for k in order if op.has_real_series(series[k])}
    if not shown:
        st.info(t("outlook.kec.none", lang))
        return
    geo = data_access.kecamatan_geo().kecamatan
    names = {
        k: f"{n}, {kab}"
        for k, n, kab in zip(geo["kode_bps"], geo["nama"], geo["nama_kab"], strict=True)
    }
    html_table.show(
        op.kecamatan_table(shown, names, lang),
        no_data=t("map.no_data", lang),
        wide=[t("outlook.col.values", lang), t("outlook.col.sources", lang)],
    )
    st.caption(t("outlook.kec.caption", lang))
