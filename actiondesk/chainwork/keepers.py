"""Who keeps a chain's plan and docket: its 链长, its department in charge and the zone's admins."""
from django.utils.translation import gettext as _

from actiondesk.core.scoping import can_edit, ensure_can_edit, is_system
from actiondesk.core.values import check_instance


def refused() -> str:
    return _("只有链长、产业链牵头部门和管理员可以修改")


def is_chief(user, chain) -> bool:
    return bool(chain.chief_id) and getattr(user, "pk", None) == chain.chief_id and not is_system(user)


def may_keep_docket(user, chain) -> bool:
    """The chain's 链长, its department in charge and the zone's admins keep its plan and docket."""
    return is_chief(user, chain) or can_edit(user, chain)


def _ensure_docket(acting_user, chain) -> None:
    if is_chief(acting_user, chain):
        return
    ensure_can_edit(acting_user, chain, refused())


def _save(obj) -> None:
    check_instance(obj)
    obj.full_clean()
    obj.save()
