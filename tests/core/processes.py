"""Real processes for the server, worker and backup tests: a migrated SQLite file per test and the CLI."""
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def base_env(var_dir: Path, database_url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "TEST_DATABASE_NAME", "TASKS_BACKEND")}
    env.update(DATABASE_URL=database_url, ACTIONDESK_VAR_DIR=str(var_dir), MEDIA_ROOT=str(var_dir / "media"),
               PYTHONPATH=str(PROJECT), DJANGO_SETTINGS_MODULE="actiondesk.settings", DEBUG="false",
               PYTHONUNBUFFERED="1")
    return env


def cli(env: dict, *args, check=True, timeout=120, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "actiondesk.cli", *args], env=env, cwd=PROJECT,
                            capture_output=True, text=True, timeout=timeout, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(f"actiondesk {' '.join(args)} exited {result.returncode}: {result.stderr[-2000:]}")
    return result


def start(env: dict, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "actiondesk.cli", *args], env=env, cwd=PROJECT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def migrated_template(directory: Path) -> Path:
    """A freshly migrated SQLite file, made once per session and copied by each test."""
    path = directory / "template.sqlite3"
    if not path.exists():
        cli(base_env(directory, f"sqlite:///{path}"), "migrate", "--verbosity", "0")
    return path


def sqlite_app(tmp_path: Path, template: Path) -> tuple[dict, Path]:
    db = tmp_path / "app.sqlite3"
    shutil.copyfile(template, db)
    return base_env(tmp_path, f"sqlite:///{db}"), db


def query(db, sql: str, *params):
    """Run SQL (``%s`` placeholders) against a SQLite file path or a PostgreSQL URL."""
    if isinstance(db, str) and db.startswith("postgres"):
        import psycopg

        with psycopg.connect(db) as conn:
            return conn.execute(sql, params).fetchall()
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute(sql.replace("%s", "?"), params).fetchall()


def postgres_app(tmp_path: Path, settings_dict: dict, suffix: str):
    """(env, url, drop) of a fresh, migrated PostgreSQL database next to the test database."""
    import psycopg

    name = f"{settings_dict['NAME']}_{suffix}"
    server = f"{settings_dict['USER']}@{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}"
    admin = f"postgres://{server}/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgres://{server}/{name}"
    env = base_env(tmp_path, url)
    cli(env, "migrate", "--verbosity", "0")

    def drop():
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return env, url, drop


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout=60.0, interval=0.2, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")


def stop(process: subprocess.Popen, sig=None) -> str:
    if process.poll() is None:
        process.send_signal(sig) if sig else process.terminate()
    try:
        out, _ = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
    return out or ""
