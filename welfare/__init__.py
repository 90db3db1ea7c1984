"""Welfare domain: indicator catalogue, storage, seeding, imports, rate rules and read models.

Pure Python: nothing here imports streamlit.
"""
