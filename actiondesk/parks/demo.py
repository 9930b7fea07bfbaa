"""Demo parks: the zone's parks named in tasks 13–15 of the plan (传统 大南; 现代 智能制造、联东U谷、中南高科、
锦联梦工厂、生命健康; 新兴 苏辽合作), with buildings, vacancy and 标准地 parcels at various 七通一平 stages.
Loaded before the enterprises, which are placed in these parks."""
import datetime
import random
from decimal import Decimal

from actiondesk.core.scoping import SYSTEM
from actiondesk.parks import services
from actiondesk.parks.choices import ParcelStatus, ParkKind, ReadinessItem
from actiondesk.parks.models import Park

DEMO_ORDER = 20
SEED = 2026
# (name, kind, area 亩, operator)
PARKS = [
    ("大南工业产业园", ParkKind.TRADITIONAL, 6800, "沈抚示范区大南街道园区服务中心"),
    ("智能制造产业园", ParkKind.MODERN, 3200, "沈抚智造园区运营有限公司"),
    ("联东U谷", ParkKind.MODERN, 1100, "联东集团"),
    ("中南高科", ParkKind.MODERN, 900, "中南高科产业集团"),
    ("锦联梦工厂", ParkKind.MODERN, 650, "锦联控股"),
    ("生命健康产业园", ParkKind.MODERN, 1500, "沈抚生命健康产业发展有限公司"),
    ("苏辽合作产业园", ParkKind.EMERGING, 2400, "中电光谷（拟引进）"),
    ("沈抚科技城", ParkKind.EMERGING, 1800, "沈抚科创园区运营有限公司"),
]


def load_demo(*, zone, plan, console) -> str:
    rng = random.Random(SEED)
    parcels = buildings = 0
    for name, kind, area, operator in PARKS:
        park = Park.objects.filter(zone=zone, name=name).first()
        values = {"kind": kind, "area_mu": Decimal(area), "operator": operator}
        if park is None:
            park = services.park_create(zone=zone, acting_user=SYSTEM, name=name, **values)  # the demo loader
        else:
            services.park_update(park=park, acting_user=SYSTEM, **values)
        for b in range(1, rng.randint(2, 5)):
            floor = Decimal(rng.randrange(8000, 40000, 500))
            vacant = (floor * Decimal(rng.choice([0, 0.05, 0.12, 0.2, 0.35]))).quantize(Decimal("1"))
            services.building_save(park=park, acting_user=SYSTEM, name=f"{b}号标准厂房", floor_area_m2=floor,
                                   vacant_area_m2=vacant)
            buildings += 1
        for p in range(1, rng.randint(2, 4)):
            parcel = services.parcel_save(
                park=park, acting_user=SYSTEM, code=f"SF-{park.pk:02d}-{p:02d}", area_mu=Decimal(rng.randint(30, 180)),
                status=rng.choice([ParcelStatus.RESERVE, ParcelStatus.READY, ParcelStatus.SOLD]),
                min_investment_per_mu=Decimal(rng.choice([250, 300, 350])), min_output_per_mu=Decimal(400),
                min_tax_per_mu=Decimal(rng.choice([15, 20, 25])), max_energy_per_mu=Decimal("0.8"),
                min_plot_ratio=Decimal("1.2"))
            done = rng.randint(3, len(ReadinessItem.values))
            for i, item in enumerate(ReadinessItem.values[:done]):
                services.readiness_set(parcel=parcel, item=item, is_ready=True, acting_user=SYSTEM,
                                       ready_on=datetime.date(2026, 1 + i, 10))
            parcels += 1
    console.print(f"产业园区：{len(PARKS)} 个园区，{buildings} 栋楼宇厂房，{parcels} 宗地块")
    return f"{len(PARKS)} 个园区，{parcels} 宗地块"
