"""Looking ahead: IKN's population pull, the need it brings, and what worsened since the last
rakor.

- :mod:`~welfare.outlook.concepts`: the five population concepts (BPS estimate, BPS
  projection, Dukcapil count, IKN plan, IKN census) and which indicator belongs to which;
- :mod:`~welfare.outlook.seed`: the committed outlook seed (``data/seed/population_outlook.csv``
  and ``kecamatan_outlook.csv``) in a table of its own, loaded once by
  :func:`welfare.store.ensure_ready`, and read back;
- :mod:`~welfare.outlook.population`: observed and projected population per region and per
  group of regencies, one series per concept, and compound growth rates;
- :mod:`~welfare.outlook.projection`: projected need = rate per 1.000 x projected population,
  with the band of the last observed rates and the worked example's inputs; what is
  projected in :mod:`~welfare.outlook.measures`, the population of a future year in
  :mod:`~welfare.outlook.projected_population`;
- :mod:`~welfare.outlook.signal_rules`: the settings (``[sinyal]``), the date of the last
  rakor and the decision for one pair of values, without the store;
- :mod:`~welfare.outlook.signals`: which indicator-region pairs worsened since the last rakor
  (a baseline, a severity floor, a comparability guard and a cooldown).

Nothing here imports streamlit; results carry ids and numbers, the UI words them.
"""
