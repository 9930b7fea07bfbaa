"""Orders on other pages: the battle map marks tasks with open orders (within its query budget), 我的部门 lists
the department's open orders and its bell, the daily 催办 reminds and escalates overdue orders."""
import datetime

import pytest
from django.urls import reverse

from actiondesk.core.models import AuditEntry, Notification, NotificationKind
from actiondesk.core.scoping import SYSTEM
from actiondesk.orders import services
from actiondesk.orders.jobs import REMIND
from actiondesk.supervision import services as supervision
from actiondesk.supervision.periods import periods_ensure

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def task_order(zone, departments, leader, get_task):
    return services.raise_order(acting_user=leader, zone=zone, subject="加快推进", instruction="办理",
                                departments=[departments["产业创新局"]], due_on=D(2099, 1, 31), source=get_task(1))


def test_the_battle_map_marks_a_task_with_open_orders_within_25_queries(login, leader, bob, plan, task_order,
                                                                         django_assert_max_num_queries):
    client = login(leader)
    with django_assert_max_num_queries(25):
        body = client.get(reverse("supervision:battle_map")).content.decode()
    assert "督办 1" in body and f"/plans/tasks/{task_order.source_id}/#orders" in body
    # another department does not see the order, so its mark is not shown to it either
    assert "督办 1" not in login(bob).get(reverse("supervision:battle_map")).content.decode()


def test_my_department_shows_the_open_order_and_the_bell(login, alice, task_order):
    page = login(alice).get(reverse("plans:my_department")).content.decode()
    assert 'id="department-orders"' in page and "加快推进" in page
    assert 'id="department-notifications"' in page and "新督办单" in page


def test_an_overseers_desk_counts_orders_by_state(login, supervisor, task_order):
    page = login(supervisor).get(reverse("plans:my_department")).content.decode()
    assert "待签收 1" in page


def test_the_daily_reminder_nags_once_a_day_and_escalates_to_the_leader_after_the_delay(
        zone, departments, leader, alice, settings):
    settings.ACTIONDESK_ORDER_ESCALATE_DAYS = 7
    comment_order = services.raise_order(acting_user=leader, zone=zone, subject="逾期事项", instruction="办理",
                                         departments=[departments["产业创新局"]], due_on=D(2026, 10, 1))
    first = services.orders_remind(acting_user=SYSTEM, zone=zone, today=D(2026, 10, 5))
    again = services.orders_remind(acting_user=SYSTEM, zone=zone, today=D(2026, 10, 5))
    assert first["reminded"] == [comment_order.pk] and again["reminded"] == [] and first["escalated"] == []
    assert Notification.objects.filter(recipient=alice, kind=NotificationKind.ORDER_REMINDER).count() == 1
    later = services.orders_remind(acting_user=SYSTEM, zone=zone, today=D(2026, 10, 9))
    assert later["escalated"] == [comment_order.pk]
    assert Notification.objects.get(recipient=leader, kind=NotificationKind.ORDER_ESCALATED).url.endswith(
        f"/orders/{comment_order.pk}/")
    assert services.orders_remind(acting_user=SYSTEM, zone=zone, today=D(2026, 10, 10))["escalated"] == []
    assert AuditEntry.objects.filter(object_id=str(comment_order.pk), note__startswith="催办").count() == 3


def test_the_reminder_runs_as_a_scheduled_job(zone, departments, alice, admin):
    from actiondesk.core.jobs import job_enqueue

    services.raise_order(acting_user=SYSTEM, zone=zone, subject="逾期事项", instruction="办理",
                         departments=[departments["产业创新局"]], due_on=D(2026, 1, 1))
    job = job_enqueue(kind=REMIND, target=f"zone:{zone.pk}", zone=zone, user=admin, title=zone.name,
                      params={"today": "2026-02-01"})
    job.refresh_from_db()
    assert job.status == "done" and job.result["reminded"]


def test_a_returned_report_and_a_report_due_soon_reach_the_departments_bell(plan, alice, supervisor, settings):
    from actiondesk.supervision.reminders import reminders_send

    periods = {p.month: p for p in periods_ensure(plan=plan, acting_user=SYSTEM)}
    settings.ACTIONDESK_REPORT_DUE_NOTICE_DAYS = 3
    period = periods[6]
    reminders_send(plans=[plan], day=period.due_date - datetime.timedelta(days=3))
    due = Notification.objects.get(recipient=alice, kind=NotificationKind.REPORT_DUE)
    assert period.label in due.text and due.url == reverse("supervision:report_edit", args=[period.pk])
    report = supervision.report_submit(report=supervision.report_open(period=period, acting_user=alice),
                                       acting_user=alice)
    supervision.report_return(report=report, acting_user=supervisor, reason="数据缺少佐证")
    returned = Notification.objects.get(recipient=alice, kind=NotificationKind.REPORT_RETURNED)
    assert "数据缺少佐证" in returned.text


def test_the_cli_reminds_overdue_orders_and_refuses_a_bad_date(zone, departments, alice):
    import json

    from django.core.management import call_command

    from actiondesk.core.commands import BadInput

    services.raise_order(acting_user=SYSTEM, zone=zone, subject="逾期事项", instruction="办理",
                         departments=[departments["产业创新局"]], due_on=D(2026, 1, 1))
    from io import StringIO

    out = StringIO()
    call_command("orders_remind", "--today", "2026-02-01", "--json", stdout=out)
    assert len(json.loads(out.getvalue())[0]["reminded"]) == 1
    with pytest.raises(BadInput):
        call_command("orders_remind", "--today", "2026-13-01")
