"""Who edits the transformation pool: zone admins and the editor departments.

The editors are 产业创新局 (the plan's lead department for tasks 7 and 13) until a zone admin names others on
/transformation/editors/ (``services.editors_set``); once named, the named list is the whole rule (an empty list
leaves the pool to admins). Reads never create the setting: the default is read, not stored.
"""
from django.db.models import Exists, Q

from actiondesk.org.models import Department
from actiondesk.transformation.models_settings import DEFAULT_EDITOR, TransformationSettings


def editor_department_ids(zone_id: int) -> set[int]:
    """The named editors once an admin saved the setting, else 产业创新局 (one query)."""
    setting = TransformationSettings.objects.filter(zone_id=zone_id)
    named = Q(pk__in=setting.values("editors"))
    default = Q(name=DEFAULT_EDITOR) & ~Exists(setting)
    return set(Department.objects.filter(zone_id=zone_id).filter(named | default).values_list("pk", flat=True))


def edits_transformation(access) -> bool:
    if access is None:
        return False
    if access.is_admin:
        return True
    return access.is_department and access.department_id in editor_department_ids(access.zone_id)


def transformation_edit_q(access) -> Q | None:
    """Q for scope_edit_q: everything in the zone for editors, nothing for anyone else."""
    return Q() if edits_transformation(access) else None


class EditorsEdit:
    @classmethod
    def scope_edit_q(cls, access):
        return transformation_edit_q(access)
