"""A map of the change between two years: the same kind of layer as one year's map.

Takes the table of :func:`welfare.change.change_table` and returns a
:class:`geo.thematic.ThematicLayer`, so the live map (``components.widgets.leaflet_map``), the
offline
HTML export and the picture (``geo.static_map``) draw it exactly like a one-year map: same
legend shape, same tooltip conventions (both years' values and the change, DATA CONTOH when
either year is example data, the sources), same no-data style. Classes and colours come from
:mod:`geo.diverging` (symmetric around zero, the worse direction warm). Pure Python.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd

from geo.choropleth import NO_DATA_COLOR, Classification, range_label
from geo.diverging import diverging_classes, diverging_colours, diverging_palette
from geo.layers import LegendSpec, RegionStyle, TooltipTemplate
from geo.thematic import ThematicLayer, ranking_frame, ranking_row
from ground.markup import escape_html as _esc

Formatter = Callable[[float | None], str]


@dataclass(frozen=True)
class ChangeWords:
    """The words a change map needs, already in the user's language."""

    change: str  # "Perubahan"
    no_data: str  # "tidak ada data" (a year is missing)
    no_change: str  # "tidak berubah"
    example_badge: str  # "DATA CONTOH"
    source: str  # "Sumber"


def signed(text: str, value: float | None) -> str:
    """'+1,20' for a rise ('−' for a fall comes from the number itself, as a true minus)."""
    if value is None or pd.isna(value):
        return text
    if not any(ch in "123456789" for ch in text):  # rounds to zero: no sign
        return text.lstrip("-")
    if value > 0:
        return f"+{text}"
    return text.replace("-", "−", 1) if value < 0 else text


def build_change_layer(
    regions: pd.DataFrame,
    table: pd.DataFrame,
    *,
    year_a: int,
    year_b: int,
    title: str,
    value_unit: str,
    change_unit: str,
    higher_is_worse: bool,
    words: ChangeWords,
    fmt_value: Formatter,
    fmt_change: Formatter,
    zero_band: float,
    legend_notes: Sequence[str],
    selected: Sequence[str] = (),
    font_px: int = 13,
) -> ThematicLayer:
    """The change layer. ``regions``: kode_bps, nama, jenis, label_lat, label_lng.

    ``table`` is a change table (kode_bps, rate_a, rate_b, change, is_example, source_a,
    source_b); ``value_unit`` is the unit of the mapped values of each year, ``change_unit``
    that of the change; ``zero_band`` the largest change shown as "no change" (half a unit of
    the last shown decimal).
    """
    merged = regions[["kode_bps", "nama", "jenis", "label_lat", "label_lng"]].merge(
        table.drop(columns=[c for c in ("nama",) if c in table.columns]),
        on="kode_bps",
        how="left",
    )
    merged["rate"] = merged["change"]  # what the generic consumers (ranking, picture) read
    classification = diverging_classes(merged["change"], zero_band=zero_band)
    colours = diverging_colours(classification, higher_is_worse)
    merged["kelas"] = classification.classes
    merged["warna"] = [c or NO_DATA_COLOR for c in colours]
    flags = merged["is_example"].astype("boolean").fillna(False).astype(bool)
    merged["is_example"] = flags
    has_example = bool(flags.any())

    templates: dict[tuple[bool, ...], str] = {}

    def template(shape: tuple[bool, ...]) -> str:
        has_a, has_b, has_change, example, has_src = shape
        tip = TooltipTemplate().html("<b>").value(None).html("</b>")
        if has_change:
            tip.br().html("<b>").text(f"{words.change}: ").value(None).html("</b> ")
            tip.text(change_unit)
        for present, year in ((has_a, year_a), (has_b, year_b)):
            tip.br().text(f"{year}: ")
            if present:
                tip.value(None).text(f" {value_unit}")
            else:
                tip.html("<i>").text(words.no_data).html("</i>")
        if example:
            tip.br().html('<b style="color:#b71c1c">').text(words.example_badge).html("</b>")
        if has_src:
            tip.br().html('<span style="font-size:85%">').text(f"{words.source}: ")
            tip.value(None).html("</span>")
        return tip.build()[0]

    styles: dict[str, RegionStyle] = {}
    chosen = set(selected)
    for row in merged.itertuples(index=False):
        has_a = not pd.isna(row.rate_a)
        has_b = not pd.isna(row.rate_b)
        has_change = not pd.isna(row.change)
        sources = [
            str(s) for s in dict.fromkeys((row.source_b, row.source_a)) if isinstance(s, str) and s
        ]
        shape = (has_a, has_b, has_change, bool(row.is_example), bool(sources) and has_change)
        args: list[str] = [str(row.nama)]
        if has_change:
            args.append(signed(fmt_change(row.change), row.change))
        if has_a:
            args.append(fmt_value(row.rate_a))
        if has_b:
            args.append(fmt_value(row.rate_b))
        if shape[4]:
            args.append(_shorten("; ".join(sources)))
        if shape not in templates:
            templates[shape] = template(shape)
        styles[str(row.kode_bps)] = RegionStyle(
            fill=row.warna if has_change else NO_DATA_COLOR,
            label=str(row.nama),
            label_lat=float(row.label_lat),
            label_lng=float(row.label_lng),
            is_city=row.jenis == "kota",
            no_data=not has_change,
            selected=str(row.kode_bps) in chosen,
            tooltip_template=templates[shape],
            tooltip_args=tuple(args),
        )

    legend = LegendSpec(
        title=title,
        unit=change_unit,
        rows=change_legend_rows(classification, higher_is_worse, fmt_change, words.no_change),
        no_data_label=words.no_data,
        notes=tuple(legend_notes),
        example_badge=words.example_badge if has_example else None,
        font_px=font_px,
    )
    return ThematicLayer(styles, legend, classification, merged, has_example)


