"""The map's drill-down from regencies to kecamatan: level control, breadcrumb, scope words.

At kecamatan level the map page shows the kecamatan of the chosen regency ("Kecamatan di
Penajam Paser Utara"), the kecamatan within the buffer distance of the IKN area ("Sekitar
IKN", zones from geometry as for regencies) or all 105. The state lives in the shared filter
state (``tingkat=kecamatan`` in the URL, see :mod:`components.state.view_state`).
"""

from __future__ import annotations

import streamlit as st

from components.state import data_access, filters
from components.state.view_state import (
    LEVEL_KECAMATAN,
    MODE_ALL,
    MODE_BUFFER,
    MODE_CHOSEN,
    ViewState,
)
from views.i18n import t

PROVINCE_NAME = "Kalimantan Timur"


def regency_names() -> dict[str, str]:
    reg = data_access.geo_bundle().regencies
    return dict(zip(reg["kode_bps"], reg["nama"], strict=True))


def single_regency(state: ViewState) -> str | None:
    """The BPS code of the one regency in view, if exactly one is chosen."""
    if state.regions_mode == MODE_CHOSEN and len(state.regions) == 1:
        code = state.regions[0]
        return code if code in regency_names() else None
    return None


def scope(state: ViewState) -> list[str] | None:
    """Kecamatan codes the map shows at kecamatan level (``None`` at regency level)."""
    if state.level != LEVEL_KECAMATAN:
        return None
    return data_access.kecamatan_in_view(state.regions_mode, state.regions)


def scope_label(state: ViewState) -> str:
    """'Kecamatan di Penajam Paser Utara', 'Sekitar IKN', 'Semua kecamatan', ..."""
    lang = state.lang
    if state.regions_mode == MODE_BUFFER:
        return t("kec.level.around", lang)
    regency = single_regency(state)
    if regency:
        return t("kec.level.of", lang, name=regency_names()[regency])
    if state.regions_mode == MODE_CHOSEN and state.regions:
        return t("kec.level.chosen", lang)
    return t("kec.level.all", lang)


def level_control(state: ViewState) -> None:
    """Regencies | Kecamatan di <regency> | Sekitar IKN, as one segmented control.

    Always drawn (also at regency level) so the map below keeps its place in the page; not in
    presenter mode, where the agenda sets the view and the map must fit the projector.
    """
    if state.presenter:
        return
    lang = state.lang
    regency = single_regency(state)
    options = [filters.LEVEL_CHOICE_REGENCY]
    if state.regions_mode != MODE_BUFFER and (regency or state.level == LEVEL_KECAMATAN):
        options.append(filters.LEVEL_CHOICE_KECAMATAN)
    options.append(filters.LEVEL_CHOICE_AROUND_IKN)
    # Offered for the regions in view, so only when they are not the buffer zone.
    kec_label = scope_label(state)
    labels = {
        filters.LEVEL_CHOICE_REGENCY: t("kec.level.regency", lang),
        filters.LEVEL_CHOICE_KECAMATAN: kec_label,
        filters.LEVEL_CHOICE_AROUND_IKN: t("kec.level.around", lang),
    }
    st.segmented_control(
        t("kec.level", lang),
        options,
        key=filters.level_widget_key(),
        on_change=filters.on_level_widget,
        args=(regency,),
        format_func=lambda o: labels[o],
    )
    if state.level != LEVEL_KECAMATAN and regency is None:
        st.caption(t("kec.level.hint", lang))


def _to_province() -> None:
    filters.apply({"tingkat": None, "wilayah": None})


def _to_regency(code: str) -> None:
    filters.apply({"tingkat": None, "wilayah": code})


def breadcrumb(state: ViewState) -> None:
    """Kalimantan Timur › Penajam Paser Utara › Kecamatan: each step above goes back up."""
    lang = state.lang
    regency = single_regency(state)
    with st.container(horizontal=True, gap="small", vertical_alignment="center"):
        st.button(
            PROVINCE_NAME,
            key="kec_crumb_province",
            type="tertiary",
            icon=":material/arrow_upward:",
            on_click=_to_province,
        )
        st.markdown("›")
        if regency:
            st.button(
                regency_names()[regency],
                key="kec_crumb_regency",
                type="tertiary",
                on_click=_to_regency,
                args=(regency,),
            )
            st.markdown("›")
            st.markdown(f"**{t('kec.crumb.kecamatan', lang)}**")
        else:
            st.markdown(f"**{scope_label(state)}**")


def no_data(state: ViewState) -> None:
    """Instead of an empty map: say so, and offer the way back to the regency map."""
    lang = state.lang
    st.info(t("kec.no_data", lang, year=state.year), icon=":material/map:")
    regency = single_regency(state)
    st.button(
        t("kec.no_data.back", lang),
        key="kec_no_data_back",
        icon=":material/arrow_back:",
        on_click=_to_regency if regency else _to_province,
        args=(regency,) if regency else (),
    )


def focus(state: ViewState, codes: list[str]) -> tuple[tuple[float, float], int] | None:
    """Centre and zoom on the kecamatan in view (``None``: keep the province view)."""
    from components.widgets.leaflet_map import focus_on

    if not codes or state.regions_mode == MODE_ALL:
        return None
    b = data_access.kecamatan_geo().bounds.loc[codes]
    return focus_on((b["minx"].min(), b["miny"].min(), b["maxx"].max(), b["maxy"].max()))


def kecamatan_name(code: str | None) -> str | None:
    if not code:
        return None
    kec = data_access.kecamatan_geo().kecamatan
    names = dict(zip(kec["kode_bps"], kec["nama"], strict=True))
    return names.get(code)


def shapes(codes: list[str]):  # noqa: ANN201 - GeoDataFrame
    """The kecamatan polygons of ``codes`` (for the picture downloads)."""
    kec = data_access.kecamatan_geo().kecamatan
    return kec[kec["kode_bps"].isin(codes)]
