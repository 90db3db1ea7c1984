"""Fisher-Jenks breaks: identical to mapclassify's (the reference), and the known cases."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from geo.natural_breaks import fisher_jenks_breaks

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import mapclassify


def _reference(values: np.ndarray, k: int) -> list[float]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [float(b) for b in mapclassify.FisherJenks(values, k=k).bins]


@pytest.mark.parametrize("seed", range(40))
def test_same_breaks_as_mapclassify(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 120))
    kind = seed % 4
    if kind == 0:
        values = rng.lognormal(2.0, 1.0, n)  # skewed, like PMKS per 1.000 penduduk
    elif kind == 1:
        values = rng.uniform(0, 100, n).round(2)  # percentages
    elif kind == 2:
        values = rng.integers(0, 8, n).astype(float)  # many ties
    else:
        values = rng.normal(1_000_000, 250_000, n)  # a poverty line in rupiah
    for k in range(2, min(5, len(np.unique(values))) + 1):
        assert fisher_jenks_breaks(values, k) == _reference(values, k), (seed, k)


def test_obvious_groups_and_limits() -> None:
    values = [1, 2, 3, 10, 11, 12, 50, 52]
    assert fisher_jenks_breaks(values, 3) == [3.0, 12.0, 52.0]
    assert fisher_jenks_breaks(values, 1) == [52.0]
    assert fisher_jenks_breaks([4, 1, 3, 2], 4) == [1.0, 2.0, 3.0, 4.0]  # order does not matter
    with pytest.raises(ValueError):
        fisher_jenks_breaks([1, 2], 3)
    with pytest.raises(ValueError):
        fisher_jenks_breaks([1, 2], 0)
