"""What one agenda step says on a slide: title, picture inputs, key numbers, table, sources.

The pages build their views with Streamlit's caches (``components.state.data_access``); the brief
is built from the command line too, so it reads the store through the same pure functions
(``welfare.read_models``, ``welfare.explore``) and builds its maps with the pages' own view models:
:mod:`views.indicator_map` (the map page), :mod:`views.change_map` (the map page's change
between two years, a step with ``banding``) and :mod:`views.coverage_gap` (the Cakupan page's
gap map and its table), so classes, colours, legend, decimals and sources are the page's (tests
compare the two layers region by region). What stays here is what only a slide says: key
points, the slide tables and the file names. From components/ only the pure wording is used:
:func:`views.i18n.t` (the string registry) and :mod:`views.source_links`.

Every number written here carries its year in the text and its source in ``sources``; example
data sets ``has_example`` so the slide and page say DATA CONTOH.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import geopandas as gpd
import pandas as pd
from sqlalchemy import Engine

from briefing.agenda import AgendaStep
from geo.change_layer import signed
from geo.thematic import ThematicLayer
from views import change_map, coverage_gap, home, indicator_map, source_links, trend
from views.i18n import t
from views.indicator_map import number_format
from views.kinds import kind_label
from welfare import availability, explore, formatting, observations, read_models, zone_groups
from welfare.catalogue import (
    RATE_VALUE,
    display_unit,
    get_indicator,
    load_catalogue,
    programme_for,
)
from welfare.citations import Citation
from welfare.key_indicators import key_indicator_ids
from welfare.years import fallback_year

N_PROFILE_CARDS = 6  # 3 x 2 cards at 18 pt and more fill a 16:9 slide


@dataclass
class BriefData:
    """The store and the regencies every view of one brief reads (loaded once)."""

    engine: Engine
    regencies: gpd.GeoDataFrame
    zones: pd.Series | None = None  # kode_bps -> wilayah_ikn | penyangga | luar

    @cached_property
    def names(self) -> dict[str, str]:
        return dict(zip(self.regencies["kode_bps"], self.regencies["nama"], strict=True))

    @cached_property
    def buffer_codes(self) -> list[str]:
        zones = self.zones
        if zones is None:
            from geo import ikn

            zones = pd.Series(
                ikn.zone_class(self.regencies).to_numpy(), index=self.regencies["kode_bps"]
            )
            self.zones = zones
        return zone_groups.buffer_codes(zones)


@dataclass(frozen=True)
class Chart:
    """A trend chart's data, drawn by :mod:`briefing.figures`."""

    table: pd.DataFrame  # gap-filled: kode_bps, nama, year, rate, is_example
    codes: tuple[str, ...]
    title: str
    unit: str
    decimals: int


@dataclass(frozen=True)
class Card:
    """One headline indicator of a profile, told large on its slide."""

    label: str
    value: str  # the formatted number, as in the table
    unit: str
    year: int
    rank: str  # "Peringkat 6 dari 10 (1 = tertinggi/terburuk)"
    count: str = ""  # "Jumlah: 10.780 jiwa" when the value is a rate
    is_example: bool = False


@dataclass(frozen=True)
class View:
    """One agenda step, ready to be drawn and written."""

    page: str
    title: str
    subtitle: str
    lang: str
    layer: ThematicLayer | None = None  # a map view
    chart: Chart | None = None  # a trend view
    key_points: tuple[str, ...] = ()
    table: pd.DataFrame | None = None  # display strings
    sources: tuple[Citation, ...] = ()
    has_example: bool = False
    years: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()  # legend notes / remarks shown with the picture
    highlight: tuple[str, ...] = ()
    file_stub: str = ""
    problems: tuple[str, ...] = field(default=())  # e.g. a year without data
    top_note: str = ""  # said right under the slide title (a change map's hatched regions)
    cards: tuple[Card, ...] = ()  # a profile's headline indicators, large on the slide
    slide_table: pd.DataFrame | None = None  # a few rows large on the slide; ``table`` in notes


# --------------------------------------------------------------------------------------------
# indicator map (page "peta")


def _extremes(table: pd.DataFrame, fmt, unit: str, lang: str) -> list[str]:  # noqa: ANN001
    rows = table.dropna(subset=["rate"]).sort_values("rate", ascending=False)
    if rows.empty:
        return []
    hi, lo = rows.iloc[0], rows.iloc[-1]
    return [
        t("brief.key.highest", lang, name=hi["nama"], value=fmt(hi["rate"]), unit=unit),
        t("brief.key.lowest", lang, name=lo["nama"], value=fmt(lo["rate"]), unit=unit),
    ]


