"""Load: 50 signed-in users (leaders, supervisors, departments) browsing the demo zone at once.

PostgreSQL only (run.py skips it elsewhere). The bench database is emptied and the demo loaded into it with
``manage.py demo --no-serve``; the real server (``actiondesk serve`` when this checkout has it, else granian's
WSGI server, DEBUG off, static files collected) listens on a free loopback port; locust runs headless in its
own process, bounded in users, time and requests (bench/load_locustfile.py); users arrive signed in (their
sessions are made here), and the stats are reset once all of them run. Before the load, one user fetches
every page alone: its median is each page's baseline, so "battle-map p95 within 4× its single-user median"
reads straight off the ratio. CPU time is accounted to the server, the database, locust and everything
else on the machine, to say what limits the rate.
"""
import csv
import itertools
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import result

ROOT = Path(__file__).resolve().parent.parent
REQUIRES = "postgresql"
USERS, SPAWN_RATE, SECONDS, MAX_REQUESTS = 50, 10, 60, 20_000
PAGES = {"battle_map": "/supervision/", "reports": "/supervision/reports/", "plans": "/plans/",
         "my_department": "/plans/mine/", "enterprises": "/enterprises/", "projects_dashboard": "/projects/",
         "projects_list": "/projects/list/", "api_battle_map": "/api/supervision/{plan}/battle-map",
         "api_reports": "/api/supervision/reports", "api_projects": "/api/projects/?limit=50",
         "api_enterprises": "/api/enterprises/?limit=50"}
DEPARTMENT_PAGES = {"my_department"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_env(static_root: str) -> dict:
    from django.conf import settings
    from django.db import connection

    s = connection.settings_dict
    url = f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    # The server shares this process's secret key: the sessions made here must hold there.
    return {**os.environ, "DATABASE_URL": url, "DEBUG": "false", "SECRET_KEY": settings.SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1,localhost", "STATIC_ROOT": static_root, "PYTHONPATH": str(ROOT),
            "CONN_MAX_AGE": "60"}  # as docs/DEPLOYMENT.md sets it: one connection per server thread


def _sessions(path: Path) -> None:
    """Signed-in sessions for the locust users: 10 for the leader, 10 for the supervisor, 30 for departments."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    backend = next((b for b in settings.AUTHENTICATION_BACKENDS if b.endswith("ModelBackend")),
                   settings.AUTHENTICATION_BACKENDS[0])
    users = {u.username: u for u in get_user_model().objects.filter(username__regex=r"^(leader|supervisor|dept\d+)$")}
    departments = itertools.cycle(sorted(n for n in users if n.startswith("dept")))

    def session(username):
        store = SessionStore()
        user = users[username]
        store.update({SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: backend,
                      HASH_SESSION_KEY: user.get_session_auth_hash()})
        store.create()
        return [username, store.session_key]

    path.write_text(json.dumps({"leader": [session("leader") for _ in range(10)],
                                "supervisor": [session("supervisor") for _ in range(10)],
                                "department": [session(next(departments)) for _ in range(30)]}))


def _prepare(env: dict) -> int:
    """Load the demo as a user would into the emptied bench database (kept when a previous run left it
    complete), collect static files; returns the plan id."""
    from django.conf import settings
    from django.core.management import call_command

    from actiondesk.org.models import Zone
    from actiondesk.plans.models import Plan

    zone = Zone.objects.filter(name=settings.ACTIONDESK_DEFAULT_ZONE, has_demo_data=True).first()
    complete = zone is not None and Zone.objects.count() == 1 and all(
        getattr(zone, name).exists() for name in ("enterprises", "projects", "plans"))
    steps = [["collectstatic", "--noinput", "-v", "0"]]
    if not complete:
        call_command("flush", interactive=False, verbosity=0, allow_cascade=True)
        steps.insert(0, ["demo", "--no-serve"])
    started = time.perf_counter()
    for args in steps:
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
    print(f"   {'demo loaded, ' if not complete else ''}static files collected in "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    return Plan.objects.order_by("pk").values_list("pk", flat=True).first()


def _server_command(port: int) -> list[str]:
    from django.core.management import get_commands

    if "serve" in get_commands():  # the production server command, when this checkout has it
        return [sys.executable, "manage.py", "serve", "--addr", f"127.0.0.1:{port}", "--workers", "2"]
    return [sys.executable, "-m", "granian", "--interface", "wsgi", "--host", "127.0.0.1", "--port", str(port),
            "--workers", "2", "--blocking-threads", "4", "--no-access-log", "actiondesk.wsgi:application"]


def _wait_for(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"server exited with {server.returncode}")
        try:
            if requests.get(url, timeout=10).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or still starting its workers
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server did not answer {url}")


def _signed_in(base: str, username: str):
    import requests

    from actiondesk.demo import DEMO_PASSWORD

    session = requests.Session()
    page = session.get(f"{base}/login/")
    token = page.text.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    session.post(f"{base}/login/", data={"username": username, "password": DEMO_PASSWORD, "next": "/",
                                         "csrfmiddlewaretoken": token}, headers={"Referer": f"{base}/login/"})
    assert "sessionid" in session.cookies, f"{username} could not sign in"
    return session


def _single_user_medians(base: str, plan_id: int, runs: int = 11) -> dict[str, float]:
    """Each page fetched alone by one signed-in user (a department for its own page), median in ms."""
    leader, department = _signed_in(base, "leader"), _signed_in(base, "dept02")
    medians = {}
    for name, path in PAGES.items():
        session = department if name in DEPARTMENT_PAGES else leader
        url = base + path.format(plan=plan_id)
        samples = []
        for _ in range(runs + 1):
            started = time.perf_counter()
            assert session.get(url).status_code == 200, url
            samples.append((time.perf_counter() - started) * 1000)
        medians[name] = statistics.median(samples[1:])
    return medians


class CpuSampler:
    """Cores used during the load by the server, PostgreSQL, locust and everything else on the machine.

    Processes that end during the load (PostgreSQL backends, locust itself) are counted through their
    parent's reaped-children times: the postmaster's, and this process's for locust."""

    def __init__(self, server_pid: int):
        import psutil

        self.psutil, self.server_pid = psutil, server_pid

    @staticmethod
    def _used(proc, children: bool = False) -> float:
        t = proc.cpu_times()
        return t.user + t.system + ((t.children_user + t.children_system) if children else 0.0)

    def _groups(self) -> dict[str, float]:
        psutil = self.psutil
        server = psutil.Process(self.server_pid)
        groups = {"server": sum(self._used(p) for p in [server, *server.children(recursive=True)])
                  + self._used(server, children=True) - self._used(server), "postgres": 0.0}
        for proc in psutil.process_iter(["name", "ppid"]):
            try:
                if proc.info["name"] in ("postgres", "postmaster"):
                    is_postmaster = psutil.Process(proc.info["ppid"]).name() not in ("postgres", "postmaster")
                    groups["postgres"] += self._used(proc, children=is_postmaster)
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        own = resource.getrusage(resource.RUSAGE_CHILDREN)
        groups["locust"] = own.ru_utime + own.ru_stime  # reaped children of this process: locust (and setup)
        t = psutil.cpu_times()
        groups["machine"] = sum(t) - t.idle - getattr(t, "iowait", 0.0)
        return groups

    def start(self):
        self.before, self.started = self._groups(), time.monotonic()

    def stop(self) -> dict[str, float]:
        after, elapsed = self._groups(), time.monotonic() - self.started
        seconds = {k: after[k] - self.before[k] for k in after}
        seconds["other"] = seconds["machine"] - seconds["server"] - seconds["postgres"] - seconds["locust"]
        return {"elapsed": elapsed, "cores": self.psutil.cpu_count(), **seconds}


def _cpu_text(cpu: dict) -> str:
    return (", ".join(f"{k} {cpu[k] / cpu['elapsed']:.2f}" for k in ("server", "postgres", "locust", "other"))
            + f" of {cpu['cores']} cores ({cpu['machine'] / cpu['elapsed']:.2f} busy)")


def _locust(base: str, plan_id: int, out_prefix: str, sessions: Path) -> None:
    env = {**os.environ, "LOAD_PLAN_ID": str(plan_id), "LOAD_MAX_REQUESTS": str(MAX_REQUESTS),
           "LOAD_SESSIONS": str(sessions)}
    subprocess.run([sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "load_locustfile.py"), "--headless",
                    "-u", str(USERS), "-r", str(SPAWN_RATE), "-t", f"{SECONDS}s", "--host", base, "--reset-stats",
                    "--csv", out_prefix, "--only-summary", "--stop-timeout", "5", "--loglevel", "WARNING"],
                   cwd=ROOT, env=env, check=False, timeout=SECONDS + 120, stdout=subprocess.DEVNULL)


