"""Demo 金融+: the zone's guidance fund and two sub-funds with investments, two 政银企对接 events and the loans
they arranged (技改贷, 创新贷), a risk-compensation pool with two compensations, and the listing ladder of the
enterprises the registry lists as listing candidates (上市后备库)."""
import datetime
import random
from decimal import Decimal

from django.utils import timezone

from actiondesk.chains.models import Chain
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.finance import services
from actiondesk.finance.choices import Exchange, ListingStage

DEMO_ORDER = 55  # after the enterprises (30), the chains (40) and the ledger (50)
SEED = 2026
BANKS = ["盛京银行", "建设银行", "工商银行", "农业银行", "抚顺银行", "中国银行"]


def load_demo(*, zone, plan, console) -> str:
    if services.finance_department(zone.pk) is None:
        return "无财政金融局，未生成金融服务数据"
    rng = random.Random(SEED)
    year = timezone.localdate().year
    D = datetime.date
    firms = list(Enterprise.objects.filter(zone=zone).order_by("pk")[:400])
    if not firms:
        return "无企业，未生成金融服务数据"
    fund = services.fund_create(zone=zone, acting_user=SYSTEM, name="沈抚示范区产业引导基金", size=Decimal(200000),
                                committed=Decimal(120000), paid_in=Decimal(60000), manager="沈抚产业投资集团",
                                focus_chains=list(Chain.objects.filter(zone=zone)[:4]))  # the demo loader
    for name, size in (("智能制造子基金", 50000), ("生命健康子基金", 30000)):
        sub = services.fund_create(zone=zone, acting_user=SYSTEM, name=name, size=Decimal(size), parent=fund,
                                   committed=Decimal(size // 2), paid_in=Decimal(size // 4), manager="合作基金管理人")
        for firm in rng.sample(firms, 3):
            services.fund_invest(fund=sub, enterprise=firm, amount=Decimal(rng.randrange(500, 5000, 100)),
                                 invested_on=D(year, rng.randint(1, 9), 15), acting_user=SYSTEM)
    pool = services.pool_create(zone=zone, acting_user=SYSTEM, name="科技型中小企业风险补偿资金池",
                                size=Decimal(5000), compensation_rate=Decimal(50))
    loans = []
    for month, title in ((4, "春季政银企对接会"), (9, "“技改贷”专场对接会")):
        event = services.event_create(zone=zone, acting_user=SYSTEM, name=f"{year}年{title}", held_on=D(year, month, 18),
                                      banks="、".join(BANKS[:4]), enterprises_attending=rng.randint(40, 90))
        for firm in rng.sample(firms, 8):
            loans.append(services.loan_record(
                zone=zone, enterprise=firm, acting_user=SYSTEM, bank=rng.choice(BANKS),
                amount=Decimal(rng.randrange(100, 3000, 50)), granted_on=D(year, month, rng.randint(20, 28)),
                product=rng.choice(["tech_renovation", "innovation", "specialised"]), event=event,
                pool=pool if rng.random() < 0.5 else None))
    covered = [loan for loan in loans if loan.pool_id][:2]
    for i, loan in enumerate(covered):
        services.compensation_pay(loan=loan, loss=(loan.amount * Decimal("0.4")).quantize(Decimal("0.01")),
                                  paid_on=D(year, 10, 10 + i), acting_user=SYSTEM)
    listed = Enterprise.objects.filter(zone=zone, certifications__kind="listed").distinct().order_by("pk")
    ladder = [ListingStage.CULTIVATING, ListingStage.TUTORING, ListingStage.FILED]
    steps = 0
    for i, firm in enumerate(listed):
        for stage in ladder[:i % 3 + 1]:
            services.listing_step_record(enterprise=firm, stage=stage, acting_user=SYSTEM,
                                         reached_on=D(year - 1, 3 + ladder.index(stage) * 3, 1),
                                         exchange=Exchange.BSE if stage != ListingStage.CULTIVATING else "")
            steps += 1
    balance = services.pool_balance(pool)
    console.print(f"金融服务：3 支基金，{len(loans)} 笔贷款，资金池余额 {balance} 万元，上市梯度 {steps} 步")
    return f"{len(loans)} 笔贷款，资金池余额 {balance} 万元"
