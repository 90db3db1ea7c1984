"""The inputs of a meeting, a rumusan and a follow-up note, drawn inside the caller's
``st.form``, and the problems a save was refused for.

Each function returns the values as typed, under the template's column names
(:mod:`welfare.rumusan.records`), so a form is checked by the very rules a template row is
(:func:`welfare.rumusan.store.add_rumusan` and friends check them again). Lists come from the
closed vocabularies and the region table (:mod:`views.rumusan_view`); free text is limited
in the browser to the store's limits (:data:`welfare.rumusan.texts.MAX_TEXT`) and checked
again by the store, whose messages name the field by its label here
(:func:`views.rumusan_view.problem_text`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import streamlit as st

from components.widgets.form_fields import option_index, problem_boxes
from views import rumusan_view as rv
from views.i18n import t
from welfare.catalogue import load_catalogue
from welfare.rumusan import dates, vocab
from welfare.rumusan.links import LINKS_KEY
from welfare.rumusan.problems import FieldProblem
from welfare.rumusan.texts import MAX_TEXT

PARTIES_CHARS = 1000  # several parties, each at most MAX_TEXT["penanggung_jawab"]


def _label(name: str, lang: str) -> str:
    return rv.field_label(name, lang)


def day_text(value: object) -> str:
    """A stored date as a form shows it ('31 Desember 2026'); text passes through."""
    if isinstance(value, date):
        return dates.label(value)
    return "" if value is None else str(value)


def meeting_inputs(prefix: str, lang: str, start: Mapping[str, object] | None = None) -> dict:
    start = start or {}
    hosts = [vocab.ALL_REGIONS, *rv.regency_names()]
    name = st.text_input(
        _label("nama", lang),
        value=str(start.get("nama", "")),
        max_chars=MAX_TEXT["nama"],
        placeholder=t("rumusan.placeholder.meeting", lang),
        key=f"{prefix}_nama",
    )
    c1, c2, c3 = st.columns([1, 1.3, 1.3])
    day = c1.text_input(
        _label("tanggal", lang),
        value=day_text(start.get("tanggal", rv.today())),
        help=t("rumusan.help.date", lang),
        key=f"{prefix}_tanggal",
    )
    place = c2.text_input(
        _label("tempat", lang),
        value=str(start.get("tempat", "")),
        max_chars=MAX_TEXT["tempat"],
        key=f"{prefix}_tempat",
    )
    host = c3.selectbox(
        _label("tuan_rumah", lang),
        hosts,
        index=option_index(hosts, start.get("tuan_rumah", vocab.ALL_REGIONS)),
        format_func=lambda c: rv.host_name(c, lang),
        key=f"{prefix}_tuan_rumah",
    )
    return {"nama": name, "tanggal": day, "tempat": place, "tuan_rumah": host}


MEETING_KEYS = ("nama", "tanggal", "tempat", "tuan_rumah")


def meeting_values(prefix: str) -> dict:
    """The typed values of :func:`meeting_inputs`' widgets (e.g. in a submit callback)."""
    state = st.session_state
    return {name: state.get(f"{prefix}_{name}", "") for name in MEETING_KEYS}


def _link_inputs(
    prefix: str, i: int, lang: str, start: Mapping[str, object], *, narrow: bool = False
) -> dict:
    ids = ["", *(ind.id for ind in load_catalogue())]
    labels = {ind.id: ind.label(lang) for ind in load_catalogue()}
    regions = ["", *rv.region_options()]
    directions = ["", *vocab.DIRECTIONS]
    if narrow:  # a popover: indicator and region, then direction, target and year
        c1, c2 = st.columns([1.5, 1])
        c3, c4, c5 = st.columns(3)
    else:
        c1, c2, c3, c4, c5 = st.columns([2.4, 1.6, 0.9, 0.8, 0.8])
    key = f"{prefix}_l{i}"
    indicator = c1.selectbox(
        t("rumusan.field.link_n", lang, n=i, field=_label("indikator", lang)),
        ids,
        index=option_index(ids, start.get("indikator", "")),
        format_func=lambda v: labels.get(v, t("rumusan.form.no_link", lang)),
        key=f"{key}_indikator",
    )
    region = c2.selectbox(
        _label("wilayah_indikator", lang),
        regions,
        index=option_index(regions, start.get("wilayah_indikator", "")),
        format_func=lambda c: (
            rv.region_option(c, lang) if c else t("rumusan.form.same_region", lang)
        ),
        key=f"{key}_region",
    )
    direction = c3.selectbox(
        _label("arah", lang),
        directions,
        index=option_index(directions, start.get("arah", "")),
        format_func=lambda d: (
            vocab.DIRECTION_LABELS[d]["sign"] if d else t("rumusan.form.auto", lang)
        ),
        key=f"{key}_arah",
    )
    target = c4.text_input(
        _label("target", lang),
        value=rv.number_text(start.get("target")),  # type: ignore[arg-type]
        key=f"{key}_target",
    )
    year = c5.text_input(
        _label("tahun_target", lang),
        value=str(start.get("tahun_target", "") or ""),
        max_chars=4,
        key=f"{key}_tahun",
    )
    return {
        "indikator": indicator,
        "wilayah_indikator": region,
        "arah": direction,
        "target": target,
        "tahun_target": year,
    }


