"""From a table of mapped values to what the map draws: colours, tooltips, labels, legend.

Pure Python (no streamlit): the page hands in the rate table from ``welfare.queries`` and the
words in the user's language; this module classifies (Fisher-Jenks, at most 5 classes),
colours (ColorBrewer), ranks and writes the escaped tooltip HTML.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from geo.choropleth import MAX_CLASSES, NO_DATA_COLOR, Classification, classify, colours
from geo.layers import LegendSpec, RegionStyle

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


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


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
) -> ThematicLayer:
    """Assemble the data layer.

    Parameters
    ----------
    regencies
        One row per regency: kode_bps, nama, jenis, label_lat, label_lng.
    table
        One row per regency with data: kode_bps, value (raw), rate (the mapped value),
        and optionally rank, denominator_value, denominator_year, dataset_kind, source.
    """
    merged = regencies[["kode_bps", "nama", "jenis", "label_lat", "label_lng"]].merge(
        table.drop(columns=[c for c in ("nama", "jenis") if c in table.columns]),
        on="kode_bps",
        how="left",
    )
    if "rank" not in merged.columns:
        merged["rank"] = merged["rate"].rank(method="min", ascending=not higher_is_worse)
    classification = classify(merged["rate"], k=MAX_CLASSES, thresholds=thresholds)
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
    for row in merged.itertuples(index=False):
        no_data = pd.isna(row.rate)
        lines = [f"<b>{_e(row.nama)}</b>"]
        if no_data:
            lines.append(f"<i>{_e(words.no_data)}</i>")
        else:
            lines.append(f"<b>{_e(fmt_mapped(row.rate))}</b> {_e(mapped_unit)}")
            raw = getattr(row, "value", None)
            if raw is not None and not pd.isna(raw):
                lines.append(f"{_e(words.raw)}: {_e(fmt_raw(raw))} {_e(raw_unit)}")
            den = getattr(row, "denominator_value", None)
            den_year = getattr(row, "denominator_year", None)
            if den is not None and not pd.isna(den):
                year_txt = f" ({int(den_year)})" if den_year is not None and not pd.isna(
                    den_year) else ""
                lines.append(f"{_e(words.denominator)}: {_e(fmt_raw(den))}{_e(year_txt)}")
            if not pd.isna(row.rank):
                lines.append(_e(words.rank.format(rank=int(row.rank), n=n_with_data)))
            if row.is_example:
                lines.append(f'<b style="color:#b71c1c">{_e(words.example_badge)}</b>')
            src = getattr(row, "source", None)
            if src and not pd.isna(src):
                lines.append(f'<span style="font-size:85%">{_e(words.source)}: '
                             f"{_e(_shorten(str(src)))}</span>")
        is_city = row.jenis == "kota"
        styles[str(row.kode_bps)] = RegionStyle(
            fill=NO_DATA_COLOR if no_data else row.warna,
            tooltip_html="<br>".join(lines),
            label=str(row.nama),
            label_lat=float(row.label_lat),
            label_lng=float(row.label_lng),
            is_city=is_city,
            no_data=bool(no_data),
            selected=str(row.kode_bps) in selected_set,
        )

    colour_list = colours(
        Classification(classification.minimum, classification.upper_bounds,
                       tuple(range(classification.k)), classification.method),
        higher_is_worse,
    )
    legend_rows = [
        (colour_list[i], f"{fmt_mapped(lo)} – {fmt_mapped(hi)}")
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
    )
    return ThematicLayer(styles, legend, classification, merged, has_example)


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def layer_key(parts: Mapping[str, object]) -> str:
    """A short stable id of what the layer shows (used by tests and the benchmark)."""
    return "|".join(f"{k}={parts[k]}" for k in sorted(parts))
