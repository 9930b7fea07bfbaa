"""Locust users for bench/bench_load.py: leaders, supervisors and departments browsing the demo zone.

Started by bench_load.py as ``locust --headless`` against a loopback server; settings from the environment:
LOAD_SESSIONS (a JSON file of signed-in session keys by role, made by bench_load.py), LOAD_PLAN_ID (for the
API battle map), LOAD_MAX_REQUESTS (the run stops there, whatever the time left). Users arrive signed in:
fifty simultaneous password checks (PBKDF2, slow on purpose) would measure the hasher, not the pages.
Each request is named after its page so the stats read per page.
"""
import itertools
import json
import os

from locust import HttpUser, between, task

PLAN_ID = os.environ.get("LOAD_PLAN_ID", "1")
MAX_REQUESTS = int(os.environ.get("LOAD_MAX_REQUESTS", "20000"))
with open(os.environ["LOAD_SESSIONS"]) as _handle:
    SESSIONS = {role: itertools.cycle(keys) for role, keys in json.load(_handle).items()}
_sent = itertools.count(1)


class SignedIn(HttpUser):
    abstract = True
    wait_time = between(0.5, 1.5)
    role = ""

    def on_start(self):
        self.username, key = next(SESSIONS[self.role])
        self.client.cookies.set("sessionid", key)

    def get(self, url: str, name: str):
        if next(_sent) > MAX_REQUESTS:
            self.environment.runner.quit()
            return
        with self.client.get(url, name=name, allow_redirects=False, catch_response=True) as response:
            if response.status_code != 200:  # a redirect to the login page is a failure too
                response.failure(f"{self.username}: HTTP {response.status_code}")


class Leader(SignedIn):
    weight = 10
    role = "leader"

    @task(5)
    def battle_map(self):
        self.get("/supervision/", "battle_map")

    @task(2)
    def projects(self):
        self.get("/projects/", "projects_dashboard")

    @task(2)
    def enterprises(self):
        self.get("/enterprises/", "enterprises")

    @task(1)
    def plans(self):
        self.get("/plans/", "plans")

    @task(1)
    def api_battle_map(self):
        self.get(f"/api/supervision/{PLAN_ID}/battle-map", "api_battle_map")


class Supervisor(SignedIn):
    weight = 10
    role = "supervisor"

    @task(3)
    def battle_map(self):
        self.get("/supervision/", "battle_map")

    @task(3)
    def reports(self):
        self.get("/supervision/reports/", "reports")

    @task(1)
    def project_list(self):
        self.get("/projects/list/", "projects_list")

    @task(1)
    def api_reports(self):
        self.get("/api/supervision/reports", "api_reports")


class Department(SignedIn):
    weight = 30
    role = "department"

    @task(3)
    def my_department(self):
        self.get("/plans/mine/", "my_department")

    @task(2)
    def reports(self):
        self.get("/supervision/reports/", "reports")

    @task(1)
    def battle_map(self):
        self.get("/supervision/", "battle_map")

    @task(1)
    def enterprises(self):
        self.get("/enterprises/", "enterprises")

    @task(1)
    def project_list(self):
        self.get("/projects/list/", "projects_list")

    @task(1)
    def api_projects(self):
        self.get("/api/projects/?limit=50", "api_projects")

    @task(1)
    def api_enterprises(self):
        self.get("/api/enterprises/?limit=50", "api_enterprises")
