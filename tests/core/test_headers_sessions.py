"""Headers and sessions: CSP, no-store for signed-in pages, idle and absolute session lifetime, password rules."""
import time

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings

from actiondesk.core.scoping import SYSTEM
from actiondesk.core.sessions import LAST_SEEN, SIGNED_IN_AT
from actiondesk.org.services import user_create
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_pages_carry_a_csp_without_inline_scripts(client, zone):
    policy = client.get("/login/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["style-src"] and "unsafe-eval" not in policy
    assert directives["frame-ancestors"] == "'none'" and directives["object-src"] == "'none'"


def test_signed_in_pages_are_not_stored(login, admin, plan):
    response = login(admin).get("/plans/")
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]


def _age_session(client, **seconds_ago):
    session = client.session
    now = time.time()
    for key, ago in seconds_ago.items():
        session[key] = int(now - ago)
    session.save()


def test_an_idle_session_ends_after_the_idle_timeout(login, admin, plan):
    client = login(admin)
    _age_session(client, **{SIGNED_IN_AT: 3 * 3600, LAST_SEEN: 2 * 3600 + 60})
    response = client.get("/plans/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")
    assert client.get("/plans/").status_code == 302  # signed out for good


def test_an_active_session_ends_at_its_absolute_lifetime(login, admin, plan):
    client = login(admin)
    _age_session(client, **{SIGNED_IN_AT: 12 * 3600 + 60, LAST_SEEN: 10})
    assert client.get("/plans/").status_code == 302


def test_a_recent_session_goes_on_and_the_api_says_401_when_expired(login, admin, plan):
    client = login(admin)
    _age_session(client, **{SIGNED_IN_AT: 3600, LAST_SEEN: 600})
    assert client.get("/plans/").status_code == 200
    _age_session(client, **{SIGNED_IN_AT: 3600 * 5, LAST_SEEN: 3600 * 3})
    assert client.get("/api/org/departments").status_code == 401


@override_settings(ACTIONDESK_SESSION_IDLE_MINUTES=5)
def test_the_idle_timeout_is_configurable(login, admin, plan):
    client = login(admin)
    _age_session(client, **{SIGNED_IN_AT: 600, LAST_SEEN: 400})
    assert client.get("/plans/").status_code == 302


def test_passwords_need_ten_characters():
    with pytest.raises(ValidationError):
        validate_password("demo-2026")
    validate_password("demo-2026!")
    validate_password(PASSWORD)


def test_user_create_refuses_a_weak_password(zone):
    with pytest.raises(ValidationError):
        user_create(zone=zone, username="weak", password="123456789012", role="leader", acting_user=SYSTEM)


def test_a_user_changes_their_own_password(client, login, alice):
    signed_in = login(alice)
    page = signed_in.get("/account/password/")
    assert page.status_code == 200 and "修改密码" in page.content.decode()
    short = signed_in.post("/account/password/", {"old_password": PASSWORD, "new_password1": "short-pw",
                                                  "new_password2": "short-pw"})
    assert short.status_code == 200 and "10" in short.content.decode()
    done = signed_in.post("/account/password/", {"old_password": PASSWORD, "new_password1": "alice-new-pw-2026",
                                                 "new_password2": "alice-new-pw-2026"})
    assert done.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("alice-new-pw-2026")
    assert signed_in.get("/plans/mine/").status_code == 200  # the session survives the change


def test_the_password_change_page_needs_a_sign_in(client, zone):
    assert client.get("/account/password/").status_code == 302
