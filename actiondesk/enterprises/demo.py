"""Demo data: 2,000 synthetic enterprises with figures 2022–2026, titles, 包保 leaders and 一企一策 notes.

Fixed seed; the 2026 titles and 入规 dates are spread so the plan metrics land at plausible
fractions of their targets by October (e.g. ~70 of 100 科技型企业).
"""
import datetime
import random
from decimal import Decimal

from django.contrib.auth import get_user_model

from actiondesk.core.keepers import keepers_set
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.choices import ScaleStatus
from actiondesk.enterprises.models import (
    Certification,
    Enterprise,
    EnterpriseYearFigures,
    ParkTenancy,
    PolicyNote,
)
from actiondesk.enterprises.models.permissions import POOL
from actiondesk.enterprises.services import default_expiry, ladders_load_defaults
from actiondesk.enterprises.synthetic import PARKS, figures_for, generate_enterprises_xlsx, make_enterprise
from actiondesk.org.models import Department
from actiondesk.parks.services import park_ids_for_names
from actiondesk.plans.services import indicators_bind_suggested

__all__ = ["DEMO_ORDER", "generate_enterprises_xlsx", "load_demo"]
DEMO_ORDER = 30
COUNT = 2000
DEMO_KEEPERS = ("产业创新局", "投资促进局")  # who keeps the pool in the sample plan (附件2)
YEARS = range(2022, 2027)
D = datetime.date
NEEDS = [("研发人才引进", "对接人才公寓和高校专场招聘", "人力资源部"), ("扩产用地", "协调园区标准厂房", "投资促进局"),
         ("高企认定辅导", "组织专家一对一辅导申报", "产业创新局"), ("融资需求", "对接产投集团和合作银行", "财政金融局"),
         ("市场拓展", "组织参加产业链供需对接会", "产业创新局"), ("入规培育", "跟踪月度产值，指导统计填报", "发展改革局")]


def _day(rng, year, first_month=1, last_month=12) -> datetime.date:
    return D(year, rng.randint(first_month, last_month), rng.randint(1, 28))


def _certify(rng, enterprise, kind, granted_on, level="provincial", number=""):
    return Certification(enterprise=enterprise, kind=kind, level=level, granted_on=granted_on,
                         expires_on=default_expiry(kind, granted_on), certificate_number=number,
                         registration_year=granted_on.year if kind == "tech_sme" else None,
                         source=f"{granted_on.year}年第{rng.randint(1, 3)}批公示")


def _titles(rng, firms):
    """Titles by profile: research-intensive small firms are 科技型, the larger ones climb further."""
    certs = []
    by_revenue = sorted(firms, key=lambda f: -f[1]["base_revenue"])
    tech = [f for f in firms if f[1]["rnd_ratio"] >= 0.03 and f[1]["base_revenue"] <= 20000]
    rng.shuffle(tech)
    for i, (enterprise, _profile) in enumerate(tech[:420]):
        if i < 52:  # new in 2026, March to September
            granted = _day(rng, 2026, 3, 9)
        elif i < 70:  # the autumn batch, after October
            granted = _day(rng, 2026, 11, 12)
        else:
            granted = _day(rng, rng.choice([2023, 2024, 2025]), 3, 9)
        certs.append(_certify(rng, enterprise, "tech_sme", granted, number=f"{granted.year}2104{i:05d}"))
    high = [f for f in by_revenue[:700] if f[1]["rnd_ratio"] >= 0.03][:190]
    for i, (enterprise, _p) in enumerate(high):
        year = 2026 if i % 12 == 0 else rng.choice([2023, 2024, 2025])
        granted = _day(rng, year, 10, 12) if year == 2026 and i % 24 else _day(rng, year, 5, 12)
        certs.append(_certify(rng, enterprise, "high_tech", granted, "national", f"GR{year}21{i:06d}"))
    young = [f for f in firms if f[0].registered_on and f[0].registered_on.year >= 2016 and f[1]["growth"] > 0.1]
    for i, (enterprise, _p) in enumerate(young[:110]):
        kind = "gazelle" if i % 4 == 0 else "fledgling"
        year = 2026 if i < 12 else rng.choice([2023, 2024, 2025])
        certs.append(_certify(rng, enterprise, kind, _day(rng, year, 6, 7) if year == 2026 else _day(rng, year)))
    for i, (enterprise, _p) in enumerate(by_revenue[:3]):
        certs.append(_certify(rng, enterprise, "leading", _day(rng, 2024 + i % 2), "municipal"))
    innovative = [f for f in firms if f[1]["rnd_ratio"] >= 0.02][:260]
    for i, (enterprise, _p) in enumerate(innovative):
        certs.append(_certify(rng, enterprise, "innovative_sme", _day(rng, rng.choice([2023, 2024, 2025]))))
        if i % 3 == 0:
            year = 2026 if i < 18 else rng.choice([2023, 2024, 2025])
            certs.append(_certify(rng, enterprise, "specialised_sme", _day(rng, year, 4, 9)))
    for i, (enterprise, _p) in enumerate(by_revenue[5:14]):
        year = 2026 if i == 0 else 2023 + i % 3
        certs.append(_certify(rng, enterprise, "little_giant", _day(rng, year, 7, 8), "national"))
    for i, (enterprise, _p) in enumerate(by_revenue[14:17]):
        certs.append(_certify(rng, enterprise, "single_champion", _day(rng, 2026 if i == 0 else 2024, 8, 9)))
    for enterprise, _p in by_revenue[:6]:
        certs.append(Certification(enterprise=enterprise, kind="listed", granted_on=_day(rng, 2025),
                                   source="上市后备库"))  # their ladder steps: finance.demo
    Certification.objects.bulk_create(certs)
    return len(certs)


