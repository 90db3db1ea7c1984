"""View models: what a map or a coverage table says, in one language, ready to be drawn.

The pages (:mod:`components`, with Streamlit's caches) and the meeting brief (:mod:`briefing`,
from the command line too) read the same data and build the same views here, so a map's title,
classes, colours, legend notes, decimals, sources and DATA CONTOH mark are the same on screen
and on a slide. Pure: no Streamlit and no store access (tables come in as arguments). Words
come from :func:`views.i18n.t` (every UI word of the product, both languages, one registry)
and sources are worded by :mod:`views.source_links`; the Streamlit pages, the brief and these
view models all import them from here, so nothing below components/ imports components/.
"""
