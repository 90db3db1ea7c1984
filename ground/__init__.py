"""The ground floor: pure helpers every other package may import, importing nothing of the
project themselves.

- :mod:`ground.palette`: every colour the product gives a meaning to (example data, zones,
  regencies, statuses), for maps (``geo/``), charts, slides and pages alike;
- :mod:`ground.markup`: escaping a value from a URL, a file or a user for Markdown or HTML.

``tests/test_layers.py`` keeps it on the ground: nothing here imports another package of the
project.
"""
