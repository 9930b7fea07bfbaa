"""Zone admins are not superusers: they manage their own zone in the application's pages, and neither those
pages, the API nor Django's admin let them read or change another zone."""
import pytest
from django.contrib.auth import get_user_model

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.org.models import Department, Membership
from actiondesk.org.services import department_create, user_create
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def far_department(other_zone):
    return department_create(zone=other_zone, name="远方规划局", acting_user=SYSTEM)


@pytest.fixture
def far_user(other_zone, far_department):
    return user_create(zone=other_zone, username="faraway", password=PASSWORD, role="department",
                       department=far_department, acting_user=SYSTEM)


def test_the_demo_zone_admin_is_not_a_superuser_nor_staff():
    from actiondesk.demo import ensure_demo_users
    from actiondesk.org.services import zone_get_or_create

    zone = zone_get_or_create(name="演示区")
    department_create(zone=zone, name="发展改革局", acting_user=SYSTEM)
    ensure_demo_users(zone)
    admin = get_user_model().objects.get(username="admin")
    assert not admin.is_superuser and not admin.is_staff
    assert Membership.objects.get(user=admin).role == "admin"
    assert admin.check_password("demo-2026!")


def test_a_zone_admin_cannot_open_django_admin(login, admin):
    client = login(admin)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.get("/admin/org/membership/").status_code == 302


def test_a_staff_flag_alone_does_not_open_django_admin(login, admin):
    admin.is_staff = True
    admin.save()
    assert login(admin).get("/admin/org/membership/").status_code == 302


def test_an_operator_with_a_zone_sees_only_that_zone_in_django_admin(login, admin, mallory, far_user, bob):
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client = login(admin)
    memberships = client.get("/admin/org/membership/")
    assert memberships.status_code == 200
    body = memberships.content.decode()
    assert "bob" in body and "faraway" not in body and "mallory" not in body
    assert client.get(f"/admin/org/membership/{mallory.membership.pk}/change/").status_code == 302  # not found
    users = client.get("/admin/auth/user/").content.decode()
    assert "bob" in users and "faraway" not in users
    assert client.get(f"/admin/auth/user/{far_user.pk}/password/").status_code in (302, 404)
    departments = client.get("/admin/org/department/").content.decode()
    assert "远方规划局" not in departments and "产业创新局" in departments


def test_an_operator_sees_only_their_zones_audit_rows_and_cannot_delete_any(login, admin, far_user, bob):
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client = login(admin)
    listing = client.get("/admin/core/auditentry/").content.decode()
    assert "faraway" not in listing and "bob" in listing
    own = AuditEntry.objects.filter(object_repr="bob").first()
    assert client.get(f"/admin/core/auditentry/{own.pk}/delete/").status_code == 403
    assert client.post(f"/admin/core/auditentry/{own.pk}/delete/", {"post": "yes"}).status_code == 403
    assert AuditEntry.objects.filter(pk=own.pk).exists()


