import datetime
from decimal import Decimal

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.finance import services

D = datetime.date


@pytest.fixture
def dave(make_user, departments):
    """财政金融局 staff: the department that keeps 金融+."""
    return make_user("dave", "department", departments["财政金融局"])


@pytest.fixture
def firm(zone):
    return Enterprise.objects.create(zone=zone, credit_code="91210400MA0FINANC1", name="沈抚融资测试有限公司")


@pytest.fixture
def books(zone, departments, firm):
    """A fund, a sub-fund, an investment, an event, a pool and a covered loan with a compensation, a rung — all
    kept by 财政金融局."""
    # test set-up: the platform records the rows the pages change
    fund = services.fund_create(zone=zone, acting_user=SYSTEM, name="沈抚产业引导基金", size=Decimal(100000),
                                committed=Decimal(50000), paid_in=Decimal(20000))
    sub = services.fund_create(zone=zone, acting_user=SYSTEM, name="机器人子基金", size=Decimal(20000), parent=fund)
    investment = services.fund_invest(fund=sub, enterprise=firm, amount=Decimal(3000), invested_on=D(2026, 3, 1),
                                      acting_user=SYSTEM)
    event = services.event_create(zone=zone, acting_user=SYSTEM, name="春季政银企对接会", held_on=D(2026, 4, 1))
    pool = services.pool_create(zone=zone, acting_user=SYSTEM, name="风险补偿资金池", size=Decimal(1000))
    loan = services.loan_record(zone=zone, enterprise=firm, acting_user=SYSTEM, bank="盛京银行", amount=Decimal(200),
                                granted_on=D(2026, 4, 2), event=event, pool=pool)
    services.compensation_pay(loan=loan, loss=Decimal(100), paid_on=D(2026, 8, 1), acting_user=SYSTEM)
    step = services.listing_step_record(enterprise=firm, stage="tutoring", acting_user=SYSTEM)
    return {"fund": fund, "sub": sub, "investment": investment, "event": event, "pool": pool, "loan": loan,
            "step": step}
