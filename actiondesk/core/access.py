"""Who the current user is inside the platform: zone, role and department."""
from dataclasses import dataclass

from actiondesk.org.choices import Role
from actiondesk.org.models import Membership
from actiondesk.org.selectors import default_zone


@dataclass(frozen=True)
class Access:
    user_id: int
    zone_id: int
    role: str
    department_id: int | None
    # Read with the membership (one query) so that every page's header needs no query of its own.
    zone_name: str | None = None
    demo_data: bool = False
    department_name: str | None = None

    @property
    def role_label(self) -> str:
        """The role's name in the UI language (管理员, 领导, 督查, 部门)."""
        return str(Role(self.role).label)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def is_leader(self) -> bool:
        return self.role == Role.LEADER

    @property
    def is_supervisor(self) -> bool:
        return self.role == Role.SUPERVISOR

    @property
    def is_department(self) -> bool:
        return self.role == Role.DEPARTMENT

    @property
    def is_enterprise(self) -> bool:
        """An enterprise's contact: sees only its own enterprise's rows, through the portal (core.portal)."""
        return self.role == Role.ENTERPRISE

    @property
    def reads_whole_zone(self) -> bool:
        return self.role in (Role.ADMIN, Role.LEADER, Role.SUPERVISOR)


def access_for(user) -> Access | None:
    """The user's Access, or None for anonymous users and users without a membership."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    cached = getattr(user, "_actiondesk_access", False)
    if cached is not False:
        return cached
    membership = Membership.objects.filter(user_id=user.pk).values(
        "zone_id", "role", "department_id", "zone__name", "zone__has_demo_data", "department__name").first()
    access = None
    if membership:
        access = Access(user.pk, membership["zone_id"], membership["role"], membership["department_id"],
                        zone_name=membership["zone__name"], demo_data=bool(membership["zone__has_demo_data"]),
                        department_name=membership["department__name"])
    elif user.is_superuser:
        zone = default_zone()
        access = Access(user.pk, zone.pk, Role.ADMIN, None) if zone else None
    user._actiondesk_access = access
    return access
