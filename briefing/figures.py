"""Pictures for the brief: the map through :mod:`geo.static_map`, trend charts through Plotly.

Trend charts are the Tren page's own figure (:func:`charts.trend.compare_figure`: one fixed
colour per regency, open circles for example data, Indonesian separators) at slide sizes,
so page and slide cannot drift. They are exported to PNG with kaleido, which drives the Debian
Chromium (``/usr/bin/chromium``, or ``$BROWSER_PATH``) with no network: plotly.js comes from
the installed plotly package and MathJax is switched off (its default is a CDN). When no
browser can be started the same chart is drawn with matplotlib, so a brief never fails for
want of a browser.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from collections.abc import Iterable

import plotly.graph_objects as go

from charts.trend import Look, compare_figure
from geo import static_map
from ground import palette
from views import source_links
from views.i18n import t
from views.slide import Chart, View
from welfare import formatting

log = logging.getLogger(__name__)

CHART_SIZE = (1600, 900)  # layout px; exported at scale 1.2 -> 1920 x 1080
CHART_SCALE = 1.2


def source_notes(layer, sources, lang: str) -> tuple[str, ...]:  # noqa: ANN001
    """A source line for the legend when the layer's notes do not have one already."""
    line = t("map.legend.source", lang, source=source_links.labels_text(sources, lang, limit=2))
    prefix = t("map.legend.source", lang, source="")
    if not sources or any(n.startswith(prefix) for n in layer.legend.notes):
        return ()
    return (line,)


def map_text(view: View, *, made: dt.date | None = None) -> static_map.MapText:
    lang = view.lang
    made = made or dt.date.today()
    return static_map.MapText(
        title=view.title,
        subtitle=view.subtitle,
        notes=source_notes(view.layer, view.sources, lang) if view.layer else (),
        example_badge=t("badge.example", lang) if view.has_example else None,
        example_note=t("badge.example_long", lang).split(". ")[0] + "."
        if view.has_example
        else None,
        footer=t(
            "brief.map.made", lang, date=made.isoformat(), geodata=t("brief.sources.geodata", lang)
        ),
        ikn=t("map.layer.ikn", lang),
        kipp=t("map.layer.kipp", lang),
        rings=t("map.layer.rings", lang),
        titik_nol=t("map.layer.titik_nol", lang),
        north=t("brief.map.north", lang),
    )


def map_png(view: View, geometry: static_map.MapGeometry, *, size: str = "screen") -> bytes:
    assert view.layer is not None
    return static_map.render(
        view.layer, geometry, map_text(view), size=size, fmt="png", highlight=view.highlight
    )


# The Tren page's comparison chart, sized for a 16:9 slide seen across a meeting room.
SLIDE_LOOK = Look(
    size=22,
    line_width=4,
    marker_size=13,
    marker_line=3,
    font=palette.SLIDE_FONT,
    title_size=30,
    example_size=28,
    width=CHART_SIZE[0],
    height=CHART_SIZE[1],
    margin={"l": 20, "r": 30, "t": 90, "b": 20},
    legend_y=-0.1,
    legend_size=22,
    axis_line="#444",
)


def trend_figure(
    chart: Chart, *, lang: str, example_label: str | None, all_codes: Iterable[str]
) -> go.Figure:
    """Lines per regency: the Tren page's comparison (:func:`charts.trend.compare_figure`)
    with the slide's sizes and fonts."""
    return compare_figure(
        chart.table,
        chart.codes,
        title=chart.title,
        unit=chart.unit,
        hover=None,
        example_label=example_label,
        lang=lang,
        look=SLIDE_LOOK,
        colours=palette.region_colours(all_codes),
    )


