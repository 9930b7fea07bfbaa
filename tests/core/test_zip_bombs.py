"""Zip bombs and oversized archives are refused from the archive's directory, before any part is parsed."""
import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from actiondesk.core.scoping import SYSTEM
from actiondesk.core.spreadsheets import FileRefused, SheetFileError, check_archive, read_rows
from actiondesk.enterprises.imports.service import BadFile, enterprises_import
from actiondesk.enterprises.synthetic import generate_enterprises_xlsx
from actiondesk.plans.reader import PlanReadError, read_plan
from tests.core.zipbombs import docx_bomb, xlsx_bomb

PROBE = Path(__file__).with_name("memory_probe.py")
SMALL = 24 * 1024 * 1024  # a 24 MB expansion (~25 KB file): quick, and still far beyond the ratio limit
PATHS = {"web enterprise import", "cli enterprises import", "web project ledger import", "cli projects import",
         "web chain output import", "cli outputs import", "web plan upload", "cli plan import", "cli plan parse"}


@pytest.fixture(scope="module")
def bombs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    (folder / "bomb.xlsx").write_bytes(xlsx_bomb())
    (folder / "bomb.docx").write_bytes(docx_bomb())
    return folder


def test_the_bombs_are_real_a_megabyte_that_expands_beyond_a_gigabyte(bombs):
    import zipfile

    for name in ("bomb.xlsx", "bomb.docx"):
        path = bombs / name
        declared = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
        assert path.stat().st_size < 1.5 * 1024 * 1024 and declared > 1024 ** 3


def test_every_upload_and_cli_import_refuses_a_bomb_with_peak_memory_under_300_mb(bombs, tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.sqlite3'}"}
    env.pop("TEST_DATABASE_NAME", None)
    done = subprocess.run([sys.executable, str(PROBE), str(bombs / "bomb.xlsx"), str(bombs / "bomb.docx")],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    results = {r["name"]: r for r in map(json.loads, filter(None, done.stdout.splitlines()))}
    assert set(results) == PATHS
    for result in results.values():
        assert result["refused"] and result["status"] in (200, 400, 2), result
        assert result["peak_mb"] < 300, result
        assert "\n" not in result["message"] and "lxml" not in result["message"], result


def test_a_bomb_is_refused_with_one_chinese_line_by_the_readers_themselves():
    data = xlsx_bomb(SMALL)
    for read in (read_rows, lambda d: enterprises_import(zone=None, data=d, file_name="b.xlsx", actor=SYSTEM)):
        with pytest.raises(SheetFileError) as refused:
            read(data)
        assert "疑似压缩炸弹" in str(refused.value) and "\n" not in str(refused.value)
    assert BadFile is SheetFileError
    with pytest.raises(PlanReadError) as refused:
        read_plan(docx_bomb(SMALL), "plan.docx")
    assert "疑似压缩炸弹" in str(refused.value) and "lxml" not in str(refused.value)


def test_the_declared_total_the_member_count_and_the_ratio_are_each_limited(settings):
    data = xlsx_bomb(SMALL)
    settings.ACTIONDESK_MAX_ZIP_RATIO = 10_000
    check_archive(data)  # within every limit now
    settings.ACTIONDESK_MAX_UNZIPPED_BYTES = SMALL // 2
    with pytest.raises(FileRefused, match=r"解压后 \d+ MB，超过 12 MB 上限"):
        check_archive(data)
    settings.ACTIONDESK_MAX_UNZIPPED_BYTES = SMALL * 2
    settings.ACTIONDESK_MAX_ZIP_MEMBERS = 3
    with pytest.raises(FileRefused, match="个部件"):
        check_archive(data)


def test_files_that_are_not_zip_archives_or_too_large_are_refused(settings):
    with pytest.raises(FileRefused, match="不是有效的 .xlsx 文件"):
        check_archive(b"PK\x03\x04 not really")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as written:
        written.writestr("xl/workbook.xml", "<workbook/>")
    damaged = bytearray(archive.getvalue())  # the central directory asks for zip version 17.3
    struct.pack_into("<H", damaged, damaged.rfind(b"PK\x01\x02") + 6, 173)
    with pytest.raises(FileRefused, match="不是有效的 .xlsx 文件"):
        check_archive(bytes(damaged))
    settings.ACTIONDESK_MAX_UPLOAD_BYTES = 1000
    with pytest.raises(FileRefused, match="上限"):
        check_archive(b"x" * 1001)


def test_the_default_limits_accept_a_real_enterprise_workbook(tmp_path):
    path = generate_enterprises_xlsx(tmp_path / "real.xlsx", 3000)
    check_archive(path.read_bytes())
    assert len(read_rows(path.read_bytes())) == 3002  # header, notes, rows


@pytest.mark.django_db
def test_the_upload_forms_refuse_a_bomb_before_it_is_stored(login, admin, zone):
    from actiondesk.core.models import Job

    upload = SimpleUploadedFile("bomb.xlsx", xlsx_bomb(SMALL))
    response = login(admin).post(reverse("enterprises:import_upload"), {"file": upload})
    assert response.status_code == 400 and "疑似压缩炸弹" in response.content.decode()
    assert not Job.objects.exists()  # refused before anything is stored or queued


@pytest.mark.django_db
def test_anonymous_users_and_non_keepers_are_refused_before_the_file_is_read(client, login, bob):
    upload = SimpleUploadedFile("bomb.xlsx", xlsx_bomb(SMALL))
    anonymous = client.post(reverse("projects:ledger_upload"), {"file": upload, "year": 2026})
    assert anonymous.status_code == 302 and "/login" in anonymous["Location"]
    upload.seek(0)
    assert login(bob).post(reverse("enterprises:import_upload"), {"file": upload}).status_code == 403


@pytest.mark.django_db
def test_the_cli_exits_2_with_the_reason(zone, tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(xlsx_bomb(SMALL))
    with pytest.raises(CommandError) as refused:
        call_command("enterprises_import", str(path))
    assert refused.value.returncode == 2 and "疑似压缩炸弹" in str(refused.value)
