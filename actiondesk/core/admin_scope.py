"""Django admin is for platform operators (superusers) only, and each admin class shows only the operator's scope.

Zone admins work in the application's own pages (/org/users/, /org/departments/); they are not staff.
An operator with a membership sees that zone only; an operator without one runs the whole platform.
Every ModelAdmin registered by an app should subclass ``ZoneScopedAdmin`` (the model declares
``scope_zone`` as for core.scoping).
"""
from django.contrib import admin

from actiondesk.org.models import Membership


def operator_zone_ids(user) -> list[int] | None:
    """The zones an operator may see in the admin; None means every zone."""
    zone_id = Membership.objects.filter(user_id=user.pk).values_list("zone_id", flat=True).first()
    return None if zone_id is None else [zone_id]


def limit_to_zones(qs, zone_ids):
    if zone_ids is None:
        return qs
    path = getattr(qs.model, "scope_zone", None)
    if path is None:
        raise TypeError(f"{qs.model.__name__} does not declare scope_zone")
    return qs.filter(**{("pk" if path == "" else path) + "__in": zone_ids})


def superuser_only(request) -> bool:
    return bool(request.user.is_active and request.user.is_superuser)


class ZoneScopedAdmin(admin.ModelAdmin):
    def get_queryset(self, request):
        return limit_to_zones(super().get_queryset(request), operator_zone_ids(request.user))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        related = db_field.related_model
        if hasattr(related, "scope_zone"):
            kwargs["queryset"] = limit_to_zones(related._default_manager.all(), operator_zone_ids(request.user))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# Staff flags are not enough: only superusers reach /admin/ at all.
admin.site.has_permission = superuser_only
