"""The repository stands alone: a clone with nothing beside it loads the demo, and no file reads a folder
outside the repository (the sample plan ships in actiondesk/plans/samples)."""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# What the repository hook refuses, plus the pathlib spelling the demo once used (the parent folder joined with a
# quoted folder name).
OUTSIDE_PATHS = (r"(\.\./|/)" + "sha" + r"red/", r"/ *[\"']" + "sha" + r"red[\"']")
SEARCHED = ("actiondesk", "tests", "bench", "Makefile", ".ci", "manage.py", "pyproject.toml",
            ":(exclude)tests/core/test_standalone.py")  # this file spells the patterns out


def _git(*args, cwd) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def test_no_code_test_bench_makefile_or_ci_file_reads_a_shared_folder_outside_the_repository():
    top = _git("rev-parse", "--show-toplevel", cwd=HERE)
    for pattern in OUTSIDE_PATHS:
        found = subprocess.run(["git", "grep", "-nE", pattern, "--", *SEARCHED], cwd=top, capture_output=True,
                               text=True)
        assert found.returncode == 1, f"paths outside the repository ({pattern}):\n{found.stdout}{found.stderr}"


def test_the_outside_path_patterns_catch_the_spellings_they_are_meant_to():
    import re

    # The examples are assembled so that this file does not itself match the repository hook's search.
    folder = "sha" + "red"
    for line in (f'PLAN = Path("/work/{folder}/plans/plan.txt")', f'open("../{folder}/STYLE.md")',
                 f'SHARED = Path(settings.PROJECT_DIR).parent / "{folder}" / "plans"'):
        assert any(re.search(p, line) for p in OUTSIDE_PATHS), line
    assert not any(re.search(p, "from docx.shared import Pt") for p in OUTSIDE_PATHS)


def test_a_clone_with_no_sibling_folders_loads_the_demo_on_a_fresh_sqlite_file(tmp_path):
    top = _git("rev-parse", "--show-toplevel", cwd=HERE)
    head = _git("rev-parse", "HEAD", cwd=top)
    clone, database = tmp_path / "actiondesk", tmp_path / "demo.sqlite3"
    subprocess.run(["git", "clone", "--quiet", "--no-checkout", top, str(clone)], check=True, capture_output=True)
    _git("checkout", "--quiet", head, cwd=clone)
    assert [p.name for p in tmp_path.iterdir()] == ["actiondesk"]  # nothing beside the clone, no sibling folder

    # Only what a new user's shell would have: the clone's code first on the path, a database of its own.
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")}
    env |= {"PYTHONPATH": str(clone), "DATABASE_URL": f"sqlite:///{database}"}
    where = subprocess.run([sys.executable, "-c", "import actiondesk; print(actiondesk.__file__)"], cwd=clone,
                           env=env, capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()).is_relative_to(clone)

    demo = subprocess.run([sys.executable, "-m", "actiondesk.cli", "demo", "--no-serve"], cwd=clone, env=env,
                          capture_output=True, text=True, timeout=600)
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
    assert "dept02" in demo.stdout and "演示数据已加载" in demo.stdout
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == ["actiondesk"]

    with sqlite3.connect(database) as db:
        plans = db.execute("SELECT title FROM plans_plan").fetchall()
        users = db.execute("SELECT username FROM auth_user").fetchall()
        tasks = db.execute("SELECT count(*) FROM plans_task").fetchone()[0]
        demo_zone = db.execute("SELECT has_demo_data FROM org_zone").fetchone()[0]
    assert len(plans) == 1 and "行动安排" in plans[0][0] and tasks > 0
    assert {"admin", "leader", "supervisor", "dept01", "dept02"} <= {u for (u,) in users}
    assert demo_zone
