"""Render the nginx configuration for N Serambi app servers from the templates in nginx/.

    python deploy/nginx_conf.py site --listen 80 --ports 8501,8502 > /etc/nginx/conf.d/serambi.conf
    python deploy/nginx_conf.py standalone --runtime DIR --listen 127.0.0.1:8080 --ports 8501,8502

``site`` prints the http-context snippet for a system nginx; ``standalone`` writes
``DIR/nginx.conf`` + ``DIR/serambi.conf`` for an nginx that runs from ``DIR`` alone
(``nginx -p DIR -c DIR/nginx.conf``; pid, logs and temp files in ``DIR``), as
``deploy/run-cluster.sh`` and the cluster test use it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "nginx"
# Loopback only: the app servers are never reachable except through nginx.
APP_HOST = "127.0.0.1"


def _fill(template: str, values: dict[str, str]) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("{{" + key + "}}", value)
    if "{{" in out:
        raise ValueError(f"unfilled placeholder in template: {out[out.index('{{') :][:40]}")
    return out


def render_site(listen: str, ports: list[int], access_log: str, fail_timeout_s: int = 10) -> str:
    """The upstream + server block for app servers on ``127.0.0.1:<port>``."""
    if not ports:
        raise ValueError("at least one app server port is needed")
    # max_fails=3: one transient error (a reset while a busy server starts) must not move every
    # browser of that server to another one; a dead server refuses fast, and each refused
    # request is retried on the next server anyway (proxy_next_upstream), so nobody waits.
    servers = "\n".join(
        f"    server {APP_HOST}:{p} max_fails=3 fail_timeout={fail_timeout_s}s;" for p in ports
    )
    template = (TEMPLATES / "serambi.conf.template").read_text(encoding="utf-8")
    return _fill(template, {"servers": servers, "listen": listen, "access_log": access_log})


def write_standalone(runtime: Path, listen: str, ports: list[int]) -> Path:
    """Write nginx.conf + serambi.conf into ``runtime``; return the nginx.conf path."""
    runtime = runtime.resolve()
    (runtime / "tmp").mkdir(parents=True, exist_ok=True)
    # As root, nginx's workers run as nobody: they must be able to reach the temp dirs
    # (nginx creates and chowns the leaf dirs itself; the parents only need +x).
    user = ""
    if os.geteuid() == 0:
        user = "user nobody nogroup;"
        for d in (runtime, runtime / "tmp"):
            d.chmod(0o711)
    site = render_site(listen, ports, str(runtime / "access.log"))
    (runtime / "serambi.conf").write_text(site, encoding="utf-8")
    template = (TEMPLATES / "standalone.conf.template").read_text(encoding="utf-8")
    conf = runtime / "nginx.conf"
    conf.write_text(_fill(template, {"user": user, "runtime": str(runtime)}), encoding="utf-8")
    return conf


def _ports(text: str) -> list[int]:
    return [int(p) for p in text.split(",") if p.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    site = sub.add_parser("site", help="print the http-context snippet for a system nginx")
    site.add_argument("--listen", default="80")
    site.add_argument("--ports", type=_ports, default=[8501, 8502])
    site.add_argument("--access-log", default="/var/log/nginx/serambi.access.log")
    alone = sub.add_parser("standalone", help="write a self-contained nginx.conf into --runtime")
    alone.add_argument("--runtime", type=Path, required=True)
    alone.add_argument("--listen", default="127.0.0.1:8080")
    alone.add_argument("--ports", type=_ports, default=[8501, 8502])
    args = ap.parse_args(argv)
    if args.cmd == "site":
        sys.stdout.write(render_site(args.listen, args.ports, args.access_log))
    else:
        print(write_standalone(args.runtime, args.listen, args.ports))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
