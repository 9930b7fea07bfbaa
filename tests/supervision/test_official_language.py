"""Period labels and data-source lines follow the UI language on pages, while the 通报 (.docx) and 台账 (.xlsx) are
official documents sent on: they stay in Chinese whatever language the person downloading them reads."""
import io

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db


def _english(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    return client


def test_the_battle_map_in_english_shows_the_period_in_english(login, leader, plan, periods):
    body = _english(login(leader)).get(reverse("supervision:battle_map") + "?period=2026-10").content.decode()
    assert "Months 1–10, 2026" in body and "2026年1-10月" not in body


def test_the_battle_map_in_chinese_keeps_the_chinese_period(login, leader, plan, periods):
    body = login(leader).get(reverse("supervision:battle_map") + "?period=2026-10").content.decode()
    assert "2026年1-10月" in body


def test_an_indicators_data_source_line_follows_the_ui_language(login, leader, plan, periods, get_indicator):
    url = reverse("plans:indicator_detail", args=[get_indicator("高技术成果").pk])
    client = login(leader)
    assert "数据来源：部门填报" in client.get(url).content.decode()
    body = _english(client).get(url).content.decode()
    assert "Source: reported by departments" in body and "数据来源：部门填报" not in body


def test_the_bulletin_and_ledger_downloaded_in_english_stay_in_chinese(login, leader, plan, periods):
    client = _english(login(leader))
    document = Document(io.BytesIO(client.get(reverse("supervision:export", args=["2026-10", "docx"])).content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "2026年1-10月" in text and "Months" not in text
    book = load_workbook(io.BytesIO(client.get(reverse("supervision:export", args=["2026-10", "xlsx"])).content))
    sheet = book["指标"]
    headers = [c.value for c in sheet[1]]
    cells = [r[headers.index("数据来源")] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert "数据来源：部门填报" in cells and not any("Source" in (c or "") for c in cells)
    statuses = {r[headers.index("状态")] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert statuses and all(not s.isascii() for s in statuses)  # 状态 in Chinese too


def test_an_outsider_cannot_download_the_bulletin_in_any_language(login, mallory, plan, periods):
    response = _english(login(mallory)).get(reverse("supervision:export", args=["2026-10", "docx"]))
    assert response.status_code == 404


def test_a_period_issued_by_someone_reading_english_is_kept_in_chinese(plan, periods, departments, supervisor):
    import datetime

    from django.utils import translation

    from actiondesk.core.audit import entries_for
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.plans.models import Indicator
    from actiondesk.plans.services import indicator_update
    from actiondesk.supervision.services_issue import period_issue

    for indicator in Indicator.objects.filter(plan=plan, lead_department__isnull=True, tasks__isnull=True):
        indicator_update(indicator=indicator, acting_user=SYSTEM, lead_department=departments["发展改革局"])
    with translation.override("en"):
        issued = period_issue(period=periods[10], acting_user=supervisor, today=datetime.date(2026, 11, 20))
    text = "\n".join(p.text for p in Document(io.BytesIO(bytes(issued.docx))).paragraphs)
    assert "2026年1-10月" in text and "Months" not in text
    assert any("发布督导通报（2026年1-10月）" in e.note for e in entries_for(periods[10]))


def test_the_battle_maps_chart_months_follow_the_ui_language(login, leader, plan, periods):
    client = login(leader)
    assert '"1\\u6708"' in client.get(reverse("supervision:battle_map") + "?period=2026-10").content.decode()
    body = _english(client).get(reverse("supervision:battle_map") + "?period=2026-10").content.decode()
    assert '"Month 1"' in body and '"1\\u6708"' not in body
