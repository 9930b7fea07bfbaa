"""The 金融+ 台账: one .xlsx sheet per kind of record, downloaded from the dashboard by anyone of the zone, narrowed by
the dashboard's filters, in a fixed number of queries."""
import datetime
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.finance import services

pytestmark = pytest.mark.django_db
D = datetime.date
SHEETS = ["引导基金及子基金", "基金投资", "政银企对接活动", "贷款", "风险补偿资金池", "补偿记录", "上市梯度"]


def workbook(response):
    assert response.status_code == 200, response.content[:200]
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return load_workbook(io.BytesIO(response.content))


def rows(sheet) -> list[tuple]:
    return [row for row in sheet.iter_rows(min_row=2, values_only=True)]


def export(client, **filters):
    return client.get(reverse("finance:dashboard"), {"year": 2026, "export": "xlsx", **filters})


def more_books(zone, firm, n: int):
    """``n`` more of every kind of record (test set-up, as the platform)."""
    for i in range(n):
        fund = services.fund_create(zone=zone, acting_user=SYSTEM, name=f"基金{i}", size=Decimal(100))
        services.fund_invest(fund=fund, enterprise=firm, amount=Decimal(1), invested_on=D(2026, 5, 1),
                             acting_user=SYSTEM)
        event = services.event_create(zone=zone, acting_user=SYSTEM, name=f"对接会{i}", held_on=D(2026, 6, 1))
        pool = services.pool_create(zone=zone, acting_user=SYSTEM, name=f"资金池{i}", size=Decimal(100))
        loan = services.loan_record(zone=zone, enterprise=firm, acting_user=SYSTEM, bank=f"银行{i}",
                                    amount=Decimal(10), granted_on=D(2026, 6, 2), event=event, pool=pool)
        services.compensation_pay(loan=loan, loss=Decimal(2), paid_on=D(2026, 9, 1), acting_user=SYSTEM)
        other = Enterprise.objects.create(zone=zone, credit_code=f"91210400MA0FIN{i:04d}", name=f"企业{i}")
        services.listing_step_record(enterprise=other, stage="filed", acting_user=SYSTEM)


def test_the_ledger_holds_every_kind_of_record_on_its_own_sheet_with_dates_and_money_as_values(login, leader, books):
    book = workbook(export(login(leader)))
    assert book.sheetnames == SHEETS
    funds, investments, events, loans, pools, compensations, steps = (book[name] for name in SHEETS)
    assert all(book[name].freeze_panes in ("B2", "C2") for name in SHEETS)
    assert [r[:8] for r in rows(funds)] == [("沈抚产业引导基金", "母基金", None, None, 100000, 50000, 20000, 0),
                                            ("机器人子基金", "子基金", "沈抚产业引导基金", None, 20000, 0, 0, 3000)]
    assert rows(investments) == [("机器人子基金", "沈抚融资测试有限公司", "91210400MA0FINANC1", 3000,
                                  datetime.datetime(2026, 3, 1))]
    assert rows(events) == [("春季政银企对接会", datetime.datetime(2026, 4, 1), None, 0, 1, 200, "财政金融局")]
    assert rows(loans) == [("沈抚融资测试有限公司", "91210400MA0FINANC1", "盛京银行", "其他", 200,
                            datetime.datetime(2026, 4, 2), "春季政银企对接会", "风险补偿资金池", "财政金融局")]
    assert loans["F2"].is_date and loans["F2"].number_format == "yyyy-mm-dd" and loans["E2"].data_type == "n"
    assert rows(pools) == [("风险补偿资金池", 1000, 50, 1, 200, 1, 50, 950, "财政金融局")]
    assert rows(compensations) == [("风险补偿资金池", "沈抚融资测试有限公司", "91210400MA0FINANC1", "盛京银行", 200, 100,
                                    50, datetime.datetime(2026, 8, 1), None)]
    assert rows(steps) == [("沈抚融资测试有限公司", "91210400MA0FINANC1", "辅导备案", None, None, None, "财政金融局")]


def test_the_dashboard_offers_the_export_with_its_filters_to_every_role(login, leader, alice, books):
    for user in (leader, alice):
        body = login(user).get(reverse("finance:dashboard"), {"year": 2026}).content.decode()
        assert 'id="finance-export"' in body and 'name="bank"' in body and 'name="stage"' in body


def test_the_ledger_follows_the_dashboards_filters_and_year(login, leader, books, zone, firm):
    services.loan_record(zone=zone, enterprise=firm, acting_user=SYSTEM, bank="建设银行", amount=Decimal(50),
                         granted_on=D(2026, 9, 1), product="innovation")  # test set-up
    services.loan_record(zone=zone, enterprise=firm, acting_user=SYSTEM, bank="建设银行", amount=Decimal(70),
                         granted_on=D(2025, 9, 1), product="innovation")  # test set-up
    services.listing_step_record(enterprise=firm, stage="filed", exchange="bse", acting_user=SYSTEM)  # set-up
    client = login(leader)
    banks = [r[2] for r in rows(workbook(export(client, bank="建设"))["贷款"])]
    assert banks == ["建设银行"]  # 2026's only
    assert [r[4] for r in rows(workbook(export(client, product="innovation", granted_from="2026-05-01",
                                                granted_to="2026-12-31"))["贷款"])] == [50]
    assert [r[4] for r in rows(workbook(export(client, year=2025))["贷款"])] == [70]
    assert [r[2] for r in rows(workbook(export(client, stage="filed"))["上市梯度"])] == ["申报"]
    page = client.get(reverse("finance:dashboard"), {"year": 2026, "bank": "建设"}).content.decode()
    assert "建设银行" in page and "盛京银行" not in page.split('id="loans"')[1].split("</table>")[0]


@pytest.mark.parametrize("query", [{"product": "flying"}, {"granted_from": "2026-13-01"}, {"stage": "moon"}])
def test_an_invalid_filter_is_a_400_for_the_ledger_and_a_form_error_on_the_page(login, leader, books, query):
    client = login(leader)
    response = export(client, **query)
    assert response.status_code == 400 and "筛选条件无效" in response.content.decode()
    page = client.get(reverse("finance:dashboard"), query)
    assert page.status_code == 200 and 'class="errorlist filter-errors"' in page.content.decode()


def test_an_outsider_downloads_none_of_the_zones_records(login, mallory, books):
    book = workbook(export(login(mallory)))
    assert all(rows(book[name]) == [] for name in SHEETS)


def test_a_user_of_no_zone_is_refused_the_ledger(client, django_user_model, books):
    client.force_login(django_user_model.objects.create_user("nobody", password="x-2026-long!"))
    assert export(client).status_code == 403


def test_the_ledger_runs_the_same_queries_whatever_the_rows(login, leader, books, zone, firm,
                                                            django_assert_max_num_queries):
    client = login(leader)
    with CaptureQueriesContext(connection) as few:
        export(client)
    more_books(zone, firm, 12)
    with django_assert_max_num_queries(14), CaptureQueriesContext(connection) as many:
        book = workbook(export(client))
    assert len(rows(book["贷款"])) == 13 and len(rows(book["补偿记录"])) == 13
    assert len(many) == len(few)
