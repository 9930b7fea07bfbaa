"""督办单 workflow: raised by a leader or the office (or the platform), answered by its departments, closed or sent
back by the office; every step audited and notified."""
import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from actiondesk.core.audit import entries_for
from actiondesk.core.models import Notification, NotificationKind
from actiondesk.core.scoping import SYSTEM
from actiondesk.orders import services
from actiondesk.orders.choices import OrderSourceKind, OrderState
from actiondesk.supervision import services_plan

pytestmark = pytest.mark.django_db
DUE = datetime.date(2026, 9, 30)


@pytest.fixture
def order(zone, departments, leader, alice):
    return services.raise_order(acting_user=leader, zone=zone, subject="加快编制产业链图谱",
                                instruction="月底前报送初稿", departments=[departments["产业创新局"]],
                                responsible=alice, due_on=DUE)


def _pdf(name="落实情况.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4 evidence", content_type="application/pdf")


def test_a_leaders_order_reaches_every_member_of_the_assigned_department(order, alice, leader):
    assert order.state == OrderState.PENDING
    assert order.created_by == leader
    note = Notification.objects.get(recipient=alice)
    assert note.kind == NotificationKind.ORDER_NEW and note.url == f"/orders/{order.pk}/" and note.target == order
    assert not Notification.objects.filter(recipient=leader).exists()  # nobody is told of their own action
    assert entries_for(order).count() == 1


def test_a_leaders_comment_becomes_an_order_about_its_task(zone, departments, leader, get_task):
    task = get_task(1)
    comment = services_plan.comment_add(acting_user=leader, text="进度滞后，请加快", task=task)
    order = services.raise_order(acting_user=leader, zone=zone, subject="加快任务", instruction=comment.text,
                                 departments=[departments["产业创新局"]], due_on=DUE, source=comment,
                                 source_kind=OrderSourceKind.LEADER)
    assert order.comment == comment and order.source == task
    assert "批示：进度滞后" in order.source_label


def test_the_platform_may_raise_an_order_for_another_apps_escalation(zone, departments):
    order = services.raise_order(acting_user=SYSTEM, zone=zone, subject="企业诉求逾期未办", instruction="请即办",
                                 departments=[departments["发展改革局"]], due_on=DUE, source_label="企业诉求 #12")
    assert order.created_by is None and order.created_by_name == "系统"


def test_a_department_user_cannot_raise_an_order(zone, departments, alice):
    with pytest.raises(PermissionDenied):
        services.raise_order(acting_user=alice, zone=zone, subject="x", instruction="y",
                             departments=[departments["产业创新局"]], due_on=DUE)


def test_an_order_needs_a_department_of_its_zone(zone, leader, other_zone):
    with pytest.raises(ValidationError):
        services.raise_order(acting_user=leader, zone=zone, subject="x", instruction="y", departments=[], due_on=DUE)
    stranger = other_zone.departments.create(name="外区部门")
    with pytest.raises(ValidationError):
        services.raise_order(acting_user=leader, zone=zone, subject="x", instruction="y", departments=[stranger],
                             due_on=DUE)


def test_the_department_replies_twice_with_attachments_and_the_office_closes(order, alice, supervisor, leader):
    services.accept_order(acting_user=alice, order=order)
    order.refresh_from_db()
    assert order.state == OrderState.IN_PROGRESS
    services.reply_order(acting_user=alice, order=order, text="已完成初稿", files=[_pdf()])
    services.reply_order(acting_user=alice, order=order, text="补充材料", files=[_pdf("补充.pdf")])
    order.refresh_from_db()
    assert order.state == OrderState.REPLIED and order.replies.count() == 2
    assert [a.original_name for r in order.replies.all() for a in r.attachments.all()] == ["落实情况.pdf", "补充.pdf"]
    assert Notification.objects.filter(recipient=supervisor, kind=NotificationKind.ORDER_REPLY).count() == 2
    assert Notification.objects.filter(recipient=leader, kind=NotificationKind.ORDER_REPLY).count() == 2
    services.close_order(acting_user=supervisor, order=order)
    order.refresh_from_db()
    assert order.state == OrderState.CLOSED and order.closed_at is not None
    assert Notification.objects.filter(recipient=alice, kind=NotificationKind.ORDER_CLOSED).exists()


def test_the_office_sends_a_reply_back_with_a_reason_and_the_department_answers_again(order, alice, supervisor):
    services.reply_order(acting_user=alice, order=order, text="已部署")
    with pytest.raises(ValidationError):
        services.send_back_order(acting_user=supervisor, order=order, reason=" ")
    services.send_back_order(acting_user=supervisor, order=order, reason="未见成果材料")
    order.refresh_from_db()
    assert order.state == OrderState.SENT_BACK and order.times_sent_back == 1
    assert "未见成果材料" in Notification.objects.get(recipient=alice, kind=NotificationKind.ORDER_SENT_BACK).text
    with pytest.raises(ValidationError):
        services.close_order(acting_user=supervisor, order=order)  # nothing new to close on
    services.reply_order(acting_user=alice, order=order, text="已补交成果")
    order.refresh_from_db()
    assert order.state == OrderState.REPLIED


def test_another_department_and_the_leader_cannot_reply(order, bob, leader):
    for who in (bob, leader):
        with pytest.raises(PermissionDenied):
            services.reply_order(acting_user=who, order=order, text="越权")
    assert order.replies.count() == 0


def test_a_department_cannot_close_its_own_order(order, alice):
    services.reply_order(acting_user=alice, order=order, text="已完成")
    with pytest.raises(PermissionDenied):
        services.close_order(acting_user=alice, order=order)


def test_a_reply_refuses_a_file_whose_content_does_not_match_its_name(order, alice):
    with pytest.raises(ValidationError):
        services.reply_order(acting_user=alice, order=order, text="附件",
                             files=[SimpleUploadedFile("x.pdf", b"MZ not a pdf")])
    assert order.replies.count() == 0
