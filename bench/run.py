"""Runs every benchmark module bench/bench_*.py and writes var/bench.json.

A module provides ``run() -> list[dict]`` with keys name, value, unit, baseline, baseline_value, ratio.
Benchmarks use their own database, never DATABASE_URL (they empty tables): a fresh var/bench.sqlite3,
or BENCH_DATABASE_URL (a PostgreSQL database kept for benchmarks; `make bench` creates actiondesk_bench).
A module that sets ``REQUIRES = "postgresql"`` (load, province) is skipped on other databases.
Run some modules with ``python bench/run.py NAME …`` (e.g. ``supervision``); ``--append`` keeps the other
results already in var/bench.json. On PostgreSQL, names get an ``@postgresql`` suffix unless they say it.
"""
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "actiondesk.settings")
if os.environ.get("BENCH_DATABASE_URL"):
    os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
else:
    (ROOT / "var").mkdir(exist_ok=True)
    bench_db = ROOT / "var" / "bench.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{bench_db}{suffix}").unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{bench_db}"


def line(result: dict) -> str:
    return (f"bench: {result['name']}: {result['value']:.4g} {result['unit']} "
            f"(baseline {result['baseline']} {result['baseline_value']:.4g}, ratio {result['ratio']:.3g})")


def main(argv: list[str]) -> int:
    import django
    from django.core.management import call_command

    django.setup()
    from django.db import connection

    call_command("migrate", verbosity=0, interactive=False)
    append = "--append" in argv
    wanted = {a for a in argv if not a.startswith("--")}
    results = []
    for path in sorted((ROOT / "bench").glob("bench_*.py")):
        short = path.stem.removeprefix("bench_")
        if wanted and short not in wanted:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        started = time.perf_counter()
        print(f"== {path.name}", flush=True)
        # Each benchmark builds its own data from an empty database: the demo logins are usernames of the whole
        # platform, so one benchmark's zone must not find another's admin (bench_supervision was refused its edits).
        call_command("flush", verbosity=0, interactive=False, allow_cascade=True)  # scratch tables point at users
        requires = getattr(module, "REQUIRES", None)  # e.g. the load and province benches need PostgreSQL
        if requires and connection.vendor != requires:
            print(f"   skipped: needs {requires}", flush=True)
            continue
        for result in module.run():
            if connection.vendor != "sqlite" and connection.vendor not in result["name"]:
                result = {**result, "name": f"{result['name']}@{connection.vendor}"}
            print(line(result), flush=True)
            results.append(result)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    out = ROOT / "var" / "bench.json"
    out.parent.mkdir(exist_ok=True)
    previous = json.loads(out.read_text()) if (append and out.exists()) else []
    names = {r["name"] for r in results}
    merged = [r for r in previous if r.get("name") not in names] + results
    out.write_text(json.dumps(merged, ensure_ascii=False, indent=2))
    print(f"wrote {out} ({len(merged)} results)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