def change_legend_rows(
    classification: Classification,
    higher_is_worse: bool,
    fmt: Formatter,
    no_change: str,
) -> list[tuple[str, str]]:
    """(colour, text) per class from the largest fall to the largest rise (low to high, as a
    one-year legend), the middle class named "no change"."""
    if classification.k == 0:
        return []
    pal = diverging_palette(classification.k, higher_is_worse)
    neutral = classification.k // 2
    rows = []
    for i, (lo, hi) in enumerate(classification.ranges()):
        if i == neutral:
            text = no_change
        else:
            text = range_label(signed(fmt(lo), lo), signed(fmt(hi), hi))
        rows.append((pal[i], text))
    return rows


def change_ranking_html(
    table: pd.DataFrame,
    *,
    title: str,
    unit: str,
    fmt: Formatter,
    example_label: str | None = None,
    highlight: Sequence[str] = (),
    font_px: int = 13,
) -> str:
    """The ranking beside a change map: bars from a zero line, rises right, falls left.

    ``table`` is :attr:`ThematicLayer.table` of :func:`build_change_layer` (nama, kode_bps,
    change, warna); largest rise first, regions without a change left out.
    """
    rows = table.dropna(subset=["change"]).sort_values("change", ascending=False)
    top = float(rows["change"].abs().max()) if len(rows) else 0.0
    marked = set(highlight)
    items = []
    for row in rows.itertuples(index=False):
        share = 0.0 if top <= 0 else abs(float(row.change)) / top * 50
        left = 50.0 if row.change >= 0 else 50.0 - share
        style = f"left:{left:.1f}%;width:{share:.1f}%;background:{_esc(row.warna)}"
        value = signed(fmt(row.change), row.change)
        items.append(ranking_row(row.kode_bps, row.nama, value, style, str(row.kode_bps) in marked))
    # Bars from a zero line in the middle: rises to the right, falls to the left.
    bar_css = (
        ".serambi-ranking .b{position:relative;background-image:linear-gradient(#555,#555);"
        "background-size:1px 100%;background-position:center;background-repeat:no-repeat}"
        ".serambi-ranking .b span{position:absolute;top:0;height:100%;border:1px solid #555;"
        "box-sizing:border-box}"
        ".serambi-ranking .v{min-width:4em}"
    )
    return ranking_frame(
        items,
        title=title,
        unit=unit,
        example_label=example_label,
        font_px=font_px,
        kind="change",
        bar_css=bar_css,
    )


def _shorten(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
