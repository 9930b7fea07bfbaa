"""Who keeps the enterprise pool: zone admins and the keeper departments an admin names (``core.keepers`` area
``enterprises.pool``, on the 维护部门 page). The area has no default department: until an admin names keepers only
admins edit the pool; no department is picked by its name.
"""
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.core.keepers import edit_q, keeper_department_ids, keeps, register_area

POOL = "enterprises.pool"


def register_keeper_areas() -> None:
    """Called by EnterprisesConfig.ready. No default department: until an admin names keepers, only admins edit."""
    register_area(POOL, _("企业梯度培育库"), None, _("企业档案、资质、年度数据与导入；一企一策由负责部门办理"))


def pool_keeper_department_ids(zone_id: int) -> set[int]:
    return keeper_department_ids(zone_id, POOL)


def keeps_pool(access) -> bool:
    return keeps(access, POOL)


def pool_edit_q(access) -> Q | None:
    """Q for scope_edit_q: everything in the zone for keepers, nothing for anyone else."""
    return edit_q(access, POOL)
