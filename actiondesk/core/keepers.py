"""Who keeps a registry: one rule for every app.

An app registers each area it has at start-up (``AppConfig.ready``), since core imports no higher app::

    register_area("finance.registry", _("金融服务"), "财政金融局", _("引导基金、政银企对接、风险补偿资金池、上市梯队"))

A zone admin names the departments that keep an area (``keepers_set``, the 维护部门 page ``org:keepers``), or chooses
"admins only" (a Keeper row without a department); until then the department named ``default_department_name`` keeps
it, and an area without a default is kept by admins only. Admins always keep every area. Each call reads the database
at most once.
"""
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, Q
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_record
from actiondesk.core.models import AuditAction, Keeper
from actiondesk.core.scoping import ensure_role
from actiondesk.org.choices import Role
from actiondesk.org.models import Department


@dataclass(frozen=True)
class KeeperArea:
    key: str
    label: str
    default_department_name: str | None
    description: str


_areas: dict[str, KeeperArea] = {}


def register_area(key: str, label, default_department_name: str | None = None, description="") -> KeeperArea:
    """Declare an area (idempotent for the same declaration; a different one under a used key is a mistake)."""
    area = KeeperArea(key, label, default_department_name, description)
    known = _areas.setdefault(key, area)
    if known != area:
        raise ValueError(f"keeper area {key!r} is already registered differently")
    return area


def areas() -> list[KeeperArea]:
    return sorted(_areas.values(), key=lambda a: a.key)


def area_of(key: str) -> KeeperArea:
    try:
        return _areas[key]
    except KeyError:
        raise ValidationError({"area": _("未知的维护范围：%(area)s") % {"area": key}}) from None


def keeper_departments(zone_id: int, area: str) -> list[Department]:
    """The departments keeping ``area``: those named, else the default department unless a setting is saved
    (departments or "admins only"), else none (admins only). One query."""
    spec = area_of(area)
    saved = Keeper.objects.filter(zone_id=zone_id, area=spec.key)
    q = Q(pk__in=saved.filter(department__isnull=False).values("department_id"))
    if spec.default_department_name:
        q |= Q(name=spec.default_department_name) & ~Exists(saved)
    return list(Department.objects.filter(q, zone_id=zone_id).order_by("sort_order", "pk"))


def keeper_department_ids(zone_id: int, area: str) -> set[int]:
    return {d.pk for d in keeper_departments(zone_id, area)}


def keeps(access, area: str) -> bool:
    """Admins keep every area of their zone; department staff keep it when their department does."""
    if access is None:
        return False
    if access.is_admin:
        return True
    return access.is_department and access.department_id in keeper_department_ids(access.zone_id, area)


def edit_q(access, area: str) -> Q | None:
    """For a model's ``scope_edit_q``: every row of the zone for the area's keepers, nothing for anyone else."""
    return Q() if keeps(access, area) else None


def keeper_department_for(access, zone_id: int, area: str) -> Department | None:
    """The department a new row of ``area`` is kept by: the acting user's own when it keeps the area, else the
    first named keeper, else the default department (None when the zone has none of them)."""
    departments = keeper_departments(zone_id, area)
    own = getattr(access, "department_id", None)
    return next((d for d in departments if d.pk == own), departments[0] if departments else None)


def area_rows(zone_id: int, departments=None) -> list[dict]:
    """Every registered area with its keepers in the zone, for the 维护部门 page and API (two queries; one when the
    caller gives the zone's ``departments``, which the page has already read for its form)."""
    named: dict[str, list[Department]] = {}
    admins_only: set[str] = set()
    for keeper in Keeper.objects.filter(zone_id=zone_id).select_related("department").order_by(
            "department__sort_order", "department__pk"):
        if keeper.department is None:
            admins_only.add(keeper.area)
        else:
            named.setdefault(keeper.area, []).append(keeper.department)
    if departments is None:
        departments = Department.objects.filter(
            zone_id=zone_id, name__in={a.default_department_name for a in _areas.values() if a.default_department_name})
    defaults = {d.name: d for d in departments}
    rows = []
    for area in areas():
        default = defaults.get(area.default_department_name) if area.default_department_name else None
        chosen = area.key in admins_only
        rows.append({"area": area, "named": named.get(area.key, []), "default": default, "admins_only": chosen,
                     "mode": "admins" if chosen else "named" if area.key in named else "default",
                     "departments": named.get(area.key) or ([default] if default and not chosen else [])})
    return rows


@transaction.atomic
def keepers_set(*, zone, area: str, departments, acting_user, admins_only: bool = False) -> list[Department]:
    """A zone admin names the departments that keep ``area``; an empty list returns it to its default (or to
    admins only); ``admins_only`` (with no departments) sets the default aside too. Audited with the names before
    and after when they change."""
    ensure_role(acting_user, zone.pk, Role.ADMIN, message=_("只有管理员可以指定维护部门"))
    spec = area_of(area)
    wanted = {d.pk for d in departments}
    if admins_only and wanted:
        raise ValidationError({"departments": _("选择“仅管理员”时不能同时勾选部门")})
    chosen = list(Department.objects.filter(pk__in=wanted, zone=zone).order_by("sort_order", "pk"))
    if len(chosen) != len(wanted):
        raise ValidationError({"departments": _("只能选择本示范区的部门")})
    current = Keeper.objects.filter(zone=zone, area=area)
    saved = list(current.values_list("department_id", "department__name"))
    before = _audited(area, saved)
    current.exclude(department_id__in=wanted).delete()  # also the "admins only" row: NULL is never in the list
    have = {pk for pk, _name in saved}
    Keeper.objects.bulk_create([Keeper(zone=zone, area=area, department=d) for d in chosen if d.pk not in have]
                               + ([Keeper(zone=zone, area=area)] if admins_only else []))
    after = _audited(area, [(d.pk, d.name) for d in chosen] + ([(None, None)] if admins_only else []))
    if before != after:
        audit_record(actor=acting_user, action=AuditAction.UPDATE, model=Keeper, zone=zone, before=before,
                     after=after, note=_("维护部门：%(area)s") % {"area": spec.label})
    return chosen


def _audited(area: str, saved: list[tuple]) -> dict:
    """An area's setting as the audit trail shows it; ``admins_only`` only when chosen, as older entries lack it."""
    names = sorted(name for pk, name in saved if pk is not None)
    return {"area": area, "departments": names} | ({"admins_only": True} if len(names) < len(saved) else {})
