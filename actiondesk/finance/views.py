"""The 金融+ page: guidance funds, 政银企对接 and loans, the risk pool's balance, the listing ladder."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone

from actiondesk.core.access import access_for
from actiondesk.core.params import YEAR_MAX, YEAR_MIN, int_param
from actiondesk.finance import selectors


@login_required
def dashboard(request):
    if access_for(request.user) is None:
        raise PermissionDenied
    year = int_param(request.GET, "year", timezone.localdate().year, low=YEAR_MIN, high=YEAR_MAX)
    return render(request, "finance/dashboard.html", selectors.dashboard(request.user, year=year))
