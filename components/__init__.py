"""Streamlit UI pieces; the only package besides pages/ and app.py that imports streamlit.

Names say what a module holds:

- ``*_page.py``: the body of one page (``render(state)``), called by the thin file in pages/:
  ``map_page`` (Peta), ``trend_page``, ``coverage_page``, ``profile_page``, ``home_page``,
  ``targeting_page`` (Sasaran), ``availability_page`` (Ketersediaan), ``brief_page`` (Bahan).
- ``data_access``: the one caching layer over the store and the geodata.
- ``filters`` + ``view_state``: the shared view (URL, sidebar, agenda, map clicks): every
  source is checked in ``view_state`` and written by ``filters.apply``.
- pieces used by several pages: ``current_map`` (the map of the current view, from
  :mod:`views.indicator_map`), ``leaflet_map`` (draws it with streamlit-folium),
  ``change_map`` (the change between two years, from :mod:`views.change_map`),
  ``playback``, ``kecamatan_map``, ``exports``, ``tables``, ``plot`` (a Plotly figure from
  :mod:`charts`), ``layout`` (page chrome, CSS files in ``css/``). UI words: :mod:`views.i18n`.
"""
