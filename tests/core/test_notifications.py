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


def test_the_bell_counts_unread_items_and_opening_one_marks_it_read_and_follows_its_link(zone, login, alice):
    item = notify(acting_user=SYSTEM, users=[alice], kind=NotificationKind.ORDER_NEW, text="新督办单：加快推进",
                  url="/orders/", zone=zone)[0]
    client = login(alice)
    assert 'id="bell"' in client.get("/notifications/").content.decode()
    assert 'data-unread="1"' in client.get("/notifications/count/").content.decode()
    response = client.post(f"/notifications/{item.pk}/open/")
    assert response.status_code == 302 and response["Location"] == "/orders/"
    item.refresh_from_db()
    assert item.read_at is not None
    assert "data-unread" not in client.get("/notifications/count/").content.decode()


def test_nobody_opens_or_lists_another_users_notifications(zone, login, alice, bob, mallory):
    item = notify(acting_user=SYSTEM, users=[alice], kind=NotificationKind.GENERAL, text="只给爱丽丝", zone=zone)[0]
    for user in (bob, mallory):
        client = login(user)
        assert client.post(f"/notifications/{item.pk}/open/").status_code == 404
        assert "只给爱丽丝" not in client.get("/notifications/").content.decode()
        assert client.get("/api/notifications/").json() == []
        assert client.post("/api/notifications/read", {"ids": [item.pk]}, content_type="application/json"
                           ).status_code == 403
    item.refresh_from_db()
    assert item.read_at is None


def test_the_api_lists_filters_and_marks_read(zone, login, alice):
    notify(acting_user=SYSTEM, users=[alice], kind=NotificationKind.GENERAL, text="一", zone=zone)
    notify(acting_user=SYSTEM, users=[alice], kind=NotificationKind.ORDER_NEW, text="二", zone=zone)
    client = login(alice)
    assert [n["text"] for n in client.get("/api/notifications/?kind=order_new").json()] == ["二"]
    marked = client.post("/api/notifications/read", {}, content_type="application/json").json()
    assert marked == {"marked": 2, "unread": 0}
    assert client.get("/api/notifications/?state=unread").json() == []
    assert client.get("/api/notifications/?state=bogus").status_code == 422


def test_the_notifications_page_keeps_its_query_budget(zone, login, alice, django_assert_max_num_queries):
    for i in range(30):
        notify(acting_user=SYSTEM, users=[alice], kind=NotificationKind.GENERAL, text=f"通知{i}", zone=zone)
    client = login(alice)
    with django_assert_max_num_queries(10):
        assert client.get("/notifications/").status_code == 200
