"""Data-migration steps shared by enterprises and projects when their free-text 所在园区 became a Park.

Historical models only (``apps.get_model``), so later model changes never break these migrations.
"""
# The zone's department that kept parks when these migrations ran (today: core.keepers area parks.registry,
# whose default department this also is).
OWNER_DEPARTMENT = "发展改革局"


def parks_from_text(apps, app_label: str, model_name: str) -> None:
    """For every row with a 所在园区 text: the zone's Park of that name (created once), set on ``park_place``."""
    Model = apps.get_model(app_label, model_name)
    Park = apps.get_model("parks", "Park")
    Department = apps.get_model("org", "Department")
    pairs = (Model.objects.exclude(park="").values_list("zone_id", "park").distinct())
    for zone_id, text in pairs:
        name = text.strip()[:100]
        if not name:
            continue
        park = Park.objects.filter(zone_id=zone_id, name=name).first()
        if park is None:
            owner = Department.objects.filter(zone_id=zone_id, name=OWNER_DEPARTMENT).first()
            park = Park.objects.create(zone_id=zone_id, name=name, department=owner)
        Model.objects.filter(zone_id=zone_id, park=text).update(park_place=park)


def text_from_parks(apps, app_label: str, model_name: str) -> None:
    """Reverse: the park's name back into the text column (the parks themselves stay)."""
    Model = apps.get_model(app_label, model_name)
    for row in Model.objects.exclude(park_place=None).select_related("park_place").only("pk", "park_place__name"):
        Model.objects.filter(pk=row.pk).update(park=row.park_place.name)
