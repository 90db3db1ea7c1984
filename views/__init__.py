"""View models: what a page or a slide says, in one language, ready to be drawn.

The pages (:mod:`components`, with Streamlit's caches) and the meeting brief read the same data
and build the same views here, so a map's title, classes, colours, legend notes, decimals,
sources and DATA CONTOH mark are the same on screen and on a slide. The page view models
(:mod:`views.indicator_map`, :mod:`views.change_map`, :mod:`views.coverage_gap`,
:mod:`views.trend`, :mod:`views.home`, ...) are pure: no Streamlit and no store access (tables
come in as arguments). What each agenda step's slide says is assembled here too, from those
same view models: :mod:`views.slides` (one ``slide_<page>`` module per page, the
:class:`views.slide.View` they return) reads the store through :mod:`views.brief_data`, since
the brief is also built from the command line, and the agenda is read by :mod:`views.agenda`;
:mod:`briefing` only draws and writes the files. Words come from :func:`views.i18n.t` (every
UI word of the product, both languages, one registry) and sources are worded by
:mod:`views.source_links`; the Streamlit pages, the brief and these view models all import
them from here, so nothing below components/ imports components/.
"""
