"""N Serambi app servers + nginx on loopback, as one foreground process group.

    python -m deploy.local_cluster --servers 2 --listen 127.0.0.1:8080 --first-port 8501

This is what ``deploy/run-cluster.sh`` runs on machines without systemd, and what the cluster
test (``tests/deploy``) and the load bench (``bench/load_cluster.py``) start. Every server
gets the same ``DATABASE_URL`` (one PostgreSQL) from the environment; nginx runs from its own
runtime directory (``deploy/nginx_conf.py standalone``). In the foreground it restarts an app
server that exits; Ctrl-C or SIGTERM stops everything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from deploy.app_server import free_port, streamlit_command, wait_healthy
from deploy.nginx_conf import write_standalone

REPO_ROOT = Path(__file__).resolve().parent.parent
NGINX = os.environ.get("SERAMBI_NGINX", shutil.which("nginx") or "/usr/sbin/nginx")


@dataclass
class AppServer:
    """One ``streamlit run serve.py`` on ``127.0.0.1:port``."""

    port: int
    log_path: Path
    env: dict[str, str]
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def addr(self) -> str:
        """As nginx reports it in ``$upstream_addr``."""
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        cmd = streamlit_command(REPO_ROOT / "serve.py", self.port)
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child keeps it open
        try:
            self.proc = subprocess.Popen(
                cmd, cwd=REPO_ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        finally:
            log.close()

    def wait_healthy(self, timeout_s: float = 90) -> float:
        assert self.proc is not None
        return wait_healthy(self.url, self.proc, self.log_path, timeout_s)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL: the server vanishes as in a crash (no goodbye to its browsers)."""
        if self.alive():
            self.proc.kill()
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if not self.alive():
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


@dataclass
class Cluster:
    """nginx on ``listen_port`` in front of ``len(ports)`` app servers."""

    runtime: Path
    database_url: str
    servers: list[AppServer] = field(default_factory=list)
    listen_host: str = "127.0.0.1"
    listen_port: int = 0
    nginx: subprocess.Popen | None = None
    own_runtime: bool = False

    @property
    def url(self) -> str:
        return f"http://{self.listen_host}:{self.listen_port}"

    @property
    def access_log(self) -> Path:
        return self.runtime / "access.log"

    @classmethod
    def create(
        cls,
        database_url: str,
        n_servers: int = 2,
        *,
        runtime: Path | None = None,
        listen: str | None = None,
        ports: list[int] | None = None,
        extra_env: dict[str, str] | None = None,
    ) -> Cluster:
        own = runtime is None
        # Not under pytest's tmp dirs: nginx's workers (nobody, when started as root) must
        # traverse the path, and mkdtemp gives a short 0700 dir in /tmp to open up.
        runtime = Path(tempfile.mkdtemp(prefix="serambi-cluster-")) if own else runtime
        runtime.mkdir(parents=True, exist_ok=True)
        host, _, port = (listen or "").rpartition(":")
        ports = ports or [free_port() for _ in range(n_servers)]
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "PYTHONUNBUFFERED": "1",
            **(extra_env or {}),
        }
        servers = [AppServer(p, runtime / f"app-{p}.log", env) for p in ports]
        return cls(
            runtime,
            database_url,
            servers,
            host or "127.0.0.1",
            int(port) if port else free_port(),
            own_runtime=own,
        )

    def start(self) -> None:
        """Start every app server at once (ensure_ready serialises them), then nginx."""
        for s in self.servers:
            s.start()
        for s in self.servers:
            s.wait_healthy()
        self.start_nginx()

    def start_nginx(self) -> None:
        conf = write_standalone(
            self.runtime, f"{self.listen_host}:{self.listen_port}", [s.port for s in self.servers]
        )
        args = [NGINX, "-p", str(self.runtime), "-c", str(conf)]
        check = subprocess.run([*args, "-t"], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"nginx -t failed:\n{check.stderr}")
        log = open(self.runtime / "nginx.out", "ab")  # noqa: SIM115 - the child keeps it open
        try:
            self.nginx = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
        finally:
            log.close()
        # Healthy through nginx = nginx listens and reaches an app server.
        wait_healthy(self.url, self.nginx, self.runtime / "error.log", timeout_s=20)

    def server_by_addr(self, addr: str) -> AppServer:
        for s in self.servers:
            if s.addr == addr:
                return s
        raise KeyError(addr)

    def stop(self) -> None:
        if self.nginx is not None and self.nginx.poll() is None:
            # SIGTERM = fast shutdown; SIGQUIT would wait for every open websocket.
            self.nginx.terminate()
            try:
                self.nginx.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.nginx.kill()
                self.nginx.wait(timeout=10)
        for s in self.servers:
            s.stop()
        if self.own_runtime:
            shutil.rmtree(self.runtime, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--servers", type=int, default=2, help="app servers (default 2)")
    ap.add_argument(
        "--first-port",
        type=int,
        default=8501,
        help="app servers listen on 127.0.0.1:<first-port>+i (default 8501)",
    )
    ap.add_argument(
        "--listen",
        default="127.0.0.1:8080",
        help="nginx address (default 127.0.0.1:8080; 0.0.0.0:80 for the office)",
    )
    ap.add_argument(
        "--runtime",
        type=Path,
        default=None,
        help="nginx config, pid, logs and app logs (default: a temp dir, removed on exit)",
    )
    args = ap.parse_args(argv)
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgresql"):
        print(
            "[cluster] DATABASE_URL harus menunjuk ke PostgreSQL yang dipakai bersama "
            "semua server (postgresql+psycopg://...).",
            file=sys.stderr,
        )
        return 2
    ports = [args.first_port + i for i in range(args.servers)]
    cluster = Cluster.create(
        url, args.servers, runtime=args.runtime, listen=args.listen, ports=ports
    )
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        cluster.start()
        print(
            f"[cluster] {args.servers} server aplikasi di port {ports}; nginx di "
            f"http://{args.listen}/ (log: {cluster.runtime})",
            flush=True,
        )
        while not stopping:
            if cluster.nginx is not None and cluster.nginx.poll() is not None:
                print("[cluster] nginx berhenti; semua dihentikan.", file=sys.stderr)
                return 1
            for s in cluster.servers:
                if not s.alive() and not stopping:
                    print(
                        f"[cluster] server {s.addr} berhenti; dijalankan ulang.",
                        file=sys.stderr,
                        flush=True,
                    )
                    time.sleep(1.0)  # no tight restart loop if it fails at once
                    s.start()
            time.sleep(0.5)
    finally:
        cluster.stop()
        print("[cluster] berhenti.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
