"""督办单 pages and API, scoped like reports: a department sees its own orders, leaders and the office see all,
an outsider nothing; the 批示 form raises an order; the list, its filters and its .xlsx export agree."""
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from actiondesk.core.models import AuditEntry, Notification, NotificationKind
from actiondesk.core.scoping import SYSTEM
from actiondesk.orders import services
from actiondesk.orders.choices import OrderState
from actiondesk.orders.models import Order

pytestmark = pytest.mark.django_db
DUE = datetime.date(2099, 3, 31)


@pytest.fixture
def orders(zone, departments, leader, get_task):
    innovation = services.raise_order(acting_user=leader, zone=zone, subject="创新局的督办事项", instruction="办理",
                                      departments=[departments["产业创新局"]], due_on=DUE, source=get_task(1))
    reform = services.raise_order(acting_user=SYSTEM, zone=zone, subject="发改局的督办事项", instruction="办理",
                                  departments=[departments["发展改革局"]], due_on=datetime.date(2026, 1, 5))
    return {"innovation": innovation, "reform": reform}


def test_a_department_lists_only_its_own_orders_and_cannot_open_anothers(login, alice, orders):
    client = login(alice)
    page = client.get("/orders/").content.decode()
    assert "创新局的督办事项" in page and "发改局的督办事项" not in page
    assert client.get(f"/orders/{orders['reform'].pk}/").status_code == 404
    assert [o["subject"] for o in client.get("/api/orders/").json()] == ["创新局的督办事项"]
    assert client.get(f"/api/orders/{orders['reform'].pk}").status_code == 404


def test_leaders_and_the_office_see_every_order_of_the_zone(login, leader, supervisor, orders):
    for user in (leader, supervisor):
        client = login(user)
        page = client.get("/orders/").content.decode()
        assert "创新局的督办事项" in page and "发改局的督办事项" in page
        assert len(client.get("/api/orders/").json()) == 2


def test_an_outsider_sees_nothing(login, mallory, orders):
    client = login(mallory)
    page = client.get("/orders/").content.decode()
    assert "创新局的督办事项" not in page and "发改局的督办事项" not in page
    assert client.get(f"/orders/{orders['innovation'].pk}/").status_code == 404
    assert client.get("/api/orders/").json() == []
    assert client.get(f"/api/orders/{orders['innovation'].pk}").status_code == 404
    assert client.post(f"/api/orders/{orders['innovation'].pk}/close", {}, content_type="application/json"
                       ).status_code == 404


def test_the_list_page_keeps_its_query_budget(login, supervisor, orders, django_assert_max_num_queries):
    client = login(supervisor)
    with django_assert_max_num_queries(14):
        assert client.get("/orders/").status_code == 200


def test_the_filter_narrows_page_api_and_export_alike(login, supervisor, orders):
    client = login(supervisor)
    assert "创新局的督办事项" not in client.get("/orders/?timeliness=overdue").content.decode()
    api = client.get("/api/orders/?timeliness=overdue").json()
    assert [o["subject"] for o in api] == ["发改局的督办事项"]
    response = client.get("/orders/?timeliness=overdue&export=xlsx")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][1] == "督办事项" and [r[1] for r in rows[1:]] == ["发改局的督办事项"] and rows[1][-1] == "是"
    assert client.get("/api/orders/?state=nonsense").status_code == 422
    assert client.get("/orders/?state=nonsense&export=xlsx").status_code == 400