def _read_stats(out_prefix: str) -> dict[str, dict]:
    with open(f"{out_prefix}_stats.csv", newline="") as handle:
        return {row["Name"]: row for row in csv.DictReader(handle)}


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        env = _server_env(str(Path(tmp) / "static"))
        plan_id = _prepare(env)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(_server_command(port), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            _wait_for(f"{base}/login/", server)
            single = _single_user_medians(base, plan_id)
            _sessions(Path(tmp) / "sessions.json")
            sampler = CpuSampler(server.pid)
            sampler.start()
            _locust(base, plan_id, str(Path(tmp) / "load"), Path(tmp) / "sessions.json")
            cpu = sampler.stop()
            stats = _read_stats(str(Path(tmp) / "load"))
        finally:
            os.killpg(server.pid, 15)
            server.wait(30)
    return _results(stats, single, cpu)


def _results(stats: dict, single: dict, cpu: dict) -> list[dict]:
    total = stats["Aggregated"]
    requests_done, failures = int(total["Request Count"]), int(total["Failure Count"])
    rps = float(total["Requests/s"])
    battle = stats.get("battle_map")
    print(f"   {USERS} users, {SECONDS} s: {requests_done} requests, {rps:.1f} req/s, {failures} errors; "
          f"battle map p95 {battle and battle['95%']} ms vs single-user median {single['battle_map']:.0f} ms; "
          f"cores used during the load: {_cpu_text(cpu)}", flush=True)
    # CPU per request does not depend on what else the machine runs: it bounds the rate 2 free cores give.
    cpu_ms = (cpu["server"] + cpu["postgres"]) * 1000 / max(requests_done, 1)
    print(f"   server + database CPU per request {cpu_ms:.1f} ms → about {cpu['cores'] * 1000 / cpu_ms:.0f} req/s "
          f"with all {cpu['cores']} cores free", flush=True)
    single_rate = 1000 / statistics.mean(single.values())
    out = [result("load.requests_per_second", rps, "req/s", "one user, one page after another", single_rate),
           result("load.errors", failures, "errors", "requests sent", requests_done),
           result("load.cpu_per_request", cpu_ms, "ms", "single-user mean page time", statistics.mean(single.values()))]
    for name in PAGES:
        row = stats.get(name)
        if row is None or not int(row["Request Count"]):
            continue
        for pct in ("50%", "95%", "99%"):
            out.append(result(f"load.{name}.p{pct[:-1]}", float(row[pct]), "ms",
                              f"{name} single-user median", single[name]))
    return out
