from django.contrib import admin

from actiondesk.core.admin_scope import ZoneScopedAdmin, operator_zone_ids
from actiondesk.org.models import Department, Membership, Zone


@admin.register(Zone)
class ZoneAdmin(ZoneScopedAdmin):
    list_display = ("name", "short_name", "has_demo_data")


@admin.register(Department)
class DepartmentAdmin(ZoneScopedAdmin):
    list_display = ("name", "zone", "sort_order")
    list_filter = ("zone",)


@admin.register(Membership)
class MembershipAdmin(ZoneScopedAdmin):
    list_display = ("user", "zone", "role", "department")
    list_filter = ("role", "zone")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            zone_ids = operator_zone_ids(request.user)
            qs = db_field.related_model._default_manager.all()
            kwargs["queryset"] = qs if zone_ids is None else qs.filter(membership__zone_id__in=zone_ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
