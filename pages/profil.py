"""Profil wilayah: every indicator of one regency on one screen, printable on A4 (or of one
kecamatan, chosen on the map: ``tingkat=kecamatan&kec=64.09.04``)."""

from __future__ import annotations

from components.state.router import ensure_router

ensure_router()

from components.bodies import profile_page
from components.state import filters

state = filters.current()
filters.show_notices()

if state.level == "kecamatan" and state.kecamatan:
    from components.bodies import kecamatan_profile

    kecamatan_profile.render(state)
else:
    profile_page.render(state)
