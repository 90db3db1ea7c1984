"""What the Tren page and its Bahan rapat slide say: one indicator over the years, per regency
and for the buffer zone against the rest.

Both build :class:`TrendView` with :func:`build` from the same series (``welfare.read_models
.series``) and word the zone comparison with :func:`zone_labels`, so the page and the slide
show the same regencies, years, unit and decimals. The unit of the plotted number is
:func:`welfare.catalogue.display_unit` and the decimals :func:`welfare.formatting.decimals_for`,
each decided once. The PMKS mix tab's numbers (its measure, the people behind it and its full
table) are written by :func:`mix_numbers` and :func:`mix_count_table`. Pure: no Streamlit, no
store access.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from charts.trend import Fmt
from charts.trend import zone_figure as draw_zone_figure
from views import source_links
from views.i18n import t
from welfare import explore, formatting, zone_groups
from welfare.catalogue import PMKS_CATEGORIES, IndicatorDef, display_unit, get_indicator
from welfare.citations import Citation
from welfare.formatting import decimals_for


@dataclass(frozen=True, eq=False)
class TrendView:
    """The chosen regencies' gap-filled series of one indicator, ready to be drawn."""

    ind: IndicatorDef
    names: dict[str, str]  # kode_bps -> name, every regency
    codes: list[str]  # the chosen regencies
    table: pd.DataFrame  # gap-filled (welfare.explore.with_gaps) with nama
    years: list[int]
    unit: str
    lang: str

    @property
    def plotted(self) -> pd.DataFrame:
        return self.table[self.table["rate"].notna()]

    @property
    def has_example(self) -> bool:
        return bool(self.plotted["is_example"].any())

    @property
    def shown(self) -> list[str]:
        """The chosen regencies that have data, in the chosen order."""
        have = set(self.plotted["kode_bps"])
        return [c for c in self.codes if c in have]

    @property
    def decimals(self) -> int:
        return decimals_for(self.plotted["rate"], self.ind.kind)

    def fmt(self, value: float) -> str:
        return formatting.format_number(value, decimals=self.decimals, lang=self.lang)

    def fmt_raw(self, value: float) -> str:
        """Counts behind a rate are whole people; other raw values as the rate."""
        decimals = 0 if self.ind.kind == "count" else self.decimals
        return formatting.format_number(value, decimals=decimals, lang=self.lang)

    def citations(self) -> tuple[Citation, ...]:
        """The plotted values' sources, each with its data kind (the page's list and the
        slide's sources)."""
        plotted = self.plotted
        kinds = plotted["dataset_kind"] if "dataset_kind" in plotted else None
        return source_links.citations(
            list(plotted["source"]), None if kinds is None else list(kinds)
        )

    def title(self) -> str:
        """The slide's title: indicator and the years it spans."""
        return t(
            "brief.trend.title",
            self.lang,
            indicator=self.ind.label(self.lang),
            start=self.years[0],
            end=self.years[-1],
        )


def build(
    series: pd.DataFrame,
    ind: IndicatorDef,
    names: dict[str, str],
    codes: Sequence[str],
    lang: str,
) -> TrendView:
    """The view of ``series`` (every regency's series of ``ind``) for the regencies ``codes``."""
    codes = list(codes)
    series = series[series["kode_bps"].isin(codes)]
    years = explore.year_grid(series.loc[series["rate"].notna(), "year"])
    table = explore.with_gaps(series, codes, years) if years else series.iloc[0:0]
    table = table.assign(nama=table["kode_bps"].map(names))
    return TrendView(ind, names, codes, table, years, display_unit(ind, lang), lang)


def regions_label(
    names: dict[str, str], codes: Sequence[str], lang: str, *, buffer: bool, chosen: bool
) -> str:
    """The regencies a trend shows, as the page's intro and the slide say them: the buffer
    zone, the ``chosen`` regencies ``codes`` by name, or all of them."""
    if buffer:
        return t("filter.regions.buffer", lang)
    if chosen:
        return ", ".join(names.get(c, c) for c in codes)
    return t("filter.regions.all", lang)


def zone_labels(lang: str) -> dict[str, str]:
    """The names of the zone comparison's groups (welfare.zone_groups), in drawing order."""
    return {
        zone_groups.BUFFER: t("trend.zone.buffer", lang),
        zone_groups.REST: t("trend.zone.rest", lang),
    }


def zone_words(lang: str) -> dict[str, str]:
    """The hover words of :func:`charts.trend.zone_figure`."""
    return {
        "no_data": t("map.no_data", lang),
        "with_data": t("trend.zone.with_data", lang),
        "missing": t("trend.zone.missing", lang),
    }


