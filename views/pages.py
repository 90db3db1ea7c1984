"""The app's pages: script, URL path, title key and icon, in navigation order
(maps and regions, then the rakor's pages, then data and sources).

One list for the router (``app.py``), the presenter bar and the ASGI entry point
(``serve.py``). The first page is the default: Streamlit serves it at ``/`` only, so its own
path (``/beranda``, which README documents and presenters share) is made an alias of ``/`` by
``serve.py`` before Streamlit's frontend reads the address.
"""

from __future__ import annotations

from typing import NamedTuple


class PageSpec(NamedTuple):
    script: str
    path: str
    title_key: str
    icon: str
    # Whether the page reads the shared indicator/year/region filter; a page that does not
    # shows no such filter in its sidebar (only language and presenter mode).
    view_filters: bool = True


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec("pages/beranda.py", "beranda", "nav.beranda", ":material/home:"),
    PageSpec("pages/peta.py", "peta", "nav.peta", ":material/map:"),
    PageSpec("pages/tren.py", "tren", "nav.tren", ":material/show_chart:"),
    PageSpec("pages/cakupan.py", "cakupan", "nav.cakupan", ":material/volunteer_activism:"),
    PageSpec("pages/profil.py", "profil", "nav.profil", ":material/location_city:"),
    PageSpec(
        "pages/sasaran.py",
        "sasaran",
        "target.nav",
        ":material/target:",
    ),
    PageSpec(
        "pages/sinkronisasi.py",
        "sinkronisasi",
        "nav.sinkronisasi",
        ":material/hub:",
    ),
    PageSpec(
        "pages/antisipasi.py",
        "antisipasi",
        "nav.antisipasi",
        ":material/trending_up:",
        view_filters=False,
    ),
    PageSpec(
        "pages/sinyal.py",
        "sinyal",
        "nav.sinyal",
        ":material/notifications_active:",
        view_filters=False,
    ),
    PageSpec(
        "pages/rumusan.py",
        "rumusan",
        "nav.rumusan",
        ":material/checklist:",
        view_filters=False,
    ),
    PageSpec(
        "pages/bahan.py",
        "bahan",
        "nav.bahan",
        ":material/slideshow:",
        view_filters=False,
    ),
    PageSpec(
        "pages/ketersediaan.py",
        "ketersediaan",
        "nav.ketersediaan",
        ":material/grid_on:",
        view_filters=False,
    ),
    PageSpec(
        "pages/data.py",
        "data",
        "nav.data",
        ":material/database:",
        view_filters=False,
    ),
    PageSpec(
        "pages/tentang.py",
        "tentang",
        "nav.tentang",
        ":material/info:",
        view_filters=False,
    ),
)

HOME_PATH = PAGE_SPECS[0].path
PAGE_PATHS = tuple(spec.path for spec in PAGE_SPECS)
