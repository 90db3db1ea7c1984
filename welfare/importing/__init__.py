"""Import of staff spreadsheets (.xlsx, .xls, .ods, CSV) into the welfare store.

Pure Python, no streamlit. Callers use this package's names only: :func:`check` reads and
checks a file once and returns a :class:`CheckResult` (report, values, located cells and
reference, for the preview in :mod:`~welfare.importing.preview`); :func:`apply` writes a check
result as one dataset version; :func:`import_bytes` does both in one call (``python manage.py
import``). :func:`list_datasets` and :func:`rollback_dataset` manage the versions; blank files
come from :mod:`~welfare.importing.templates`. How the stages are split: :mod:`.facade`.
"""

from welfare.importing.facade import (
    STAGE_READING,
    STAGE_STORE,
    STORE_CHANGED,
    CheckResult,
    ImportOptions,
    apply,
    check,
    import_bytes,
)
from welfare.importing.reader import MAX_FILE_BYTES, MAX_ROWS
from welfare.importing.reference import Reference, stored_reference
from welfare.importing.report import (
    STATUS_APPLIED,
    STATUS_FAILED,
    STATUS_INVALID,
    STATUS_NEEDS_CONFIRMATION,
    STATUS_VALID,
    ImportReport,
    Issue,
)
from welfare.importing.versions import DatasetInfo, RollbackResult, list_datasets, rollback_dataset

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "STAGE_READING",
    "STAGE_STORE",
    "STATUS_APPLIED",
    "STATUS_FAILED",
    "STATUS_INVALID",
    "STATUS_NEEDS_CONFIRMATION",
    "STATUS_VALID",
    "STORE_CHANGED",
    "CheckResult",
    "DatasetInfo",
    "ImportOptions",
    "ImportReport",
    "Issue",
    "Reference",
    "RollbackResult",
    "apply",
    "check",
    "import_bytes",
    "list_datasets",
    "rollback_dataset",
    "stored_reference",
]