def test_the_department_replies_with_a_file_and_the_office_closes_on_the_pages(login, alice, supervisor, leader,
                                                                                orders, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    order = orders["innovation"]
    client = login(alice)
    assert client.post(f"/orders/{order.pk}/accept/").status_code == 302
    response = client.post(f"/orders/{order.pk}/reply/", {"text": "已完成", "files": [
        SimpleUploadedFile("成果.pdf", b"%PDF-1.4 proof", content_type="application/pdf")]})
    assert response.status_code == 302
    attachment = order.replies.get().attachments.get()
    assert client.get(f"/orders/attachments/{attachment.pk}/").status_code == 200
    assert client.post(f"/orders/{order.pk}/close/").status_code == 403
    office = login(supervisor)
    assert office.post(f"/orders/{order.pk}/close/", {"note": "同意"}).status_code == 302
    order.refresh_from_db()
    assert order.state == OrderState.CLOSED
    page = login(leader).get(f"/plans/tasks/{order.source_id}/").content.decode()
    assert "已完成" in page and "成果.pdf" in page and "已办结" in page


def test_another_department_cannot_reply_nor_download_the_attachment(login, alice, bob, orders, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    order = orders["innovation"]
    services.reply_order(acting_user=alice, order=order, text="已办", files=[
        SimpleUploadedFile("成果.pdf", b"%PDF-1.4 proof")])
    attachment = order.replies.get().attachments.get()
    client = login(bob)
    assert client.post(f"/orders/{order.pk}/reply/", {"text": "越权"}).status_code == 404
    assert client.get(f"/orders/attachments/{attachment.pk}/").status_code == 404
    assert order.replies.count() == 1


def test_a_leaders_comment_on_a_task_raises_an_order_to_its_lead_department(login, leader, alice, get_task):
    task = get_task(1)
    client = login(leader)
    page = client.get(f"/plans/tasks/{task.pk}/").content.decode()
    assert 'id="comment-order-form"' in page and "同时交办督办单" in page
    lead = task.lead_departments.get()
    response = client.post("/orders/comments/new/", {"task": task.pk, "text": "进度滞后，请加快", "raise_order": "on",
                                                     "departments": [lead.pk], "due_on": "2026-09-30",
                                                     "priority": "urgent"})
    assert response.status_code == 302
    order = Order.objects.get()
    assert order.comment.text == "进度滞后，请加快" and order.source == task and order.priority == "urgent"
    assert Notification.objects.filter(recipient=alice, kind=NotificationKind.ORDER_NEW).exists()
    assert Notification.objects.filter(recipient=alice, kind=NotificationKind.COMMENT).exists()
    mine = client.get("/orders/comments/").content.decode()
    assert "进度滞后，请加快" in mine and "待签收" in mine


def test_a_department_cannot_write_a_comment_or_raise_an_order(login, alice, get_task):
    client = login(alice)
    assert client.post("/orders/comments/new/", {"task": get_task(1).pk, "text": "x"}).status_code == 403
    assert client.get("/orders/new/").status_code == 403
    assert client.get("/orders/comments/").status_code == 403
    assert client.post("/api/orders/", {"subject": "x", "instruction": "y", "department_ids": [1],
                                        "due_on": "2026-09-30"}, content_type="application/json").status_code == 403
    assert not Order.objects.exists()


def test_the_office_raises_a_meeting_order_about_a_project_from_its_page(login, supervisor, departments, zone):
    from actiondesk.projects.models import Project

    project = Project.objects.create(zone=zone, code="P-1", name="机器人产业园", lead_department=departments["产业创新局"])
    client = login(supervisor)
    assert "交办督办单" in client.get(f"/projects/{project.pk}/").content.decode()
    source = f"projects.project:{project.pk}"
    response = client.post(f"/orders/new/?source={source}", {
        "subject": "加快园区建设", "instruction": "按会议纪要办理", "source_kind": "meeting",
        "source_label": "第3次调度会纪要第1项", "departments": [departments["产业创新局"].pk], "due_on": "2026-10-31",
        "priority": "normal", "source": source})
    assert response.status_code == 302
    order = Order.objects.get()
    assert order.source == project and order.get_source_kind_display() == "会议纪要"
    assert "加快园区建设" in client.get(f"/projects/{project.pk}/").content.decode()


def test_the_api_raises_replies_and_sends_back(login, supervisor, alice, departments):
    office = login(supervisor)
    created = office.post("/api/orders/", {"subject": "报送材料", "instruction": "请报送",
                                           "department_ids": [departments["产业创新局"].pk], "due_on": "2026-09-30"},
                          content_type="application/json")
    assert created.status_code == 201
    pk = created.json()["id"]
    department = login(alice)
    assert department.post(f"/api/orders/{pk}/replies", {"text": "已报送"}, content_type="application/json"
                           ).status_code == 201
    office = login(supervisor)
    sent_back = office.post(f"/api/orders/{pk}/send-back", {"reason": "材料不全"}, content_type="application/json")
    assert sent_back.status_code == 200 and sent_back.json()["state"] == "sent_back"
    assert [r["text"] for r in sent_back.json()["replies"]] == ["已报送"]
    assert AuditEntry.objects.filter(object_id=str(pk), note__startswith="退回").exists()
