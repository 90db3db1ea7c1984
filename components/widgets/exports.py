"""Download buttons: a page's table as CSV/XLSX and the current map as offline HTML.

One helper (:func:`table_buttons`) for the tables of the map, change map, Cakupan and Sasaran
pages, so every file is written the same way; with regions chosen in the filter, the table
files hold those regions (or all, the chosen ones marked: a choice beside the buttons). Each
button of an exported view (these, and the profile's PDF and XLSX) is one :func:`file_button`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components.state import data_access
from components.widgets import tables
from geo import layers, web_assets
from views import source_links, table_exports
from views.i18n import t
from views.table_exports import Chosen
from welfare.citations import Citation
from welfare.exporting import ExportMeta, export_filename, to_csv_bytes, to_xlsx_bytes


def source_lines(cited: Iterable[Citation], lang: str) -> tuple[str, ...]:
    """Citations as a file's source lines: "BPS Kaltim (Radar Paser, 30/9/2024): https://…"."""
    return tuple(f"{c.label(lang)}: {c.url}" if c.url else c.label(lang) for c in cited)


def _meta(view, lang: str) -> ExportMeta:  # noqa: ANN001 - IndicatorView
    return ExportMeta(
        title=f"{view.title} ({view.mapped_unit}), {view.year}",
        lang=lang,
        has_example=view.has_example,
        sources=source_lines(view.sources, lang),
        notes=tuple(view.notes),
    )


def map_html(view, lang: str) -> bytes:  # noqa: ANN001
    """The current map as one self-contained HTML file (Leaflet and geometry inlined)."""
    from components.widgets.leaflet_map import static_overlays

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


def buttons(
    view,  # noqa: ANN001 - IndicatorView
    lang: str,
    *,
    rows: list[str] | None = None,
    chosen: Chosen | None = None,
) -> None:
    """CSV, XLSX and HTML-map downloads for the view (``rows``: BPS codes to keep).

    ``chosen``: the regions chosen in the filter; the table files then hold those regions, or
    all with the chosen ones marked (:func:`table_buttons`). The files are built only when a
    button is pressed (deferred data), so a change of indicator or year costs nothing here.
    """
    frame = tables.indicator_frame(view, lang)
    if rows:
        frame = frame[frame[t("col.kode_bps", lang)].isin(rows)]
    digits = table_exports.map_table_decimals(  # the digits the page shows per column
        frame.columns, raw_decimals=view.raw_decimals, decimals=view.decimals, lang=lang
    )
    meta = replace(_meta(view, lang), decimals=digits)
    stem = f"serambi-{view.indicator_id}-{view.year}"
    if view.level == "kecamatan":
        stem += "-kecamatan"
    table_buttons(frame, meta, stem, lang, chosen=chosen, map_view=view)


def table_buttons(
    frame: pd.DataFrame,
    meta: ExportMeta,
    stem: str,
    lang: str,
    *,
    key: str | None = None,
    chosen: Chosen | None = None,
    map_view=None,  # noqa: ANN001 - IndicatorView | ChangeView
) -> None:
    """A table as CSV and XLSX (and, with ``map_view``, the map as offline HTML), in one row
    of three buttons.

    One helper for every page's tables, so every file is written the same way
    (:mod:`welfare.exporting`: cells neutralised, one number of decimals per column, DATA
    CONTOH in the file and its name). ``map_view`` is what the map shows (an IndicatorView or
    a ChangeView): it draws the HTML map and names its file. ``key`` prefixes the widget keys
    where two rows could share one page run. With regions ``chosen`` in the filter (some rows
    of the table, not all), a choice above the buttons: only those regions (the default: the
    file follows the view) or all regions with the chosen ones marked. The choice lives in a
    fragment, so switching it redraws these buttons only, not the page and its map.
    """
    _downloads(frame, meta, stem, lang, key, chosen, map_view)


@st.fragment
def _downloads(
    frame: pd.DataFrame,
    meta: ExportMeta,
    stem: str,
    lang: str,
    key: str | None,
    chosen: Chosen | None,
    map_view,  # noqa: ANN001
) -> None:
    prefix = f"{key}_" if key else ""
    scope = table_exports.SCOPE_CHOSEN
    if chosen is not None and chosen.applies_to(frame):
        counts = {
            table_exports.SCOPE_CHOSEN: len(chosen.shown_codes(frame)),
            table_exports.SCOPE_ALL: len(frame),
        }
        scope = st.radio(
            t("export.scope", lang),
            table_exports.SCOPES,
            format_func=lambda s: table_exports.scope_label(s, counts[s], lang),
            horizontal=True,
            key=f"{prefix}export_scope",
        )
    data, meta, stem = table_exports.scoped(frame, meta, stem, chosen, scope, lang)
    has_example = meta.has_example
    keys = {k: f"{key}_{k}" if key else None for k in ("csv", "xlsx", "html")}
    c1, c2, c3 = st.columns(3)
    file_button(
        c1,
        t("export.csv", lang),
        lambda: to_csv_bytes(data, meta),
        stem=stem,
        ext="csv",
        has_example=has_example,
        key=keys["csv"],
    )
    file_button(
        c2,
        t("export.xlsx", lang),
        lambda: to_xlsx_bytes(data, meta),
        stem=stem,
        ext="xlsx",
        has_example=has_example,
        key=keys["xlsx"],
    )
    if map_view is not None:
        file_button(
            c3,
            t("export.html", lang),
            lambda: map_html(map_view, lang),
            stem=f"{stem}-peta",
            ext="html",
            has_example=map_view.has_example,
            key=keys["html"],
        )


# A file's MIME type and the icon of its button, by extension.
_FILES = {
    "csv": ("text/csv", ":material/download:"),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ":material/table_view:",
    ),
    "html": ("text/html", ":material/map:"),
    "pdf": ("application/pdf", ":material/picture_as_pdf:"),
}


def file_button(
    where: DeltaGenerator,
    label: str,
    data: Callable[[], bytes],
    *,
    stem: str,
    ext: str,
    has_example: bool,
    key: str | None = None,
) -> None:
    """One download button in ``where`` (a column): the file is built by ``data`` only when the
    button is pressed (deferred data), named by :func:`welfare.exporting.export_filename`
    (DATA CONTOH in the name when it holds example data), with the MIME type and icon of
    ``ext`` (csv, xlsx, html or pdf)."""
    mime, icon = _FILES[ext]
    where.download_button(
        label,
        data,
        file_name=export_filename(stem, ext, has_example),
        mime=mime,
        icon=icon,
        on_click="ignore",
        key=key,
    )
