"""The forms of the "Program per tingkat" section of "Kelola data": add or correct one
activity (:func:`activity_form`), close one (:func:`close_form`).

The page shows them only to logged-in staff (``pages/data.py`` stops before any section
otherwise); ``user`` is recorded with every save. The form's cells go through the importer's
own row check (:func:`welfare.register.records.check_activity`), so a typed value is read the
same way as in a template file ("1.234", "Rp 1,2 M"); each problem is shown with its field's
label. Every save is a new version (:func:`welfare.register.store.save_activity`); a
correction names the version it was made on, and when someone saved a newer one meanwhile
nothing is written and both versions are shown side by side
(:mod:`components.bodies.programme_versions`). Text typed by people is escaped wherever it is
shown (Markdown: :func:`~ground.markup.escape_markdown`; tables:
:func:`~welfare.exporting.neutralise_frame`).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from components.bodies import programme_versions as versions
from components.state import data_access
from components.widgets.form_fields import option_index, problem_boxes
from ground.markup import escape_markdown
from views.i18n import t
from welfare.formatting import format_int
from welfare.importing.numbers import NumberFormatError, parse_number
from welfare.importing.preview import format_cell
from welfare.importing.reference import stored_reference
from welfare.register import catalogue, vocab
from welfare.register import store as register_store
from welfare.register.records import MAX_TEXT, Checked, FieldProblem, check_activity

K_FLASH = "serambi_prog_flash"  # (message, notes) of a save, for the next run
K_ROUND = "serambi_prog_round"  # bumped after an add: a fresh, empty form


def field_label(name: str, lang: str) -> str:
    return t(f"prog.field.{name}", lang)


def number_text(value: object) -> str:
    if value is None or pd.isna(value):  # type: ignore[arg-type]
        return ""
    return format_cell(float(value), "id")  # type: ignore[arg-type]


def cell_text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)  # type: ignore[arg-type]


# -- the form ----------------------------------------------------------------------------------
def _defaults(current: pd.Series | None, year: int) -> dict[str, object]:
    if current is None:
        return {"programme": catalogue.programmes()[0].id, "year": year, "status": "berjalan"}
    programme = current["programme"]
    return {
        "programme": programme,
        "programme_name": current["programme_name"]
        if programme == catalogue.OTHER_PROGRAMME
        else "",
        "level": current["level"],
        "funding": cell_text(current["funding"]),
        "agency": cell_text(current["agency"]),
        "target_group": current["target_group"],
        "kecamatan": cell_text(current["kecamatan_kode"]),
        "year": int(current["year"]),
        "year_from": None if pd.isna(current["year_from"]) else int(current["year_from"]),
        "planned": number_text(current["planned"]),
        "planned_unit": cell_text(current["planned_unit"]),
        "realised": number_text(current["realised"]),
        "realised_unit": cell_text(current["realised_unit"]),
        "budget": "" if pd.isna(current["budget_rp"]) else format_int(current["budget_rp"]),
        "status": current["status"],
        "source": cell_text(current["source"]),
        "note": cell_text(current["note"]),
    }


def _show_problems(problems: list[FieldProblem], level: str, lang: str) -> None:
    def line(p: FieldProblem) -> str:
        return t("prog.form.problem", lang, field=field_label(p.field, lang), reason=p.reason)

    heads = {"error": "prog.form.errors", "warning": "prog.form.warnings"}
    problem_boxes(problems, (level,), lang, text=line, heads=heads)


def activity_form(
    engine: Engine,
    user: str,
    lang: str,
    region: str,
    places: dict,
    year: int,
    current: pd.Series | None,
) -> None:
    """Add (``current`` None) or correct ``current``; the region is the section's."""
    if current is None:
        prefix = f"prog_add_{st.session_state.get(K_ROUND, 0)}_{region}"
    else:
        prefix = f"prog_fix_{current['uid']}_{int(current['id'])}"
    d = _defaults(current, year)
    programmes = [p.id for p in catalogue.programmes()]
    groups = [g.id for g in catalogue.target_groups()]
    units = ["", *vocab.UNITS]
    kecamatan = dict(places[region][1])
    empty = t("prog.form.none", lang)
    with st.form(prefix):
        st.caption(t("prog.form.region_fixed", lang, region=escape_markdown(places[region][0])))
        programme = st.selectbox(
            field_label("program", lang),
            programmes,
            index=option_index(programmes, d["programme"]),
            format_func=lambda p: catalogue.programme(p).label(lang),
            help=t("prog.form.programme_help", lang),
            key=f"{prefix}_programme",
        )
        name = st.text_input(
            field_label("program_name", lang),
            value=str(d.get("programme_name", "")),
            max_chars=MAX_TEXT["program"],
            key=f"{prefix}_name",
        )
        c1, c2 = st.columns(2)
        level = c1.selectbox(
            field_label("tingkat", lang),
            vocab.LEVELS,
            index=option_index(vocab.LEVELS, d.get("level")),
            format_func=lambda v: vocab.label(vocab.LEVEL_LABELS, v, lang),
            key=f"{prefix}_level",
        )
        funding = c2.selectbox(
            field_label("sumber_dana", lang),
            ["", *vocab.FUNDING],
            index=option_index(["", *vocab.FUNDING], d.get("funding", "")),
            format_func=lambda v: vocab.label(vocab.FUNDING_LABELS, v or None, lang),
            key=f"{prefix}_funding",
        )
        agency = st.text_input(
            field_label("instansi", lang),
            value=str(d.get("agency", "")),
            max_chars=MAX_TEXT["instansi"],
            key=f"{prefix}_agency",
        )
        group = st.selectbox(
            field_label("sasaran", lang),
            groups,
            index=option_index(groups, d.get("target_group")),
            format_func=lambda g: catalogue.target_group(g).label(lang),
            key=f"{prefix}_group",
        )
        kec_options = ["", *kecamatan]
        kec = st.selectbox(
            field_label("kecamatan", lang),
            kec_options,
            index=option_index(kec_options, d.get("kecamatan", "")),
            format_func=lambda k: kecamatan.get(k, empty),
            key=f"{prefix}_kecamatan",
        )
        c1, c2, c3 = st.columns(3)
        year_value = c1.number_input(
            field_label("tahun", lang),
            min_value=2000,
            max_value=2100,
            value=int(d["year"]),  # type: ignore[call-overload]
            step=1,
            key=f"{prefix}_year",
        )
        year_from = c2.number_input(
            field_label("tahun_mulai", lang),
            min_value=2000,
            max_value=2100,
            value=d.get("year_from"),
            step=1,
            key=f"{prefix}_year_from",
        )
        status = c3.selectbox(
            field_label("status", lang),
            vocab.STATUSES,
            index=option_index(vocab.STATUSES, d.get("status")),
            format_func=lambda v: vocab.label(vocab.STATUS_LABELS, v, lang),
            key=f"{prefix}_status",
        )
        cells: dict[str, object] = {}
        for qty, unit, key in (
            ("jumlah_rencana", "satuan_rencana", "planned"),
            ("jumlah_realisasi", "satuan_realisasi", "realised"),
        ):
            c1, c2 = st.columns(2)
            cells[qty] = c1.text_input(
                field_label(qty, lang), value=str(d.get(key, "")), key=f"{prefix}_{key}"
            )
            cells[unit] = c2.selectbox(
                field_label(unit, lang),
                units,
                index=option_index(units, d.get(f"{key}_unit", "")),
                format_func=lambda u: u or empty,
                key=f"{prefix}_{key}_unit",
            )
        budget = st.text_input(
            field_label("anggaran_rp", lang), value=str(d.get("budget", "")), key=f"{prefix}_budget"
        )
        source = st.text_area(
            field_label("sumber", lang),
            value=str(d.get("source", "")),
            max_chars=MAX_TEXT["sumber"],
            key=f"{prefix}_source",
        )
        note = st.text_area(
            field_label("catatan", lang),
            value=str(d.get("note", "")),
            max_chars=MAX_TEXT["catatan"],
            key=f"{prefix}_note",
        )
        confirmed = st.checkbox(t("prog.form.confirm", lang), key=f"{prefix}_confirm")
        submitted = st.form_submit_button(t("prog.form.save", lang), type="primary")
    if not submitted:
        return
    raw = {
        "program": name
        if programme == catalogue.OTHER_PROGRAMME
        else catalogue.programme(programme).label_id,
        "tingkat": level,
        "sumber_dana": funding,
        "instansi": agency,
        "sasaran": catalogue.target_group(group).label_id,
        "kode_wilayah": region,
        "kecamatan": kec,
        "tahun": int(year_value),
        "tahun_mulai": int(year_from) if year_from else "",
        **cells,
        "anggaran_rp": budget,
        "status": status,
        "sumber": source,
        "catatan": note,
    }
    checked = check_activity(raw, stored_reference(engine).resolver)
    _save(engine, user, lang, checked, current, confirmed)


