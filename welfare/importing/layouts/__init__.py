"""The table layouts a sheet may hold, one module per layout; :mod:`..sheet_table` reads them.

* :mod:`.model`: what a sheet's table turns into (columns, located cells, totals);
* :mod:`.headers`: where the header is and what each column title means;
* :mod:`.title_hints`: what the title rows, the sheet name and a column title say besides the
  column names (an indicator and its unit, a year);
* :mod:`.years_as_columns`: BPS downloads, one indicator with the years as columns;
* :mod:`.long_format`: one row per value, its columns found by meaning, not exact names;
* :mod:`.grouped_rekap`: regency header rows over their kecamatan, subtotals and a grand total.
"""
