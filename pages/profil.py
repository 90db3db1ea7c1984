"""Profil wilayah: every indicator of one regency on one screen, printable on A4."""

from __future__ import annotations

from components.router import ensure_router

ensure_router()

from components import filters, profile_view

state = filters.current()
filters.show_notices()

profile_view.render(state)
