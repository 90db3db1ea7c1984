"""Files the browser loads from Streamlit's own static server (``/app/static/...``).

Folium and streamlit-folium load Leaflet from CDNs by default; meeting rooms often have no
internet, so Leaflet is copied from the ``xstatic-leaflet`` package into ``static/vendor/`` and
the map's heavy geometry is written to ``static/geo/`` as content-addressed JSON files. Both
folders are generated at run time and gitignored (the geometry is derived from third-party
files that must not be committed).

URLs returned here are *relative to a component iframe* (``/component/<name>/index.html``), so
they keep working under a ``server.baseUrlPath``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xstatic.pkg.leaflet as xs_leaflet

REPO_ROOT = Path(__file__).resolve().parent.parent
STATIC_DIR = REPO_ROOT / "static"
# From the streamlit-folium iframe (/component/<name>/index.html) back to the app root.
IFRAME_TO_STATIC = "../../app/static"


MAP_JS = Path(__file__).resolve().parent / "serambi_map.js"
MAP_CSS = Path(__file__).resolve().parent / "serambi_map.css"


@dataclass(frozen=True)
class LeafletAssets:
    """URLs (relative to the map iframe) of Leaflet and of Serambi's map code and styles."""

    js: str
    css: str
    map_js: str | None = None
    map_css: str | None = None


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def ensure_leaflet(static_dir: Path = STATIC_DIR) -> LeafletAssets:
    """Copy Leaflet (JS, CSS, marker images) into ``static/vendor`` once."""
    version = xs_leaflet.VERSION
    target = static_dir / "vendor" / f"leaflet-{version}"
    source = Path(xs_leaflet.BASE_DIR)
    if not (target / "leaflet.js").exists():
        tmp = Path(tempfile.mkdtemp(dir=static_dir.parent if static_dir.exists() else None))
        try:
            staged = tmp / "leaflet"
            shutil.copytree(source, staged, ignore=shutil.ignore_patterns("*.map", "*esm*"))
            target.parent.mkdir(parents=True, exist_ok=True)
            if not (target / "leaflet.js").exists():
                os.replace(staged, target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    base = f"{IFRAME_TO_STATIC}/vendor/leaflet-{version}"
    map_js, map_css = map_assets_inline()
    return LeafletAssets(
        js=f"{base}/leaflet.js",
        css=f"{base}/leaflet.css",
        map_js=_publish_text("serambi-map", "js", map_js, static_dir),
        map_css=_publish_text("serambi-map", "css", map_css, static_dir),
    )


def map_assets_inline() -> tuple[str, str]:
    """Serambi's map code (``geo/serambi_map.js``) and styles (``geo/serambi_map.css``)."""
    return MAP_JS.read_text(encoding="utf-8"), MAP_CSS.read_text(encoding="utf-8")


def _publish_text(name: str, ext: str, text: str, static_dir: Path) -> str:
    """Write ``static/vendor/<name>-<hash>.<ext>`` once; return its iframe-relative URL."""
    data = text.encode("utf-8")
    filename = f"{name}-{hashlib.sha256(data).hexdigest()[:16]}.{ext}"
    path = static_dir / "vendor" / filename
    if not path.exists():
        _atomic_write_bytes(path, data)
    return f"{IFRAME_TO_STATIC}/vendor/{filename}"


def leaflet_inline(static_dir: Path = STATIC_DIR) -> tuple[str, str]:
    """Leaflet JS and CSS as text, for standalone HTML exports that must work offline."""
    source = Path(xs_leaflet.BASE_DIR)
    return (
        (source / "leaflet.js").read_text(encoding="utf-8"),
        (source / "leaflet.css").read_text(encoding="utf-8"),
    )


def publish_json(name: str, payload: Any, static_dir: Path = STATIC_DIR) -> str:
    """Write ``payload`` as ``static/geo/<name>-<hash>.json``; return its iframe-relative URL.

    The content hash in the name lets the browser cache the file safely: new geometry gets a
    new URL.
    """
    data = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()[:16]
    filename = f"{name}-{digest}.json"
    path = static_dir / "geo" / filename
    if not path.exists():
        _atomic_write_bytes(path, data)
    return f"{IFRAME_TO_STATIC}/geo/{filename}"
