"""The one place that decides what a user may see and change.

A model opts in with class attributes:
    scope_zone = "plan__zone"                      # lookup from the model to its Zone
    scope_departments = ("lead_departments", ...)  # lookups to the departments responsible for a row
    scope_private = False                          # True: department staff see only their own rows
    scope_enterprise_user = "enterprise__contacts__user"  # lookup to the enterprise contacts who see a row
and may define ``scope_edit_q(cls, access)`` returning a Q (or None for "nothing") to replace
the default editing rule (admins edit everything, department staff edit their own rows), and
``scope_visible_q(cls, access)`` returning a Q that narrows what the user sees inside the zone.
Every page, API endpoint and export goes through ``visible``/``editable``; every write service checks
its ``acting_user`` with ``ensure_can_edit``/``ensure_role`` (or ``SYSTEM`` for the platform's own writes).
"""
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from actiondesk.core.access import Access, access_for
from actiondesk.core.language import SYSTEM_NAME
from actiondesk.org.models import Membership


class SystemActor:
    """The platform acting on its own: CLI imports, the demo loader, scheduled refreshes, tests' setup.

    Passed explicitly (``acting_user=SYSTEM``), never derived from a request, so a missing user (None)
    can never pass a permission check by accident. Audit rows show it as 系统."""

    pk = None
    is_authenticated = False
    username = SYSTEM_NAME

    def get_full_name(self) -> str:
        return SYSTEM_NAME

    def __str__(self) -> str:
        return SYSTEM_NAME

    def __repr__(self) -> str:
        return "SYSTEM"


SYSTEM = SystemActor()


def is_system(user) -> bool:
    return user is SYSTEM


def department_q(model, department_id) -> Q:
    q = Q()
    for path in getattr(model, "scope_departments", ()):
        q |= Q(**{path: department_id})
    return q


def _zone_filter(qs: QuerySet, access: Access) -> QuerySet:
    zone_path = getattr(qs.model, "scope_zone", None)
    if zone_path is None:
        raise TypeError(f"{qs.model.__name__} does not declare scope_zone")
    lookup = "pk" if zone_path == "" else zone_path
    return qs.filter(**{lookup: access.zone_id})


def _restrict(qs: QuerySet, q: Q) -> QuerySet:
    # A subquery instead of distinct(): M2M paths would otherwise duplicate rows.
    return qs.filter(pk__in=qs.model._default_manager.filter(q).values("pk"))


def visible(qs: QuerySet, user) -> QuerySet:
    access = access_for(user)
    if access is None:
        return qs.none()
    qs = _zone_filter(qs, access)
    if access.is_enterprise:
        # An enterprise contact sees only rows a model ties to its own enterprise; every other model is closed.
        path = getattr(qs.model, "scope_enterprise_user", None)
        return qs.none() if path is None else _restrict(qs, Q(**{path: access.user_id}))
    own = getattr(qs.model, "scope_visible_q", None)
    if own is not None:  # a model may narrow what a role sees inside the zone (e.g. jobs: one's own)
        qs = qs.filter(own(access))
    if access.is_department and getattr(qs.model, "scope_private", False):
        qs = _restrict(qs, department_q(qs.model, access.department_id))
    return qs


def editable(qs: QuerySet, user) -> QuerySet:
    access = access_for(user)
    if access is None:
        return qs.none()
    qs = visible(qs, user)
    if access.is_enterprise:
        return qs.none()  # an enterprise contact writes only through the portal's services, which check it
    custom = getattr(qs.model, "scope_edit_q", None)
    if custom is not None:
        q = custom(access)
        return qs.none() if q is None else _restrict(qs, q)
    if access.is_admin:
        return qs
    if access.is_department:
        # A model that names no department paths is edited by admins only: an empty Q would match every row.
        if not getattr(qs.model, "scope_departments", ()):
            return qs.none()
        return _restrict(qs, department_q(qs.model, access.department_id))
    return qs.none()


def can_edit(user, instance) -> bool:
    return editable(type(instance)._default_manager.filter(pk=instance.pk), user).exists()


def get_visible_or_404(qs: QuerySet, user, **lookup):
    try:
        obj = visible(qs, user).filter(**lookup).first()
    except (ValueError, TypeError, ValidationError):  # a malformed id from a form or URL is just not found
        raise Http404
    if obj is None:
        raise Http404
    return obj


def get_editable_or_403(qs: QuerySet, user, **lookup):
    """404 when the user cannot see the object at all, 403 when they see it but may not change it."""
    obj = get_visible_or_404(qs, user, **lookup)
    if not can_edit(user, obj):
        raise PermissionDenied
    return obj


def require_role(user, *roles) -> Access:
    access = access_for(user)
    if access is None or access.role not in roles:
        raise PermissionDenied
    return access


def ensure_can_edit(user, instance, message: str = "") -> None:
    """A write service's permission check: PermissionDenied unless ``user`` may edit ``instance``
    (the model's scope rules, see ``editable``) or is ``SYSTEM``."""
    if is_system(user):
        return
    if user is None or not can_edit(user, instance):
        raise PermissionDenied(message or _("无权修改该记录"))


def ensure_role(user, zone_id: int, *roles, message: str = "") -> Access | None:
    """A write service's check for workflow actions: the user has one of ``roles`` in ``zone_id``
    (returns their Access), or is ``SYSTEM`` (returns None)."""
    if is_system(user):
        return None
    access = access_for(user)
    if access is None or access.role not in roles or access.zone_id != zone_id:
        raise PermissionDenied(message or _("无权执行该操作"))
    return access


def ensure_in_zone(zone_id: int, **references) -> None:
    """Refuse a department, user or other zone-scoped object from another zone (services call this for
    every foreign key they accept, so a direct caller cannot link across zones)."""
    for label, obj in references.items():
        if obj is None:
            continue
        if getattr(obj, "_meta", None) and obj._meta.label == "auth.User":
            obj_zone = Membership.objects.filter(user_id=obj.pk).values_list("zone_id", flat=True).first()
        else:
            path = getattr(type(obj), "scope_zone", None)
            obj_zone = obj.pk if path == "" else type(obj)._default_manager.filter(pk=obj.pk).values_list(
                path, flat=True).first() if path else None
        if obj_zone != zone_id:
            raise ValidationError(f"{label} 不属于本示范区")
