"""Login throttling: accounts and addresses are locked after ACTIONDESK_LOGIN_FAILURES failures, every lockout is
audited, and a zone admin unlocks their own zone's users only."""
import pytest
from django.test import Client, override_settings

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.services import token_create
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _attempt(client, username, password):
    return client.post("/login/", {"username": username, "password": password})


def _fail(client, username, times=5, limit=5):
    """Wrong passwords: the form answers until the limit-th failure, which is answered with the lockout."""
    for number in range(1, times + 1):
        assert _attempt(client, username, "wrong-password").status_code == (200 if number < limit else 429)


def test_five_wrong_passwords_lock_the_account_even_for_the_right_password(client, bob):
    _fail(client, "bob")
    refused = _attempt(client, "bob", PASSWORD)
    assert refused.status_code == 429
    assert "锁定" in refused.content.decode()
    other_address = Client(REMOTE_ADDR="10.1.2.3")
    assert _attempt(other_address, "bob", PASSWORD).status_code == 429  # per account, from anywhere


def test_a_right_password_before_the_limit_still_signs_in(client, bob):
    _fail(client, "bob", times=4)
    assert _attempt(client, "bob", PASSWORD).status_code == 302


def test_failures_over_many_accounts_lock_the_address_at_its_own_limit(client, alice):
    for index in range(19):  # ACTIONDESK_LOGIN_FAILURES_PER_ADDRESS = 20: a shared office address is not locked at 5
        assert _attempt(client, f"guess{index}", "wrong-password").status_code == 200
    assert _attempt(client, "alice", PASSWORD).status_code == 302
    client.post("/logout/")
    assert _attempt(client, "guess-last", "wrong-password").status_code == 429
    assert _attempt(client, "alice", PASSWORD).status_code == 429
    assert _attempt(Client(REMOTE_ADDR="10.9.9.9"), "alice", PASSWORD).status_code == 302


@override_settings(AXES_FAILURE_LIMIT=2)
def test_the_failure_limit_is_configurable(client, bob):
    _fail(client, "bob", times=2, limit=2)
    assert _attempt(client, "bob", PASSWORD).status_code == 429


def test_a_lockout_is_audited_once_in_the_users_zone(client, bob, zone):
    _fail(client, "bob", times=7)
    entries = AuditEntry.objects.filter(action="lockout")
    assert entries.count() == 1
    entry = entries.get()
    assert entry.zone == zone and entry.object_id == str(bob.pk)
    assert entry.after["username"] == "bob" and entry.after["ip_address"] == "127.0.0.1"


def test_a_zone_admin_sees_and_unlocks_a_locked_user(client, login, admin, bob):
    _fail(client, "bob")
    admin_client = Client()
    admin_client.force_login(admin)
    page = admin_client.get("/org/users/").content.decode()
    assert "已锁定" in page
    assert admin_client.post(f"/org/users/{bob.pk}/unlock/").status_code == 302
    assert AuditEntry.objects.filter(note="解除登录锁定", object_id=str(bob.pk), actor=admin).exists()
    assert _attempt(client, "bob", PASSWORD).status_code == 302


def test_an_admin_of_another_zone_cannot_unlock(client, mallory, bob):
    _fail(client, "bob")
    outsider = Client()
    outsider.force_login(mallory)
    assert outsider.post(f"/org/users/{bob.pk}/unlock/").status_code == 404
    assert _attempt(client, "bob", PASSWORD).status_code == 429


def test_department_staff_cannot_unlock(client, alice, bob):
    _fail(client, "bob")
    staff = Client()
    staff.force_login(alice)
    assert staff.post(f"/org/users/{bob.pk}/unlock/").status_code == 403


@override_settings(ACTIONDESK_LOGIN_FAILURES_PER_ADDRESS=5)
def test_wrong_bearer_tokens_lock_the_address_for_the_api(client, bob, plan):
    _token, key = token_create(user=bob, acting_user=SYSTEM)
    for index in range(5):
        assert client.get("/api/org/departments", HTTP_AUTHORIZATION=f"Bearer guess-{index}").status_code in (401, 429)
    refused = client.get("/api/org/departments", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert refused.status_code == 429
    assert "锁定" in refused.json()["detail"]
    elsewhere = Client(REMOTE_ADDR="10.7.7.7")
    assert elsewhere.get("/api/org/departments", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200
    assert AuditEntry.objects.filter(action="lockout", after__ip_address="127.0.0.1").exists()


def test_signing_in_to_ones_own_account_does_not_reset_the_count_on_another(client, alice, bob):
    _fail(client, "bob", times=4)
    assert _attempt(client, "alice", PASSWORD).status_code == 302
    client.post("/logout/")
    assert _attempt(client, "bob", "wrong-password").status_code == 429


def test_a_successful_sign_in_clears_the_accounts_own_failures(client, bob):
    _fail(client, "bob", times=4)
    assert _attempt(client, "bob", PASSWORD).status_code == 302
    client.post("/logout/")
    _fail(client, "bob", times=4)  # counting starts again
