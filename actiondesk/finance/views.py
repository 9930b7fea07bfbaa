"""The 金融+ page: guidance funds, 政银企对接 and loans, the risk pool's balance, the listing ladder."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone

from actiondesk.core.access import access_for
from actiondesk.core.params import YEAR_MAX, YEAR_MIN, int_param
from actiondesk.finance import selectors
from actiondesk.finance.views_edit import may_record


@login_required
def dashboard(request):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    year = int_param(request.GET, "year", timezone.localdate().year, low=YEAR_MIN, high=YEAR_MAX)
    # A row is changed by its department or an admin (the same rule core.scoping applies to the edit pages).
    return render(request, "finance/dashboard.html", {
        **selectors.dashboard(request.user, year=year), "may_record": may_record(access),
        "edits_all": access.is_admin, "my_department": access.department_id if access.is_department else None})
