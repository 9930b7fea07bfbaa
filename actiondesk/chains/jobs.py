"""The chain output (产值) import as a queued job: validated and written by a worker in one transaction."""
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.chains import outputs, services
from actiondesk.chains.models import Chain
from actiondesk.core.jobs import JobFailed, job_enqueue, register_job
from actiondesk.core.scoping import can_edit
from actiondesk.core.spreadsheets import SheetFileError

OUTPUTS = "chains.outputs_import"


def outputs_import_start(*, chain: Chain, acting_user, file_name: str, data: bytes):
    """Queue an output import for a chain the user edits; JobBusy while another one for this chain runs."""
    import hashlib

    if not can_edit(acting_user, chain):
        raise PermissionDenied
    return job_enqueue(kind=OUTPUTS, target=f"chain:{chain.pk}", zone=chain.zone, user=acting_user,
                       title=file_name, params={"chain": chain.pk}, data=data,
                       sha256=hashlib.sha256(data).hexdigest())


@register_job(OUTPUTS, label=gettext_lazy("产业链产值导入"))
def run_outputs_import(job, progress) -> dict:
    chain = Chain.objects.get(pk=job.params["chain"], zone=job.zone)
    try:
        reading = outputs.read_outputs(bytes(job.data), chain=chain, file_name=job.title)
    except SheetFileError as exc:  # a workbook refused as a whole
        raise JobFailed(str(exc))
    if reading.errors:
        raise JobFailed(_("%(n)s 处错误，未写入任何数据") % {"n": len(reading.errors)},
                        errors=[e.as_dict() for e in reading.errors])
    if not reading.rows:
        raise JobFailed(_("文件中没有填写任何产值"))
    try:
        result = services.chain_outputs_save(chain=chain, rows=reading.rows, acting_user=job.user,
                                             file_name=reading.file_name, sha256=reading.sha256)
    except ValidationError as exc:
        raise JobFailed("；".join(exc.messages))
    rows = len(reading.rows)
    return {**result, "rows": rows, "chain": chain.pk, "summary": _(
        "已导入 %(rows)s 行：新增 %(created)s，修改 %(updated)s") % {"rows": rows, **result}}
