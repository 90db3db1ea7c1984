"""Welfare domain: indicator catalogue, storage, seeding, imports and queries.

Pure Python: nothing here imports streamlit.
"""
