"""The programme register: who does what where, for whom, from the centre to the village.

One record per activity (programme, level, funding, agency, target group, region, year,
planned and realised quantity, budget, status, source), versioned like every dataset.

- :mod:`~welfare.register.vocab`: the closed lists (level, funding, status, unit) and how a
  cell's text maps onto them;
- :mod:`~welfare.register.catalogue`: the programme and target-group catalogues (free text
  allowed for programmes; a target group links to the indicator that counts its need);
- :mod:`~welfare.register.records`: one activity as entered, checked field by field;
- :mod:`~welfare.register.store`: read the current register, add/correct/close one activity,
  write an import, load the published seed;
- :mod:`~welfare.register.sync`: the rakor's questions: who acts on which counted need, where
  no level acts (a gap) and where levels overlap.
"""
