"""The map page's slide (page "peta"): one year's indicator map, or the change between two.

The layer is the map page's own view model: :mod:`views.indicator_map` for one year and
:mod:`views.change_map` for a step with ``banding`` (the page's map of change), built from the
same map tables (:func:`views.indicator_map.map_inputs`), so classes, colours, legend,
decimals and sources are the page's (tests compare the two layers region by region). What is
written here is what only the slide says: the key numbers (the province figure, the highest
and lowest region, or the largest rise and fall), the table in the speaker notes and the file
name. The year is the live map's (:func:`welfare.availability.indicator_year`); a year that
fell back, or a comparison year that cannot be drawn, is said in ``problems``.
"""

from __future__ import annotations

import pandas as pd

from geo.change_layer import signed
from views import change_map, indicator_map
from views.agenda import AgendaStep
from views.brief_data import BriefData
from views.i18n import t
from views.indicator_map import IndicatorView, number_format
from views.kinds import kind_label
from views.slide import View, no_data
from welfare import availability, formatting, observations, read_models
from welfare.catalogue import RATE_VALUE, IndicatorDef, get_indicator


def slide(data: BriefData, step: AgendaStep, lang: str) -> View:
    ind = get_indicator(step.indicator or "")
    years = observations.available_years(data.engine, ind.id)
    year = availability.indicator_year(data.engine, ind.id, step.year)  # the live map's year
    label = ind.label(lang)
    if year is None:
        return no_data("peta", label, "", lang)
    problems: tuple[str, ...] = ()
    if step.year is not None and year != step.year:
        problems = (t("brief.key.year_fallback", lang, wanted=step.year, year=year),)
    selected = data.highlighted(step)
    table, meta = _rate_table(data, ind.id, year)
    compare = step.compare_year
    if compare is not None:
        if compare == year:  # the wanted year fell back onto the comparison year
            problems = (*problems, t("brief.key.banding_same", lang, a=compare, b=year))
        elif compare not in years:
            problems = (*problems, t("brief.key.banding_no_data", lang, a=compare, b=year))
        else:
            change = _change_slide(data, ind, compare, year, table, meta, selected, problems, lang)
            if change is not None:
                return change
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
    keys += _extremes(view, fmt, unit, lang)
    keys.append(t("brief.key.with_data", lang, n=meta["n_with_data"], m=meta["n_regions"]))
    return View(
        page="peta",
        title=f"{label} · {year}",
        subtitle=unit,
        lang=lang,
        layer=view.layer,
        key_points=tuple(keys),
        table=_indicator_table(view, ind, lang),
        sources=view.sources,
        has_example=view.has_example,
        years=(year,),
        notes=view.notes,
        highlight=selected,
        file_stub=f"peta-{ind.id}-{year}",
        problems=problems,
    )


def _rate_table(data: BriefData, indicator_id: str, year: int) -> tuple[pd.DataFrame, dict]:
    """One year's map table and its metadata, as the map page reads them."""
    return indicator_map.map_inputs(read_models.rate_table(data.engine, indicator_id, year))


def _extremes(view: IndicatorView, fmt, unit: str, lang: str) -> list[str]:  # noqa: ANN001
    """'Tertinggi: …' and 'Terendah: …' (the home page's map summary names the same two)."""
    extremes = view.extremes()
    if extremes is None:
        return []
    hi, lo = extremes
    return [
        t("brief.key.highest", lang, name=hi["nama"], value=fmt(hi["rate"]), unit=unit),
        t("brief.key.lowest", lang, name=lo["nama"], value=fmt(lo["rate"]), unit=unit),
    ]


def _province_line(
    data: BriefData,
    ind: IndicatorDef,
    year: int,
    unit: str,
    fmt,  # noqa: ANN001
    lang: str,
) -> list[str]:
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


def _indicator_table(view: IndicatorView, ind: IndicatorDef, lang: str) -> pd.DataFrame:
    """The map slide's table (speaker notes and handout): worst first, as display strings."""
    unit, decimals, raw_decimals = view.mapped_unit, view.decimals, view.raw_decimals
    rows = view.table.sort_values(["rate", "nama"], ascending=[False, True], na_position="last")
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
# the change between two years (a step with ``banding``)


def _change_slide(
    data: BriefData,
    ind: IndicatorDef,
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
        top_note=missing_note(view, lang),
    )


def missing_note(view: change_map.ChangeView, lang: str) -> str:
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
