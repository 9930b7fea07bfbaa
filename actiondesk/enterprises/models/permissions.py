"""Who keeps the enterprise pool: zone admins and the keeper departments an admin names (PoolKeeper).

Until an admin names keeper departments (/enterprises/keepers/, ``services_pool.pool_keepers_set``), only admins
edit the pool; no department is picked by its name.
"""
from django.db.models import Q

from actiondesk.enterprises.models.notes import PoolKeeper


def keeper_department_ids(zone_id: int) -> set[int]:
    return set(PoolKeeper.objects.filter(zone_id=zone_id).values_list("department_id", flat=True))


def keeps_pool(access) -> bool:
    if access is None:
        return False
    if access.is_admin:
        return True
    return access.is_department and access.department_id in keeper_department_ids(access.zone_id)


def pool_edit_q(access) -> Q | None:
    """Q for scope_edit_q: everything in the zone for keepers, nothing for anyone else."""
    return Q() if keeps_pool(access) else None
