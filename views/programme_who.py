"""One regency's programme activities in words ("who does what"): the Sinkronisasi page's
table and totals, the regency profile's list, and the register as a download table.
Split from the matrix (:mod:`views.programme_sync`): the profile needs these without it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from views.i18n import t
from views.programme_words import fmt_count, unit_word
from welfare.citations import distinct
from welfare.models import KIND_OFFICIAL
from welfare.register import catalogue, indicator_reach, sync, vocab


@dataclass(frozen=True)
class WhoView:
    title: str
    table: pd.DataFrame  # display strings, one row per activity
    by_level: pd.DataFrame
    by_funding: pd.DataFrame
    empty_note: str = ""


def _quantity(value: object, unit: object, lang: str) -> str:
    if value is None or pd.isna(value):
        return "–"
    word = unit_word(unit if isinstance(unit, str) else None, lang)
    return f"{fmt_count(float(value), lang)} {word}"


def _source(text: object, kind: str, lang: str) -> str:
    """'Antara Kaltim (26/4/2024)'; imported and example rows say so first."""
    cited = next(iter(distinct([text if isinstance(text, str) else None], [kind])), None)
    label = cited.label(lang) if cited else "–"
    return label if kind == KIND_OFFICIAL else f"{t(f'kind.{kind}', lang)}: {label}"


def _budget(value: object, lang: str) -> str:
    return "–" if value is None or pd.isna(value) else fmt_count(float(value), lang)


def who_does_what(
    activities: pd.DataFrame,
    kode_bps: str,
    nama: str,
    year: int,
    lang: str,
    kecamatan: Mapping[str, str] | None = None,
) -> WhoView:
    """One regency's activities of ``year`` by level and funding source."""
    mine = sync.who_does_what(activities, kode_bps, year)
    title = t("sync.who.title", lang, region=nama)
    if mine is None or mine.empty:
        empty = pd.DataFrame()
        return WhoView(
            title, empty, empty, empty, t("sync.who.empty", lang, region=nama, year=year)
        )
    kec = kecamatan or {}
    years = [
        f"{int(a)}–{int(b)}" if not pd.isna(a) else str(int(b))
        for a, b in zip(mine["year_from"], mine["year"], strict=True)
    ]
    # The programme cell also names who implements it, where and when (one column, not four:
    # the table fits 1366 px); the download keeps each in its own column.
    # A row read from indicator data has no name of its own source: the catalogue's, in ``lang``.
    names = [
        catalogue.programme(p).label(lang) if change == indicator_reach.CHANGE else name
        for p, name, change in zip(
            mine["programme"],
            mine["programme_name"],
            mine.get("change", [""] * len(mine)),
            strict=True,
        )
    ]
    programme = [
        " · ".join(
            p
            for p in (
                name,
                agency if agency.lower() not in name.lower() else "",
                kec.get(k, k) if isinstance(k, str) else "",
                year if year != str(view_year) else "",
            )
            if p
        )
        for name, agency, k, year, view_year in zip(
            names,
            mine["agency"],
            mine["kecamatan_kode"],
            years,
            [year] * len(mine),
            strict=True,
        )
    ]
    table = pd.DataFrame(
        {
            t("sync.col.level", lang): [
                vocab.label(vocab.LEVEL_LABELS, lv, lang) + ("*" if wide else "")
                for lv, wide in zip(mine["level"], mine["province_wide"], strict=True)
            ],
            t("sync.col.programme", lang): programme,
            t("sync.col.funding", lang): [
                vocab.label(vocab.FUNDING_LABELS, None if pd.isna(f) else f, lang)
                for f in mine["funding"]
            ],
            t("sync.col.group", lang): [
                catalogue.target_group(g).label(lang) for g in mine["target_group"]
            ],
            t("sync.col.planned", lang): [
                _quantity(v, u, lang)
                for v, u in zip(mine["planned"], mine["planned_unit"], strict=True)
            ],
            t("sync.col.realised", lang): [
                _quantity(v, u, lang)
                for v, u in zip(mine["realised"], mine["realised_unit"], strict=True)
            ],
            t("sync.col.budget", lang): [_budget(v, lang) for v in mine["budget_rp"]],
            t("sync.col.status", lang): [
                vocab.label(vocab.STATUS_LABELS, s, lang) for s in mine["status"]
            ],
            t("sync.col.sources", lang): [
                _source(s, k, lang)
                for s, k in zip(mine["source"], mine["dataset_kind"], strict=True)
            ],
        }
    )
    return WhoView(
        title,
        table,
        _totals(sync.totals_by(mine, "level"), "level", lang),
        _totals(sync.totals_by(mine, "funding"), "funding", lang),
    )


def _totals(frame: pd.DataFrame, column: str, lang: str) -> pd.DataFrame:
    if frame.empty:
        return frame
    words = vocab.LEVEL_LABELS if column == "level" else vocab.FUNDING_LABELS
    head = t("sync.col.level" if column == "level" else "sync.col.funding", lang)
    return pd.DataFrame(
        {
            head: [vocab.label(words, v if v else None, lang) for v in frame[column]],
            t("sync.col.n", lang): [str(int(n)) for n in frame["n"]],
            t("sync.col.planned", lang): [
                _quantity(v, u, lang) for v, u in zip(frame["planned"], frame["unit"], strict=True)
            ],
            t("sync.col.realised", lang): [
                _quantity(v, u, lang) for v, u in zip(frame["realised"], frame["unit"], strict=True)
            ],
            t("sync.col.budget", lang): [_budget(v, lang) for v in frame["budget_rp"]],
        }
    )


def register_table(activities: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The register's activities as a download table (codes kept, words in ``lang``)."""
    if activities.empty:
        return pd.DataFrame()
    yes = "ya" if lang == "id" else "yes"
    return pd.DataFrame(
        {
            "kode_bps": list(activities["region_kode_bps"]),
            "kecamatan": [k if isinstance(k, str) else "" for k in activities["kecamatan_kode"]],
            t("sync.col.programme", lang): list(activities["programme_name"]),
            t("sync.col.level", lang): [
                vocab.label(vocab.LEVEL_LABELS, v, lang) for v in activities["level"]
            ],
            t("sync.col.funding", lang): [
                vocab.label(vocab.FUNDING_LABELS, None if pd.isna(v) else v, lang)
                for v in activities["funding"]
            ],
            t("sync.col.agency", lang): list(activities["agency"]),
            t("sync.col.group", lang): [
                catalogue.target_group(g).label(lang) for g in activities["target_group"]
            ],
            "tahun_mulai" if lang == "id" else "year_from": list(activities["year_from"]),
            "tahun" if lang == "id" else "year": list(activities["year"]),
            t("sync.col.planned", lang): list(activities["planned"]),
            "satuan_rencana" if lang == "id" else "planned_unit": list(activities["planned_unit"]),
            t("sync.col.realised", lang): list(activities["realised"]),
            "satuan_realisasi" if lang == "id" else "reached_unit": list(
                activities["realised_unit"]
            ),
            t("sync.col.budget", lang): list(activities["budget_rp"]),
            t("sync.col.status", lang): [
                vocab.label(vocab.STATUS_LABELS, s, lang) for s in activities["status"]
            ],
            t("sync.col.kind", lang): [t(f"kind.{k}", lang) for k in activities["dataset_kind"]],
            t("sync.province_wide", lang): [
                yes if k == sync.PROVINCE else "" for k in activities["region_kode_bps"]
            ],
            t("sync.col.sources", lang): list(activities["source"]),
        }
    )
