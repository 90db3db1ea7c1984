"""What the Rumusan page, the regency profile and the Bahan rapat slide say about the rakor's
resolutions: status words (with the derived "terlambat"), a linked indicator's live value
against the target the meeting set, the status counts, and the tables by meeting, regency and
status. The rules are :mod:`welfare.rumusan` (:mod:`~welfare.rumusan.rules` for the deadline,
:mod:`~welfare.rumusan.progress` for the value); these views give them words, digits
(:mod:`welfare.formatting`) and sources in one language.

Texts typed by people (the rumusan, parties, notes) are returned as typed: whoever draws
them escapes them (:func:`welfare.rumusan.texts.as_html` / ``as_markdown``; the XLSX is
neutralised by :mod:`welfare.exporting`).

This module is the one name the pages, the PDF and the slide import (``rv.build_items``,
``rv.list_table``, ...); the views live by concern in:

- :mod:`views.rumusan_words`: status, kind, date, region and meeting labels; ``today`` (WITA);
- :mod:`views.rumusan_progress`: a linked indicator against its target (:class:`LinkLine`);
- :mod:`views.rumusan_items`: one rumusan (:class:`Item`), the list, the status counts;
- :mod:`views.rumusan_tables`: the list, regency, status and meeting tables, the follow-up
  matrix and the change history;
- :mod:`views.rumusan_map`: the map of open rumusan per regency;
- :mod:`views.rumusan_forms`: field labels, problems, the compare view, region pickers.
"""

from __future__ import annotations

from views.rumusan_forms import (
    FIELD_KEYS,
    CompareRow,
    compare_rows,
    field_label,
    number_text,
    problem_text,
    region_option,
    region_options,
)
from views.rumusan_items import (
    Item,
    NoteLine,
    build_item,
    build_items,
    counts_text,
    status_chips,
)
from views.rumusan_map import open_layer
from views.rumusan_progress import LinkLine, citations_of, link_line, target_text
from views.rumusan_tables import (
    follow_up_matrix,
    list_table,
    meeting_table,
    regency_counts,
    regency_table,
    status_table,
    trail_table,
)
from views.rumusan_words import (
    OPEN,
    SHOWN_ORDER,
    day_label,
    host_name,
    kind_label,
    meeting_line,
    meeting_option,
    parties_text,
    regency_names,
    region_name,
    regions_text,
    status_label,
    today,
    when_label,
)

__all__ = [
    "FIELD_KEYS",
    "OPEN",
    "SHOWN_ORDER",
    "CompareRow",
    "Item",
    "LinkLine",
    "NoteLine",
    "build_item",
    "build_items",
    "citations_of",
    "compare_rows",
    "counts_text",
    "day_label",
    "field_label",
    "follow_up_matrix",
    "host_name",
    "kind_label",
    "link_line",
    "list_table",
    "meeting_line",
    "meeting_option",
    "meeting_table",
    "number_text",
    "open_layer",
    "parties_text",
    "problem_text",
    "regency_counts",
    "regency_names",
    "regency_table",
    "region_name",
    "region_option",
    "region_options",
    "regions_text",
    "status_chips",
    "status_label",
    "status_table",
    "target_text",
    "today",
    "trail_table",
    "when_label",
]
