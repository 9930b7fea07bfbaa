"""The approval steps a zone starts with (a table the zone then edits on its settings page).

Used by the data migration for existing zones and by ``ProjectsConfig.ready`` for new ones, with the models
passed in so the migration can hand over its historical models.
"""

GRANTING_DEPARTMENT = "行政审批局"
# (name, required before 开工)
DEFAULT_STEPS = [
    ("立项/备案", True),
    ("用地预审", True),
    ("规划许可", True),
    ("环评", True),
    ("能评", True),
    ("施工许可", True),
]


def seed_steps(step_model, department_model, zone_id: int) -> int:
    """Create the default steps the zone lacks (by name); the granting department is linked when the zone has it."""
    existing = set(step_model.objects.filter(zone_id=zone_id).values_list("name", flat=True))
    department = department_model.objects.filter(zone_id=zone_id, name=GRANTING_DEPARTMENT).first()
    new = [step_model(zone_id=zone_id, name=name, sort_order=(index + 1) * 10, department=department,
                      required_before_start=required)
           for index, (name, required) in enumerate(DEFAULT_STEPS) if name not in existing]
    step_model.objects.bulk_create(new)
    return len(new)
