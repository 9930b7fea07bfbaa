"""What the platform does on its own is stored under its Chinese name 系统 (like every stored name) and shown in the
reader's language: "System" to a reader in English, 系统 in Chinese; a person's name is shown as typed."""
import pytest
from django.test import Client
from django.urls import reverse

from actiondesk.core.audit import audit_record
from actiondesk.core.language import SYSTEM_NAME, actor_label
from actiondesk.core.models import AuditAction, AuditEntry, Notification, NotificationKind
from actiondesk.core.notifications import notify
from actiondesk.core.scoping import SYSTEM

pytestmark = pytest.mark.django_db


def _reader(user, language):
    client = Client()
    client.force_login(user)
    client.post(reverse("set_language"), {"language": language, "next": "/"})
    return client


def test_the_platform_is_stored_as_xitong_on_notifications_and_audit_entries(zone, alice):
    notify(acting_user=SYSTEM, users=[alice], kind=NotificationKind.GENERAL, zone=zone, text="每日提醒")
    audit_record(actor=SYSTEM, action=AuditAction.UPDATE, instance=zone, note="定时刷新")
    assert Notification.objects.get(recipient=alice).actor_name == SYSTEM_NAME == "系统"
    assert AuditEntry.objects.latest("pk").actor_name == "系统"


def test_an_english_reader_sees_system_in_the_bell_and_the_audit_list_and_a_chinese_reader_sees_xitong(
        zone, alice, supervisor):
    notify(acting_user=SYSTEM, users=[alice, supervisor], kind=NotificationKind.GENERAL, zone=zone, text="每日提醒")
    audit_record(actor=SYSTEM, action=AuditAction.UPDATE, instance=zone, note="定时刷新")
    english, chinese = _reader(alice, "en"), _reader(supervisor, "zh-hans")
    bell = english.get("/notifications/").content.decode()
    assert "System" in bell and "系统" not in bell
    assert "系统" in chinese.get("/notifications/").content.decode()
    english_office = _reader(supervisor, "en")
    audit = english_office.get("/audit/").content.decode()
    assert "<td>System</td>" in audit and "<td>系统</td>" not in audit
    assert "<td>系统</td>" in chinese.get("/audit/").content.decode()


def test_a_department_clerk_is_refused_the_audit_list_in_either_language(alice):
    assert _reader(alice, "en").get("/audit/").status_code == 403


def test_a_persons_name_is_shown_as_typed_even_one_that_reads_like_a_word():
    assert actor_label("张三") == "张三"
    assert actor_label("System") == "System"
    assert actor_label("") == ""
