"""The years a playback steps through: every year, gaps included; loop off by default."""

from __future__ import annotations

from welfare.timeline import next_year, play_years, start_year


def test_every_year_between_first_and_last() -> None:
    assert play_years([2024, 2015, 2019, 2020]) == tuple(range(2015, 2025))
    assert play_years([]) == ()
    assert play_years([2021]) == (2021,)


def test_next_year_stops_at_the_end_unless_looping() -> None:
    steps = play_years([2019, 2021])
    assert next_year(steps, 2019) == 2020
    assert next_year(steps, 2020) == 2021
    assert next_year(steps, 2021) is None
    assert next_year(steps, 2021, loop=True) == 2019
    assert next_year((), 2021) is None


def test_play_starts_on_screen_or_from_the_beginning_at_the_end() -> None:
    steps = play_years([2019, 2024])
    assert start_year(steps, 2021) == 2021
    assert start_year(steps, 2024) == 2019
    assert start_year(steps, 2010) == 2019
    assert start_year((), 2021) is None
