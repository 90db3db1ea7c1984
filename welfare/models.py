"""SQLAlchemy models of the welfare store.

Every stored number (an :class:`Observation`) belongs to a :class:`Dataset` that says where it
came from (source, kind, who imported it and when). Regions are keyed by their BPS code and
also carry the Kemendagri code, because the two systems differ for four regencies.

Kecamatan (districts) are regions too, so observations can refer to them without a new column
(``create_all`` never adds one to an existing table): a :class:`Region` row with
``jenis = 'kecamatan'`` whose key ``kode_bps`` holds the **Kemendagri kecamatan code with
dots** ('64.09.04' = Sepaku; the same value as ``kode_kemendagri``). It cannot collide with a
BPS regency code (four digits, no dot) or the province ('64'). The parent regency follows from
the code ('64.09' -> the regency whose ``kode_kemendagri`` is '64.09', BPS 6409), never from a
name; ``luas_km2`` is 0 for kecamatan (not in the committed table). Queries that mean "the ten
kabupaten/kota" therefore filter ``jenis in REGENCY_KINDS``, never ``jenis != 'provinsi'``.

Versioning: an import that covers the same (indicator, year) pairs as earlier data marks the
earlier observations ``superseded_by`` the new dataset. The current view is "observations of
active datasets that nobody superseded"; a rollback clears those marks again.

Tables added later live in tables of their own, never as new columns of old tables, because
``Base.metadata.create_all`` creates missing tables in an existing database but never adds a
column to a table that exists (and Serambi has no migration tool):

- :class:`DatasetSnapshot`: the DTSEN snapshot date ("DTSEN per 23 Januari 2026") of a
  dataset, one row per dataset that has one (a DTSEN figure is meaningless without it);
- :class:`TargetSet` and :class:`Target`: development targets (RPJMN, RPJMD ...) with the
  document each one comes from, loaded from ``data/seed/targets.csv`` or imported;
- :class:`Meeting`, :class:`Rumusan` and their child tables: the rakor's resolutions with
  their parties, regions, linked indicators and follow-up notes, and
  :class:`RumusanAudit`, one row per change (see :mod:`welfare.rumusan`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Dataset kinds.
KIND_OFFICIAL = "official"  # published figures with a citation per number
KIND_IMPORTED = "imported"  # loaded by Dinas Sosial staff from their own tables
KIND_EXAMPLE = "example"  # generated example data: must be labelled "DATA CONTOH" wherever shown

# Region kinds (``Region.jenis``).
REGENCY_KINDS = ("kabupaten", "kota")
KIND_KECAMATAN = "kecamatan"
KIND_PROVINCE = "provinsi"

# Dataset statuses.
STATUS_ACTIVE = "active"
STATUS_ROLLED_BACK = "rolled_back"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Region(Base):
    """A kabupaten/kota, the province (kode_bps '64') or a kecamatan (key '64.09.04')."""

    __tablename__ = "region"

    kode_bps: Mapped[str] = mapped_column(String(8), primary_key=True)  # '6403'
    kode_kemendagri: Mapped[str] = mapped_column(String(8), unique=True)  # '64.02'
    nama: Mapped[str] = mapped_column(String(80))
    jenis: Mapped[str] = mapped_column(String(16))  # kabupaten | kota | provinsi | kecamatan
    ibukota: Mapped[str] = mapped_column(String(80))
    luas_km2: Mapped[float] = mapped_column(Float)


class Indicator(Base):
    """One entry of the indicator catalogue (``data/indicators.csv``)."""

    __tablename__ = "indicator"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label_id: Mapped[str] = mapped_column(String(160))
    label_en: Mapped[str] = mapped_column(String(160))
    unit: Mapped[str] = mapped_column(String(40))  # jiwa, persen, KPM, rupiah/kapita/bulan ...
    group: Mapped[str] = mapped_column(String(32))  # kependudukan, kemiskinan, pmks, program, psks
    kind: Mapped[str] = mapped_column(String(16))  # count | percent | index | currency | area
    # Indicator whose value is the denominator: 'penduduk_jiwa' turns a count into a rate per
    # 1.000 penduduk; for a programme's recipients it is the need (eligible) indicator.
    denominator: Mapped[str | None] = mapped_column(String(64), nullable=True)
    higher_is_worse: Mapped[bool] = mapped_column(Boolean, default=True)
    description_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Dataset(Base):
    """One load of numbers: the official seed, the example seed, or one staff import."""

    __tablename__ = "dataset"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # KIND_OFFICIAL, KIND_IMPORTED or KIND_EXAMPLE
    source: Mapped[str] = mapped_column(Text)  # citation, or the uploaded file's display name
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(120))
    checksum: Mapped[str | None] = mapped_column(String(64), nullable=True)  # sha256 of the file
    status: Mapped[str] = mapped_column(String(16), default=STATUS_ACTIVE)
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_accepted: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    observations: Mapped[list[Observation]] = relationship(
        back_populates="dataset", foreign_keys="Observation.dataset_id"
    )


class Observation(Base):
    """One number: a region's value of an indicator in a year."""

    __tablename__ = "observation"
    __table_args__ = (
        UniqueConstraint("dataset_id", "region_kode_bps", "indicator_id", "year"),
        Index("ix_observation_lookup", "indicator_id", "year", "region_kode_bps"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id", ondelete="CASCADE"))
    region_kode_bps: Mapped[str] = mapped_column(ForeignKey("region.kode_bps"))
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id"))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str | None] = mapped_column(Text, nullable=True)  # per-number citation
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    superseded_by: Mapped[int | None] = mapped_column(
        ForeignKey("dataset.id"), nullable=True, index=True
    )

    dataset: Mapped[Dataset] = relationship(
        back_populates="observations", foreign_keys=[dataset_id]
    )


class DatasetSnapshot(Base):
    """The snapshot date of a dataset's DTSEN figures (``posisi data``), one row per dataset."""

    __tablename__ = "dataset_snapshot"

    dataset_id: Mapped[int] = mapped_column(
        ForeignKey("dataset.id", ondelete="CASCADE"), primary_key=True
    )
    snapshot_date: Mapped[date] = mapped_column(Date)
    # As the file wrote it ("23 Januari 2026", "Agustus 2025"): a month-only date is stored as
    # the first of the month, and the label keeps that the day was not given.
    label: Mapped[str] = mapped_column(String(120))
    found_in: Mapped[str | None] = mapped_column(Text, nullable=True)  # where it was read


# Target set origins.
TARGET_ORIGIN_SEED = "seed"
TARGET_ORIGIN_IMPORT = "import"


class TargetSet(Base):
    """One load of targets: the committed seed (``data/seed/targets.csv``) or an import."""

    __tablename__ = "target_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(16))  # TARGET_ORIGIN_*
    source: Mapped[str] = mapped_column(Text)
    checksum: Mapped[str | None] = mapped_column(String(64), nullable=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(16), default=STATUS_ACTIVE)


class Target(Base):
    """One target as a document states it: a value, or a range (lower/upper), for one year.

    ``region_kode`` is the BPS code without dot ('6403', '64' the province) or '00' for the
    national target, so it is not a foreign key of ``region``. ``usable`` is false for claims
    the source itself flags as doubtful or not official; they are kept, shown, never used
    for a status.
    """

    __tablename__ = "target"
    __table_args__ = (Index("ix_target_lookup", "indicator_id", "region_kode", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    target_set_id: Mapped[int] = mapped_column(ForeignKey("target_set.id", ondelete="CASCADE"))
    indicator_id: Mapped[str] = mapped_column(String(64))
    region_kode: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    lower: Mapped[float | None] = mapped_column(Float, nullable=True)
    upper: Mapped[float | None] = mapped_column(Float, nullable=True)
    document: Mapped[str] = mapped_column(String(200))
    usable: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("target_set.id"), nullable=True)


class Activity(Base):
    """One version of one programme activity of the register (who does what where, for whom).

    ``uid`` names the activity across its versions: adding it, correcting it and closing it
    each write a new row with the same ``uid`` in a new :class:`Dataset` (who, when, why) and
    mark the previous row ``superseded_by`` that dataset, so nothing is overwritten and a
    rollback of the dataset makes the previous version current again. The current register is
    "rows of active datasets that nobody superseded", like observations.

    ``region_kode_bps`` is a regency's BPS code or '64' for an activity the source gives for
    the whole province (never split over regencies); ``kecamatan_kode`` is the Kemendagri
    kecamatan key ('64.09.04') where one is given. ``year_from`` is set for a multi-year
    total (``year`` is then its last year); such totals never enter a one-year sum.
    """

    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_lookup", "year", "region_kode_bps", "target_group"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(40), index=True)
    programme: Mapped[str] = mapped_column(String(64))  # catalogue id, or 'lainnya'
    programme_name: Mapped[str] = mapped_column(String(200))  # as the source names it
    level: Mapped[str] = mapped_column(
        String(16)
    )  # pusat | provinsi | kabupaten_kota | desa | lainnya
    funding: Mapped[str | None] = mapped_column(String(32), nullable=True)  # None: not stated
    agency: Mapped[str] = mapped_column(String(200))
    target_group: Mapped[str] = mapped_column(String(64))  # target-group catalogue id
    target_group_text: Mapped[str | None] = mapped_column(Text, nullable=True)  # as written
    region_kode_bps: Mapped[str] = mapped_column(ForeignKey("region.kode_bps"))
    kecamatan_kode: Mapped[str | None] = mapped_column(String(12), nullable=True)
    year: Mapped[int] = mapped_column(Integer)
    year_from: Mapped[int | None] = mapped_column(Integer, nullable=True)
    planned: Mapped[float | None] = mapped_column(Float, nullable=True)
    planned_unit: Mapped[str | None] = mapped_column(String(24), nullable=True)
    realised: Mapped[float | None] = mapped_column(Float, nullable=True)
    realised_unit: Mapped[str | None] = mapped_column(String(24), nullable=True)
    budget_rp: Mapped[float | None] = mapped_column(Float, nullable=True)
    status: Mapped[str] = mapped_column(String(16))  # rencana | berjalan | selesai
    source: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    change: Mapped[str] = mapped_column(
        String(16), default="impor"
    )  # impor | tambah | koreksi | tutup
    superseded_by: Mapped[int | None] = mapped_column(
        ForeignKey("dataset.id"), nullable=True, index=True
    )


class Meeting(Base):
    """A rakor (coordination meeting) whose rumusan are recorded (:mod:`welfare.rumusan`).

    ``host_kode`` is the host regency's BPS code, or '64' when the province hosts it. Rows are
    edited in place with ``version`` + 1 per change; :class:`RumusanAudit` keeps every version.
    Never deleted: a removal sets ``deleted_at``/``deleted_by`` (and is audited).
    """

    __tablename__ = "rakor_meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    host_kode: Mapped[str] = mapped_column(String(8))  # regency BPS code or '64'
    is_example: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    deleted_by: Mapped[str | None] = mapped_column(String(120), nullable=True)


class Rumusan(Base):
    """One numbered resolution of a meeting, edited in place under a version check.

    ``kind``: kebijakan | program | data | anggaran | kelembagaan; ``status``: belum_dimulai |
    berjalan | selesai | tidak_dilanjutkan ("terlambat" is derived, never stored). Its parties,
    regions and linked indicators are child rows rewritten with each version; the before and
    after of every change is in :class:`RumusanAudit`. ``is_example`` follows the meeting's.
    A removal is a soft delete (``deleted_*``), audited, and can be undone.
    """

    __tablename__ = "rumusan"
    __table_args__ = (Index("ix_rumusan_meeting", "meeting_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("rakor_meeting.id"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(24))
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_example: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    deleted_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    deleted_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class RumusanParty(Base):
    """A party responsible for a rumusan: Dinsos provinsi, a regency's Dinsos (``regency_kode``
    its BPS code; None: every kabupaten/kota's Dinsos) or another agency (``name`` as typed)."""

    __tablename__ = "rumusan_party"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rumusan_id: Mapped[int] = mapped_column(ForeignKey("rumusan.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24))  # dinsos_provinsi | dinsos_kabkota | lainnya
    regency_kode: Mapped[str | None] = mapped_column(String(8), nullable=True)
    name: Mapped[str] = mapped_column(String(200))


class RumusanRegion(Base):
    """A region a rumusan concerns: '64' (all of Kalimantan Timur), a regency's BPS code or a
    kecamatan's Kemendagri key ('64.09.04'). ``regency_kode`` is the regency it falls in
    ('64' for all), so "the rumusan of one regency" is one indexed lookup."""

    __tablename__ = "rumusan_region"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rumusan_id: Mapped[int] = mapped_column(ForeignKey("rumusan.id"), index=True)
    region_kode: Mapped[str] = mapped_column(String(12))
    regency_kode: Mapped[str] = mapped_column(String(8), index=True)


class RumusanIndicator(Base):
    """An indicator a rumusan targets: "cakupan PKH di PPU >= 90 % pada 2026".

    ``direction`` is '>=' (reached at or above the target) or '<=' (at or below).
    """

    __tablename__ = "rumusan_indicator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rumusan_id: Mapped[int] = mapped_column(ForeignKey("rumusan.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    indicator_id: Mapped[str] = mapped_column(String(64))
    region_kode: Mapped[str] = mapped_column(String(12))
    target_value: Mapped[float] = mapped_column(Float)
    direction: Mapped[str] = mapped_column(String(2))
    target_year: Mapped[int] = mapped_column(Integer)


class RumusanNote(Base):
    """A dated follow-up note on a rumusan: who wrote it, the text, the evidence (a link or a
    document name). Appended, never edited; a removal is a soft delete (audited)."""

    __tablename__ = "rumusan_note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rumusan_id: Mapped[int] = mapped_column(ForeignKey("rumusan.id"), index=True)
    noted_on: Mapped[date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    deleted_by: Mapped[str | None] = mapped_column(String(120), nullable=True)


class RumusanAudit(Base):
    """One change of a meeting, a rumusan or a note: who, when, and the record before and
    after as JSON (``None`` before an insert). ``action``: insert | update | status | delete |
    restore. Rows are only ever added."""

    __tablename__ = "rumusan_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(16))  # meeting | rumusan | note
    entity_id: Mapped[int] = mapped_column(Integer)
    meeting_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    rumusan_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(16))
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    changed_by: Mapped[str] = mapped_column(String(120))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)


class OutlookSet(Base):
    """One load of an outlook seed file (``data/seed/population_outlook.csv`` or
    ``kecamatan_outlook.csv``): the file, its checksum, who loaded it and when.

    The outlook lives in tables of its own (see :mod:`welfare.outlook.seed`); a changed file is
    loaded as a new set and readers take the newest active set of each file.
    """

    __tablename__ = "outlook_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(200))  # repository path of the seed file
    checksum: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(16), default=STATUS_ACTIVE)
    rows: Mapped[int] = mapped_column(Integer, default=0)


class OutlookFigure(Base):
    """One published outlook figure: a BPS projection, a Dukcapil count or flow, an IKN plan
    stage, a figure of the IKN census, with its concept, citation and flags.

    ``region_kode`` is a regency's BPS code ('6409'), the province ('64'), a kecamatan's
    Kemendagri key ('64.09.04') or the IKN area ('64.IKN'), so it is not a foreign key of
    ``region``: the IKN area cuts across two regencies and is no region of the store.
    """

    __tablename__ = "outlook_figure"
    __table_args__ = (
        UniqueConstraint("outlook_set_id", "region_kode", "indicator_id", "year"),
        Index("ix_outlook_figure_lookup", "region_kode", "indicator_id", "year"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    outlook_set_id: Mapped[int] = mapped_column(ForeignKey("outlook_set.id", ondelete="CASCADE"))
    region_kode: Mapped[str] = mapped_column(String(12))
    indicator_id: Mapped[str] = mapped_column(String(64))
    concept: Mapped[str] = mapped_column(String(24))  # welfare.outlook.concepts.CONCEPTS
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(60))  # as the source wrote it
    stage: Mapped[str | None] = mapped_column(String(80), nullable=True)  # IKN plan stage
    secondary: Mapped[bool] = mapped_column(Boolean, default=False)
    partial: Mapped[bool] = mapped_column(Boolean, default=False)  # part of the year only
    rounded: Mapped[bool] = mapped_column(Boolean, default=False)
    source_tier: Mapped[str] = mapped_column(String(16))  # bps | pemerintah | media_lainnya
    released: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class SignalShown(Base):
    """A signal already shown for exactly these two numbers (the cooldown of
    :mod:`welfare.outlook.signals`): one row per key, never updated.

    ``key`` is derived from the indicator, the region and both (year, value) pairs, so a new
    value or a corrected one makes a new signal while the same change is shown once.
    """

    __tablename__ = "signal_shown"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    indicator_id: Mapped[str] = mapped_column(String(64))
    region_kode: Mapped[str] = mapped_column(String(12))
    baseline_year: Mapped[int] = mapped_column(Integer)
    baseline_value: Mapped[float] = mapped_column(Float)
    latest_year: Mapped[int] = mapped_column(Integer)
    latest_value: Mapped[float] = mapped_column(Float)
    shown_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    shown_by: Mapped[str] = mapped_column(String(120))
    context: Mapped[str | None] = mapped_column(Text, nullable=True)  # e.g. "rakor 2026-05-20"