def _scale(rng, enterprise, profile, revenue_2026):
    threshold = {"industry": 2000, "service": 1000, "trade": 2000}.get(profile["scale_kind"])
    if threshold is None or revenue_2026 < threshold:
        return
    enterprise.scale_status = {"industry": ScaleStatus.INDUSTRY, "service": ScaleStatus.SERVICE,
                               "trade": ScaleStatus.TRADE}[profile["scale_kind"]]
    enterprise.scale_entered_on = _day(rng, rng.randint(max(2012, enterprise.registered_on.year + 1), 2025))


def load_demo(*, zone, plan, console) -> str:
    rng = random.Random(2026)
    ladders_load_defaults(zone_id=zone.pk, acting_user=SYSTEM)
    park_ids, _added = park_ids_for_names(zone, {name for name, _weight in PARKS})
    firms = []
    for i in range(COUNT):
        profile = make_enterprise(rng, 500_000 + i)
        if i == 0:  # the zone's one 10亿 enterprise
            profile["base_revenue"], profile["registered_on"] = 118000.0, D(2008, 6, 18)
        firms.append((Enterprise(zone=zone, credit_code=profile["credit_code"], name=profile["name"],
                                 industry_code=profile["industry_code"], industry_section=profile["industry_code"][0],
                                 park_id=park_ids.get(profile["park"]), address=profile["address"],
                                 registered_on=profile["registered_on"], contact_name="联络员",
                                 contact_phone=f"024-5{rng.randint(1000000, 9999999)}"), profile))
    figures, late_entries = [], {"industry": 0, "service": 0}
    for enterprise, profile in firms:
        rows = {year: figures_for(profile, year, rng) for year in YEARS}
        _scale(rng, enterprise, profile, (rows[2026] or {}).get("revenue", 0))
        kind = "industry" if enterprise.scale_status == ScaleStatus.INDUSTRY else "service"
        limit = {"industry": 4, "service": 7}[kind]
        if enterprise.scale_status and late_entries[kind] < limit and rows[2025] and rows[2025]["revenue"] < 3000:
            enterprise.scale_entered_on = _day(rng, 2026, 2, 9)
            late_entries[kind] += 1
        figures.append(rows)
    Enterprise.objects.bulk_create([f[0] for f in firms], batch_size=500)
    EnterpriseYearFigures.objects.bulk_create(
        [EnterpriseYearFigures(enterprise=e, year=year, **values)
         for (e, _p), rows in zip(firms, figures, strict=True) for year, values in rows.items() if values],
        batch_size=1000)
    title_count = _titles(rng, firms)
    tenancies = _tenancies([f[0] for f in firms])
    leader = get_user_model().objects.filter(membership__zone=zone, membership__role="leader").order_by("pk").first()
    departments = {d.name: d for d in Department.objects.filter(zone=zone)}
    notes = []
    biggest = sorted(firms, key=lambda f: -f[1]["base_revenue"])[:40]
    for i, (enterprise, _p) in enumerate(biggest):
        if leader:
            enterprise.leader = leader
        need, measure, department = NEEDS[i % len(NEEDS)]
        owner = departments.get(department) or next(iter(departments.values()), None)
        if owner and i < 25:
            notes.append(PolicyNote(enterprise=enterprise, need=need, measure=measure, owner_department=owner,
                                    due_on=D(2026, 6 + i % 6, 28), status=["open", "in_progress", "done"][i % 3]))
    if leader:
        Enterprise.objects.bulk_update([f[0] for f in biggest], ["leader"])
    PolicyNote.objects.bulk_create(notes)
    bound = bind_plan_indicators(plan)
    keepers = name_demo_keepers(zone)
    console.print(f"企业培育库：{COUNT} 家企业，{title_count} 项资质，{len(notes)} 条一企一策，{tenancies} 条入驻用地，绑定指标 {bound} 个，"
                  f"维护部门 {'、'.join(keepers) or '仅管理员'}")
    return f"{COUNT} 家企业，{title_count} 项资质，{bound} 个指标已绑定"


def _tenancies(enterprises) -> int:
    """Land in their parks for the enterprises placed in one (亩均效益): 5–80 亩, moved in when founded,
    and one in twelve moved in during 2026 (the 亩均 figure counts them for the part of the year)."""
    rows = []
    for i, e in enumerate(enterprises):
        if e.park_id is None:
            continue
        moved_in = D(2026, 1 + i % 9, 1) if i % 12 == 0 else max(e.registered_on, D(2015, 1, 1))
        rows.append(ParkTenancy(enterprise=e, park_id=e.park_id, area_mu=Decimal(5 + (i * 37) % 76),
                                moved_in_on=moved_in))
    ParkTenancy.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def name_demo_keepers(zone) -> list[str]:
    """The demo zone's pool is kept by the departments the sample plan's 附件2 names, set as an admin would."""
    admin = get_user_model().objects.filter(membership__zone=zone, membership__role="admin").order_by("pk").first()
    keepers = Department.objects.filter(zone=zone, name__in=DEMO_KEEPERS)
    if not (admin and keepers):
        return []
    return [d.name for d in keepers_set(zone=zone, area=POOL, acting_user=admin, departments=keepers)]


def bind_plan_indicators(plan) -> int:
    """Bind the plan's unbound indicators to the registry metrics their source sentences name."""
    return 0 if plan is None else len(indicators_bind_suggested(plan=plan, acting_user=SYSTEM))
