import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_browser_asking_for_favicon_ico_is_sent_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code != 404
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("actiondesk/favicon.svg")
    assert finders.find("actiondesk/favicon.svg")


def test_a_signed_in_enterprise_contact_also_gets_the_icon(login, make_user):
    response = login(make_user("contact", "enterprise")).get("/favicon.ico")
    assert response.status_code in (301, 302)


def test_every_page_links_the_icon(login, alice, plan):
    page = login(alice).get(reverse("plans:overview")).content.decode()
    assert 'rel="icon"' in page and "actiondesk/favicon.svg" in page


def test_the_login_page_links_the_icon_too(client):
    assert "actiondesk/favicon.svg" in client.get(reverse("login")).content.decode()
