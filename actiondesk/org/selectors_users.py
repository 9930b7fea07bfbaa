"""Reads for the zone admin's users and departments pages (core layer: they stand on scoping and axes)."""
from django.db.models import Count

from actiondesk.core.lockout import locked_usernames
from actiondesk.core.scoping import visible
from actiondesk.org.models import Department, Membership


def memberships_visible(user):
    """The memberships (with user and department) of the user's zone, admins first."""
    return (visible(Membership.objects.all(), user).select_related("user", "department")
            .order_by("role", "department__sort_order", "user__username"))


def users_page_rows(user) -> list[dict]:
    """One row per account of the zone, with whether django-axes currently locks it."""
    memberships = list(memberships_visible(user))
    locked = locked_usernames(m.user.username for m in memberships)
    return [{"membership": m, "user": m.user, "locked": m.user.username in locked} for m in memberships]


def departments_with_counts(user):
    return visible(Department.objects.all(), user).annotate(member_count=Count("members"))
