"""Large synthetic data for the benchmarks: N enterprises (five base fields only), the nine chains with
enterprises on their segments and monthly 产值, and M projects with stage dates and monthly investment."""
import datetime
import random
from decimal import Decimal

from actiondesk.chains.catalogue import LEADING, STRATEGIC
from actiondesk.chains.choices import ChainKind, Industry, PlacementRole
from actiondesk.chains.models import Chain, ChainSegment, EnterpriseOutput, SegmentEnterprise
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.models import Department
from actiondesk.parks.services import park_ids_for_names
from actiondesk.projects.choices import STAGE_DATE_FIELDS, ProjectType, Stage
from actiondesk.projects.models import Project, ProjectMonthlyInvestment

YEAR = 2026


def bench_enterprises(zone, n: int) -> None:
    names = ["智能制造产业园", "大南工业产业园", "联东U谷", "中南高科"]
    ids, _added = park_ids_for_names(zone, names)
    parks = [ids[name] for name in names]
    batch = []
    for i in range(n):
        batch.append(Enterprise(zone=zone, credit_code=f"91210400B{i:09d}", name=f"沈抚基准企业{i:06d}有限公司",
                                industry_code="C3484", park_id=parks[i % 4]))
        if len(batch) == 5000:
            Enterprise.objects.bulk_create(batch)
            batch = []
    Enterprise.objects.bulk_create(batch)


def bench_chains(zone, *, placed: int, rng: random.Random) -> None:
    ids = list(Enterprise.objects.filter(zone=zone).order_by("pk").values_list("pk", flat=True)[:placed])
    segments = []
    for order, (name, industry, _dept, *rest) in enumerate([(*s, ChainKind.STRATEGIC) for s in STRATEGIC]
                                                           + [(n, i, d, None, s, ChainKind.LEADING)
                                                              for n, i, d, s in LEADING]):
        _leader, by_position, kind = rest
        chain = Chain.objects.create(zone=zone, name=name, kind=kind, industry=industry, sort_order=order)
        for position, names in by_position.items():
            segments += [ChainSegment.objects.create(chain=chain, position=position, name=n) for n in names]
    placements = [SegmentEnterprise(segment=rng.choice(segments), enterprise_id=e,
                                    role=PlacementRole.LEADER if i < 9 else PlacementRole.SUPPORTING)
                  for i, e in enumerate(ids)]
    SegmentEnterprise.objects.bulk_create(placements, batch_size=2000, ignore_conflicts=True)
    outputs = [EnterpriseOutput(enterprise_id=e, month=datetime.date(YEAR, m, 1),
                                output_value=Decimal(rng.randint(50, 900))) for e in ids for m in range(1, 11)]
    EnterpriseOutput.objects.bulk_create(outputs, batch_size=2000)


def bench_projects(zone, *, n: int, rng: random.Random) -> None:
    departments = list(Department.objects.filter(zone=zone))
    chains = list(Chain.objects.filter(zone=zone))
    industries = [Industry.HIGH_END_EQUIPMENT, Industry.LIFE_HEALTH, Industry.NEW_MATERIALS, Industry.NEXT_GEN_IT]
    projects = []
    for i in range(n):
        signed = datetime.date(YEAR - (i % 2), rng.randint(1, 9), rng.randint(1, 28))
        started = signed + datetime.timedelta(days=rng.randint(20, 60)) if i % 3 else None
        stage = Stage.STARTED if started else Stage.SIGNED
        project = Project(zone=zone, code=f"B-{i:05d}", name=f"基准项目{i:05d}", industry=rng.choice(industries),
                          chain=rng.choice(chains) if chains else None, project_type=ProjectType.INDUSTRIAL,
                          lead_department=departments[i % len(departments)], total_investment=Decimal(10000),
                          stage=stage, stage_on=started or signed,
                          planned_completed_on=signed + datetime.timedelta(days=300))
        setattr(project, STAGE_DATE_FIELDS[Stage.SIGNED], signed)
        project.started_on = started
        projects.append(project)
    Project.objects.bulk_create(projects, batch_size=2000)
    monthly = [ProjectMonthlyInvestment(project=p, month=datetime.date(YEAR, m, 1), amount=Decimal(rng.randint(5, 90)))
               for p in projects if p.started_on for m in range(1, 11)]
    ProjectMonthlyInvestment.objects.bulk_create(monthly, batch_size=2000)


def generate(zone, *, projects: int = 5000, enterprises: int = 100_000, placed: int = 10_000, seed: int = 7):
    rng = random.Random(seed)
    bench_enterprises(zone, enterprises)
    bench_chains(zone, placed=placed, rng=rng)
    bench_projects(zone, n=projects, rng=rng)
