"""View state and running: the shared view (view_state, filters), routing (router), the one
cache layer over the store (data_access), and what drives a run from the browser (first_paint,
presenter, playback) or on a fresh install (first_start)."""
