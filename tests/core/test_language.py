import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_pages_are_in_chinese_even_when_the_browser_asks_for_english(login, alice, plan):
    response = login(alice).get(reverse("plans:overview"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response["Content-Language"] == "zh-hans"
    assert "行动目标" in response.content.decode()


def test_the_language_switch_changes_the_ui_to_english(login, alice, plan):
    client = login(alice)
    client.post(reverse("set_language"), {"language": "en", "next": "/plans/"})
    response = client.get(reverse("plans:overview"))
    assert response["Content-Language"] == "en"
    assert "Goals" in response.content.decode()