def zone_figure(
    groups: pd.DataFrame,
    ind: IndicatorDef,
    names: dict[str, str],
    fmt: Fmt,
    lang: str,
    size: int,
    *,
    title: str | None = None,
) -> go.Figure:
    """The buffer zone against the rest, worded (the Tren page's tab and the home page, which
    passes a shorter ``title``)."""
    shown = groups[groups["rate"].notna()]
    return draw_zone_figure(
        groups,
        labels=zone_labels(lang),
        title=title or t("trend.zone.title", lang, indicator=ind.label(lang)),
        unit=display_unit(ind, lang),
        fmt=fmt,
        words=zone_words(lang),
        region_names=names,
        example_label=t("badge.example", lang) if shown["is_example"].any() else None,
        lang=lang,
        size=size,
    )


def zone_key_points(groups: pd.DataFrame, fmt: Fmt, unit: str, lang: str) -> list[str]:
    """Per zone group, its first and last value with their years (the slide's key points)."""
    points = []
    for key, label in zone_labels(lang).items():
        g = groups[(groups["group"] == key) & groups["rate"].notna()].sort_values("year")
        if len(g):
            first, last = g.iloc[0], g.iloc[-1]
            points.append(
                t(
                    "brief.key.trend",
                    lang,
                    group=label,
                    start=fmt(first["rate"]),
                    y0=int(first["year"]),
                    end=fmt(last["rate"]),
                    y1=int(last["year"]),
                    unit=unit,
                )
            )
    return points


def mix_scale(measure: str, lang: str) -> tuple[str, int]:
    """The unit and digits of the PMKS mix's ``measure``: ``per_1000`` in the PMKS rate's unit,
    else the share of the region's PMKS in %, each with its
    :func:`welfare.formatting.fixed_decimals`."""
    if measure == "per_1000":
        return get_indicator("pmks_total").rate_unit(lang), formatting.fixed_decimals(measure)
    return t("trend.mix.share_unit", lang), formatting.fixed_decimals("share")


# A PMKS category count is people: written whole, never "1.234,0 jiwa".
MIX_COUNT_DECIMALS = 0


@dataclass(frozen=True)
class MixNumbers:
    """How the PMKS mix writes its numbers: the plotted ``measure`` with its unit and digits
    (:func:`mix_scale`), and the count of people behind it with its word ("1.234 jiwa")."""

    unit: str
    decimals: int
    count_unit: str
    lang: str

    def fmt(self, value: float) -> str:
        """The plotted measure (per 1.000 penduduk or share in %)."""
        return formatting.format_number(value, self.decimals, self.lang)

    def fmt_count(self, value: float) -> str:
        """The people counted in a category, whole."""
        return formatting.format_number(value, MIX_COUNT_DECIMALS, self.lang)


def mix_numbers(measure: str, lang: str) -> MixNumbers:
    """The numbers of the PMKS mix chart for ``measure`` (``per_1000`` or ``share``)."""
    unit, decimals = mix_scale(measure, lang)
    return MixNumbers(unit, decimals, t("trend.mix.people", lang), lang)


def mix_count_table(
    mix: pd.DataFrame, labels: dict[str, str], names: dict[str, str], lang: str
) -> pd.DataFrame:
    """Category x regency of the people counted (``mix``: :func:`welfare.explore.pmks_mix`
    rows), as text: the chart's full table under it. Categories in catalogue order, named by
    ``labels``; regencies named by ``names``. A category a regency did not report stays an
    empty cell, because it is not a zero."""
    pivot = mix.pivot_table(index="category", columns="kode_bps", values="value", aggfunc="sum")
    pivot = pivot.reindex([c for c in PMKS_CATEGORIES if c in pivot.index])
    frame = pivot.map(
        lambda v: formatting.format_number(v, MIX_COUNT_DECIMALS, lang) if pd.notna(v) else ""
    )
    frame.index = [labels.get(c, c) for c in frame.index]
    frame.columns = [names.get(c, c) for c in frame.columns]
    return frame


def year_table(view: TrendView, lang: str) -> pd.DataFrame:
    """Region x year of the plotted values as text ("–" where a year has none), the chart's
    text alternative on the slide."""
    pivot = view.plotted.pivot_table(index="nama", columns="year", values="rate", aggfunc="first")
    pivot = pivot.reindex([view.names[c] for c in view.shown])
    disp = pivot.map(lambda v: view.fmt(v) if pd.notna(v) else "–")
    disp.columns = [str(c) for c in disp.columns]
    return disp.reset_index().rename(columns={"nama": t("col.region", lang)})


def map_digits_fmt(rates: Iterable[float | None], kind: str, lang: str) -> Fmt:
    """Write a zone line with the digits the map gives the year's ``rates``
    (:func:`welfare.formatting.decimals_for`), so the home chart and the map write the same
    number the same way."""
    decimals = decimals_for(rates, kind)
    return lambda value: formatting.format_number(value, decimals=decimals, lang=lang)
