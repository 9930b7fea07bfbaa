from django.contrib import admin

from actiondesk.org.models import Department, Membership, Zone

admin.site.register(Zone)
admin.site.register(Department, list_display=("name", "zone", "sort_order"), list_filter=("zone",))
admin.site.register(Membership, list_display=("user", "zone", "role", "department"), list_filter=("role", "zone"))
