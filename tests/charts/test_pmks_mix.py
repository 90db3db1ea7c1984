"""charts.pmks_mix: the top PMKS categories per regency, the rest summed into "other"."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from charts.pmks_mix import MIX_TOP, OTHER_KEY, mix_figure, mix_frame
from ground import palette


@pytest.fixture
def mix() -> pd.DataFrame:
    """pmks_mix-shaped: two regencies, twelve categories c00..c11 (c00 has most people)."""
    rows = []
    for code, name, scale in (("6403", "Kutai Kartanegara", 2.0), ("6409", "PPU", 1.0)):
        values = [scale * (1200 - 100 * i) for i in range(12)]
        total = sum(values)
        for i, v in enumerate(values):
            rows.append((code, name, f"c{i:02d}", v, v / 100.0, 100 * v / total, code == "6409"))
    return pd.DataFrame(
        rows, columns=["kode_bps", "nama", "category", "value", "per_1000", "share", "is_example"]
    )


def test_mix_frame_keeps_the_top_categories_and_sums_the_rest(mix):
    top = mix_frame(mix, "per_1000")
    cats = list(dict.fromkeys(top["category"]))
    assert cats == [f"c{i:02d}" for i in range(MIX_TOP)] + [OTHER_KEY]
    other = top[(top["category"] == OTHER_KEY) & (top["kode_bps"] == "6409")].iloc[0]
    assert other["value"] == pytest.approx(300 + 200 + 100)
    assert other["measure"] == pytest.approx(6.0)
    # shares stay additive: every regency's bars still add up to 100
    shares = mix_frame(mix, "share").groupby("kode_bps")["measure"].sum()
    assert np.allclose(shares, 100.0)


def test_mix_frame_does_not_make_an_other_of_one_category(mix):
    ten = mix[mix["category"].isin([f"c{i:02d}" for i in range(MIX_TOP + 1)])]
    assert OTHER_KEY not in set(mix_frame(ten, "per_1000")["category"])
    assert mix_frame(mix.iloc[0:0], "per_1000").empty


def test_mix_figure_stacks_bars_largest_total_on_top_other_in_grey(mix):
    labels = {f"c{i:02d}": f"Kategori {i}" for i in range(12)} | {OTHER_KEY: "Lainnya (3)"}
    fig = mix_figure(
        mix,
        measure="per_1000",
        category_labels=labels,
        title="Komposisi PMKS 2024",
        unit="per 1.000 penduduk",
        fmt=lambda v: f"{v:.2f}",
        fmt_raw=lambda v: f"{v:.0f}",
        raw_unit="jiwa",
        example_label="DATA CONTOH",
        lang="id",
    )
    assert fig.layout.barmode == "stack"
    assert [tr.name for tr in fig.data] == [
        *(f"Kategori {i}" for i in range(MIX_TOP)),
        "Lainnya (3)",
    ]
    # horizontal bars bottom-up: the larger regency last, i.e. on top
    assert list(fig.data[0].y) == ["PPU", "Kutai Kartanegara"]
    assert fig.data[-1].marker.color == palette.OTHER
    assert fig.data[0].marker.color == palette.REGION[0]
    assert (
        "<b>PPU</b><br>Kategori 0<br>12.00 per 1.000 penduduk<br>1200 jiwa"
        == (fig.data[0].customdata[0])
    )
    assert fig.layout.legend.orientation == "v" and fig.layout.height == 320
    assert "DATA CONTOH" in fig.layout.title.text
