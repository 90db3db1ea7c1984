"""Fisher-Jenks natural breaks, without importing mapclassify at start-up.

mapclassify pulls in scipy.stats, scikit-learn and matplotlib.pyplot when it is imported:
1.5-3 s of a cold server's first map, for a loop over at most a few hundred values. This is
the same algorithm as ``mapclassify.FisherJenks`` (Jenks' optimal classification after
D. J. Lewis's Python version of the Fortran/Java code, as mapclassify 2.x has it), including
its float32 arithmetic and tie rule, so the breaks are identical
(``tests/geo/test_natural_breaks.py`` compares them on thousands of inputs).
"""

from __future__ import annotations

import numpy as np


def fisher_jenks_breaks(values: np.ndarray | list[float], k: int) -> list[float]:
    """Upper bounds of ``k`` Fisher-Jenks classes of ``values`` (the last is the maximum).

    ``k`` must not exceed the number of values. O(k n^2): meant for regions (tens to a few
    hundred), not for thousands of values.
    """
    x = np.sort(np.asarray(values, dtype="f8"))
    n = len(x)
    if not 1 <= k <= n:
        raise ValueError(f"k must be between 1 and {n}, got {k}")
    # lower[l, j]: 1-based index of the first value of the last class when the first l values
    # form j classes; cost[l, j]: the smallest sum of squared deviations of that split.
    lower = np.zeros((n + 1, k + 1), dtype=np.int32)
    cost = np.zeros((n + 1, k + 1), dtype=np.float32)
    lower[1, 1:] = 1
    cost[2:, 1:] = np.inf
    dev = np.float32(0)
    for last in range(2, n + 1):
        s1 = s2 = w = np.float32(0)
        for m in range(1, last + 1):
            first = last - m + 1
            val = np.float32(x[first - 1])
            s2 += val * val
            s1 += val
            w += np.float32(1)
            dev = s2 - (s1 * s1) / w
            before = first - 1
            if before != 0:
                for j in range(2, k + 1):
                    candidate = dev + cost[before, j - 1]
                    if cost[last, j] >= candidate:  # ">=": later splits win ties (as mapclassify)
                        lower[last, j] = first
                        cost[last, j] = candidate
        lower[last, 1] = 1
        cost[last, 1] = dev
    bounds = np.zeros(k + 1, dtype=x.dtype)
    bounds[k] = x[n - 1]
    bounds[0] = x[0]
    end = n
    for j in range(k, 1, -1):
        pivot = int(lower[end, j])
        bounds[j - 1] = x[pivot - 2]
        end = pivot - 1
    return [float(b) for b in bounds[1:]]
