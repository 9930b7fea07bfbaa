"""The project ledger import as a queued job: the upload is kept on the job, a worker validates and writes it
(one transaction, one audit entry), the job page shows every bad row or the counts."""
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.core.access import access_for
from actiondesk.core.jobs import JobFailed, job_enqueue, register_job
from actiondesk.core.spreadsheets import SheetFileError
from actiondesk.projects.imports import ledger_import, ledger_validate

LEDGER = "projects.ledger_import"


def ledger_import_start(*, zone, acting_user, file_name: str, data: bytes, year: int):
    """Queue a ledger import for the zone (admins only); JobBusy while another ledger import of the zone runs."""
    import hashlib

    access = access_for(acting_user)
    if access is None or not access.is_admin or access.zone_id != zone.pk:
        raise PermissionDenied
    return job_enqueue(kind=LEDGER, target=f"zone:{zone.pk}", zone=zone, user=acting_user, title=file_name,
                       params={"year": year}, data=data, sha256=hashlib.sha256(data).hexdigest())


@register_job(LEDGER, label=gettext_lazy("项目台账导入"))
def run_ledger_import(job, progress) -> dict:
    progress("validate", 0, 0)
    try:
        reading = ledger_validate(bytes(job.data), zone=job.zone, file_name=job.title, year=job.params["year"])
    except SheetFileError as exc:
        raise JobFailed(str(exc))
    total = len(reading.records)
    if reading.errors:
        raise JobFailed(_("%(n)s 处错误，未写入任何数据") % {"n": len(reading.errors)},
                        errors=[e.as_dict() for e in reading.errors], result={"rows": total})
    progress("write", 0, total)
    result = ledger_import(reading=reading, zone=job.zone, acting_user=job.user)
    result["summary"] = _("已导入 %(rows)s 行：新增 %(created)s，更新 %(updated)s；要素保障新增 %(nc)s、更新 %(nu)s；"
                          "存在问题新增 %(pc)s、更新 %(pu)s") % {
        **result, "nc": result["factor_needs"]["created"], "nu": result["factor_needs"]["updated"],
        "pc": result["problems"]["created"], "pu": result["problems"]["updated"]}
    return result
