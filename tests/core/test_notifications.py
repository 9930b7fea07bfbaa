"""The one notification service: each recipient's bell, departments by their members, e-mail when configured."""
import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from actiondesk.core.models import Notification, NotificationKind
from actiondesk.core.notifications import notifications_mark_read, notify, unread_count
from actiondesk.core.scoping import SYSTEM, visible

pytestmark = pytest.mark.django_db


def test_a_department_is_notified_through_its_members_and_the_actor_is_left_out(
        zone, departments, make_user, alice, leader):
    colleague = make_user("carol", "department", departments["产业创新局"])
    make_user("dave", "department", departments["发展改革局"])
    created = notify(acting_user=leader, departments=[departments["产业创新局"]], users=[leader],
                     kind=NotificationKind.COMMENT, text="收到批示", url="/plans/tasks/1/", zone=zone)
    assert sorted(n.recipient.username for n in created) == sorted([alice.username, colleague.username])
    assert unread_count(alice) == 1


def test_everyone_sees_only_their_own_notifications(zone, alice, bob, admin):
    notify(acting_user=SYSTEM, users=[alice, bob], kind=NotificationKind.GENERAL, text="通知", zone=zone)
    assert [n.recipient for n in visible(Notification.objects.all(), alice)] == [alice]
    assert visible(Notification.objects.all(), admin).count() == 0


def test_mark_read_touches_only_the_acting_users_items(zone, alice, bob):
    notify(acting_user=SYSTEM, users=[alice, bob], kind=NotificationKind.GENERAL, text="通知", zone=zone)
    bobs = Notification.objects.get(recipient=bob)
    with pytest.raises(PermissionDenied):
        notifications_mark_read(acting_user=alice, ids=[bobs.pk])
    assert notifications_mark_read(acting_user=alice) == 1
    assert unread_count(alice) == 0 and unread_count(bob) == 1


def test_an_outsider_cannot_notify_a_zone(zone, alice, mallory):
    with pytest.raises(PermissionDenied):
        notify(acting_user=mallory, users=[alice], kind=NotificationKind.GENERAL, text="垃圾", zone=zone)
    with pytest.raises(PermissionDenied):
        notify(acting_user=None, users=[alice], kind=NotificationKind.GENERAL, text="垃圾", zone=zone)


def test_a_link_must_stay_on_the_site(zone, alice):
    with pytest.raises(ValidationError):
        notify(acting_user=SYSTEM, users=[alice], kind=NotificationKind.GENERAL, text="x", url="https://evil.example",
               zone=zone)


def test_email_goes_out_only_when_configured_and_only_to_addresses(zone, alice, bob, settings,
                                                                   django_capture_on_commit_callbacks):
    alice.email = "alice@example.gov.cn"
    alice.save()
    settings.ACTIONDESK_NOTIFY_EMAIL = False
    with django_capture_on_commit_callbacks(execute=True):
        notify(acting_user=SYSTEM, users=[alice, bob], kind=NotificationKind.ORDER_NEW, text="新督办单", zone=zone)
    assert mail.outbox == []
    settings.ACTIONDESK_NOTIFY_EMAIL = True
    with django_capture_on_commit_callbacks(execute=True):
        notify(acting_user=SYSTEM, users=[alice, bob], kind=NotificationKind.ORDER_NEW, text="新督办单", zone=zone)
    assert [m.to for m in mail.outbox] == [["alice@example.gov.cn"]]
    assert "新督办单" in mail.outbox[0].subject
