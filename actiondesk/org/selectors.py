from django.conf import settings

from actiondesk.core.scoping import visible
from actiondesk.org.models import Department, Membership, Zone


def default_zone() -> Zone | None:
    return Zone.objects.filter(name=settings.ACTIONDESK_DEFAULT_ZONE).first() or Zone.objects.order_by("pk").first()


def person_name(user) -> str:
    """How the UI names a person: the full name (王主任), the login name only when there is none."""
    return user.get_full_name() or user.username


def memberships_visible(user):
    """The memberships (with user and department) of the user's zone, admins first."""
    return (visible(Membership.objects.all(), user).select_related("user", "department")
            .order_by("role", "department__sort_order", "user__username"))


def users_page_rows(user) -> list[dict]:
    """One row per account of the zone, with whether django-axes currently locks it."""
    from actiondesk.core.lockout import locked_usernames

    memberships = list(memberships_visible(user))
    locked = locked_usernames(m.user.username for m in memberships)
    return [{"membership": m, "user": m.user, "locked": m.user.username in locked} for m in memberships]


def departments_with_counts(user):
    from django.db.models import Count

    return visible(Department.objects.all(), user).annotate(member_count=Count("members"))
