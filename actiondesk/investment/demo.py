"""Demo 招商 pipeline: leads for the demo chains' thin segments (招商重点), from 链主 referrals, events and
agencies, spread over the stages; a few signed, each with its ledger project made from the lead."""
import datetime
import random
from decimal import Decimal

from django.utils import timezone

from actiondesk.chains.models import ChainSegment, InvestmentTarget, SegmentEnterprise
from actiondesk.core.scoping import SYSTEM
from actiondesk.investment import services
from actiondesk.investment.choices import FUNNEL, LeadSource, LeadStage

DEMO_ORDER = 60  # after the chains (40) and the ledger (50)
SEED = 2026
CITIES = ["苏州", "深圳", "上海", "无锡", "合肥", "西安", "成都", "宁波"]
SOURCES = [LeadSource.CHAIN_LEADER, LeadSource.EVENT, LeadSource.AGENCY, LeadSource.BUSINESS, LeadSource.DIRECT]


def load_demo(*, zone, plan, console) -> str:
    if services.pipeline_department(zone.pk) is None:
        return "无投资促进局，未生成招商线索"
    rng = random.Random(SEED)
    today = timezone.localdate()
    targets = list(InvestmentTarget.objects.filter(segment__chain__zone=zone).select_related("segment__chain")
                   .order_by("pk"))
    leaders = {p.segment.chain_id: p.enterprise for p in SegmentEnterprise.objects.filter(
        segment__chain__zone=zone, role="leader").select_related("segment", "enterprise")}
    segments = list(ChainSegment.objects.filter(chain__zone=zone).select_related("chain").order_by("pk"))
    specs = [(t.company_name, _named_city(t.company_name, t.location), t.segment, t) for t in targets]
    specs += [(f"{city}{s.name}科技有限公司", city, s, None)
              for s, city in ((s, rng.choice(CITIES)) for s in rng.sample(segments, min(12, len(segments))))]
    signed = 0
    for i, (company, city, segment, target) in enumerate(specs):
        source = SOURCES[i % len(SOURCES)]
        referrer = leaders.get(segment.chain_id) if source == LeadSource.CHAIN_LEADER else None
        created = datetime.date(today.year, 1, 1) + datetime.timedelta(days=rng.randint(0, 60))
        lead = services.lead_create(  # the demo loader
            zone=zone, acting_user=SYSTEM, company_name=company, company_location=city or "", chain=segment.chain,
            segment=segment, target=target, source=source if referrer or source != LeadSource.CHAIN_LEADER
            else LeadSource.DIRECT, referrer=referrer, expected_investment=Decimal(rng.randrange(5000, 80000, 1000)),
            created_on=created, note="演示数据")
        goal = [LeadStage.LEAD, LeadStage.CONTACT, LeadStage.VISIT, LeadStage.NEGOTIATION, LeadStage.SIGNED,
                LeadStage.DROPPED][i % 6]
        day = created
        for stage in FUNNEL[1:]:
            if goal == LeadStage.DROPPED and stage == LeadStage.VISIT:
                services.lead_advance(lead=lead, stage=LeadStage.DROPPED, on=day, acting_user=SYSTEM, today=today,
                                      note="企业投资计划调整")
                break
            if goal not in (LeadStage.DROPPED,) and list(FUNNEL).index(stage) > list(FUNNEL).index(goal):
                break
            day = min(today, day + datetime.timedelta(days=rng.randint(10, 40)))
            services.lead_advance(lead=lead, stage=stage, on=day, acting_user=SYSTEM, today=today)
            signed += stage == LeadStage.SIGNED
    console.print(f"招商线索：{len(specs)} 条，签约 {signed} 条（已形成台账项目）")
    return f"{len(specs)} 条招商线索，签约 {signed} 条"


def _named_city(company: str, fallback: str) -> str:
    """The city a company's name starts with (无锡…企业 is located in 无锡), else ``fallback``."""
    return next((city for city in CITIES if company.startswith(city)), fallback)
