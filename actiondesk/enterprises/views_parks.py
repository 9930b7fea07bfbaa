"""An enterprise moving onto a park's land, from the park's page (the enterprises' panel there)."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.scoping import get_editable_or_403
from actiondesk.enterprises.forms import TenancyForm
from actiondesk.enterprises.models import Enterprise
from actiondesk.enterprises.services_parks import tenancy_record
from actiondesk.parks.models import Park


@login_required
@require_POST
def tenancy_add(request, pk):
    park = get_editable_or_403(Park.objects.all(), request.user, pk=pk)
    form = TenancyForm(request.POST)
    if not form.is_valid():
        messages.error(request, "；".join(m for errors in form.errors.values() for m in errors))
        return redirect("parks:park_detail", pk=park.pk)
    data = form.cleaned_data
    enterprise = Enterprise.objects.filter(zone_id=park.zone_id, credit_code=data["credit_code"].strip()).first()
    if enterprise is None:
        messages.error(request, _("企业库中没有这个统一社会信用代码"))
        return redirect("parks:park_detail", pk=park.pk)
    try:
        tenancy_record(enterprise=enterprise, park=park, area_mu=data["area_mu"], moved_in_on=data["moved_in_on"],
                       acting_user=request.user)
        messages.success(request, _("已登记入驻"))
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    return redirect("parks:park_detail", pk=park.pk)