class ChartRenderer:
    """Exports Plotly figures with one kaleido browser for the whole brief.

    Use as a context manager; :attr:`engine` says which renderer drew the charts
    ('kaleido' or 'matplotlib').
    """

    def __init__(self, *, use_kaleido: bool = True) -> None:
        self._want = use_kaleido
        self._started = False
        self.engine = "matplotlib"

    def __enter__(self) -> ChartRenderer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> bool:
        if self._started:
            return self.engine == "kaleido"
        self._started = True
        if not self._want:
            return False
        browser = (
            os.environ.get("BROWSER_PATH")
            or shutil.which("chromium")
            or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
        )
        if not browser:
            log.info("no Chromium found; charts are drawn with matplotlib")
            return False
        os.environ.setdefault("BROWSER_PATH", browser)
        try:
            import kaleido

            kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        except Exception as exc:  # noqa: BLE001 - any failure falls back to matplotlib
            log.warning("kaleido could not start (%s); charts are drawn with matplotlib", exc)
            return False
        self.engine = "kaleido"
        return True

    def png(
        self,
        fig: go.Figure,
        chart: Chart,
        lang: str,
        example_label: str | None,
        all_codes: Iterable[str] | None = None,
    ) -> bytes:
        if self._start():
            try:
                import kaleido

                return kaleido.calc_fig_sync(
                    fig.to_dict(),
                    opts={
                        "format": "png",
                        "width": CHART_SIZE[0],
                        "height": CHART_SIZE[1],
                        "scale": CHART_SCALE,
                    },
                )
            except Exception as exc:  # noqa: BLE001
                log.warning("kaleido export failed (%s); drawing with matplotlib", exc)
                self.engine = "matplotlib"
        return matplotlib_chart(chart, lang=lang, example_label=example_label, all_codes=all_codes)

    def close(self) -> None:
        if self._started and self.engine == "kaleido":
            try:
                import kaleido

                kaleido.stop_sync_server(silence_warnings=True)
            except Exception:  # noqa: BLE001, S110 - closing a browser that is already gone
                pass
        self._started = False


def matplotlib_chart(
    chart: Chart, *, lang: str, example_label: str | None, all_codes: Iterable[str] | None = None
) -> bytes:
    """The same lines drawn with matplotlib (1920 x 1080), for machines without a browser."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    colours = palette.region_colours(all_codes or chart.codes)
    fig = Figure(figsize=(12.8, 7.2), dpi=150)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.08, 0.2, 0.9, 0.68))
    table = chart.table
    for code in chart.codes:
        rows = table[table["kode_bps"] == code].sort_values("year")
        colour = colours.get(code, palette.OTHER)
        ax.plot(
            rows["year"], rows["rate"], color=colour, linewidth=2.5, label=str(rows["nama"].iloc[0])
        )
        for ex in (False, True):
            pts = rows[rows["is_example"].astype(bool) == ex]
            ax.plot(
                pts["year"],
                pts["rate"],
                linestyle="none",
                marker="o",
                markersize=8,
                markeredgewidth=2,
                color=colour,
                markerfacecolor="white" if ex else colour,
            )
    ax.yaxis.set_major_formatter(
        FuncFormatter(lambda v, _: formatting.format_number(v, max(0, chart.decimals - 1), lang))
    )
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{int(v)}"))
    ax.set_ylim(bottom=0)
    ax.set_ylabel(chart.unit, fontsize=13)
    ax.grid(axis="y", color=palette.GRID)
    ax.tick_params(labelsize=12)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.text(0.01, 0.96, chart.title, fontsize=20, fontweight="bold", va="top")
    if example_label:
        fig.text(
            0.99,
            0.96,
            example_label,
            fontsize=20,
            fontweight="bold",
            va="top",
            ha="right",
            color="white",
            bbox={"facecolor": palette.EXAMPLE, "edgecolor": palette.EXAMPLE},
        )
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=5, frameon=False, fontsize=12)
    return static_map.figure_bytes(fig, "png")


def chart_png(renderer: ChartRenderer, view: View, all_codes: Iterable[str]) -> bytes:
    assert view.chart is not None
    label = t("badge.example", view.lang) if view.has_example else None
    codes = list(all_codes)
    fig = trend_figure(view.chart, lang=view.lang, example_label=label, all_codes=codes)
    return renderer.png(fig, view.chart, view.lang, label, codes)


__all__ = [
    "ChartRenderer",
    "chart_png",
    "map_png",
    "map_text",
    "matplotlib_chart",
    "trend_figure",
]
