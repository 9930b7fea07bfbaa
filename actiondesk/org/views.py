"""Zone admin pages: the zone's users and memberships, its departments and which departments keep each registered
area (everything a zone admin needs instead of Django's admin, which is for platform operators only)."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core import keepers
from actiondesk.core.audit import entries_for
from actiondesk.core.forms import KeepersForm
from actiondesk.core.lockout import locked_usernames
from actiondesk.core.scoping import get_visible_or_404, require_role
from actiondesk.org import selectors_users, services
from actiondesk.org.forms import DepartmentForm, MembershipForm, PasswordResetForm, UserCreateForm
from actiondesk.org.models import Department, Membership, Zone


def _add_errors(form, exc: ValidationError):
    if hasattr(exc, "error_dict") and all(name in form.fields for name in exc.error_dict):
        form.add_error(None, exc)
    else:
        form.add_error(None, "；".join(exc.messages))


@login_required
def user_list(request):
    access = require_role(request.user, "admin")
    form = UserCreateForm(request.POST or None, zone_id=access.zone_id)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = services.user_create(zone=Zone.objects.get(pk=access.zone_id), username=data["username"],
                                        password=data["password1"], role=data["role"],
                                        department=data["department"], full_name=data["full_name"],
                                        title=data["title"], acting_user=request.user)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("已创建用户 %(name)s") % {"name": user.username})
            return redirect("org:user_list")
    return render(request, "org/user_list.html", {"rows": selectors_users.users_page_rows(request.user), "form": form},
                  status=400 if form.errors else 200)


def _membership(request, pk) -> Membership:
    require_role(request.user, "admin")
    return get_visible_or_404(Membership.objects.select_related("user", "department", "zone"), request.user,
                              user__id=pk)


def _membership_form(membership, data=None):
    return MembershipForm(data, zone_id=membership.zone_id, initial={
        "role": membership.role, "department": membership.department_id, "title": membership.title})


def _detail(request, membership, form=None, password_form=None):
    form = form or _membership_form(membership)
    password_form = password_form or PasswordResetForm()
    return render(request, "org/user_detail.html", {
        "membership": membership, "account": membership.user, "form": form, "password_form": password_form,
        "locked": bool(locked_usernames([membership.user.username])),
        "audit_entries": entries_for(membership.user)[:20],
    }, status=400 if form.errors or password_form.errors else 200)


@login_required
def user_detail(request, pk):
    membership = _membership(request, pk)
    user = membership.user
    form = _membership_form(membership, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_update(membership=membership, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("已保存 %(name)s 的角色和部门") % {"name": user.username})
            return redirect("org:user_detail", pk)
    return _detail(request, membership, form=form)


@login_required
@require_POST
def user_password(request, pk):
    membership = _membership(request, pk)
    form = PasswordResetForm(request.POST)
    if form.is_valid():
        try:
            services.user_set_password(user=membership.user, password=form.cleaned_data["password1"],
                                       acting_user=request.user)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("已重置 %(name)s 的密码") % {"name": membership.user.username})
            return redirect("org:user_detail", pk)
    return _detail(request, membership, password_form=form)


@login_required
@require_POST
def user_active(request, pk):
    membership = _membership(request, pk)
    if request.POST.get("active") not in ("0", "1"):
        messages.error(request, _("请求无效"))
        return redirect("org:user_detail", pk)
    active = request.POST["active"] == "1"
    try:
        services.user_set_active(user=membership.user, active=active, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, _("已启用账号") if active else _("已停用账号"))
    return redirect("org:user_detail", pk)


@login_required
@require_POST
def user_unlock(request, pk):
    membership = _membership(request, pk)
    services.user_unlock(user=membership.user, acting_user=request.user)
    messages.success(request, _("已解除 %(name)s 的登录锁定") % {"name": membership.user.username})
    if request.POST.get("back") == "list":
        return redirect("org:user_list")
    return redirect("org:user_detail", pk)


@login_required
def department_list(request):
    access = require_role(request.user, "admin")
    form = DepartmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.department_create(zone=Zone.objects.get(pk=access.zone_id), name=form.cleaned_data["name"],
                                       acting_user=request.user)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("已新增部门"))
            return redirect("org:department_list")
    return render(request, "org/department_list.html",
                  {"departments": selectors_users.departments_with_counts(request.user), "form": form},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def department_rename(request, pk):
    require_role(request.user, "admin")
    department = get_visible_or_404(Department.objects.select_related("zone"), request.user, pk=pk)
    form = DepartmentForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError("；".join(e for errors in form.errors.values() for e in errors))
        services.department_rename(department=department, name=form.cleaned_data["name"], acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, _("已更名为 %(name)s") % {"name": department.name})
    return redirect("org:department_list")


@login_required
def keeper_list(request):
    """Every registered area with the departments keeping it in the zone; a form per area sets them."""
    access = require_role(request.user, "admin")
    form = KeepersForm(request.POST or None, zone_id=access.zone_id)
    if request.method == "POST" and form.is_valid():
        try:
            keepers.keepers_set(zone=Zone.objects.get(pk=access.zone_id), area=form.cleaned_data["area"],
                                departments=list(form.cleaned_data["departments"]), acting_user=request.user,
                                admins_only=form.cleaned_data["mode"] == "admins")
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("已保存维护部门"))
            return redirect("org:keepers")
    departments = list(Department.objects.filter(zone_id=access.zone_id).order_by("sort_order", "pk"))
    rows = keepers.area_rows(access.zone_id, departments)
    for row in rows:
        row["named_ids"] = {d.pk for d in row["named"]}
    return render(request, "org/keeper_list.html", {"rows": rows, "departments": departments, "form": form},
                  status=400 if form.errors else 200)
