"""View state and running: the shared view (view_state, filters), the page's view in one
fragment (view_fragment), routing (router), the one cache layer over the store (data_access),
and what drives a run (first_paint, presenter, playback) or a fresh install (first_start)."""
