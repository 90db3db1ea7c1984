"""charts.style: the common title, including a long title wrapped for a narrow chart."""

from __future__ import annotations

from charts.style import example_title, wrap_lines


def test_wrap_lines_breaks_at_spaces_and_keeps_short_text():
    assert wrap_lines("Tren Persentase penduduk miskin", 46) == ["Tren Persentase penduduk miskin"]
    assert wrap_lines("a b c", None) == ["a b c"]
    lines = wrap_lines("Tren Jumlah penduduk miskin ekstrem menurut kelompok wilayah", 30)
    assert lines == ["Tren Jumlah penduduk miskin", "ekstrem menurut kelompok", "wilayah"]
    assert wrap_lines("Supercalifragilistic word", 5)[0] == "Supercalifragilistic"


def test_example_title_wraps_escaped_lines_and_keeps_the_example_mark():
    text = example_title("<b>Tren</b> Persentase penduduk miskin", "DATA CONTOH", chars=20)
    assert text.startswith("&lt;b&gt;Tren&lt;/b&gt;<br>Persentase penduduk<br>miskin")
    assert "<b>" not in text.split("·")[0]  # the title's own markup is escaped
    assert text.endswith("DATA CONTOH</b>")
    assert "<br>" not in example_title("Tren", None, chars=20)
