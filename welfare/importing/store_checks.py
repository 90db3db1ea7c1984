"""Checks of a file's values against what the store already holds.

Run twice per import: in the check (what staff confirm) and again inside the write
transaction, under the store's write lock, because another import may have committed in
between (:mod:`welfare.importing.facade`). Compared with real data only: example data exists
to be replaced, so it never raises a warning.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welfare.importing import snapshot
from welfare.importing.indicators import IndicatorMatcher
from welfare.importing.names import RegionResolver
from welfare.importing.report import ERROR, INFO, WARNING, Issue, format_number
from welfare.importing.validate import Validated
from welfare.models import (
    KIND_EXAMPLE,
    KIND_IMPORTED,
    STATUS_ACTIVE,
    Dataset,
    DatasetSnapshot,
    Observation,
)

# A value more than this many times last year's (or less than its inverse) is a jump to confirm.
JUMP_FACTOR = 3.0


def _current_values(
    session: Session, pairs: set[tuple[str, int]]
) -> dict[tuple[str, int], dict[str, float]]:
    """Current real (official or imported) (indicator, year) -> {region: value} for the pairs.

    Example data is left out on purpose: replacing invented numbers is what an import is for,
    so neither the plausibility check nor the "replaces values" note may compare with them.
    """
    out: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
    if not pairs:
        return out
    indicators = {p[0] for p in pairs}
    years = {p[1] for p in pairs}
    rows = session.execute(
        select(
            Observation.indicator_id,
            Observation.year,
            Observation.region_kode_bps,
            Observation.value,
        )
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Dataset.kind != KIND_EXAMPLE,
            Observation.superseded_by.is_(None),
            Observation.indicator_id.in_(indicators),
            Observation.year.in_(years),
        )
        .order_by(Observation.dataset_id)
    )
    for ind, year, region, value in rows:
        if (ind, year) in pairs:
            out[(ind, year)][region] = value
    return out


def store_checks(
    session: Session,
    validated: Validated,
    checksum: str,
    matcher: IndicatorMatcher,
    resolver: RegionResolver,
    snapshot_date: str | None = None,
) -> list[Issue]:
    """What the store says about ``validated``, in a stable order (same store, same issues).

    ERROR: the same file (``checksum``) is already imported and active. WARNING: a jump
    against last year, kecamatan that do not add up to their regency, a DTSEN snapshot older
    than the stored one. INFO: which stored values the file replaces.
    """
    issues: list[Issue] = []
    same = (
        session.execute(
            select(Dataset)
            .where(
                Dataset.checksum == checksum,
                Dataset.kind == KIND_IMPORTED,
                Dataset.status == STATUS_ACTIVE,
            )
            .order_by(Dataset.id)
        )
        .scalars()
        .first()
    )
    if same is not None:
        when = same.imported_at.strftime("%d-%m-%Y %H:%M") if same.imported_at else "?"
        issues.append(
            Issue(
                ERROR,
                "duplicate_file",
                f"berkas yang sama persis sudah diimpor sebagai dataset #{same.id} ('{same.name}', "
                f"oleh {same.imported_by}, {when} UTC); tidak diimpor dua kali. Jika ingin "
                "memulihkan data sebelumnya, batalkan (rollback) dataset yang lebih baru.",
            )
        )
        return issues  # the other checks would only repeat what that import already showed

    file_values: dict[tuple[str, str, int], float] = {
        (v.region, v.indicator, v.year): v.value for v in validated.values
    }
    pairs = {(v.indicator, v.year) for v in validated.values}
    previous_pairs = {(ind, year - 1) for ind, year in pairs}
    current = _current_values(session, pairs | previous_pairs)

    for v in validated.values:
        prev = file_values.get((v.region, v.indicator, v.year - 1))
        where = "dalam berkas ini"
        if prev is None:
            prev = current.get((v.indicator, v.year - 1), {}).get(v.region)
            where = "yang tersimpan"
        if prev is None or prev <= 0:
            continue
        ratio = v.value / prev
        if ratio > JUMP_FACTOR or ratio < 1 / JUMP_FACTOR:
            change = (
                f"lebih dari {JUMP_FACTOR:g} kali"
                if ratio > JUMP_FACTOR
                else f"kurang dari 1/{JUMP_FACTOR:g}"
            )
            e = v.entry
            issues.append(
                Issue(
                    WARNING,
                    "implausible_jump",
                    f"nilai {format_number(v.value)} untuk {resolver.label(v.region)} "
                    f"tahun {v.year} {change} nilai tahun {v.year - 1} {where} "
                    f"({format_number(prev)}); periksa kembali, lalu konfirmasi bila memang "
                    "benar.",
                    e.sheet,
                    e.row,
                    e.column,
                    e.header,
                )
            )

    for ind, year in sorted(pairs):
        stored = current.get((ind, year), {})
        replaced = sorted(
            r
            for r in stored
            if (r, ind, year) in file_values and stored[r] != file_values[(r, ind, year)]
        )
        if replaced:
            names = ", ".join(resolver.label(r) for r in replaced)
            issues.append(
                Issue(
                    INFO,
                    "replaces_values",
                    f"{matcher.get(ind).label_id} tahun {year}: nilai tersimpan untuk {names} "
                    "diganti dengan nilai dari berkas ini (nilai lama dapat dipulihkan dengan "
                    "membatalkan impor).",
                )
            )
    issues.extend(_kecamatan_sum_checks(validated, file_values, current, matcher, resolver))
    if snapshot_date:
        issues.extend(_older_snapshot_checks(session, pairs, snapshot_date, matcher))
    return issues


def _older_snapshot_checks(
    session: Session, pairs: set[tuple[str, int]], snapshot_date: str, matcher: IndicatorMatcher
) -> list[Issue]:
    """WARNING where the file's DTSEN snapshot is older than the one already stored.

    Values are replaced cell by cell whatever their date, so re-sending last quarter's export
    would silently put older deciles over newer ones; staff confirm that this is meant.
    """
    dtsen = {(ind, year) for ind, year in pairs if snapshot.is_dtsen_indicator(ind)}
    if not dtsen:
        return []
    rows = session.execute(
        select(
            Observation.indicator_id,
            Observation.year,
            func.max(DatasetSnapshot.snapshot_date),
        )
        .join(Dataset, Dataset.id == Observation.dataset_id)
        .join(DatasetSnapshot, DatasetSnapshot.dataset_id == Dataset.id)
        .where(
            Dataset.status == STATUS_ACTIVE,
            Observation.superseded_by.is_(None),
            Observation.indicator_id.in_({ind for ind, _ in dtsen}),
            Observation.year.in_({year for _, year in dtsen}),
        )
        .group_by(Observation.indicator_id, Observation.year)
    )
    mine = date.fromisoformat(snapshot_date)
    newer: dict[tuple[date, int], list[str]] = defaultdict(list)
    for ind, year, stored in rows:
        if (ind, year) in dtsen and stored is not None and stored > mine:
            newer[(stored, year)].append(matcher.get(ind).label_id)
    return [
        Issue(
            WARNING,
            "older_snapshot",
            f"berkas ini berposisi {snapshot.label_for(mine)}, lebih lama dari data DTSEN "
            f"tahun {year} yang tersimpan (posisi {snapshot.label_for(stored)}) untuk "
            f"{', '.join(sorted(labels)[:3])}{' ...' if len(labels) > 3 else ''}: bila diimpor, "
            "angka lama menggantikan yang lebih baru. Periksa kembali, lalu konfirmasi bila "
            "memang itu maksudnya.",
        )
        for (stored, year), labels in sorted(newer.items())
    ]


# Counts are whole numbers; a sum that is off by less than this is rounding, not a mismatch.
KECAMATAN_SUM_TOLERANCE = 0.5


def _kecamatan_sum_checks(
    validated: Validated,
    file_values: dict[tuple[str, str, int], float],
    current: dict[tuple[str, int], dict[str, float]],
    matcher: IndicatorMatcher,
    resolver: RegionResolver,
) -> list[Issue]:
    """WARNING where a file's kecamatan of a count indicator do not add up to their regency.

    The regency's value is the file's own, else the stored real (official or imported) one:
    a mismatch usually means a kecamatan is missing, counted twice or placed in the wrong
    regency. Not for rates or percentages, which do not add up.
    """
    sums: dict[tuple[str, str, int], float] = defaultdict(float)
    counted: dict[tuple[str, str, int], int] = defaultdict(int)
    for v in validated.values:
        if not resolver.is_kecamatan(v.region) or matcher.get(v.indicator).kind != "count":
            continue
        parent = resolver.parent(v.region)
        if parent is None:
            continue
        sums[(parent, v.indicator, v.year)] += v.value
        counted[(parent, v.indicator, v.year)] += 1
    issues: list[Issue] = []
    for (parent, ind, year), total in sorted(sums.items()):
        regency = file_values.get((parent, ind, year))
        where = "dalam berkas ini"
        if regency is None:
            regency = current.get((ind, year), {}).get(parent)
            where = "yang tersimpan"
        if regency is None or abs(total - regency) < KECAMATAN_SUM_TOLERANCE:
            continue
        n, m = counted[(parent, ind, year)], len(resolver.kecamatan_of(parent))
        issues.append(
            Issue(
                WARNING,
                "kecamatan_sum_mismatch",
                f"{matcher.get(ind).label_id} tahun {year}, {resolver.label(parent)}: jumlah "
                f"nilai kecamatan dalam berkas ini ({n} dari {m} kecamatan) "
                f"{format_number(total)} berbeda dengan nilai kabupaten/kota {where} "
                f"{format_number(regency)} (selisih {format_number(total - regency)}); periksa "
                "kecamatan yang hilang, ganda atau salah kabupaten/kota, lalu konfirmasi bila "
                "memang benar.",
            )
        )
    return issues
