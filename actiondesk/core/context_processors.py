from actiondesk.core.access import access_for
from actiondesk.core.portal import portal_home
from actiondesk.org.models import Department, Zone


def platform(request):
    access = access_for(getattr(request, "user", None))
    zone = None
    department = None
    if access is not None and access.zone_name is not None:  # read with the membership: no query here
        zone = Zone(pk=access.zone_id, name=access.zone_name, has_demo_data=access.demo_data)
        if access.department_id:
            department = Department(pk=access.department_id, zone_id=access.zone_id, name=access.department_name)
    elif access is not None:
        zone = Zone.objects.filter(pk=access.zone_id).only("name", "has_demo_data").first()
        if access.department_id:
            department = Department.objects.filter(pk=access.department_id).only("name").first()
    else:
        zone = Zone.objects.filter(has_demo_data=True).only("name", "has_demo_data").first()
    return {
        "access": access,
        "current_zone": zone,
        "current_department": department,
        "demo_data": bool(zone and zone.has_demo_data),
        "portal_home": portal_home(),
    }
