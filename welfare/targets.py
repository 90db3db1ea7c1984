"""Development targets: one import path for the two modules that hold them.

- :mod:`welfare.target_sets`: reading target CSVs, loading the committed seed, importing
  staff tables as target sets, the current targets;
- :mod:`welfare.target_status`: the target that applies to a value, the distance to it and
  the status (*tercapai* / *perlu perhatian* / *kritis*).

Many pages, widgets, the store and the command line import ``welfare.targets``; it re-exports
both so they keep working. New code may import the module it needs directly.
"""

from __future__ import annotations

from welfare.target_sets import (
    KIND_TARGET,
    NATIONAL_CODE,
    REPO_ROOT,
    REQUIRED_IMPORT_COLUMNS,
    TARGET_COLUMNS,
    TARGET_SEED_NAME,
    TARGET_SEED_PATH,
    TargetImportResult,
    current_targets,
    ensure_target_seed,
    import_targets,
    read_target_csv,
    unknown_codes,
)
from welfare.target_status import (
    LEVEL_NATIONAL,
    LEVEL_PROVINCE,
    LEVEL_REGION,
    PROVINCE_CODE,
    SETTINGS_PATH,
    STATUS_ACHIEVED,
    STATUS_ATTENTION,
    STATUS_CRITICAL,
    STATUSES,
    UNKNOWN_DOCUMENT,
    StatusRow,
    StatusThresholds,
    applicable_target,
    bound,
    distance_to_target,
    load_status_thresholds,
    status_table,
    target_status,
    target_text,
)

__all__ = [
    "KIND_TARGET",
    "LEVEL_NATIONAL",
    "LEVEL_PROVINCE",
    "LEVEL_REGION",
    "NATIONAL_CODE",
    "PROVINCE_CODE",
    "REPO_ROOT",
    "REQUIRED_IMPORT_COLUMNS",
    "SETTINGS_PATH",
    "STATUSES",
    "STATUS_ACHIEVED",
    "STATUS_ATTENTION",
    "STATUS_CRITICAL",
    "TARGET_COLUMNS",
    "TARGET_SEED_NAME",
    "TARGET_SEED_PATH",
    "UNKNOWN_DOCUMENT",
    "StatusRow",
    "StatusThresholds",
    "TargetImportResult",
    "applicable_target",
    "bound",
    "current_targets",
    "distance_to_target",
    "ensure_target_seed",
    "import_targets",
    "load_status_thresholds",
    "read_target_csv",
    "status_table",
    "target_status",
    "target_text",
    "unknown_codes",
]
