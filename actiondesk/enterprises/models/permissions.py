"""Who keeps the enterprise pool: zone admins and the keeper departments (PoolKeeper, default 产业创新局/投资促进局)."""
from django.db.models import Q

from actiondesk.enterprises.models.notes import PoolKeeper
from actiondesk.org.models import Department

DEFAULT_KEEPER_NAMES = ("产业创新局", "投资促进局")


def keeper_department_ids(zone_id: int) -> set[int]:
    ids = set(PoolKeeper.objects.filter(zone_id=zone_id).values_list("department_id", flat=True))
    if ids:
        return ids
    return set(Department.objects.filter(zone_id=zone_id, name__in=DEFAULT_KEEPER_NAMES).values_list("pk", flat=True))


def keeps_pool(access) -> bool:
    if access is None:
        return False
    if access.is_admin:
        return True
    return access.is_department and access.department_id in keeper_department_ids(access.zone_id)


def pool_edit_q(access) -> Q | None:
    """Q for scope_edit_q: everything in the zone for keepers, nothing for anyone else."""
    return Q() if keeps_pool(access) else None
