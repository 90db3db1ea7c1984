"""Rumusan rakor: a meeting's numbered resolutions, recorded as they are decided and followed
up until the next meeting.

A rumusan has a kind, the parties responsible, the regions concerned, optionally indicators
with the target the meeting set, a deadline, a status and a dated trail of follow-up notes.
Every change is audited; nothing is deleted without a trace. The store starts empty: no
resolution is invented, and demonstration records are example data, loaded only on request.

Checking typed input (a form's dict or a template row; messages in Bahasa Indonesia that
name the field):

- :mod:`~welfare.rumusan.vocab`: the closed lists (kinds, statuses, directions, party kinds)
  and the written forms each accepts;
- :mod:`~welfare.rumusan.texts`: what happens to typed text (control characters, limits) and
  how the UI escapes it (:func:`~welfare.rumusan.texts.as_markdown`,
  :func:`~welfare.rumusan.texts.as_html`, :func:`~welfare.rumusan.texts.evidence_link`);
- :mod:`~welfare.rumusan.dates`: dates as staff write them ("12 Mei 2026", "31/12/2026");
- :mod:`~welfare.rumusan.regions`, :mod:`~welfare.rumusan.parties`,
  :mod:`~welfare.rumusan.links`: regions joined on codes, parties responsible, linked
  indicators with their targets;
- :mod:`~welfare.rumusan.problems` and :mod:`~welfare.rumusan.records`: one meeting, rumusan
  or note checked field by field into a draft (:mod:`~welfare.rumusan.drafts`);
  :mod:`~welfare.rumusan.draft_checks` holds a hand-built draft to the same rules.

The store (one locked transaction and one audit row per change):

- :mod:`~welfare.rumusan.store`: add, update under a version check, change status, soft
  delete, restore (with :mod:`~welfare.rumusan.meetings` and :mod:`~welfare.rumusan.notes`
  re-exported); results are :class:`~welfare.rumusan.edits.EditResult`;
- :mod:`~welfare.rumusan.listing`: by meeting, by regency, by status, the audit trail;
- :mod:`~welfare.rumusan.stored`: the frozen records read back, and the audit's JSON.

Following up:

- :mod:`~welfare.rumusan.rules`: "terlambat", status counts, late first;
- :mod:`~welfare.rumusan.progress`: a linked indicator's current value against its target;
- :mod:`~welfare.rumusan.template` and :mod:`~welfare.rumusan.importing`: the import
  template for a typed list of one meeting's rumusan, and its all-or-nothing import;
- :mod:`~welfare.rumusan.examples`: a demonstration meeting (DATA CONTOH), on request only.

Pure Python, no streamlit.
"""
