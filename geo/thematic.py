"""From a table of mapped values to what the map draws: colours, tooltips, labels, legend.

Pure Python (no streamlit): the page hands in the rate table (``welfare.read_models``) and the
words in the user's language; this module classifies (Fisher-Jenks, at most 5 classes),
colours (ColorBrewer), ranks and writes the tooltips as escaped HTML templates plus values
(see :class:`geo.layers.TooltipTemplate`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from geo.choropleth import (
    MAX_CLASSES,
    NO_DATA_COLOR,
    Classification,
    classify,
    colours,
    range_label,
)
from geo.fixed_classes import FixedClasses
from geo.layers import LegendSpec, RegionStyle, TooltipTemplate
from ground import palette
from ground.markup import escape_html as _esc

Formatter = Callable[[float | None], str]


@dataclass(frozen=True)
class MapWords:
    """The UI words the map needs, already in the user's language."""

    rank: str  # "Peringkat {rank} dari {n}"
    raw: str  # "Jumlah"
    denominator: str  # "Penyebut"
    source: str  # "Sumber"
    no_data: str  # "tidak ada data"
    example_badge: str  # "DATA CONTOH"
    example_kind: str  # label for the kind column in the tooltip


@dataclass(frozen=True)
class ThematicLayer:
    styles: dict[str, RegionStyle]
    legend: LegendSpec
    classification: Classification
    table: pd.DataFrame  # input rows + 'kelas' and 'warna' columns
    has_example: bool


