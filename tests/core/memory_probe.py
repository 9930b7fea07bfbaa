"""Run in a subprocess by test_zip_bombs.py: feed zip bombs to every upload and CLI import, report peak RSS.

Usage: python tests/core/memory_probe.py XLSX_BOMB DOCX_BOMB (DATABASE_URL names a scratch SQLite file).
Prints one JSON line per path: name, refused, message, peak_mb (VmHWM after resetting it through clear_refs).
"""
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # this checkout, not whichever one the virtualenv's install points at
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "actiondesk.settings")
os.environ["ENTERPRISE_IMPORT_SYNC"] = "true"


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")  # resets VmHWM to the current RSS


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def main(xlsx_path: str, docx_path: str) -> None:
    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.core.management.base import CommandError
    from django.test import Client
    from django.urls import reverse

    from actiondesk.chains.models import Chain
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.org.models import Department
    from actiondesk.org.services import user_create, zone_get_or_create

    call_command("migrate", verbosity=0, interactive=False)
    zone = zone_get_or_create(name="压缩炸弹测试区")
    department = Department.objects.create(zone=zone, name="产业创新局")
    admin = user_create(zone=zone, username="probe-admin", password="pw-probe-2026", role="admin", acting_user=SYSTEM)
    chain = Chain.objects.create(zone=zone, name="特种机器人", kind="strategic", industry="equipment",
                                 department=department)
    client = Client()
    client.force_login(admin)
    xlsx, docx = Path(xlsx_path).read_bytes(), Path(docx_path).read_bytes()

    def post(url, field, data, name, **extra):
        response = client.post(url, {field: SimpleUploadedFile(name, data), **extra})
        return response.status_code, response.content.decode()

    def command(*args):
        try:
            call_command(*args)
        except CommandError as exc:
            return getattr(exc, "returncode", 1), str(exc)
        return 0, ""

    paths = {
        "web enterprise import": lambda: post(reverse("enterprises:import_upload"), "file", xlsx, "bomb.xlsx"),
        "cli enterprises import": lambda: command("enterprises_import", xlsx_path, "--zone", zone.name),
        "web project ledger import": lambda: post(reverse("projects:ledger_upload"), "file", xlsx, "bomb.xlsx",
                                                  year=2026),
        "cli projects import": lambda: command("projects_import", xlsx_path, "--zone", zone.name),
        "web chain output import": lambda: post(reverse("chains:chain_outputs_import", args=[chain.pk]), "file",
                                                xlsx, "bomb.xlsx"),
        "cli outputs import": lambda: command("outputs_import", xlsx_path, "--chain", chain.name),
        "web plan upload": lambda: post(reverse("plans:import_upload"), "document", docx, "bomb.docx"),
        "cli plan import": lambda: command("plan_import", docx_path, "--zone", zone.name),
        "cli plan parse": lambda: command("plan_parse", docx_path),
    }
    for name, run in paths.items():
        reset_peak()
        status, text = run()
        refused = "疑似压缩炸弹" in text
        print(json.dumps({"name": name, "status": status, "refused": refused, "peak_mb": round(peak_mb(), 1),
                          "message": text[:200] if not name.startswith("web") else ""}, ensure_ascii=False),
              flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
