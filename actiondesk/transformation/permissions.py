"""Who edits the transformation pool: the keepers of the area ``transformation.pool`` (``core.keepers``).

产业创新局 (the plan's lead department for tasks 7 and 13) keeps it until a zone admin names other departments on the
维护部门 page (``org:keepers``); admins always edit. Reads never create anything: the default is read, not stored.
"""
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.core.keepers import edit_q, keeps, register_area

POOL = "transformation.pool"
DEFAULT_KEEPER = "产业创新局"  # the default keeper until an admin names others


def register_keeper_areas() -> None:
    """Called by TransformationConfig.ready."""
    register_area(POOL, _("数智绿色转型培育库"), DEFAULT_KEEPER,
                  _("评估诊断、智改数转项目、工厂评级、案例审核发布、解决方案、场景指南与导入"))


def edits_transformation(access) -> bool:
    """Admins, and staff of a department keeping the pool (one query)."""
    return keeps(access, POOL)


def transformation_edit_q(access) -> Q | None:
    """Q for scope_edit_q: everything in the zone for keepers, nothing for anyone else."""
    return edit_q(access, POOL)


class EditorsEdit:
    """The pool's records' scoping mixin (its name is kept: migration 0001 names it as a base)."""

    @classmethod
    def scope_edit_q(cls, access):
        return transformation_edit_q(access)
