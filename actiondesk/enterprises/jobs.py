"""The enterprise import as a queued job: the upload is stored on the job, a worker validates and writes it.

Progress is written outside the import's transaction, so the job page sees rows validated as they go; while the
write transaction runs the job says "write" and shows the rows written when it commits.
"""
import hashlib

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.core.access import access_for
from actiondesk.core.jobs import JobFailed, job_enqueue, register_job
from actiondesk.enterprises.imports.service import BadFile, enterprises_import
from actiondesk.enterprises.models.permissions import keeps_pool

IMPORT = "enterprises.import"


def enterprise_import_start(*, zone, acting_user, file_name: str, data: bytes):
    """Queue an import of an uploaded file (pool keepers of the zone only); JobBusy if one already runs here."""
    access = access_for(acting_user)
    if not keeps_pool(access) or access.zone_id != zone.pk:
        raise PermissionDenied
    return job_enqueue(kind=IMPORT, target=f"zone:{zone.pk}", zone=zone, user=acting_user, title=file_name,
                       data=data, sha256=hashlib.sha256(data).hexdigest())


@register_job(IMPORT, label=gettext_lazy("企业导入"))
def run_enterprise_import(job, progress) -> dict:
    try:
        outcome = enterprises_import(zone=job.zone, data=bytes(job.data), file_name=job.title, actor=job.user,
                                     progress=progress)
    except BadFile as exc:
        raise JobFailed(str(exc))
    data = outcome.as_dict()
    errors = data.pop("errors")
    if not outcome.ok:
        raise JobFailed(_("%(n)s 处错误，未写入任何数据") % {"n": len(errors)}, errors=errors,
                        result={"rows": outcome.rows})
    data["summary"] = _("已导入：新增 %(c)s 家，更新 %(u)s 家，未变 %(k)s 家") % {
        "c": data.get("created", 0), "u": data.get("updated", 0), "k": data.get("unchanged", 0)}
    return data