def map_view(data: BriefData, step: AgendaStep, lang: str) -> View:
    ind = get_indicator(step.indicator or "")
    years = observations.available_years(data.engine, ind.id)
    year = availability.indicator_year(data.engine, ind.id, step.year)  # the live map's year
    label = ind.label(lang)
    if year is None:
        return View("peta", label, "", lang, key_points=(t("brief.key.no_data", lang),))
    problems: tuple[str, ...] = ()
    if step.year is not None and year != step.year:
        problems = (t("brief.key.year_fallback", lang, wanted=step.year, year=year),)
    selected = _selected(data, step)
    table, meta = _rate_table(data, ind.id, year)
    compare = step.compare_year
    if compare is not None:
        if compare == year:  # the wanted year fell back onto the comparison year
            problems = (*problems, t("brief.key.banding_same", lang, a=compare, b=year))
        elif compare not in years:
            problems = (*problems, t("brief.key.banding_no_data", lang, a=compare, b=year))
        else:
            slide = _change_slide(data, ind, compare, year, table, meta, selected, problems, lang)
            if slide is not None:
                return slide
            problems = (*problems, t("brief.key.banding_empty", lang, a=compare, b=year))
    view = indicator_map.build(
        data.regencies,
        table,
        meta,
        indicator_id=ind.id,
        year=year,
        lang=lang,
        selected=selected,
    )
    unit = view.mapped_unit
    fmt = number_format(view.decimals, lang)
    keys = [*_province_line(data, ind, year, unit, fmt, lang)]
    keys += _extremes(view.table, fmt, unit, lang)
    keys.append(t("brief.key.with_data", lang, n=meta["n_with_data"], m=meta["n_regions"]))
    table = _indicator_table(view.table, ind, unit, view.decimals, view.raw_decimals, lang)
    return View(
        page="peta",
        title=f"{label} · {year}",
        subtitle=unit,
        lang=lang,
        layer=view.layer,
        key_points=tuple(keys),
        table=table,
        sources=view.sources,
        has_example=view.has_example,
        years=(year,),
        notes=view.notes,
        highlight=selected,
        file_stub=f"peta-{ind.id}-{year}",
        problems=problems,
    )


def _rate_table(data: BriefData, indicator_id: str, year: int) -> tuple[pd.DataFrame, dict]:
    """One year's map table and the metadata :func:`views.indicator_map.build` reads."""
    result = read_models.rate_table(data.engine, indicator_id, year)
    meta = {
        "denominator_id": result.denominator_id,
        "denominator_years": result.denominator_years,
        "has_example": result.has_example,
        "n_with_data": result.n_with_data,
        "n_regions": result.n_regions,
    }
    return result.data, meta


def _change_slide(
    data: BriefData,
    ind,  # noqa: ANN001
    year_a: int,
    year_b: int,
    table_b: pd.DataFrame,
    meta_b: dict,
    selected: tuple[str, ...],
    problems: tuple[str, ...],
    lang: str,
) -> View | None:
    """The map page's change map from ``year_a`` to ``year_b`` (None: no region has both)."""
    table_a, meta_a = _rate_table(data, ind.id, year_a)
    view = change_map.build(
        data.regencies,
        table_a,
        meta_a,
        table_b,
        meta_b,
        indicator_id=ind.id,
        year_a=year_a,
        year_b=year_b,
        lang=lang,
        selected=selected,
    )
    if view.n_with_data == 0:
        return None
    fmt = number_format(view.decimals, lang)
    keys = _rise_and_fall(view, fmt, lang)
    keys.append(t("brief.key.with_data", lang, n=view.n_with_data, m=meta_b["n_regions"]))
    return View(
        page="peta",
        title=view.title,
        subtitle=view.mapped_unit,
        lang=lang,
        layer=view.layer,
        key_points=tuple(keys),
        table=_change_table(view, fmt, lang),
        sources=view.sources,
        has_example=view.has_example,
        years=tuple(sorted((year_a, year_b))),  # footer and file name: earliest to latest
        notes=view.notes,
        highlight=selected,
        file_stub=f"perubahan-{ind.id}-{year_a}-{year_b}",
        problems=problems,
        top_note=_missing_note(view, lang),
    )