def test_users_page_lists_only_the_admins_zone(login, admin, bob, far_user):
    response = login(admin).get("/org/users/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'data-username="bob"' in body and "faraway" not in body


@pytest.mark.parametrize("who", ["leader", "supervisor", "alice"])
def test_users_and_departments_pages_refuse_non_admins(request, login, who):
    client = login(request.getfixturevalue(who))
    assert client.get("/org/users/").status_code == 403
    assert client.get("/org/departments/").status_code == 403


def test_anonymous_visitors_are_sent_to_login(client, zone):
    assert client.get("/org/users/").status_code == 302


def test_a_zone_admin_creates_a_department_user_with_role_and_department(login, admin, departments):
    department = departments["产业创新局"]
    response = login(admin).post("/org/users/", {
        "username": "carol", "full_name": "陈卡罗", "role": "department", "department": department.pk,
        "title": "科员", "password1": "carol-pw-2026", "password2": "carol-pw-2026"})
    assert response.status_code == 302
    membership = Membership.objects.get(user__username="carol")
    assert membership.department == department and membership.role == "department"
    assert AuditEntry.objects.filter(object_repr="carol", action="create", actor=admin).exists()


def test_creating_a_user_refuses_a_short_password_and_another_zones_department(login, admin, far_department, zone,
                                                                               departments):
    client = login(admin)
    short = client.post("/org/users/", {"username": "dan", "role": "admin", "password1": "short", "password2": "short"})
    assert short.status_code == 400 and "10" in short.content.decode()
    foreign = client.post("/org/users/", {"username": "dan", "role": "department", "department": far_department.pk,
                                          "password1": "dan-pw-2026x", "password2": "dan-pw-2026x"})
    assert foreign.status_code == 400
    assert not get_user_model().objects.filter(username="dan").exists()


def test_a_zone_admin_changes_role_and_department_and_deactivates(login, admin, alice, departments):
    client = login(admin)
    target = departments["发展改革局"]
    response = client.post(f"/org/users/{alice.pk}/", {"role": "department", "department": target.pk, "title": "副局长"})
    assert response.status_code == 302
    alice.membership.refresh_from_db()
    assert alice.membership.department == target and alice.membership.title == "副局长"
    assert client.post(f"/org/users/{alice.pk}/active/", {"active": "0"}).status_code == 302
    alice.refresh_from_db()
    assert not alice.is_active
    assert AuditEntry.objects.filter(note__startswith="停用账号", object_id=str(alice.pk)).exists()


def test_a_zone_admin_resets_a_password(login, admin, alice):
    response = login(admin).post(f"/org/users/{alice.pk}/password/",
                                 {"password1": "new-pw-for-alice", "password2": "new-pw-for-alice"})
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("new-pw-for-alice")
    assert AuditEntry.objects.filter(note="管理员重置密码", object_id=str(alice.pk)).exists()


def test_the_last_admin_cannot_be_demoted_or_deactivated(login, admin):
    client = login(admin)
    client.post(f"/org/users/{admin.pk}/", {"role": "leader"})
    admin.membership.refresh_from_db()
    assert admin.membership.role == "admin"
    client.post(f"/org/users/{admin.pk}/active/", {"active": "0"})
    admin.refresh_from_db()
    assert admin.is_active


def test_a_zone_admin_cannot_read_or_change_another_zones_user_or_department(login, admin, far_user, far_department):
    client = login(admin)
    assert client.get(f"/org/users/{far_user.pk}/").status_code == 404
    assert client.post(f"/org/users/{far_user.pk}/", {"role": "admin"}).status_code == 404
    assert client.post(f"/org/users/{far_user.pk}/password/",
                       {"password1": "hijack-pw-2026", "password2": "hijack-pw-2026"}).status_code == 404
    assert client.post(f"/org/users/{far_user.pk}/active/", {"active": "0"}).status_code == 404
    assert client.post(f"/org/users/{far_user.pk}/unlock/").status_code == 404
    assert client.post(f"/org/departments/{far_department.pk}/rename/", {"name": "被改名"}).status_code == 404
    far_user.refresh_from_db()
    far_department.refresh_from_db()
    assert far_user.is_active and far_user.check_password(PASSWORD) and far_department.name == "远方规划局"
    assert far_user.membership.role == "department"


def test_the_api_lists_only_the_admins_zone_departments(login, admin, departments, far_department):
    names = [d["name"] for d in login(admin).get("/api/org/departments").json()]
    assert "远方规划局" not in names and "产业创新局" in names


def test_a_zone_admin_creates_and_renames_departments(login, admin, zone):
    client = login(admin)
    assert client.post("/org/departments/", {"name": "数据局"}).status_code == 302
    department = Department.objects.get(zone=zone, name="数据局")
    assert client.post(f"/org/departments/{department.pk}/rename/", {"name": "大数据局"}).status_code == 302
    department.refresh_from_db()
    assert department.name == "大数据局"
    duplicate = client.post("/org/departments/", {"name": "大数据局"})
    assert duplicate.status_code == 400
    assert AuditEntry.objects.filter(object_id=str(department.pk), action="update", note="部门更名").exists()
    assert "大数据局" in client.get("/org/departments/").content.decode()


def test_a_weak_reset_password_is_refused_with_the_reason(login, admin, alice):
    client = login(admin)
    assert client.get(f"/org/users/{alice.pk}/").status_code == 200
    response = client.post(f"/org/users/{alice.pk}/password/", {"password1": "1234567890", "password2": "1234567890"})
    assert response.status_code == 400 and "password-form" in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


@pytest.mark.parametrize("path", ["/org/users/{big}/", "/org/users/{big}/unlock/", "/org/users/{big}/active/",
                                  "/org/users/{big}/password/", "/org/departments/{big}/rename/",
                                  "/account/tokens/{big}/revoke/"])
def test_ids_beyond_64_bits_are_not_found(login, admin, path):
    client = login(admin)
    url = path.format(big=99999999999999999999)
    response = client.get(url) if path == "/org/users/{big}/" else client.post(url, {"active": "0"})
    assert response.status_code == 404


def test_a_malformed_activation_changes_nothing(login, admin, alice):
    login(admin).post(f"/org/users/{alice.pk}/active/", {"active": "maybe"})
    alice.refresh_from_db()
    assert alice.is_active


def test_an_operator_lists_and_revokes_only_their_zones_tokens_in_django_admin(login, admin, bob, far_user):
    from actiondesk.core.models import ApiToken
    from actiondesk.core.services import token_create

    admin.is_staff = admin.is_superuser = True
    admin.save()
    own, _key = token_create(user=bob, name="本区脚本", acting_user=SYSTEM)
    far, _far_key = token_create(user=far_user, name="外区脚本", acting_user=SYSTEM)
    client = login(admin)
    listing = client.get("/admin/core/apitoken/").content.decode()
    assert "本区脚本" in listing and "外区脚本" not in listing and "key_hash" not in listing
    client.post("/admin/core/apitoken/", {"action": "revoke", "_selected_action": [own.pk, far.pk]})
    assert ApiToken.objects.get(pk=own.pk).revoked_at is not None
    assert ApiToken.objects.get(pk=far.pk).revoked_at is None
