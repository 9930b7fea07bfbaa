"""Backup and restore round-trip a small zone (plan, report with an attachment, enterprises, projects): every
table's row count and checksum match and the attachment is byte-identical, on SQLite and on PostgreSQL."""
import io
import json
import tarfile
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from actiondesk.cli import main as cli_main
from actiondesk.core.backup import postgres_stats, sqlite_stats
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.projects.models import Project
from actiondesk.supervision import services
from actiondesk.supervision.periods import periods_ensure
from actiondesk.supervision.responsibility import responsibilities
from tests.core.processes import base_env, cli
from tests.enterprises.sheets import code

PDF = b"%PDF-1.4\n%\xe6\xb5\x8b\xe8\xaf\x95 backup\n" + bytes(range(256))


@pytest.fixture
def zone_data(zone, plan, departments, alice, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    period = periods_ensure(plan=plan, acting_user=SYSTEM)[5]
    report = services.report_open(period=period, acting_user=alice)
    task = plan.tasks.get(pk=sorted(responsibilities(plan.pk).tasks_of(alice.membership.department_id))[0])
    attachment = services.attachment_add_to_task(report=report, task=task, acting_user=alice,
                                                 uploaded_file=SimpleUploadedFile("成果.pdf", PDF))
    Enterprise.objects.bulk_create([Enterprise(zone=zone, credit_code=code(n), name=f"备份测试{n}号有限公司")
                                    for n in range(1, 21)])
    Project.objects.bulk_create([Project(zone=zone, code=f"P-{n:03d}", name=f"项目{n}", total_investment=Decimal(
        "1234.56"), lead_department=departments["投资促进局"]) for n in range(1, 6)])
    return attachment


def _restore_target(tmp_path, request):
    """(env, stats()) of an empty database of the same engine for the restore process."""
    if connection.vendor == "sqlite":
        db = tmp_path / "restored.sqlite3"
        return base_env(tmp_path / "restored", f"sqlite:///{db}"), lambda: sqlite_stats(db)
    import psycopg

    s = connection.settings_dict
    name = f"{s['NAME']}_restore"
    admin_url = f"host={s['HOST'] or '127.0.0.1'} port={s['PORT'] or 5432} user={s['USER']} dbname=postgres"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    request.addfinalizer(drop)
    url = f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{name}"

    def stats():
        with psycopg.connect(admin_url.replace("dbname=postgres", f"dbname={name}")) as db, db.cursor() as cursor:
            return postgres_stats(cursor)

    return base_env(tmp_path / "restored", url), stats


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_every_table_and_attachment_identically_into_an_empty_database(
        zone_data, tmp_path, capsys, request):
    out = tmp_path / "backup.tar"
    assert cli_main(["backup", "create", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["media_files"] == 1
    with tarfile.open(out) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        names = set(tar.getnames())
    assert manifest["engine"] == ("sqlite" if connection.vendor == "sqlite" else "postgresql")
    assert manifest["tables"]["enterprises_enterprise"]["rows"] == 20
    assert manifest["tables"]["projects_project"]["rows"] == 5
    assert manifest["tables"]["supervision_attachment"]["rows"] == 1
    assert "core" in manifest["migrations"] and manifest["actiondesk_version"]
    assert f"media/{zone_data.file.name}" in names and manifest["database_file"] in names
    assert cli_main(["backup", "verify", str(out)]) == 0

    env, restored_stats = _restore_target(tmp_path, request)
    result = cli(env, "backup", "restore", str(out), "--json")
    assert json.loads(result.stdout)["ok"] is True
    restored = restored_stats()
    assert {t: restored[t] for t in manifest["tables"]} == manifest["tables"]  # rows and checksum per table
    copy = tmp_path / "restored" / "media" / zone_data.file.name
    assert copy.read_bytes() == PDF
    # A second restore into the now non-empty database is refused, then allowed with --force.
    refused = cli(env, "backup", "restore", str(out), check=False)
    assert refused.returncode == 2 and "--force" in refused.stderr and refused.stderr.count("\n") == 1
    assert cli(env, "backup", "restore", str(out), "--force").returncode == 0


@pytest.mark.django_db(transaction=True)
def test_restoring_into_the_database_it_came_from_is_refused_without_force(zone_data, tmp_path, capsys):
    out = tmp_path / "backup.tar"
    assert cli_main(["backup", "create", "--out", str(out)]) == 0
    assert cli_main(["backup", "restore", str(out)]) == 2
    assert "已有数据" in capsys.readouterr().err
    assert Enterprise.objects.count() == 20


def _tampered(src, dest, name, content):
    with tarfile.open(src) as tar, tarfile.open(dest, "w") as out:
        for member in tar.getmembers():
            data = tar.extractfile(member).read()
            if member.name == name:
                data = content(data)
                member.size = len(data)
            out.addfile(member, io.BytesIO(data))


@pytest.mark.django_db(transaction=True)
def test_a_damaged_or_foreign_file_is_refused_with_exit_2_and_one_line(zone_data, tmp_path, capsys):
    out = tmp_path / "backup.tar"
    assert cli_main(["backup", "create", "--out", str(out)]) == 0
    capsys.readouterr()
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not a tar at all" * 100)
    bad_media = tmp_path / "bad-media.tar"
    _tampered(out, bad_media, f"media/{zone_data.file.name}", lambda data: data[:-1] + b"!")
    cases = {str(tmp_path / "missing.tar"): "文件不存在", str(junk): "tar", str(bad_media): "附件校验和不一致"}
    for path, reason in cases.items():
        assert cli_main(["backup", "verify", path]) == 2
        err = capsys.readouterr().err
        assert reason in err and err.count("\n") == 1
    assert cli_main(["backup", "create", "--out", str(tmp_path / "no" / "such" / "dir.tar")]) == 2
