"""components.widgets.layout's CSS files: a page's styles read from components/widgets/css/ once."""

from __future__ import annotations

from components.widgets import layout


def test_profile_css_holds_the_print_layout_and_the_presenter_grid():
    css = (layout.CSS_DIR / "profile.css").read_text("utf-8")
    assert "<style>" not in css  # the helper adds the tag, the file is plain CSS
    assert "@media print" in css and "@page { size: A4 portrait" in css
    assert ".serambi-card {" in css and "break-inside:avoid" in css
    assert ".serambi-cards.present {" in css and ".serambi-card.lead" in css
    assert css.count("{") == css.count("}")


def test_css_is_read_once_per_process():
    layout._stylesheet.cache_clear()
    layout._stylesheet("profile")
    layout._stylesheet("profile")
    info = layout._stylesheet.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_every_css_file_is_named_for_a_page_that_loads_it():
    used = {p.stem for p in layout.CSS_DIR.glob("*.css")}
    components = layout.CSS_DIR.parents[1]  # components/: every room may load a stylesheet
    sources = "\n".join(p.read_text("utf-8") for p in components.rglob("*.py"))
    for name in used:
        assert f'inject_css("{name}")' in sources, name
