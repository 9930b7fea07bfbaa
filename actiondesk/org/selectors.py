from django.conf import settings

from actiondesk.org.models import Department, Zone


def default_zone() -> Zone | None:
    return Zone.objects.filter(name=settings.ACTIONDESK_DEFAULT_ZONE).first() or Zone.objects.order_by("pk").first()


def departments_of_zone(zone) -> list[Department]:
    return list(Department.objects.filter(zone=zone))
