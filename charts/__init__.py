"""Plotly figures of Serambi: pure builders (data in, figure out), no Streamlit.

The pages (through :mod:`components.widgets.plot`) and the meeting brief (:mod:`briefing`, exported
with kaleido) draw the same figures from here, so a chart looks the same on screen and on a
slide. Colours live in :mod:`ground.palette`, the common layout in :mod:`charts.style`.
"""
