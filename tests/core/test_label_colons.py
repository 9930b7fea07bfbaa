"""A label's colon follows the UI language: "Goal: …" in English, never "Goal：…" (templates write
``{% translate "：" context "label colon" %}``, Python ``core.language.label_colon()``)."""
import datetime
import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from actiondesk.core.language import label_colon
from actiondesk.orders import services as orders
from actiondesk.plans.models import Indicator

pytestmark = pytest.mark.django_db
ENGLISH_THEN_FULL_WIDTH_COLON = re.compile(r"[A-Za-z]\s*：")


def _english(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    return client


def _text(response) -> str:
    assert response.status_code == 200
    return strip_tags(response.content.decode())


def test_english_pages_put_a_plain_colon_after_their_labels(login, alice, supervisor, leader, departments, zone, plan):
    indicator = Indicator.objects.filter(plan=plan, goals__isnull=False).first()
    order = orders.raise_order(acting_user=leader, zone=zone, subject="加快编制产业链图谱", instruction="月底前报送初稿",
                               departments=[departments["产业创新局"]], due_on=datetime.date(2026, 9, 30))
    orders.reply_order(acting_user=alice, order=order, text="已完成初稿")
    orders.send_back_order(acting_user=supervisor, order=order, reason="未见成果材料")
    client = _english(login(alice))
    pages = {
        "my department": _text(client.get(reverse("plans:my_department"))),
        "indicator": _text(client.get(reverse("plans:indicator_detail", args=[indicator.pk]))),
        "order": _text(client.get(f"/orders/{order.pk}/")),
    }
    for name, text in pages.items():
        assert not ENGLISH_THEN_FULL_WIDTH_COLON.search(text), (name, ENGLISH_THEN_FULL_WIDTH_COLON.findall(text))
    assert "My department: 产业创新局" in pages["my department"]
    assert "Goal: " in pages["indicator"]
    assert re.search(r"Reason for (return|sending back): 未见成果材料", pages["order"])


def test_the_same_pages_keep_the_full_width_colon_in_chinese(login, alice, plan):
    assert "我的部门：产业创新局" in _text(login(alice).get(reverse("plans:my_department")))


def test_python_built_labels_take_the_colon_of_the_ui_language():
    assert label_colon() == "："
    with translation.override("en"):
        assert label_colon() == ": "
