"""Pool administration pages: certification edit and delete (who keeps the pool: the 维护部门 page, org:keepers)."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.scoping import get_editable_or_403
from actiondesk.enterprises import services_pool
from actiondesk.enterprises.forms import CertificationForm
from actiondesk.enterprises.models import Certification


def _certification(request, pk, cert_pk):
    return get_editable_or_403(Certification.objects.select_related("enterprise"), request.user, pk=cert_pk,
                               enterprise_id=pk)


@login_required
def certification_edit(request, pk, cert_pk):
    certification = _certification(request, pk, cert_pk)
    form = CertificationForm(request.POST or None, instance=certification)
    if request.method == "POST" and form.is_valid():
        try:
            services_pool.certification_update(certification=Certification.objects.get(pk=cert_pk),
                                               acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("已保存资质"))
            return redirect("enterprises:enterprise_detail", pk)
    return render(request, "enterprises/certification_edit.html",
                  {"form": form, "certification": certification, "enterprise": certification.enterprise})


@login_required
@require_POST
def certification_delete(request, pk, cert_pk):
    certification = _certification(request, pk, cert_pk)
    services_pool.certification_delete(certification=certification, acting_user=request.user)
    messages.success(request, _("已删除资质"))
    return redirect("enterprises:enterprise_detail", pk)
