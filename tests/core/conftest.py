import pytest

from tests.core.processes import migrated_template, postgres_app, sqlite_app


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    return migrated_template(tmp_path_factory.mktemp("migrated"))


@pytest.fixture
def app_sqlite(tmp_path, sqlite_template):
    """(env, db path) of a migrated SQLite database the CLI processes of one test share."""
    return sqlite_app(tmp_path, sqlite_template)


@pytest.fixture
def app_db(tmp_path, sqlite_template, request):
    """(env, database) for CLI processes on the engine the suite runs on: a SQLite file path, or the URL of a
    fresh PostgreSQL database beside the test database (dropped afterwards)."""
    from django.conf import settings

    default = settings.DATABASES["default"]
    if "postgresql" not in default["ENGINE"]:
        return sqlite_app(tmp_path, sqlite_template)
    env, url, drop = postgres_app(tmp_path, {**default, "NAME": default.get("TEST", {}).get("NAME") or
                                             f"test_{default['NAME']}"}, "proc")
    request.addfinalizer(drop)
    return env, url
