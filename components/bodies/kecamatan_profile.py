"""Profil kecamatan: every indicator with kecamatan data, beside its regency's value.

Reached from the map at kecamatan level (click a kecamatan, then "Buka profil Kecamatan
Sepaku"; URL ``/profil?tingkat=kecamatan&kec=64.09.04``). One plain HTML table (escaped):
indicator, year, the kecamatan's value, the regency's value of the same year (else of the
year :func:`welfare.years.fallback_year` picks, with that year beside it), the kecamatan's
share of it (counts, same year only), and the source; example values are marked DATA CONTOH.
Facts: regency, Kemendagri code, zone (from geometry, as for regencies) and distance to Titik
Nol, worded by :mod:`views.profile_facts` and drawn as the regency profile's tiles.
"""

from __future__ import annotations

import html

import streamlit as st

from components.state import data_access, filters
from components.state.view_state import ViewState
from components.widgets import layout
from components.widgets.profile_cards import facts_html
from ground.markup import escape_markdown
from views import profile_facts, source_links
from views.i18n import t
from views.profile_facts import kecamatan_value, share_percent
from welfare.citations import cite
from welfare.years import fallback_year

TABLE_CSS = """
<style>
.serambi-kec-table { border-collapse:collapse; width:100%; font-size:.9rem; }
.serambi-kec-table th, .serambi-kec-table td { border-bottom:1px solid #ddd; padding:4px 6px;
  text-align:left; vertical-align:top; }
.serambi-kec-table td.n { text-align:right; font-variant-numeric:tabular-nums;
  white-space:nowrap; }
.serambi-kec-table .ex { color:#b71c1c; font-weight:700; font-size:.75rem; }
.serambi-kec-table .src { font-size:.78rem; color:#444; }
.serambi-kec-table .yr { font-size:.78rem; color:#444; }
</style>
"""


def rows(kode: str, parent: str, lang: str) -> list[dict]:
    """One row per indicator with a kecamatan value: its latest year, the regency beside it."""
    cat = data_access.indicator_catalogue()
    obs = data_access.observations_of([kode, parent])
    mine = obs[obs["kode_bps"] == kode]
    theirs = obs[obs["kode_bps"] == parent].set_index(["indicator_id", "year"])
    out = []
    for ind in cat.ordered():
        own = mine[mine["indicator_id"] == ind.id]
        if own.empty:
            continue
        row = own.sort_values("year").iloc[-1]
        year = int(row["year"])
        # The regency's value of the same year, else of the year the one rule picks; a share
        # is only computed within one year (a part of another year's total says nothing).
        parent_years = [y for i, y in theirs.index if i == ind.id]
        parent_year = fallback_year(year, parent_years)
        parent_value = (
            float(theirs.loc[(ind.id, parent_year), "value"]) if parent_year is not None else None
        )
        share = (
            row["value"] / parent_value * 100
            if ind.kind == "count" and parent_year == year and parent_value and parent_value > 0
            else None
        )
        out.append(
            {
                "indicator_id": ind.id,
                "label": ind.label(lang),
                "unit": ind.unit_label(lang),
                "kind": ind.kind,
                "year": year,
                "value": float(row["value"]),
                "parent_value": parent_value,
                "parent_year": parent_year,
                "share": share,
                "is_example": bool(row["is_example"]),
                "citation": cite(
                    row["source"] if isinstance(row["source"], str) else None,
                    row["dataset_kind"] if isinstance(row["dataset_kind"], str) else None,
                ),
            }
        )
    return out


def table_html(items: list[dict], *, parent_name: str, lang: str) -> str:
    head = "".join(
        f"<th>{html.escape(h)}</th>"
        for h in (
            t("kec.prof.col.indicator", lang),
            t("col.year", lang),
            t("kec.prof.col.value", lang),
            parent_name,
            t("kec.prof.col.share", lang),
            t("col.source", lang),
        )
    )
    body = []
    for it in items:
        ex = (
            f' <span class="ex">{html.escape(t("badge.example", lang))}</span>'
            if it["is_example"]
            else ""
        )
        share = share_percent(it["share"], lang)
        src = source_links.link_html(it["citation"], lang) if it["citation"] else "–"
        other_year = (
            f' <span class="yr">({it["parent_year"]})</span>'
            if it["parent_value"] is not None and it["parent_year"] != it["year"]
            else ""
        )
        body.append(
            "<tr>"
            f"<td>{html.escape(it['label'])}{ex}</td>"
            f'<td class="n">{it["year"]}</td>'
            f'<td class="n">{html.escape(kecamatan_value(it["value"], it["kind"], lang))} '
            f"{html.escape(it['unit'])}</td>"
            f'<td class="n">{html.escape(kecamatan_value(it["parent_value"], it["kind"], lang))}'
            f"{other_year}</td>"
            f'<td class="n">{html.escape(share)}</td>'
            f'<td class="src">{src}</td>'
            "</tr>"
        )
    return (
        TABLE_CSS
        + '<table class="serambi-kec-table" data-serambi-kecamatan-profile="1">'
        + f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def render(state: ViewState) -> None:
    """The profile of ``state.kecamatan`` (a Kemendagri code)."""
    lang = state.lang
    geo = data_access.kecamatan_geo()
    kec = geo.kecamatan.set_index("kode_bps")
    kode = state.kecamatan
    if kode not in kec.index:
        st.warning(t("kec.prof.unknown", lang), icon=":material/link_off:")
        st.page_link("pages/peta.py", label=t("kec.prof.to_map", lang), icon=":material/map:")
        return
    rec = kec.loc[kode]
    name, parent, parent_name = str(rec["nama"]), str(rec["kode_bps_kab"]), str(rec["nama_kab"])
    st.markdown(f"## {escape_markdown(t('kec.prof.title', lang, name=name))}")
    st.caption(f"Kalimantan Timur › {escape_markdown(parent_name)} › {escape_markdown(name)}")

    layout.inject_css("profile")  # the fact tiles, as on a regency's profile
    facts = profile_facts.kecamatan_facts(
        kode,
        parent_name=parent_name,
        zone=str(geo.zones.get(kode, "luar")),
        distance_km=float(geo.distance_km.get(kode, float("nan"))),
        lang=lang,
    )
    st.html(facts_html(facts))
    items = rows(kode, parent, lang)
    if any(it["is_example"] for it in items):
        layout.example_notice(lang)
    if not items:
        st.info(t("kec.prof.empty", lang))
    else:
        st.caption(t("kec.prof.note", lang, regency=parent_name))
        st.html(table_html(items, parent_name=parent_name, lang=lang))
    with st.container(horizontal=True):
        st.page_link("pages/peta.py", label=t("kec.prof.to_map", lang), icon=":material/map:")
        st.button(
            t("map.open_profile", lang, name=parent_name),
            key="kec_prof_regency",
            icon=":material/location_city:",
            on_click=_to_regency_profile,
            args=(parent,),
        )


def _to_regency_profile(parent: str) -> None:
    """Leave the kecamatan level: this page then shows the regency's profile."""
    filters.apply({"tingkat": None, "wilayah": parent})