def _missing_note(view: change_map.ChangeView, lang: str) -> str:
    """'7 dari 10 kabupaten/kota tanpa data 2019 (diarsir)'; '' when every region has both."""
    if not view.n_without_data:
        return ""
    years = view.years_missing
    said = (
        str(years[0])
        if len(years) == 1
        else t("brief.change.years_or", lang, a=years[0], b=years[1])
    )
    return t("brief.change.missing", lang, n=view.n_without_data, m=view.n_regions, years=said)


def _rise_and_fall(view: change_map.ChangeView, fmt, lang: str) -> list[str]:  # noqa: ANN001
    """The largest rise and the largest fall, signed; a side with no region is left out."""
    rows = view.table.dropna(subset=["change"]).sort_values(["change", "nama"])
    band = view.zero_band
    out = []
    for key, picked in (
        ("brief.key.largest_rise", rows[rows["change"] >= band].tail(1)),
        ("brief.key.largest_fall", rows[rows["change"] <= -band].head(1)),
    ):
        for r in picked.itertuples(index=False):
            value = signed(fmt(r.change), r.change)
            out.append(
                t(
                    key,
                    lang,
                    name=r.nama,
                    value=value,
                    unit=view.mapped_unit,
                    a=view.compare_year,
                    b=view.year,
                )
            )
    return out


def _change_table(view: change_map.ChangeView, fmt, lang: str) -> pd.DataFrame:  # noqa: ANN001
    """The change slide's table (speaker notes): both years, the change and its rank."""
    rows = view.table.sort_values(["rank", "nama"], na_position="last")
    a, b = view.compare_year, view.year

    def num(series: pd.Series) -> list[str]:
        return [fmt(v) if pd.notna(v) else "–" for v in series]

    return pd.DataFrame(
        {
            t("col.region", lang): rows["nama"],
            t("chg.col.value", lang, year=a, unit=view.value_unit): num(rows["rate_a"]),
            t("chg.col.value", lang, year=b, unit=view.value_unit): num(rows["rate_b"]),
            t("chg.col.change", lang, unit=view.mapped_unit): [
                signed(fmt(v), v) if pd.notna(v) else "–" for v in rows["change"]
            ],
            t("chg.col.rank", lang): ["" if pd.isna(r) else str(int(r)) for r in rows["rank"]],
        }
    ).reset_index(drop=True)


def _selected(data: BriefData, step: AgendaStep) -> tuple[str, ...]:
    if step.buffer:
        return tuple(data.buffer_codes)
    return tuple(step.region_codes)


def _province_line(data: BriefData, ind, year: int, unit: str, fmt, lang: str) -> list[str]:  # noqa: ANN001
    """The province figure: its own published row, else the aggregate of the regencies."""
    prov = read_models.province_value(data.engine, ind.id, year)
    if prov is not None:
        value = prov.rate if prov.rate is not None else prov.value
        return [t("brief.key.province", lang, value=fmt(value), unit=unit, year=year)]
    agg = read_models.zone_aggregate(data.engine, ind.id, year, list(data.names))
    if agg.rate is None:
        return []
    return [
        t(
            "brief.key.province_from_regencies",
            lang,
            n=agg.n_with_data,
            value=fmt(agg.rate),
            unit=unit,
            year=year,
        )
    ]


def _indicator_table(
    table: pd.DataFrame,
    ind,
    unit: str,
    decimals: int,  # noqa: ANN001
    raw_decimals: int,
    lang: str,
) -> pd.DataFrame:
    rows = table.sort_values(["rate", "nama"], ascending=[False, True], na_position="last")
    out = pd.DataFrame(
        {
            t("col.region", lang): rows["nama"],
            f"{t('col.rate', lang)} ({unit})": [
                formatting.format_number(v, decimals, lang) for v in rows["rate"]
            ],
        }
    )
    if ind.rate_kind != RATE_VALUE:
        out[f"{t('col.value', lang)} ({ind.unit})"] = [
            formatting.format_number(v, raw_decimals, lang) for v in rows["value"]
        ]
    out[t("col.rank", lang)] = ["" if pd.isna(r) else str(int(r)) for r in rows["rank"]]
    out[t("col.kind", lang)] = [
        kind_label(e, k, lang) if pd.notna(v) else t("map.no_data", lang)
        for e, k, v in zip(rows["is_example"], rows.get("dataset_kind"), rows["rate"], strict=True)
    ]
    out[t("col.source", lang)] = [s if isinstance(s, str) else "" for s in rows["source"]]
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# trend (page "tren")


