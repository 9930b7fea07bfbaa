"""The 金融+ page: guidance funds, 政银企对接 and loans, the risk pool's balance, the listing ladder; its 台账 export
writes the same lists, narrowed by the same filters."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import render
from django.utils import timezone

from actiondesk.core.access import access_for
from actiondesk.core.downloads import xlsx_response
from actiondesk.core.filters import invalid_filters_response, valid_filterset
from actiondesk.core.params import YEAR_MAX, YEAR_MIN, int_param
from actiondesk.finance import exports, selectors
from actiondesk.finance.filters import EventFilterSet, ListingStepFilterSet, LoanFilterSet
from actiondesk.finance.views_edit import may_record


def _filtersets(request, data, *, strict: bool):
    """The loans, events and listing rungs the user sees, each through its FilterSet. ``strict``: an invalid value
    raises ValidationError (the export); otherwise it shows as a form error and the valid ones narrow the list."""
    lists = ((LoanFilterSet, selectors.loan_list), (EventFilterSet, selectors.event_list),
             (ListingStepFilterSet, selectors.listing_step_list))
    if strict:
        return [valid_filterset(cls, data, rows(request.user), request=request) for cls, rows in lists]
    return [cls(data, queryset=rows(request.user), request=request) for cls, rows in lists]


@login_required
def dashboard(request):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    year = int_param(request.GET, "year", timezone.localdate().year, low=YEAR_MIN, high=YEAR_MAX)
    data = request.GET.copy()
    data["year"] = str(year)  # the page always shows one year (this one unless another is asked)
    if request.GET.get("export") == "xlsx":
        try:
            loans, events, steps = _filtersets(request, data, strict=True)
        except ValidationError as exc:
            return invalid_filters_response(exc)
        return xlsx_response(exports.ledger_xlsx(request.user, year=year, loans=loans.qs, events=events.qs,
                                                 steps=steps.qs), f"finance-{year}.xlsx")
    loans, events, steps = _filtersets(request, data, strict=False)
    # A row is changed by its department or an admin (the same rule core.scoping applies to the edit pages).
    return render(request, "finance/dashboard.html", {
        **selectors.dashboard(request.user, year=year, loans=loans.qs, events=events.qs, steps=steps.qs),
        "loan_filters": loans, "listing_filters": steps,
        "may_record": may_record(access), "edits_all": access.is_admin,
        "my_department": access.department_id if access.is_department else None})

