"""The rendered nginx site against the app server it fronts (deploy/nginx_conf.py)."""

from __future__ import annotations

import re

import uvicorn

from deploy.nginx_conf import render_site


def test_nginx_drops_idle_upstream_connections_before_the_app_server_does() -> None:
    # uvicorn (Streamlit's server) closes an idle keep-alive connection after
    # timeout_keep_alive seconds; nginx reusing one as it closes sends a GET to the other server
    # (the browser leaves its sticky server) and fails an upload with a 502.
    site = render_site("127.0.0.1:8080", [8501, 8502], "/tmp/access.log")
    upstream = re.search(r"upstream serambi_app \{(.*?)\n\}", site, re.S).group(1)
    seconds = int(re.search(r"keepalive_timeout (\d+)s;", upstream).group(1))
    assert seconds < uvicorn.Config(app=None).timeout_keep_alive
    assert "server 127.0.0.1:8501" in upstream and "server 127.0.0.1:8502" in upstream
