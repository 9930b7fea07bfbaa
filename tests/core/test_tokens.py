"""API tokens: only a hash is stored, the token is shown once, tokens expire and can be revoked."""
import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from actiondesk.cli import main
from actiondesk.core.models import ApiToken, AuditEntry, token_digest
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.services import token_create

pytestmark = pytest.mark.django_db


def _api(client, key):
    return client.get("/api/org/departments", HTTP_AUTHORIZATION=f"Bearer {key}")


def test_only_the_hash_is_stored_and_the_default_expiry_is_ninety_days(bob):
    token, key = token_create(user=bob, name="报表脚本", acting_user=SYSTEM)
    stored = ApiToken.objects.filter(pk=token.pk).values().get()
    assert key not in json.dumps(stored, default=str)
    assert stored["key_hash"] == token_digest(key) and stored["prefix"] == key[:8]
    assert abs(token.expires_at - (timezone.now() + timedelta(days=90))) < timedelta(minutes=1)
    assert AuditEntry.objects.filter(object_id=str(token.pk), action="create").exists()


def test_an_expired_or_revoked_token_is_refused(client, bob, departments):
    token, key = token_create(user=bob, days=1, acting_user=SYSTEM)
    assert _api(client, key).status_code == 200
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert _api(client, key).status_code == 401
    other, other_key = token_create(user=bob, acting_user=SYSTEM)
    assert main(["token", "revoke", str(other.pk)]) == 0
    assert _api(client, other_key).status_code == 401


def test_a_deactivated_users_token_is_refused(client, bob, departments):
    _token, key = token_create(user=bob, acting_user=SYSTEM)
    bob.is_active = False
    bob.save()
    assert _api(client, key).status_code == 401


def test_the_token_page_shows_a_new_token_once_and_revokes_it(client, login, alice, departments):
    signed_in = login(alice)
    created = signed_in.post("/account/tokens/", {"name": "周报脚本", "days": 30})
    assert created.status_code == 200
    token = ApiToken.objects.get(user=alice)
    body = created.content.decode()
    shown = body.split('<code class="token">')[1].split("</code>")[0]
    assert token_digest(shown) == token.key_hash
    assert (token.expires_at - timezone.now()).days in (29, 30)
    again = signed_in.get("/account/tokens/").content.decode()
    assert shown not in again and token.prefix in again and "周报脚本" in again
    assert signed_in.post(f"/account/tokens/{token.pk}/revoke/").status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert _api(Client(), shown).status_code == 401  # a client without alice's session


def test_a_user_cannot_see_or_revoke_another_users_token(login, alice, bob):
    token, _key = token_create(user=bob, name="bob 的脚本", acting_user=SYSTEM)
    signed_in = login(alice)
    assert "bob 的脚本" not in signed_in.get("/account/tokens/").content.decode()
    assert signed_in.post(f"/account/tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_the_token_page_needs_a_sign_in_and_refuses_bad_lifetimes(client, login, alice):
    assert client.get("/account/tokens/").status_code == 302
    refused = login(alice).post("/account/tokens/", {"name": "x", "days": 0})
    assert refused.status_code == 400 and not ApiToken.objects.exists()


def test_cli_creates_with_name_and_days_lists_and_revokes(capsys, alice, bob):
    assert main(["token", "create", "alice", "--name", "导出", "--days", "7", "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["name"] == "导出" and token_digest(created["token"]) == ApiToken.objects.get(pk=created["id"]).key_hash
    token_create(user=bob, acting_user=SYSTEM)
    assert main(["token", "list", "alice", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["username"] for r in rows] == ["alice"] and rows[0]["state"] == "active"
    assert "token" not in rows[0] and created["token"] not in json.dumps(rows)
    assert main(["token", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["token", "revoke", str(created["id"])]) == 0
    assert main(["token", "revoke", str(created["id"])]) == 2  # already revoked
    assert main(["token", "revoke", "999999"]) == 2
    assert main(["token", "list", "nobody"]) == 2
    assert main(["token", "create", "alice", "--days", "0"]) == 2


@pytest.mark.django_db(transaction=True)
def test_the_migration_replaces_plaintext_tokens_by_their_hash(django_user_model):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([("core", "0001_initial")])
    old_apps = executor.loader.project_state([("core", "0001_initial")]).apps
    user = old_apps.get_model("auth", "User").objects.create(username="legacy")
    old_apps.get_model("core", "ApiToken").objects.create(user=user, name="旧令牌", key="plain-legacy-token")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    token = ApiToken.objects.get(user__username="legacy")
    assert token.key_hash == token_digest("plain-legacy-token") and token.prefix == "plain-le"
    assert token.expires_at > timezone.now() + timedelta(days=89)