def build_layer(
    regencies: pd.DataFrame,
    table: pd.DataFrame,
    *,
    title: str,
    mapped_unit: str,
    higher_is_worse: bool,
    words: MapWords,
    fmt_mapped: Formatter,
    fmt_raw: Formatter,
    raw_unit: str,
    legend_notes: Sequence[str],
    selected: Sequence[str] = (),
    thresholds: list[float] | None = None,
    font_px: int = 13,
    max_classes: int = MAX_CLASSES,
    fixed: FixedClasses | None = None,
    notice: str | None = None,
) -> ThematicLayer:
    """Assemble the data layer.

    Parameters
    ----------
    regencies
        One row per regency: kode_bps, nama, jenis, label_lat, label_lng.
    table
        One row per regency with data: kode_bps, value (raw), rate (the mapped value),
        and optionally rank, denominator_value, denominator_year, dataset_kind, source.
    fixed
        Breaks shared by every year of the indicator (a time playback, see
        :mod:`geo.fixed_classes`) instead of this year's own Fisher-Jenks breaks.
    notice
        A line shown over the map and in the legend, e.g. "tidak ada data 2017".
    """
    merged = regencies[["kode_bps", "nama", "jenis", "label_lat", "label_lng"]].merge(
        table.drop(columns=[c for c in ("nama", "jenis") if c in table.columns]),
        on="kode_bps",
        how="left",
    )
    if "rank" not in merged.columns:
        merged["rank"] = merged["rate"].rank(method="min", ascending=not higher_is_worse)
    if fixed is not None:
        classification = fixed.classify(merged["rate"])
    else:
        classification = classify(merged["rate"], k=max_classes, thresholds=thresholds)
    merged["kelas"] = classification.classes
    merged["warna"] = colours(classification, higher_is_worse)
    n_with_data = int(merged["rate"].notna().sum())
    if "is_example" in merged.columns:
        example_flags = merged["is_example"].astype("boolean").fillna(False).astype(bool)
    else:
        example_flags = pd.Series(False, index=merged.index)
    merged["is_example"] = example_flags
    has_example = bool(example_flags.any())

    styles: dict[str, RegionStyle] = {}
    selected_set = set(selected)
    # Rank line, e.g. "Peringkat {rank} dari 10": the words around the rank are static.
    rank_before, _, rank_after = words.rank.format(rank="\x00", n=n_with_data).partition("\x00")
    templates: dict[tuple[bool, ...], str] = {}

    def template(shape: tuple[bool, ...]) -> str:
        """The tooltip template for one combination of present lines (built once)."""
        no_data, has_raw, has_den, has_rank, example, has_src = shape
        tip = TooltipTemplate().html("<b>").value(None).html("</b>")
        if no_data:
            tip.br().html("<i>").text(words.no_data).html("</i>")
        else:
            tip.br().html("<b>").value(None).html("</b> ").text(mapped_unit)
            if has_raw:
                tip.br().text(f"{words.raw}: ").value(None).text(f" {raw_unit}")
            if has_den:
                tip.br().text(f"{words.denominator}: ").value(None).value(None)
            if has_rank:
                tip.br().text(rank_before).value(None).text(rank_after)
            if example:
                badge = f'<b style="color:{palette.EXAMPLE}">'
                tip.br().html(badge).text(words.example_badge).html("</b>")
            if has_src:
                tip.br().html('<span style="font-size:85%">').text(f"{words.source}: ")
                tip.value(None).html("</span>")
        return tip.build()[0]

    def column(name: str) -> list:
        return merged[name].tolist() if name in merged.columns else [None] * len(merged)

    for kode, nama, jenis, lat, lng, rate, warna, rank, is_example, raw, den, den_year, src in zip(
        column("kode_bps"),
        column("nama"),
        column("jenis"),
        column("label_lat"),
        column("label_lng"),
        column("rate"),
        column("warna"),
        column("rank"),
        column("is_example"),
        column("value"),
        column("denominator_value"),
        column("denominator_year"),
        column("source"),
        strict=True,
    ):
        no_data = bool(pd.isna(rate))
        args = [nama]
        if no_data:
            shape: tuple[bool, ...] = (True, False, False, False, False, False)
        else:
            has_den = den is not None and not pd.isna(den)
            # A value mapped as it is (a published rate, no denominator) is not repeated as
            # its own "Jumlah" line.
            has_raw = raw is not None and not pd.isna(raw) and (has_den or raw != rate)
            has_rank = rank is not None and not pd.isna(rank)
            has_src = bool(src) and not pd.isna(src)
            shape = (False, has_raw, has_den, has_rank, bool(is_example), has_src)
            args.append(fmt_mapped(rate))
            if has_raw:
                args.append(fmt_raw(raw))
            if has_den:
                year_txt = (
                    f" ({int(den_year)})" if den_year is not None and not pd.isna(den_year) else ""
                )
                args += [fmt_raw(den), year_txt]
            if has_rank:
                args.append(int(rank))
            if has_src:
                args.append(_shorten(str(src)))
        if shape not in templates:
            templates[shape] = template(shape)
        styles[str(kode)] = RegionStyle(
            fill=NO_DATA_COLOR if no_data else warna,
            label=str(nama),
            label_lat=float(lat),
            label_lng=float(lng),
            is_city=jenis == "kota",
            no_data=no_data,
            selected=str(kode) in selected_set,
            tooltip_template=templates[shape],
            tooltip_args=tuple("" if a is None else str(a) for a in args),
        )

    colour_list = colours(
        Classification(
            classification.minimum,
            classification.upper_bounds,
            tuple(range(classification.k)),
            classification.method,
        ),
        higher_is_worse,
    )
    legend_rows = [
        (colour_list[i], range_label(fmt_mapped(lo), fmt_mapped(hi)))
        for i, (lo, hi) in enumerate(classification.ranges())
    ]
    legend = LegendSpec(
        title=title,
        unit=mapped_unit,
        rows=legend_rows,
        no_data_label=words.no_data,
        notes=tuple(legend_notes),
        example_badge=words.example_badge if has_example else None,
        font_px=font_px,
        notice=notice,
    )
    return ThematicLayer(styles, legend, classification, merged, has_example)


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def layer_key(parts: Mapping[str, object]) -> str:
    """A short stable id of what the layer shows (used by tests and the benchmark)."""
    return "|".join(f"{k}={parts[k]}" for k in sorted(parts))


