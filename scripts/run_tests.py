"""Run every test suite of the project, each in its own process, and print one total.

Python suites run with pytest from their own folder (each service is its own project);
the web app runs Vitest and its Playwright browser tests. The last line is the plain
'N passed, N failed' total; the exit code is non-zero when any suite failed or ran nothing."""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "services" / "src"))
from zorgregio.testing.processes import free_port  # noqa: E402

PY = str(ROOT / ".venv" / "bin" / "python")


@dataclass
class Suite:
    name: str
    group: str
    cwd: Path
    command: list[str]
    env: dict[str, str] = field(default_factory=dict)


def suites() -> list[Suite]:
    pytest = [PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "ignore::DeprecationWarning"]
    found = [Suite("shared library", "python", ROOT / "services", pytest + ["tests"])]
    for folder in ("admission-service", "contract-service", "availability-service", "monitor-service"):
        if (ROOT / folder / "tests").is_dir():
            found.append(Suite(folder, "python", ROOT / folder, pytest + ["tests"]))
    found.append(Suite("deployment configuration", "python", ROOT, pytest + ["tests/deploy"]))
    if (ROOT / "frontend" / "package.json").exists():
        found.append(Suite("web app (Vitest)", "web", ROOT / "frontend", ["npm", "test", "--silent"]))
        found.append(Suite("web app (Playwright, Chromium)", "web", ROOT / "frontend",
                           ["npm", "run", "test:e2e", "--silent"], {"E2E_PORT": str(free_port())}))
        if "test:platform" in (ROOT / "frontend" / "package.json").read_text():
            found.append(Suite("web app against the real platform (Playwright, Chromium)", "e2e", ROOT / "frontend",
                               ["npm", "run", "test:platform", "--silent"]))
    if (ROOT / "tests" / "e2e").is_dir():
        found.append(Suite("platform proof (story, faults, authorization, API properties)", "e2e", ROOT, pytest + ["tests/e2e"]))
    return found


_COUNT = re.compile(r"(\d+) (passed|failed|errors?|skipped)")


def counts(output: str) -> dict[str, int]:
    """Counts from the runner's summary line (pytest, Vitest and Playwright all print one)."""
    lines = [line for line in output.splitlines() if _COUNT.search(line)]
    result = {"passed": 0, "failed": 0, "skipped": 0}
    for line in lines[-2:] if lines else []:
        for number, word in _COUNT.findall(line):
            key = "failed" if word.startswith("error") else word
            result[key] = max(result[key], int(number))
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=["python", "web", "e2e"])
    args = parser.parse_args()
    total = {"passed": 0, "failed": 0, "skipped": 0}
    failed_suites = []
    for suite in suites():
        if args.only and suite.group != args.only:
            continue
        print(f"\n=== {suite.name} ===", flush=True)
        started = time.monotonic()
        process = subprocess.run(suite.command, cwd=suite.cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True, env={**os.environ, **suite.env})
        sys.stdout.write(process.stdout[-20000:])
        found = counts(process.stdout)
        for key in total:
            total[key] += found[key]
        if process.returncode != 0 or found["passed"] == 0:
            failed_suites.append(suite.name)
        print(f"--- {suite.name}: exit {process.returncode}, {found['passed']} passed, {found['failed']} failed, "
              f"{time.monotonic() - started:.0f}s", flush=True)
    if failed_suites:
        print(f"\nfailed suites: {', '.join(failed_suites)}")
    print(f"\n{total['passed']} passed, {total['failed']} failed, {total['skipped']} skipped")
    return 1 if failed_suites else 0


if __name__ == "__main__":
    sys.exit(main())