def _save(
    engine: Engine,
    user: str,
    lang: str,
    checked: Checked,
    current: pd.Series | None,
    confirmed: bool,
) -> None:
    _show_problems(checked.problems, "info", lang)
    if checked.values is None:
        _show_problems(checked.problems, "error", lang)
        return
    if any(p.level == "warning" for p in checked.problems) and not confirmed:
        _show_problems(checked.problems, "warning", lang)
        return
    values = dict(checked.values)
    if current is not None:
        # A correction keeps the names as the source wrote them when the choice is unchanged
        # (a catalogue programme has no name field in the form; "Program lain" has).
        same = values["programme"] == current["programme"]
        if same and values["programme"] != catalogue.OTHER_PROGRAMME:
            values["programme_name"] = current["programme_name"]
        if values["target_group"] == current["target_group"]:
            values["target_group_text"] = cell_text(current["target_group_text"]) or None
    result = register_store.save_activity(
        engine,
        values,
        user=user,
        uid=None if current is None else str(current["uid"]),
        based_on=None if current is None else int(current["id"]),
    )
    notes = [field_label(p.field, lang) + ": " + p.reason for p in checked.problems]
    _after(result, lang, added=current is None, notes=notes)


def _after(
    result: register_store.EditResult,
    lang: str,
    *,
    added: bool = False,
    notes: list[str] | None = None,
) -> None:
    """After a save: the next run says it was saved (with how values were read), or shows
    why not (the two versions side by side when someone saved meanwhile)."""
    data_access.invalidate()
    if result.ok:
        st.session_state[K_FLASH] = (result.message, notes or [])
        if added:
            st.session_state[K_ROUND] = st.session_state.get(K_ROUND, 0) + 1
        st.session_state.pop(versions.K_CONFLICT, None)
        st.rerun()
    if result.theirs is not None and result.ours is not None:
        # Shown above the form from the next run on, which also opens the newest version.
        versions.remember_conflict(result)
        st.rerun()
    st.error(escape_markdown(result.message))


def close_form(engine: Engine, user: str, lang: str, current: pd.Series) -> None:
    if current["status"] == "selesai":
        st.caption(t("prog.close.already", lang))
    prefix = f"prog_close_{current['uid']}_{int(current['id'])}"
    with st.form(prefix):
        realised = st.text_input(
            t("prog.close.realised", lang),
            value=number_text(current["realised"]),
            key=f"{prefix}_realised",
        )
        submitted = st.form_submit_button(t("prog.close.button", lang), type="primary")
    if not submitted:
        return
    try:
        parsed = parse_number(realised.strip())
        if parsed is not None and parsed.value < 0:
            raise NumberFormatError(f"jumlah tidak boleh negatif ({realised.strip()}).")
    except NumberFormatError as exc:
        label = field_label("jumlah_realisasi", lang)
        st.error(escape_markdown(t("prog.form.problem", lang, field=label, reason=exc.reason)))
        return
    result = register_store.close_activity(
        engine,
        str(current["uid"]),
        user=user,
        based_on=int(current["id"]),
        realised=None if parsed is None else float(parsed.value),
    )
    _after(result, lang)
