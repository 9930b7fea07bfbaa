"""A notification is kept as a message (msgid and params) and read in each reader's language; its Chinese text stays
for e-mail, old rows and as the fallback."""
import datetime

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from actiondesk.core.models import Notification, NotificationKind
from actiondesk.core.notifications import Message, notify
from actiondesk.core.scoping import SYSTEM
from actiondesk.orders import services as orders
from actiondesk.supervision.choices import PeriodKind
from actiondesk.supervision.models import ReportingPeriod

pytestmark = pytest.mark.django_db
DUE = datetime.date(2026, 9, 30)


def _reader(user, language):
    client = Client()
    client.force_login(user)
    client.post(reverse("set_language"), {"language": language, "next": "/"})
    return client


@pytest.fixture
def carol(make_user, departments):
    return make_user("carol", "department", departments["产业创新局"])


@pytest.fixture
def order_raised_in_english(zone, departments, leader, alice, carol, settings, django_capture_on_commit_callbacks):
    """A leader working in English raises an order; alice and carol (its department) are notified, alice by mail."""
    alice.email = "alice@example.gov.cn"
    alice.save()
    settings.ACTIONDESK_NOTIFY_EMAIL = True
    with django_capture_on_commit_callbacks(execute=True), translation.override("en"):
        return orders.raise_order(acting_user=leader, zone=zone, subject="加快编制产业链图谱",
                                  instruction="月底前报送初稿", departments=[departments["产业创新局"]], due_on=DUE)


def test_a_notification_is_stored_as_a_message_with_its_official_chinese_text(order_raised_in_english, alice):
    item = Notification.objects.get(recipient=alice)
    assert item.text == "新督办单：加快编制产业链图谱（2026-09-30前办理）"
    assert item.message == {"msgid": "新督办单：%(subject)s（%(due)s前办理）",
                            "params": {"subject": "加快编制产业链图谱", "due": "2026-09-30"}}


def test_an_english_reader_sees_it_in_english_and_a_chinese_reader_in_chinese_on_the_page_and_in_the_api(
        order_raised_in_english, alice, carol):
    english, chinese = _reader(alice, "en"), _reader(carol, "zh-hans")
    page = english.get("/notifications/").content.decode()
    assert "New supervision order: 加快编制产业链图谱 (due by 2026-09-30)" in page
    assert "新督办单：" not in page
    assert english.get("/api/notifications/").json()[0]["text"] == (
        "New supervision order: 加快编制产业链图谱 (due by 2026-09-30)")
    assert "新督办单：加快编制产业链图谱（2026-09-30前办理）" in chinese.get("/notifications/").content.decode()
    assert chinese.get("/api/notifications/").json()[0]["text"] == "新督办单：加快编制产业链图谱（2026-09-30前办理）"


def test_the_email_stays_in_chinese_whatever_language_the_sender_works_in(order_raised_in_english):
    [message] = mail.outbox
    assert message.subject.startswith("【新督办单】新督办单：加快编制产业链图谱")
    assert message.body.startswith("新督办单：加快编制产业链图谱（2026-09-30前办理）")


def test_an_old_row_without_message_data_shows_its_text(zone, alice):
    Notification.objects.create(zone=zone, recipient=alice, kind=NotificationKind.GENERAL, text="旧的通知")
    client = _reader(alice, "en")
    assert "旧的通知" in client.get("/notifications/").content.decode()
    assert client.get("/api/notifications/").json()[0]["text"] == "旧的通知"


@pytest.mark.parametrize("message", [
    {"msgid": "新督办单：%(subject)s（%(due)s前办理）", "params": {"subject": "缺少日期"}},  # a param missing
    {"msgid": "新督办单：%(subject)s（%(due)s前办理）", "params": ["not", "a", "dict"]},
    {"msgid": "%s 位置参数", "params": {"x": 1}},
    {"msgid": 42},
    {"params": {}},
])
def test_a_broken_message_falls_back_to_the_text_and_never_fails_the_page(zone, alice, message):
    Notification.objects.create(zone=zone, recipient=alice, kind=NotificationKind.GENERAL, text="后备文字",
                                message=message)
    client = _reader(alice, "en")
    response = client.get("/notifications/")
    assert response.status_code == 200 and "后备文字" in response.content.decode()
    assert client.get("/api/notifications/").json()[0]["text"] == "后备文字"


def test_a_message_without_an_english_translation_shows_its_chinese_words(zone, alice):
    notify(acting_user=SYSTEM, users=[alice], kind=NotificationKind.GENERAL, zone=zone,
           text=Message("尚未翻译的消息：%(name)s", {"name": "甲"}))
    assert _reader(alice, "en").get("/api/notifications/").json()[0]["text"] == "尚未翻译的消息：甲"


def test_a_plain_string_is_kept_as_it_is_in_every_language(zone, alice):
    notify(acting_user=SYSTEM, users=[alice], kind=NotificationKind.GENERAL, zone=zone, text="普通通知")
    assert Notification.objects.get(recipient=alice).message == {}
    assert _reader(alice, "en").get("/api/notifications/").json()[0]["text"] == "普通通知"


def test_a_period_named_in_a_message_is_put_in_the_readers_words_too():
    period = ReportingPeriod(kind=PeriodKind.MONTHLY, year=2026, month=10)
    message = Message("%(period)s进度报告被退回：%(reason)s", {"period": period.label_message, "reason": "数据不全"})
    assert message.official() == "2026年1-10月进度报告被退回：数据不全"
    with translation.override("en"):
        assert message.render() == f"Progress report for {period.label} was returned: 数据不全"
        assert "年" not in message.render()


def test_params_that_do_not_fit_their_msgid_are_refused_when_the_notification_is_raised(zone, alice):
    with pytest.raises(KeyError):
        notify(acting_user=SYSTEM, users=[alice], kind=NotificationKind.GENERAL, zone=zone,
               text=Message("督办单已办结：%(subject)s", {"title": "错的参数名"}))
    assert not Notification.objects.exists()


def test_the_escalated_order_kind_reads_as_an_event_in_english():
    from django.utils import translation

    from actiondesk.core.models import NotificationKind

    with translation.override("en"):
        assert str(NotificationKind.ORDER_ESCALATED.label) == "Supervision order escalated"
