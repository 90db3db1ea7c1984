"""Download buttons: the filtered table as CSV/XLSX and the current map as offline HTML."""

from __future__ import annotations

import streamlit as st

from components import data_access, tables
from geo import layers, web_assets
from views import source_links
from views.i18n import t
from welfare.exporting import ExportMeta, export_filename, to_csv_bytes, to_xlsx_bytes


def _meta(view, lang: str) -> ExportMeta:  # noqa: ANN001 - IndicatorView
    return ExportMeta(
        title=f"{view.title} ({view.mapped_unit}), {view.year}",
        lang=lang,
        has_example=view.has_example,
        sources=tuple(
            f"{c.label(lang)}: {c.url}" if c.url else c.label(lang) for c in view.sources
        ),
        notes=tuple(view.notes),
    )


def map_html(view, lang: str) -> bytes:  # noqa: ANN001
    """The current map as one self-contained HTML file (Leaflet and geometry inlined)."""
    from components.leaflet_map import static_overlays

    bundle = data_access.geo_bundle()
    js, css = web_assets.leaflet_inline()
    footer = " · ".join(
        [
            f"Serambi · {view.title} · {view.year}",
            *view.notes,
            t("map.legend.source", lang, source=source_links.labels_text(view.sources, lang)),
        ]
        + ([t("badge.example_long", lang)] if view.has_example else [])
    )
    html = layers.standalone_map(
        leaflet_js=js,
        leaflet_css=css,
        overlays=static_overlays(bundle, lang, inline=True),
        geometry=view.geometry or bundle.regencies_geojson,
        styles=view.layer.styles,
        legend=view.layer.legend,
        title=f"Serambi: {view.title} {view.year}",
        footer=footer,
    )
    return html.encode("utf-8")


def buttons(view, lang: str, *, rows: list[str] | None = None) -> None:  # noqa: ANN001
    """CSV, XLSX and HTML-map downloads for the view (``rows``: BPS codes to keep).

    The files are built only when a button is pressed (deferred data), so a change of
    indicator or year costs nothing here.
    """
    frame = tables.indicator_frame(view, lang)
    if rows:
        frame = frame[frame[t("col.kode_bps", lang)].isin(rows)]
    meta = _meta(view, lang)
    stem = f"serambi-{view.indicator_id}-{view.year}"
    if view.level == "kecamatan":
        stem += "-kecamatan"
    download_row(frame, meta, stem, view, lang)


def download_row(
    frame,
    meta: ExportMeta,
    stem: str,
    view,
    lang: str,
    *,
    key: str | None = None,  # noqa: ANN001
) -> None:
    """The table as CSV and XLSX and the map as offline HTML, in one row of three buttons.

    ``view`` is what the map shows (an IndicatorView or a ChangeView): it names the files
    (DATA CONTOH in the name when it holds example data) and draws the HTML map. ``key``
    prefixes the widget keys where two rows could share one page run.
    """
    keys = {k: f"{key}_{k}" if key else None for k in ("csv", "xlsx", "html")}
    c1, c2, c3 = st.columns(3)
    c1.download_button(
        t("export.csv", lang),
        lambda: to_csv_bytes(frame, meta),
        file_name=export_filename(stem, "csv", view.has_example),
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        key=keys["csv"],
    )
    c2.download_button(
        t("export.xlsx", lang),
        lambda: to_xlsx_bytes(frame, meta),
        file_name=export_filename(stem, "xlsx", view.has_example),
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/table_view:",
        on_click="ignore",
        key=keys["xlsx"],
    )
    c3.download_button(
        t("export.html", lang),
        lambda: map_html(view, lang),
        file_name=export_filename(f"{stem}-peta", "html", view.has_example),
        mime="text/html",
        icon=":material/map:",
        on_click="ignore",
        key=keys["html"],
    )