def trend_view(data: BriefData, step: AgendaStep, lang: str) -> View:
    """The Tren page's view (views.trend) of the step's indicator and regencies, as a slide."""
    ind = get_indicator(step.indicator or "")
    names = data.names
    if step.buffer:
        codes = list(data.buffer_codes)
        regions_label = t("filter.regions.buffer", lang)
    elif step.region_codes:
        codes = list(step.region_codes)
        regions_label = ", ".join(names.get(c, c) for c in codes)
    else:
        codes = list(names)
        regions_label = t("filter.regions.all", lang)
    view = trend.build(read_models.series(data.engine, ind.id), ind, names, codes, lang)
    label = ind.label(lang)
    if not view.years:
        return View("tren", label, view.unit, lang, key_points=(t("brief.key.no_data", lang),))
    plotted = view.plotted
    groups = explore.group_trend(
        data.engine, ind.id, zone_groups.zone_groups(names, data.buffer_codes)
    )
    keys = [
        t("brief.trend.regions", lang, regions=regions_label),
        *trend.zone_key_points(groups, view.fmt, view.unit, lang),
    ]
    has_example = view.has_example or bool(groups.loc[groups["rate"].notna(), "is_example"].any())
    notes = [t("trend.gaps_note", lang)]
    if has_example:
        notes.append(t("brief.trend.open_marker", lang))
    kinds = plotted["dataset_kind"] if "dataset_kind" in plotted else None
    cited = source_links.citations(list(plotted["source"]), None if kinds is None else list(kinds))
    title = view.title()
    return View(
        page="tren",
        title=title,
        subtitle=view.unit,
        lang=lang,
        chart=Chart(
            table=view.table,
            codes=tuple(view.shown),
            title=title,
            unit=view.unit,
            decimals=view.decimals,
        ),
        key_points=tuple(keys),
        table=trend.year_table(view, lang),
        sources=cited,
        has_example=has_example,
        years=(int(view.years[0]), int(view.years[-1])),
        notes=tuple(notes),
        file_stub=f"tren-{ind.id}",
    )


# --------------------------------------------------------------------------------------------
# programme coverage (page "cakupan"): the gap map


def coverage_view(data: BriefData, step: AgendaStep, lang: str) -> View:
    prog = programme_for(step.indicator or "")
    plabel = prog.label(lang)
    years = explore.programme_years(data.engine, prog)
    # As on the live page: the step's year, else its indicator's default year (the filter's),
    # then the programme's nearest year with data.
    wanted = step.year
    if wanted is None and step.indicator:
        wanted = availability.indicator_year(data.engine, step.indicator)
    year = fallback_year(wanted, years)
    if year is None:
        return View("cakupan", plabel, "", lang, key_points=(t("brief.key.no_data", lang),))
    problems = ()
    if step.year is not None and year != step.year:
        problems = (t("brief.key.year_fallback", lang, wanted=step.year, year=year),)
    cov = explore.coverage_table(data.engine, prog, year)
    selected = _selected(data, step)
    gap = coverage_gap.build(cov, data.regencies, lang=lang, selected=selected)
    cited = source_links.citations([*cov.sources, *cov.need_sources])
    keys = []
    if cov.province_coverage is not None:
        keys.append(
            t(
                "brief.key.coverage",
                lang,
                programme=plabel,
                value=formatting.format_number(cov.province_coverage, 1, lang),
                year=year,
            )
        )
    if cov.gap_total is not None:
        keys.append(t("brief.key.gap", lang, gap=gap.fmt_count(cov.gap_total), unit=gap.need_unit))
    d = cov.data
    worst = d.dropna(subset=["gap_per_1000"]).sort_values("gap_per_1000", ascending=False)
    if len(worst):
        keys.append(
            t(
                "brief.key.largest_gap",
                lang,
                names="; ".join(
                    f"{r.nama} {gap.fmt_rate(r.gap_per_1000)}" for r in worst.head(3).itertuples()
                ),
            )
        )
    keys.append(t("brief.key.with_data", lang, n=cov.n_with_data, m=cov.n_regions))
    return View(
        page="cakupan",
        title=f"{gap.title} · {year}",
        subtitle=gap.unit,
        lang=lang,
        layer=gap.layer,
        key_points=tuple(keys),
        table=coverage_gap.slide_table(cov, lang=lang),
        sources=cited,
        has_example=cov.has_example,
        years=(year,),
        notes=(*gap.notes, gap.gap_note, gap.classes_note),
        highlight=selected,
        file_stub=f"cakupan-{prog.key}-{year}",
        problems=problems,
    )


