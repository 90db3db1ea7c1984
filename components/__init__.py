"""Streamlit UI; with pages/ and app.py the only code that imports streamlit. Three rooms:

- :mod:`components.bodies`: the body of each page (``render(state)``), called by the thin file
  in pages/, and page sections (the change map, the kecamatan level);
- :mod:`components.widgets`: pieces several pages use (cards, tables, the map frame, charts,
  downloads, login, styles; CSS in ``widgets/css/``);
- :mod:`components.state`: the shared view (``view_state`` checks every source of a view,
  ``filters.apply`` writes it), routing, the one cache layer (``data_access``) and what drives a
  run (first paint, presenter, playback).

Bodies may use widgets and state; widgets may use state; state uses neither. What a page says
(numbers, words, units, decimals) comes from :mod:`views`.
"""