def rumusan_inputs(
    prefix: str,
    lang: str,
    start: Mapping[str, object] | None = None,
    *,
    links: int = 1,
    full: bool = True,
) -> dict:
    """Number (``full``), text, kind, parties, regions, deadline, status (``full``) and
    ``links`` linked indicators (more when ``start`` has more)."""
    start = start or {}
    values: dict[str, object] = {}
    if full:
        values["nomor"] = st.text_input(
            _label("nomor", lang),
            value=str(start.get("nomor", "") or ""),
            max_chars=5,
            help=t("rumusan.help.number", lang),
            key=f"{prefix}_nomor",
        )
    values["rumusan"] = st.text_area(
        _label("rumusan", lang),
        value=str(start.get("rumusan", "")),
        max_chars=MAX_TEXT["rumusan"],
        height=110 if full else 90,
        key=f"{prefix}_rumusan",
    )
    c1, c2 = st.columns([1, 2.2])
    values["jenis"] = c1.selectbox(
        _label("jenis", lang),
        vocab.KINDS,
        index=option_index(vocab.KINDS, start.get("jenis")),
        format_func=lambda k: rv.kind_label(k, lang),
        key=f"{prefix}_jenis",
    )
    values["penanggung_jawab"] = c2.text_input(
        _label("penanggung_jawab", lang),
        value=str(start.get("penanggung_jawab", "")),
        max_chars=PARTIES_CHARS,
        placeholder=t("rumusan.placeholder.parties", lang),
        help=t("rumusan.help.parties", lang),
        key=f"{prefix}_pj",
    )
    options = rv.region_options()
    chosen = [c.strip() for c in str(start.get("wilayah", "") or "").split(",") if c.strip()]
    c1, c2 = st.columns([2.2, 1])
    regions = c1.multiselect(
        _label("wilayah", lang),
        options,
        default=[c for c in chosen if c in options],
        format_func=lambda c: rv.region_option(c, lang),
        placeholder=t("rumusan.placeholder.regions", lang),
        key=f"{prefix}_wilayah",
    )
    values["wilayah"] = ", ".join(regions)
    values["batas_waktu"] = c2.text_input(
        _label("batas_waktu", lang),
        value=day_text(start.get("batas_waktu")),
        placeholder=t("rumusan.placeholder.deadline", lang),
        help=t("rumusan.help.deadline", lang),
        key=f"{prefix}_batas",
    )
    if full:
        values["status"] = st.selectbox(
            _label("status", lang),
            vocab.STATUSES,
            index=option_index(vocab.STATUSES, start.get("status", vocab.NOT_STARTED)),
            format_func=lambda s: rv.status_label(s, lang),
            help=t("rumusan.help.status", lang),
            key=f"{prefix}_status",
        )
    existing = list(start.get(LINKS_KEY) or [])  # type: ignore[call-overload]
    st.caption(t("rumusan.form.links", lang))
    typed = [
        _link_inputs(
            prefix, i, lang, existing[i - 1] if i <= len(existing) else {}, narrow=not full
        )
        for i in range(1, link_rows(start, links, full=full) + 1)
    ]
    values[LINKS_KEY] = [link for link in typed if any(str(v).strip() for v in link.values())]
    return values


def link_rows(start: Mapping[str, object], links: int, *, full: bool) -> int:
    """How many linked-indicator rows a form shows: ``links``, or one more than it has."""
    existing = len(start.get(LINKS_KEY) or [])  # type: ignore[arg-type]
    return max(links, existing + (1 if full else 0))


_LINK_WIDGETS = {
    "indikator": "indikator",
    "wilayah_indikator": "region",
    "arah": "arah",
    "target": "target",
    "tahun_target": "tahun",
}
_RUMUSAN_WIDGETS = {
    "nomor": "nomor",
    "rumusan": "rumusan",
    "jenis": "jenis",
    "penanggung_jawab": "pj",
    "batas_waktu": "batas",
    "status": "status",
}


def rumusan_values(prefix: str, links: int) -> dict:
    """The typed values of :func:`rumusan_inputs`' widgets (e.g. in a submit callback, which
    runs before the script draws them again)."""
    state = st.session_state
    values = {
        name: state[f"{prefix}_{key}"]
        for name, key in _RUMUSAN_WIDGETS.items()
        if f"{prefix}_{key}" in state
    }
    values["wilayah"] = ", ".join(state.get(f"{prefix}_wilayah") or [])
    typed = [
        {name: state.get(f"{prefix}_l{i}_{key}", "") for name, key in _LINK_WIDGETS.items()}
        for i in range(1, links + 1)
    ]
    values[LINKS_KEY] = [link for link in typed if any(str(v).strip() for v in link.values())]
    return values


def note_inputs(prefix: str, lang: str, user: str) -> dict:
    c1, c2 = st.columns([1, 2])
    day = c1.text_input(
        _label("tanggal", lang),
        value=dates.label(rv.today()),
        help=t("rumusan.help.date", lang),
        key=f"{prefix}_tanggal",
    )
    author = c2.text_input(
        _label("penulis", lang), value=user, max_chars=MAX_TEXT["penulis"], key=f"{prefix}_penulis"
    )
    text = st.text_area(
        _label("catatan", lang), max_chars=MAX_TEXT["catatan"], height=90, key=f"{prefix}_catatan"
    )
    evidence = st.text_input(
        _label("bukti", lang),
        max_chars=MAX_TEXT["bukti"],
        placeholder=t("rumusan.placeholder.evidence", lang),
        key=f"{prefix}_bukti",
    )
    return {"tanggal": day, "penulis": author, "catatan": text, "bukti": evidence}


def show_problems(problems: Sequence[FieldProblem], lang: str) -> None:
    """Errors (nothing saved), then warnings and notes, each naming its field."""
    problem_boxes(
        problems,
        ("error", "warning", "info"),
        lang,
        text=lambda p: rv.problem_text(p, lang),
        heads={"error": "rumusan.form.errors", "warning": "rumusan.form.warnings"},
    )


def notes_of(problems: Sequence[FieldProblem], lang: str) -> list[str]:
    """Warnings and notes of a save that went through (how a value was read)."""
    return [rv.problem_text(p, lang) for p in problems if p.level != "error"]