# --------------------------------------------------------------------------------------------
# home (key figures), profile, about


def home_view(data: BriefData, step: AgendaStep, lang: str) -> View:
    head = read_models.headline(data.engine, data.buffer_codes, same_year=True)  # as the page
    rows, cited, years = [], {}, set()
    has_example = False
    # The slide's short table: one row per indicator, one column per area, each value with
    # its year (the speaker notes and the handout keep the long table, sources per row).
    col_ind, col_kind = t("brief.col.indicator", lang), t("col.kind", lang)
    wide: dict[str, dict[str, str]] = {}
    for r in head.itertuples(index=False):
        ind = get_indicator(r.indicator_id)
        # The home page's own words for the number (views.home): "221.340 jiwa · 54,7 per …".
        fig = home.figure_text(pd.Series(r._asdict()), lang)
        value = f"{fig.main} · {fig.rate}" if fig.rate else fig.main
        kind = (
            t("kind.example", lang)
            if r.is_example
            else ", ".join(t(f"kind.{k}", lang) for k in (r.dataset_kinds or []))
        )
        c = source_links.citations(list(r.sources or []), list(r.dataset_kinds or []))
        for x in c:
            cited.setdefault(x.label(), x)
        years.add(int(r.year))
        has_example = has_example or bool(r.is_example)
        rows.append(
            {
                col_ind: ind.label(lang),
                t("brief.col.scope", lang): t(f"brief.scope.{r.scope}", lang),
                t("col.year", lang): str(int(r.year)),
                t("col.value", lang): value,
                col_kind: kind,
                t("col.source", lang): source_links.labels_text(c, lang, limit=2),
            }
        )
        line = wide.setdefault(ind.label(lang), {col_ind: ind.label(lang), col_kind: ""})
        line[t(f"brief.scope.{r.scope}", lang)] = f"{value} ({int(r.year)})"
        said = [k for k in line[col_kind].split(", ") if k]
        line[col_kind] = ", ".join(dict.fromkeys([*said, *([kind] if kind else [])]))
    table = pd.DataFrame(rows)
    scopes = [
        t(f"brief.scope.{s}", lang) for s in (read_models.SCOPE_PROVINCE, read_models.SCOPE_ZONE)
    ]
    slide_table = None
    if wide:
        slide_table = pd.DataFrame(list(wide.values()))
        slide_table = (
            slide_table[[col_ind, *(s for s in scopes if s in slide_table), col_kind]]
            .fillna("–")
            .reset_index(drop=True)
        )
    keys = tuple(
        f"{row[t('brief.col.indicator', lang)]} ({row[t('brief.col.scope', lang)]}, "
        f"{row[t('col.year', lang)]}): {row[t('col.value', lang)]}"
        for row in rows
        if row[t("brief.col.scope", lang)] == t("brief.scope.provinsi", lang)
    )
    return View(
        page="beranda",
        title=t("brief.page.beranda", lang),
        subtitle=t("app.subtitle", lang),
        lang=lang,
        key_points=keys,
        table=table,
        sources=tuple(cited.values()),
        has_example=has_example,
        years=tuple(sorted(years)),
        file_stub="angka-utama",
        slide_table=slide_table,
    )