def ranking_html(
    table: pd.DataFrame,
    *,
    title: str,
    unit: str,
    fmt: Formatter,
    example_label: str | None = None,
    highlight: Sequence[str] = (),
    font_px: int = 13,
) -> str:
    """The ranking beside the map as plain HTML bars, highest first, in the map's colours.

    ``table`` is :attr:`ThematicLayer.table` (nama, kode_bps, rate, warna). Regions without data
    are left out. Plain HTML instead of a chart library: it is drawn in a few milliseconds,
    so a change of indicator or year does not hold up the map (see bench/README.md).
    """
    rows = table.dropna(subset=["rate"]).sort_values("rate", ascending=False)
    top = float(rows["rate"].abs().max()) if len(rows) else 0.0
    marked = set(highlight)
    items = []
    for row in rows.itertuples(index=False):
        width = 0.0 if top <= 0 else max(0.0, float(row.rate)) / top * 100
        style = f"width:{width:.1f}%;background:{_esc(row.warna)}"
        items.append(
            ranking_row(row.kode_bps, row.nama, fmt(row.rate), style, str(row.kode_bps) in marked)
        )
    bar_css = (
        ".serambi-ranking .b span{display:block;height:100%;border:1px solid #555;"
        "box-sizing:border-box}"
        ".serambi-ranking .v{min-width:3.5em}"
    )
    return ranking_frame(
        items,
        title=title,
        unit=unit,
        example_label=example_label,
        font_px=font_px,
        kind="1",
        bar_css=bar_css,
    )


def ranking_row(kode: object, name: object, value_text: str, bar_style: str, strong: bool) -> str:
    """One row of a ranking: name (bold when chosen; the full name on hover where a narrow
    column cuts it), a bar drawn by ``bar_style``, value."""
    shown = f"<b>{_esc(name)}</b>" if strong else _esc(name)
    return (
        f'<div class="r{" sel" if strong else ""}" data-kode="{_esc(kode)}">'
        f'<span class="n" title="{_esc(name)}">{shown}</span>'
        f'<span class="b"><span style="{bar_style}"></span></span>'
        f'<span class="v">{_esc(value_text)}</span></div>'
    )


def ranking_frame(
    items: Sequence[str],
    *,
    title: str,
    unit: str,
    example_label: str | None,
    font_px: int,
    kind: str,
    bar_css: str,
) -> str:
    """The ranking's box, shared by the one-year and the change map: title, unit, DATA CONTOH
    mark and the rows, with the common styles (``bar_css`` draws the kind's bars)."""
    example = f' · <b class="x">{_esc(example_label)}</b>' if example_label else ""
    return (
        "<style>"
        ".serambi-ranking{line-height:1.25;color:#111}"
        ".serambi-ranking .u{color:#444;margin:0 0 6px}"
        ".serambi-ranking .x{color:#b71c1c}"
        ".serambi-ranking .r{display:flex;align-items:center;gap:6px;margin:3px 0}"
        ".serambi-ranking .n{flex:0 0 42%;overflow:hidden;text-overflow:ellipsis;"
        "white-space:nowrap}"
        ".serambi-ranking .b{flex:1 1 auto;height:1em;background:#f2f2f2}"
        ".serambi-ranking .sel .b span{border:2px solid #000}"
        ".serambi-ranking .v{flex:0 0 auto;text-align:right;font-variant-numeric:tabular-nums}"
        f"{bar_css}"
        "</style>"
        f'<div class="serambi-ranking" data-serambi-ranking="{_esc(kind)}" '
        f'style="font-size:{int(font_px)}px">'
        f'<div><b>{_esc(title)}</b></div><div class="u">{_esc(unit)}{example}</div>'
        f"{''.join(items)}</div>"
    )
