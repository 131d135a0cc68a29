"""`make bench`: run every benchmark and write docs/benchmarks.md with the figures, the
machine they were measured on, and whether each target was met.

Each benchmark is a script that starts what it needs itself and prints one JSON object on
its last line: {"name", "figures", "targets", "met", "notes"}."""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
BENCHMARKS = [
    ("services", "bench/backbone.py", "Foundation (issue: event backbone)"),
    ("contract-service", "bench/run.py", "Allocations API"),
    ("availability-service", "bench/run.py", "Availability search"),
    ("monitor-service", "bench/run.py", "Monitoring dashboards and ingest"),
    ("frontend", "scripts/bench.mjs", "Web app"),
]


def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
    return {"cpu": cpu, "cores": str(os.cpu_count()), "memory": f"{mem_kb / 1024 / 1024:.0f} GiB",
            "python": platform.python_version(), "os": platform.platform()}


def python_speed_ms() -> float:
    """CPU milliseconds for a fixed pure-Python loop: this VM's speed varies by a third between
    runs (and within one), so the figures say how fast the machine was while they were taken."""
    started = time.process_time()
    total = 0
    for i in range(5_000_000):
        total += i
    return round((time.process_time() - started) * 1000)


def run(folder: str, script: str, quick: bool) -> dict:
    path = ROOT / folder / script
    if not path.exists():
        return {"name": f"{folder}/{script}", "missing": True}
    command = ["node", script] if script.endswith(".mjs") else [PY, script]
    speed_before = python_speed_ms()
    started = time.monotonic()
    process = subprocess.run(command + (["--quick"] if quick else []), cwd=ROOT / folder, capture_output=True,
                             text=True)
    lines = [line for line in process.stdout.splitlines() if line.startswith("{")]
    try:
        result = json.loads(lines[-1])
    except (IndexError, ValueError):
        result = {"name": f"{folder}/{script}", "error": (process.stderr or process.stdout)[-2000:]}
    result["seconds"] = round(time.monotonic() - started)
    result["python_loop_ms"] = (speed_before, python_speed_ms())
    return result


def markdown(results: list[tuple[str, dict]], quick: bool) -> str:
    info = machine()
    out = ["# Benchmarks", "",
           f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with `make bench`"
           f"{' --quick (small data, smoke only)' if quick else ''}. Every figure below comes from that run.", "",
           "## Machine", "", "| | |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in info.items()]
    for title, result in results:
        out += ["", f"## {title}: {result.get('name', '')}", ""]
        if result.get("missing"):
            out.append("No benchmark yet.")
            continue
        if "error" in result:
            out += ["The benchmark failed:", "", "```", result["error"].strip(), "```"]
            continue
        before, after = result["python_loop_ms"]
        out.append(f"Target met: **{'yes' if result.get('met') else 'no'}** ({result['seconds']} s run; machine speed:"
                   f" a fixed Python loop took {before} ms before and {after} ms after).")
        out += ["", "| figure | value | target |", "|---|---|---|"]
        targets = result.get("targets", {})
        for key, value in _flatten(result.get("figures", {})):
            out.append(f"| {key} | {value} | {targets.get(key, '')} |")
        for key, value in targets.items():
            if key not in dict(_flatten(result.get("figures", {}))):
                out.append(f"| (target) {key} | | {value} |")
        if result.get("notes"):
            out += ["", result["notes"]]
    return "\n".join(out) + "\n"


def _flatten(figures: dict, prefix: str = "") -> list[tuple[str, object]]:
    items: list[tuple[str, object]] = []
    for key, value in figures.items():
        if isinstance(value, dict):
            items += _flatten(value, f"{prefix}{key}.")
        else:
            items.append((f"{prefix}{key}", value))
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    args = parser.parse_args()
    results = []
    for folder, script, title in BENCHMARKS:
        print(f"benchmark: {folder}/{script}", flush=True)
        result = run(folder, script, args.quick)
        print(json.dumps(result), flush=True)
        results.append((title, result))
    Path(args.out).write_text(markdown(results, args.quick))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
