"""Shared widgets: Streamlit pieces several pages use (headline cards, region tables, the map
frame, charts with their data tables, download buttons, the login form, styles and CSS)."""
