"""The enterprise portal's accounts and the figures enterprises report: accounts are made by the zone from the
registry contact, or from a self-registration the zone verifies against the registry (never trusted by itself)."""
import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal, clean_integer
from actiondesk.core.scoping import ensure_role, is_system
from actiondesk.core.values import check_instance, clean_text
from actiondesk.demands.choices import RegistrationStatus
from actiondesk.demands.models import FigureRequest, PortalContact, PortalRegistration
from actiondesk.demands.services import is_contact_of
from actiondesk.enterprises.models import Enterprise, EnterpriseYearFigures
from actiondesk.enterprises.uscc import check as uscc_problem
from actiondesk.org.choices import Role
from actiondesk.org.models import Department, Membership

PORTAL_FIGURES = ("revenue", "main_revenue", "tax", "rnd_expense", "employees")


def _new_account(*, zone_id, username, full_name, password=None, password_hash=None):
    User = get_user_model()
    username = (username or "").strip()
    clean_text(username, field="username", label=_("用户名"))
    if not username or len(username) > 150:
        raise ValidationError({"username": _("用户名应为 1–150 个字符")})
    if User.objects.filter(username=username).exists():
        raise ValidationError({"username": _("用户名已被使用")})
    user = User(username=username, first_name=(full_name or "")[:150])
    if password_hash:
        user.password = password_hash
    else:
        validate_password(password, user)
        user.set_password(password)
    user.save()
    Membership.objects.create(user=user, zone_id=zone_id, role=Role.ENTERPRISE)
    return user


@transaction.atomic
def contact_create(*, enterprise: Enterprise, username: str, password: str, acting_user) -> PortalContact:
    """A zone admin opens a portal account for the enterprise's registry contact."""
    ensure_role(acting_user, enterprise.zone_id, Role.ADMIN, message=_("只有管理员可以开通企业账号"))
    user = _new_account(zone_id=enterprise.zone_id, username=username, password=password,
                        full_name=enterprise.contact_name or enterprise.name)
    contact = PortalContact.objects.create(user=user, enterprise=enterprise)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=contact,
                 after={"enterprise": enterprise.name, "username": user.username})
    return contact


@transaction.atomic
def registration_submit(*, zone, credit_code: str, enterprise_name: str, contact_name: str, contact_phone: str,
                        username: str, password: str) -> PortalRegistration:
    """A self-registration from the portal's sign-up page (no account yet: the zone verifies it first)."""
    credit_code = (credit_code or "").strip().upper()
    problem = uscc_problem(credit_code)
    if problem:
        raise ValidationError({"credit_code": problem})
    User = get_user_model()
    if User.objects.filter(username=(username or "").strip()).exists() or PortalRegistration.objects.filter(
            username=(username or "").strip(), status=RegistrationStatus.PENDING).exists():
        raise ValidationError({"username": _("用户名已被使用")})
    validate_password(password, User(username=username))
    registration = PortalRegistration(zone=zone, credit_code=credit_code, enterprise_name=enterprise_name.strip(),
                                      contact_name=contact_name.strip(), contact_phone=contact_phone.strip(),
                                      username=username.strip(), password_hash=make_password(password))
    check_instance(registration)
    registration.full_clean()
    registration.save()
    audit_record(actor=_("门户注册"), action=AuditAction.CREATE, instance=registration, zone=zone,
                 after=snapshot(registration, ["credit_code", "enterprise_name", "contact_name", "username"]))
    return registration


@transaction.atomic
def registration_decide(*, registration: PortalRegistration, approve: bool, acting_user,
                        note: str = "") -> PortalRegistration:
    """The zone verifies a self-registration: approved only when the credit code is in the registry and the name
    matches; then the account is made with the password chosen at sign-up."""
    ensure_role(acting_user, registration.zone_id, Role.ADMIN, message=_("只有管理员可以核验企业注册"))
    registration = PortalRegistration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != RegistrationStatus.PENDING:
        raise ValidationError(_("该申请已处理"))
    registration.decided_by = acting_user if getattr(acting_user, "pk", None) else None
    registration.note = clean_text(note, field="note")[:200]
    if approve:
        enterprise = Enterprise.objects.filter(zone_id=registration.zone_id,
                                               credit_code=registration.credit_code).first()
        if enterprise is None:
            raise ValidationError({"credit_code": _("企业库中没有该统一社会信用代码")})
        if enterprise.name != registration.enterprise_name:
            raise ValidationError({"enterprise_name": _("企业名称与企业库不一致")})
        user = _new_account(zone_id=registration.zone_id, username=registration.username,
                            full_name=registration.contact_name, password_hash=registration.password_hash)
        PortalContact.objects.create(user=user, enterprise=enterprise)
        registration.enterprise, registration.status = enterprise, RegistrationStatus.APPROVED
    else:
        registration.status = RegistrationStatus.REJECTED
    registration.save()
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=registration,
                 after={"status": registration.status, "note": registration.note})
    return registration


@transaction.atomic
def figure_request_create(*, enterprise: Enterprise, year: int, due_on: datetime.date, acting_user,
                          note: str = "") -> FigureRequest:
    """A department (or an admin, for a department) asks an enterprise for a year's figures."""
    access = ensure_role(acting_user, enterprise.zone_id, Role.ADMIN, Role.DEPARTMENT,
                         message=_("只有部门可以请求企业报送数据"))
    department_id = access.department_id if access and access.department_id else None
    if department_id is None:
        # an admin asks on behalf of the zone's first department
        department_id = Department.objects.filter(zone_id=enterprise.zone_id).values_list("pk", flat=True).first()
    request = FigureRequest(zone_id=enterprise.zone_id, enterprise=enterprise, department_id=department_id,
                            year=clean_integer(year, model=FigureRequest, field="year", min=2000, max=2100,
                                               required=True), due_on=due_on, note=note)
    check_instance(request, years=("year",))
    request.full_clean()
    request.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=request,
                 after=snapshot(request, ["enterprise", "year", "due_on"]))
    return request


@transaction.atomic
def figure_request_answer(*, request: FigureRequest, acting_user, today: datetime.date | None = None,
                          **figures) -> EnterpriseYearFigures:
    """The enterprise's contact reports the year's figures; they go into the registry's yearly figures."""
    if not is_system(acting_user) and not is_contact_of(acting_user, request.enterprise):
        raise PermissionDenied(_("只有该企业可以报送"))
    unknown = set(figures) - set(PORTAL_FIGURES)
    if unknown:
        raise ValidationError(_("不可报送的字段：%(f)s") % {"f": "、".join(sorted(unknown))})
    values = {}
    for name, raw in figures.items():
        if name == "employees":
            values[name] = clean_integer(raw, model=EnterpriseYearFigures, field=name, min=0)
        else:
            values[name] = clean_decimal(raw, model=EnterpriseYearFigures, field=name, min=0)
    row, created = EnterpriseYearFigures.objects.get_or_create(enterprise=request.enterprise, year=request.year)
    before = snapshot(row, list(PORTAL_FIGURES))
    for name, value in values.items():
        setattr(row, name, value)
    row.full_clean()
    row.save()
    request.answered_on = today or timezone.localdate()
    request.save(update_fields=["answered_on"])
    audit_record(actor=acting_user, action=AuditAction.CREATE if created else AuditAction.UPDATE, instance=row,
                 zone=request.enterprise.zone, before=before, after=snapshot(row, list(PORTAL_FIGURES)),
                 note=_("企业门户报送"))
    return row

