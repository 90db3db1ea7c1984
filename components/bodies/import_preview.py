"""The dry run's preview on "Kelola data": the file's content as it will be stored, with every
cell the checks complain about marked and its message listed under the table.

Indicator files show one table per year (region x indicator, :mod:`welfare.importing.preview`);
"Program per tingkat" files show their own rows and columns
(:mod:`welfare.importing.register_preview`). Every text from the file is escaped: HTML through
:func:`html.escape`, Markdown through :func:`ground.markup.escape_markdown`.
"""

from __future__ import annotations

import html
from typing import Protocol

import streamlit as st

from ground.markup import escape_markdown
from views.i18n import t
from welfare.formatting import format_int
from welfare.importing import CheckResult
from welfare.importing.preview import Cell, Message, Preview, build_preview
from welfare.importing.register_preview import RegisterPreview, build_register_preview

# Cell backgrounds with a text colour that keeps AA contrast; the status is also in the marker.
_CELL_STYLE = {
    "ok": "",
    "missing": "color:#5f6368;",
    "warning": "background:#fff1c2;color:#3d2e00;font-weight:600;",
    "error": "background:#fbd3d0;color:#5c0b06;font-weight:600;",
}
_MARK = {"warning": "⚠", "error": "✖"}


class _Table(Protocol):
    column_labels: tuple[str, ...]
    row_labels: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]


def message_lines(messages: tuple[Message, ...] | list[Message], lang: str) -> str:
    lines = []
    for m in messages:
        ref = f"**[{m.ref}]** " if m.ref is not None else ""
        level = t(f"data.level.{m.level}", lang)
        lines.append(f"- {ref}{_MARK.get(m.level, 'ℹ')} {level}: {escape_markdown(m.text)}")
    return "\n".join(lines)


def _cell_html(cell: Cell, align: str) -> str:
    text = html.escape(cell.text)
    if cell.refs:
        mark = _MARK.get(cell.status, "")
        refs = ",".join(str(r) for r in cell.refs)
        text += f' <sup style="font-weight:700">{mark}{html.escape(refs)}</sup>'
    return (
        f'<td class="serambi-cell serambi-{cell.status}" style="text-align:{align};'
        f'padding:4px 8px;border:1px solid #d0d4da;{_CELL_STYLE[cell.status]}">{text}</td>'
    )


def preview_table_html(
    table: _Table, lang: str, *, corner: str | None = None, align: str = "right"
) -> str:
    """A preview table as escaped HTML (no CSV toolbar to export raw file content)."""
    th = "padding:4px 8px;border:1px solid #d0d4da;background:#eef2f6;vertical-align:bottom;"
    head = "".join(
        f'<th style="{th}text-align:{align}">{html.escape(label)}</th>'
        for label in table.column_labels
    )
    body = "".join(
        f'<tr><th scope="row" style="{th}text-align:left;font-weight:600">'
        f"{html.escape(label)}</th>{''.join(_cell_html(c, align) for c in row)}</tr>"
        for label, row in zip(table.row_labels, table.cells, strict=True)
    )
    corner = corner if corner is not None else t("data.preview.region", lang)
    return (
        '<div style="overflow-x:auto"><table class="serambi-preview" '
        'style="border-collapse:collapse;font-size:0.95rem;line-height:1.35">'
        f'<thead><tr><th style="{th}text-align:left">'
        f"{html.escape(corner)}</th>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></div>"
    )


def preview_section(checked: CheckResult, lang: str) -> None:
    """The preview of a dry run: register rows, or the indicator tables per year."""
    if checked.register is not None:
        _register_section(build_register_preview(checked, lang=lang), lang)
    else:
        _indicator_section(build_preview(checked, lang=lang), lang)


def _messages_first(preview: Preview | RegisterPreview, lang: str) -> None:
    if preview.general:
        st.markdown(f"**{t('data.general.title', lang)}**")
        st.markdown(message_lines(preview.general, lang))
    if preview.notes:
        st.markdown(f"**{t('data.notes.title', lang)}**")
        st.markdown(message_lines(preview.notes, lang))
    st.markdown(f"#### {t('data.preview.title', lang)}")


def _truncated(preview: Preview | RegisterPreview, lang: str) -> None:
    if preview.truncated:
        st.caption(
            t(
                "data.preview.truncated",
                lang,
                shown=format_int(preview.shown_issues, lang),
                total=format_int(preview.total_issues, lang),
            )
        )


def _indicator_section(preview: Preview, lang: str) -> None:
    _messages_first(preview, lang)
    if not preview.tables:
        st.caption(t("data.preview.empty", lang))
    else:
        year = preview.years[0]
        if len(preview.years) > 1:
            marked = {tb.year: tb.errors + tb.warnings for tb in preview.tables}
            year = st.radio(
                t("data.preview.year", lang),
                preview.years,
                format_func=lambda y: (
                    t("data.preview.year_marked", lang, year=y, n=marked[y])
                    if marked[y]
                    else str(y)
                ),
                horizontal=True,
                key="serambi_preview_year",
            )
        else:
            st.markdown(f"**{t('data.preview.year', lang)} {year}**")
        st.caption(t("data.preview.caption", lang))
        table = preview.table(year)
        st.html(preview_table_html(table, lang))
        if table.messages:
            st.markdown(f"**{t('data.preview.cell_messages', lang)}**")
            st.markdown(message_lines(table.messages, lang))
    if preview.other_cells:
        st.markdown(f"**{t('data.preview.other_cells', lang)}**")
        st.markdown(message_lines(preview.other_cells, lang))
    _truncated(preview, lang)


def _register_section(preview: RegisterPreview, lang: str) -> None:
    _messages_first(preview, lang)
    if not preview.tables:
        st.caption(t("data.preview.empty", lang))
    for table in preview.tables:
        if table.sheet is not None and len(preview.tables) > 1:
            st.markdown(f"**{escape_markdown(t('prog.preview.sheet', lang, sheet=table.sheet))}**")
        st.caption(t("prog.preview.caption", lang))
        st.html(preview_table_html(table, lang, corner=t("prog.preview.row", lang), align="left"))
        if table.hidden_rows:
            st.caption(t("prog.preview.hidden", lang, n=format_int(table.hidden_rows, lang)))
        if table.messages:
            st.markdown(f"**{t('data.preview.cell_messages', lang)}**")
            st.markdown(message_lines(table.messages, lang))
    _truncated(preview, lang)
