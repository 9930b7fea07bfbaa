import pytest

from tests.core.processes import migrated_template, sqlite_app


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    return migrated_template(tmp_path_factory.mktemp("migrated"))


@pytest.fixture
def app_sqlite(tmp_path, sqlite_template):
    """(env, db path) of a migrated SQLite database the CLI processes of one test share."""
    return sqlite_app(tmp_path, sqlite_template)
