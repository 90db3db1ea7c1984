"""Region tables as one plain, escaped HTML table: the map page draws no data grid.

``st.dataframe`` loads Streamlit's data grid (about 1.2 MB of JavaScript, also inside a
collapsed expander) and draws it on the browser's main thread before the map iframe's code
runs, which made the first map after a reload twice as slow as the naive app
(bench/README.md, "first map"). Ten regencies or a hundred kecamatan need no grid: the CSV
and XLSX downloads beside the table are the way into a spreadsheet.

Cells are escaped, and neutralised like every table a user can copy into a spreadsheet
(:func:`welfare.exporting.neutralise`); only http(s) links become links. A missing
value is shown as such (a dash read out as "tidak ada data"), and a row of example data
carries the DATA CONTOH badge in its data-kind cell. The rows of the regions chosen in the
filter are marked (``class="serambi-chosen"``: bold on a light band, with a left bar) and the
table's caption says which they are, in words. Styles: ``components/widgets/css/table.css``.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping

import pandas as pd
import streamlit as st

from components.widgets import layout
from welfare.exporting import neutralise

_NUM = ' class="num"'
LONG_ROWS = 20  # a longer table (kecamatan) scrolls inside its own box


def _is_missing(value: object) -> bool:
    if value is None or (isinstance(value, str) and value == ""):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _text(value: object) -> str:
    # Ranks and years come as floats when a column holds a missing value: 3.0 reads "3".
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def table_html(
    frame: pd.DataFrame,
    *,
    no_data: str,
    numeric: Collection[str] = (),
    links: Mapping[str, str] | None = None,
    badges: Mapping[str, str] | None = None,
    wide: Collection[str] = (),
    marked_by: str | None = None,
    marked: Collection[str] = (),
    caption: str = "",
) -> str:
    """``frame`` (already formatted for the language) as ``<table class="serambi-table">``.

    ``numeric``: columns aligned right (figures); ``links``: column -> the text of its links
    (the cell holds the URL); ``badges``: cell text -> CSS class of a badge (DATA CONTOH);
    ``wide``: long text (sources) that may wrap anywhere; ``no_data``: the words a missing
    cell is read out as. ``marked_by`` and ``marked``: the rows whose ``marked_by`` cell is
    in ``marked`` are marked (the chosen regions); ``caption``: the table's caption (which
    rows are marked, for every reader).
    """
    links = links or {}
    badges = badges or {}
    cols = list(frame.columns)
    none = (
        f'<td class="none" title="{html.escape(no_data, quote=True)}">'
        f'<span aria-hidden="true">–</span><span class="serambi-sr">{html.escape(no_data)}</span>'
        "</td>"
    )
    head = "".join(
        f'<th scope="col"{_NUM if c in numeric else ""}>{html.escape(str(neutralise(str(c))))}</th>'
        for c in cols
    )
    chosen = {str(c) for c in marked}
    keys = (
        [str(v) in chosen for v in frame[marked_by]]
        if marked_by is not None and marked_by in frame.columns and chosen
        else [False] * len(frame)
    )
    rows = []
    for values, is_marked in zip(frame.itertuples(index=False, name=None), keys, strict=True):
        cells = []
        for col, value in zip(cols, values, strict=True):
            if _is_missing(value):
                cells.append(none)
                continue
            text = _text(neutralise(value))  # per cell: no copy of the frame per change
            if col in links:
                if text.startswith(("https://", "http://")):
                    cells.append(
                        f'<td><a href="{html.escape(text, quote=True)}" target="_blank" '
                        f'rel="noopener noreferrer">{html.escape(links[col])}</a></td>'
                    )
                else:
                    cells.append(f"<td>{html.escape(text)}</td>")
            elif text in badges:
                cells.append(f'<td><span class="{badges[text]}">{html.escape(text)}</span></td>')
            elif col in numeric:
                cells.append(f'<td class="num">{html.escape(text)}</td>')
            elif col in wide:
                cells.append(f'<td class="src">{html.escape(text)}</td>')
            else:
                cells.append(f"<td>{html.escape(text)}</td>")
        row_open = '<tr class="serambi-chosen">' if is_marked else "<tr>"
        rows.append(row_open + "".join(cells) + "</tr>")
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    # A long table (over LONG_ROWS rows) scrolls inside its box: components/widgets/css/table.css.
    wrap = "serambi-table-wrap long" if len(rows) > LONG_ROWS else "serambi-table-wrap"
    # The box may scroll: a keyboard stop, so the arrow keys can scroll it (WCAG 2.1.1).
    named = f' role="region" aria-label="{html.escape(caption, quote=True)}"' if caption else ""
    return (
        f'<div class="{wrap}" tabindex="0"{named}><table class="serambi-table">{cap}'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def show(frame: pd.DataFrame, **options: object) -> None:
    """Draw :func:`table_html` of ``frame`` as one element (with the table's styles)."""
    layout.inject_css("table")
    st.html(table_html(frame, **options))  # type: ignore[arg-type]
