"""The bell: the notifications page, its unread count in the header, opening an item and marking items read."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.filters import page_filterset
from actiondesk.core.models import Notification
from actiondesk.core.notification_filters import NotificationFilterSet
from actiondesk.core.notifications import notifications_mark_read, unread_count
from actiondesk.core.scoping import get_editable_or_403, visible


def _own(request):
    if access_for(request.user) is None:
        raise PermissionDenied
    return visible(Notification.objects.all(), request.user)


@login_required
def notification_list(request):
    filterset = page_filterset(NotificationFilterSet, request, _own(request))
    page = Paginator(filterset.qs, 50).get_page(request.GET.get("page"))
    return render(request, "core/notifications.html", {"filterset": filterset, "items": page,
                                                       "unread": unread_count(request.user)})


@login_required
def notification_badge(request):
    """The header's unread count (an htmx fragment loaded after the page, so pages keep their query budgets)."""
    return render(request, "core/_bell_count.html", {"unread": unread_count(request.user)})


@login_required
@require_POST
def notification_open(request, pk):
    item = get_editable_or_403(_own(request), request.user, pk=pk)
    notifications_mark_read(acting_user=request.user, ids=[item.pk])
    if item.url and url_has_allowed_host_and_scheme(item.url, allowed_hosts={request.get_host()}):
        return redirect(item.url)
    return redirect("notifications:notification_list")


@login_required
@require_POST
def notifications_read(request):
    _own(request)
    ids = [i for i in request.POST.getlist("id") if i.isdigit() and len(i) < 19] or None
    notifications_mark_read(acting_user=request.user, ids=ids)
    return redirect("notifications:notification_list")
