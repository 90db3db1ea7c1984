"""Import of staff spreadsheets (.xlsx, .xls, .ods, CSV) into the welfare store.

Pure Python, no streamlit: the command line (``python -m welfare import``) and the "Kelola data"
page call the same :func:`import_bytes`.
"""

from welfare.importing.apply import ImportOptions, import_bytes
from welfare.importing.report import ImportReport, Issue
from welfare.importing.versions import DatasetInfo, RollbackResult, list_datasets, rollback_dataset

__all__ = [
    "DatasetInfo",
    "ImportOptions",
    "ImportReport",
    "Issue",
    "RollbackResult",
    "import_bytes",
    "list_datasets",
    "rollback_dataset",
]
