"""Pool administration pages: which departments keep the pool (zone admins), certification edit and delete."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.scoping import get_editable_or_403, require_role
from actiondesk.enterprises import services_pool
from actiondesk.enterprises.forms import CertificationForm, PoolKeeperForm
from actiondesk.enterprises.models import Certification
from actiondesk.enterprises.models.permissions import keeper_department_ids
from actiondesk.org.choices import Role
from actiondesk.org.models import Zone


@login_required
def pool_keepers(request):
    access = require_role(request.user, Role.ADMIN)
    zone = Zone.objects.get(pk=access.zone_id)
    form = PoolKeeperForm(request.POST or None, zone=zone.pk,
                          initial={"departments": sorted(keeper_department_ids(zone.pk))})
    if request.method == "POST" and form.is_valid():
        try:
            services_pool.pool_keepers_set(zone=zone, acting_user=request.user,
                                           departments=form.cleaned_data["departments"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("已保存培育库维护部门"))
            return redirect("enterprises:pool_keepers")
    return render(request, "enterprises/pool_keepers.html", {"form": form}, status=400 if form.errors else 200)


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
