"""The technology contract (技术合同登记) import as a queued job: a registration-system export can run to tens of
thousands of rows, so a worker reads, checks and writes it in one transaction while the page shows progress."""
import hashlib

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.core.access import access_for
from actiondesk.core.jobs import JobFailed, job_enqueue, register_job
from actiondesk.core.spreadsheets import SheetFileError
from actiondesk.innovation import services, spreadsheets
from actiondesk.innovation.choices import KeeperArea
from actiondesk.innovation.models import keeps

CONTRACTS = "innovation.contracts_import"


def contracts_import_start(*, zone, acting_user, file_name: str, data: bytes):
    """Queue a contract import for a keeper of the registries; JobBusy while another one for the zone runs."""
    access = access_for(acting_user) if acting_user is not None else None
    if access is None or access.zone_id != zone.pk or not keeps(access, KeeperArea.REGISTRY):
        raise PermissionDenied(str(services.REGISTRY_DENIED))
    return job_enqueue(kind=CONTRACTS, target=f"zone:{zone.pk}", zone=zone, user=acting_user, title=file_name,
                       data=data, sha256=hashlib.sha256(data).hexdigest())


@register_job(CONTRACTS, label=gettext_lazy("技术合同导入"))
def run_contracts_import(job, progress) -> dict:
    progress("read", 0, 0)
    try:
        reading = spreadsheets.read_contracts(bytes(job.data), file_name=job.title)
    except (SheetFileError, ValidationError) as exc:  # a workbook refused as a whole
        raise JobFailed(str(exc) if isinstance(exc, SheetFileError) else "；".join(exc.messages))
    if reading.errors:
        raise JobFailed(_("%(n)s 处错误，未写入任何数据") % {"n": len(reading.errors)},
                        errors=[e.as_dict() for e in reading.errors])
    if not reading.rows:
        raise JobFailed(_("文件中没有填写任何技术合同"))
    progress("write", 0, len(reading.rows))
    try:
        result = services.contracts_import_save(zone=job.zone, rows=reading.rows, acting_user=job.user,
                                                file_name=reading.file_name, sha256=reading.sha256)
    except ValidationError as exc:
        raise JobFailed("；".join(exc.messages))
    rows = len(reading.rows)
    progress("write", rows, rows)
    return {**result, "rows": rows, "summary": _(
        "已导入技术合同 %(rows)s 行：新增 %(created)s，更新 %(updated)s，未变 %(unchanged)s") % {"rows": rows, **result}}
