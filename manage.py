"""Command line: ``python manage.py import|datasets|rollback|import-targets|add-user|unlock|
template|brief``.

A top-level module, not part of a package: it wires the domain (:mod:`welfare`, whose import
engine is the same as the "Kelola data" page's, through :mod:`welfare.importing`'s façade)
and the meeting brief (:mod:`briefing`) to the command line, so the domain never imports
upwards. ``DATABASE_URL`` selects the store. Exit codes of ``import``: 0 valid and applied (or
valid, with --dry-run), 1 errors in the file, 3 warnings not confirmed (--confirm-warnings),
4 the store failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from pathlib import Path

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_NEEDS_CONFIRMATION = 3
EXIT_FAILED = 4


def _engine():  # noqa: ANN202 - imported lazily so `--help` stays fast
    from welfare import auth  # noqa: F401 - registers the login_attempt table on Base
    from welfare.db import make_engine
    from welfare.store import ensure_ready

    engine = make_engine()
    ensure_ready(engine)
    auth.ensure_auth_schema(engine)
    return engine


def _print_report(report, as_json: bool) -> None:  # noqa: ANN001
    if as_json:
        print(report.to_json())
        return
    fmt = report.file_format or "?"
    print(f"Berkas: {report.file_name} ({fmt}, sha256 {report.checksum[:12]}…)")
    print(
        f"Baris dibaca: {report.rows_read}, baris diterima: {report.rows_accepted}, "
        f"nilai: {report.values}, sel kosong/'-': {report.missing}"
    )
    if report.years:
        print(f"Tahun: {', '.join(map(str, report.years))}; indikator: {len(report.indicators)}")
    for title, issues, total in (
        ("Kesalahan", report.errors, report.errors_total),
        ("Peringatan", report.warnings, report.warnings_total),
        (
            "Catatan (dilewati atau diturunkan, tidak menghalangi impor)",
            report.notes,
            len(report.notes),
        ),
    ):
        if total:
            print(f"{title} ({total}):")
            for issue in issues:
                print(f"  - {issue.message}")
            if total > len(issues):
                print(f"  … dan {total - len(issues)} lagi (lihat --json)")
    print(f"Hasil: {report.summary}")
    if report.status == "needs_confirmation":
        print(
            "Periksa peringatan di atas; bila memang benar, jalankan ulang dengan "
            "--confirm-warnings."
        )


def _iso_date(text: str) -> str:
    """argparse type for --snapshot: a real calendar date written YYYY-MM-DD."""
    from datetime import date

    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' bukan tanggal YYYY-MM-DD (mis. 2026-01-23)"
        ) from None


def cmd_import(args: argparse.Namespace) -> int:
    from welfare.importing import MAX_FILE_BYTES, ImportOptions, import_bytes

    path = Path(args.file)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            print(
                f"Berkas terlalu besar ({size / 1024 / 1024:.1f} MB); batasnya "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB.",
                file=sys.stderr,
            )
            return EXIT_INVALID
        data = path.read_bytes()
    except OSError as exc:
        print(f"Berkas tidak dapat dibaca: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID
    options = ImportOptions(
        name=args.name,
        source=args.source,
        imported_by=args.by or os.environ.get("USER") or "cli",
        dry_run=args.dry_run,
        confirm_warnings=args.confirm_warnings,
        year=args.year,
        snapshot_date=args.snapshot,
    )
    report = import_bytes(_engine(), data, path.name, options)
    _print_report(report, args.json)
    return {
        "applied": EXIT_OK,
        "valid": EXIT_OK,
        "needs_confirmation": EXIT_NEEDS_CONFIRMATION,
        "failed": EXIT_FAILED,
    }.get(report.status, EXIT_INVALID)


KIND_LABELS = {"official": "resmi", "imported": "impor", "example": "CONTOH"}
STATUS_LABELS = {"active": "aktif", "rolled_back": "dibatalkan"}


def cmd_datasets(args: argparse.Namespace) -> int:
    from welfare.importing import list_datasets

    infos = list_datasets(_engine())
    if args.json:
        print(json.dumps([i.to_dict() for i in infos], ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        f"{'id':>4}  {'jenis':<7} {'status':<11} {'nilai':>6} {'berlaku':>7}  "
        f"{'diimpor':<16} {'oleh':<12} nama"
    )
    for i in infos:
        when = i.imported_at.strftime("%Y-%m-%d %H:%M") if i.imported_at else ""
        print(
            f"{i.id:>4}  {KIND_LABELS.get(i.kind, i.kind):<7} "
            f"{STATUS_LABELS.get(i.status, i.status):<11} {i.values:>6} {i.current_values:>7}  "
            f"{when:<16} {i.imported_by[:12]:<12} {i.name}"
        )
    return EXIT_OK


def cmd_rollback(args: argparse.Namespace) -> int:
    from welfare.importing import rollback_dataset

    result = rollback_dataset(_engine(), args.dataset_id)
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return EXIT_OK if result.ok else EXIT_INVALID


def cmd_import_targets(args: argparse.Namespace) -> int:
    from welfare.targets import import_targets

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"Berkas tidak dapat dibaca: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID
    by = args.by or os.environ.get("USER") or "cli"
    result = import_targets(_engine(), data, path.name, imported_by=by)
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return EXIT_OK if result.ok else EXIT_INVALID


def cmd_add_user(args: argparse.Namespace) -> int:
    from welfare import auth

    problem = auth.validate_username(args.username)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_INVALID
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Kata sandi: ")
        if getpass.getpass("Ulangi kata sandi: ") != password:
            print("Kedua kata sandi tidak sama; tidak ada yang disimpan.", file=sys.stderr)
            return EXIT_INVALID
    path = Path(args.users_file) if args.users_file else auth.users_file()
    try:
        is_new = auth.add_user(args.username, password, path)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_INVALID
    verb = "ditambahkan" if is_new else "diperbarui (kata sandi baru)"
    print(f"Pengguna '{args.username}' {verb} di {path}.")
    return EXIT_OK


def cmd_unlock(args: argparse.Namespace) -> int:
    from welfare import auth

    auth.unlock(_engine(), args.username)
    print(f"Kunci akun '{args.username}' dibuka; hitungan gagal masuk direset.")
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from welfare.catalogue import load_catalogue
    from welfare.importing.templates import template_csv, template_xlsx
    from welfare.seed import read_regions

    regions = list(read_regions())  # data/regions.csv: a template needs no store
    indicators = list(load_catalogue())
    year = args.year or date.today().year - 1
    data = (template_xlsx if args.format == "xlsx" else template_csv)(regions, indicators, year)
    Path(args.output).write_bytes(data)
    print(f"Templat ditulis ke {args.output}.")
    return EXIT_OK


def cmd_brief(args: argparse.Namespace) -> int:
    from briefing.build import build_brief, default_cover
    from briefing.document import Cover
    from views.agenda import AgendaError, load_agenda

    out = Path(args.output)
    ext = out.suffix.lower().lstrip(".")
    if ext not in ("pptx", "pdf"):
        print("Berkas keluaran harus berakhiran .pptx atau .pdf.", file=sys.stderr)
        return EXIT_USAGE
    try:
        agenda = load_agenda(args.agenda)
    except AgendaError as exc:
        print("Agenda belum dapat dipakai:", file=sys.stderr)
        for message in exc.messages(args.lang):
            print(f"  - {message}", file=sys.stderr)
        return EXIT_INVALID
    cover = default_cover(agenda, args.lang)
    try:
        day = date.fromisoformat(args.date) if args.date else cover.date
    except ValueError:
        print(f"Tanggal '{args.date}' tidak sah (tulis seperti 2026-03-10).", file=sys.stderr)
        return EXIT_USAGE
    cover = Cover(title=args.title or cover.title, date=day, place=args.place or cover.place)
    built = build_brief(agenda, cover, args.lang, data=None, formats=(ext,))
    out.write_bytes(built.files[ext])
    print(
        f"Bahan rapat ({len(agenda.steps)} tampilan, {built.seconds:.1f} detik) ditulis ke {out}."
    )
    if built.brief.has_example:
        print(f"Berisi DATA CONTOH; nama berkas yang disarankan: {built.file_name(ext)}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python manage.py", description="Serambi: impor dan kelola data kesejahteraan."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("import", help="periksa dan impor berkas .xlsx, .xls, .ods atau .csv")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--name", help="nama dataset (bawaan: 'Impor <berkas>')")
    p.add_argument("--source", help="sumber data (bawaan: nama berkas)")
    p.add_argument("--by", help="siapa yang mengimpor (bawaan: $USER)")
    p.add_argument("--year", type=int, help="tahun data bila berkas tidak menyebutnya")
    p.add_argument(
        "--snapshot",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help="tanggal posisi data DTSEN bila berkas tidak menyebutnya",
    )
    p.add_argument("--dry-run", action="store_true", help="hanya periksa, jangan simpan")
    p.add_argument("--json", action="store_true", help="laporan dalam JSON")
    p.add_argument(
        "--confirm-warnings",
        action="store_true",
        help="impor meskipun ada peringatan (sudah diperiksa)",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("datasets", help="daftar dataset")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_datasets)

    p = sub.add_parser("rollback", help="batalkan satu dataset impor")
    p.add_argument("dataset_id", type=int, metavar="DATASET_ID")
    p.set_defaults(func=cmd_rollback)

    p = sub.add_parser(
        "import-targets", help="impor target (kolom seperti data/seed/targets.csv) per dokumen"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--by", help="nama pengimpor (bawaan: $USER)")
    p.set_defaults(func=cmd_import_targets)

    p = sub.add_parser("add-user", help="tambah/ubah akun halaman Kelola data")
    p.add_argument("username", metavar="USERNAME")
    p.add_argument(
        "--password-stdin", action="store_true", help="baca kata sandi dari stdin (satu baris)"
    )
    p.add_argument(
        "--users-file", help="berkas pengguna (bawaan: $SERAMBI_USERS_FILE atau config/users.toml)"
    )
    p.set_defaults(func=cmd_add_user)

    p = sub.add_parser("unlock", help="buka kunci akun setelah terlalu sering gagal masuk")
    p.add_argument("username", metavar="USERNAME")
    p.set_defaults(func=cmd_unlock)

    p = sub.add_parser("template", help="tulis templat impor kosong")
    p.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    p.add_argument("--year", type=int)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("brief", help="susun bahan rapat (PPTX atau PDF) dari agenda presentasi")
    p.add_argument(
        "--agenda", help="berkas agenda (bawaan: $SERAMBI_AGENDA atau data/presentasi.toml)"
    )
    p.add_argument("-o", "--output", required=True, help="rakor.pptx atau rakor.pdf")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.add_argument("--title", help="judul rapat di sampul")
    p.add_argument("--date", help="tanggal rapat, YYYY-MM-DD (bawaan: hari ini)")
    p.add_argument("--place", help="tempat rapat")
    p.set_defaults(func=cmd_brief)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
