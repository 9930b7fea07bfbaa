from django.conf import settings

from actiondesk.org.models import Zone


def default_zone() -> Zone | None:
    return Zone.objects.filter(name=settings.ACTIONDESK_DEFAULT_ZONE).first() or Zone.objects.order_by("pk").first()


def person_name(user) -> str:
    """How the UI names a person: the full name (王主任), the login name only when there is none."""
    return user.get_full_name() or user.username