def profile_view(data: BriefData, step: AgendaStep, lang: str) -> View:
    code = step.region_codes[0]
    name = data.names.get(code, code)
    chosen = {step.indicator: step.year} if step.indicator and step.year is not None else None
    prof = explore.profile(data.engine, code, chosen)  # each card in the live page's year
    cat = {i.id: i for i in load_catalogue()}
    rows, keys, cited, years = [], [], {}, set()
    has_example = bool(prof["is_example"].any()) if len(prof) else False
    # The slide shows the presenter page's headline cards, large; every row is in the notes.
    headline = key_indicator_ids(list(prof["indicator_id"]), step.indicator)[:N_PROFILE_CARDS]
    cards: dict[str, Card] = {}
    for r in prof.itertuples(index=False):
        ind = cat[r.indicator_id]
        shown = r.rate if pd.notna(r.rate) else r.value
        unit = display_unit(ind, lang) if pd.notna(r.rate) else ind.unit
        decimals = 0 if (ind.kind == "count" and not pd.notna(r.rate)) else 2
        value = formatting.format_number(shown, decimals, lang)
        if r.indicator_id in headline:
            cards[r.indicator_id] = _card(r, ind, value, unit, lang)
        c = source_links.citations([r.source, r.denominator_source], [r.dataset_kind, None])
        for x in c:
            cited.setdefault(x.label(), x)
        years.add(int(r.year))
        rank = "" if r.rank is None or pd.isna(r.rank) else f"{int(r.rank)}/{int(r.n_ranked)}"
        prov = (
            ""
            if r.province_rate is None or pd.isna(r.province_rate)
            else formatting.format_number(r.province_rate, decimals, lang)
        )
        rows.append(
            {
                t("brief.col.indicator", lang): ind.label(lang),
                t("col.year", lang): str(int(r.year)),
                t("col.value", lang): f"{value} {unit}",
                t("col.rank", lang): rank,
                t("brief.col.province", lang): prov,
                t("col.kind", lang): kind_label(r.is_example, r.dataset_kind, lang),
                t("col.source", lang): source_links.labels_text(c, lang, limit=1),
            }
        )
        if rank and ind.higher_is_worse and len(keys) < 5:
            keys.append(
                t(
                    "brief.key.profile_rank",
                    lang,
                    label=ind.label(lang),
                    value=value,
                    unit=unit,
                    year=int(r.year),
                    rank=int(r.rank),
                    n=int(r.n_ranked),
                )
            )
    return View(
        page="profil",
        title=f"{t('brief.page.profil', lang)}: {name}",
        subtitle=t("brief.scope.provinsi", lang),
        lang=lang,
        key_points=tuple(keys),
        table=pd.DataFrame(rows),
        sources=tuple(cited.values()),
        has_example=has_example,
        years=tuple(sorted(years)),
        highlight=(code,),
        file_stub=f"profil-{code}",
        cards=tuple(cards[i] for i in headline),
    )


def _card(r, ind, value: str, unit: str, lang: str) -> Card:  # noqa: ANN001
    """A profile row as a card: the rank as the profile page says it, the count beside a rate."""
    n = int(r.n_ranked)
    if r.rank is not None and pd.notna(r.rank) and n >= 2:
        direction = t("prof.rank.high" if ind.higher_is_worse else "prof.rank.low", lang)
        rank = t("prof.card.rank", lang, rank=int(r.rank), n=n, direction=direction)
    else:
        rank = t("prof.card.only", lang)
    count = ""
    if pd.notna(r.rate) and ind.rate_kind != RATE_VALUE and pd.notna(r.value):
        count = t(
            "prof.card.count",
            lang,
            v=formatting.format_number(r.value, 0 if ind.kind == "count" else 2, lang),
            unit=ind.unit_label(lang),
        )
    return Card(
        label=ind.label(lang),
        value=value,
        unit=unit,
        year=int(r.year),
        rank=rank,
        count=count,
        is_example=bool(r.is_example),
    )


def about_view(data: BriefData, step: AgendaStep, lang: str) -> View:
    return View(
        page="tentang",
        title=t("brief.page.tentang", lang),
        subtitle="",
        lang=lang,
        key_points=(t("brief.about.kinds", lang), t("brief.sources.geodata", lang)),
        file_stub="tentang",
    )


BUILDERS = {
    "beranda": home_view,
    "peta": map_view,
    "tren": trend_view,
    "cakupan": coverage_view,
    "profil": profile_view,
    "tentang": about_view,
}


def build_view(data: BriefData, step: AgendaStep, lang: str) -> View:
    return BUILDERS[step.page](data, step, lang)


def open_data(
    engine: Engine | None = None,
    regencies: gpd.GeoDataFrame | None = None,
    zones: pd.Series | None = None,
) -> BriefData:
    """The store (``DATABASE_URL`` by default, created and seeded on first use) and geometry."""
    if engine is None:
        from welfare.db import make_engine
        from welfare.store import ensure_ready

        engine = make_engine()
        ensure_ready(engine)
    if regencies is None:
        from geo import regions

        regencies = regions.load_regencies()
    return BriefData(engine=engine, regencies=regencies, zones=zones)
