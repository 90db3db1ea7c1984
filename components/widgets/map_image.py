"""Download buttons for the map as a picture (PNG for the projector and for print, PDF, SVG).

The picture is drawn from the layer on screen (:mod:`geo.static_map`), only when a button is
pressed (deferred download), so a change of indicator or year costs nothing here. matplotlib
is imported only then too: importing it took ~0.7 s of a cold server's first map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import geopandas as gpd
import streamlit as st

from components.state import data_access
from geo.thematic import ThematicLayer
from views import source_links
from views.i18n import t
from welfare.citations import Citation
from welfare.exporting import export_filename

if TYPE_CHECKING:
    from geo import static_map

FORMATS = (  # (label key, size, format, mime)
    ("brief.map.png_screen", "screen", "png", "image/png"),
    ("brief.map.png_a4", "a4", "png", "image/png"),
    ("brief.map.pdf_a4", "a4", "pdf", "application/pdf"),
    ("brief.map.svg", "screen", "svg", "image/svg+xml"),
)


def map_text(
    *, title: str, subtitle: str, layer: ThematicLayer, sources: Sequence[Citation], lang: str
) -> static_map.MapText:
    from geo import static_map

    prefix = t("map.legend.source", lang, source="")
    notes = (
        ()
        if not sources or any(n.startswith(prefix) for n in layer.legend.notes)
        else (t("map.legend.source", lang, source=source_links.labels_text(sources, lang, 2)),)
    )
    return static_map.MapText(
        title=title,
        subtitle=subtitle,
        notes=notes,
        example_badge=t("badge.example", lang) if layer.has_example else None,
        example_note=t("badge.example_long", lang).split(". ")[0] + "."
        if layer.has_example
        else None,
        footer=t(
            "brief.map.made",
            lang,
            date=dt.date.today().isoformat(),
            geodata=t("brief.sources.geodata", lang),
        ),
        ikn=t("map.layer.ikn", lang),
        kipp=t("map.layer.kipp", lang),
        rings=t("map.layer.rings", lang),
        titik_nol=t("map.layer.titik_nol", lang),
        north=t("brief.map.north", lang),
    )


def buttons(
    layer: ThematicLayer,
    *,
    title: str,
    subtitle: str,
    sources: Sequence[Citation],
    lang: str,
    stem: str,
    highlight: Sequence[str] = (),
    key: str = "map_image",
    regions: gpd.GeoDataFrame | None = None,
) -> None:
    """One row of picture downloads for ``layer`` (the layer the live map shows).

    ``regions``: the polygons ``layer`` colours when they are not the regencies (kecamatan).
    """

    def make(size: str, fmt: str):  # noqa: ANN202
        def data() -> bytes:
            from geo import static_map

            text = map_text(title=title, subtitle=subtitle, layer=layer, sources=sources, lang=lang)
            shapes = regions if regions is not None else data_access.geo_bundle().regencies
            geometry = static_map.load_geometry(shapes)
            return static_map.render(
                layer, geometry, text, size=size, fmt=fmt, highlight=tuple(highlight)
            )

        return data

    cols = st.columns(len(FORMATS))
    for col, (label, size, fmt, mime) in zip(cols, FORMATS, strict=True):
        suffix = "" if size == "screen" else f"-{size}"
        col.download_button(
            t(label, lang),
            make(size, fmt),
            file_name=export_filename(f"{stem}{suffix}", fmt, layer.has_example),
            mime=mime,
            icon=":material/image:",
            on_click="ignore",
            key=f"{key}_{size}_{fmt}",
        )
