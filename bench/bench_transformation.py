"""Server time of the transformation pool (附件3) pages with 100,000 enterprises in the registry, 20,000 of them
规上工业 and 18,000 of those diagnosed: the pool list, the pool filtered, the coverage page and the .xlsx export of
the undiagnosed. Django test Client, median of runs. Baselines: one raw query doing the page's main aggregate
(the coverage GROUP BY park with the diagnosis EXISTS; a COUNT for the pool)."""
import datetime
import time

from common import median_seconds, result

N = 100_000
PARKS = ["智能制造产业园", "大南工业产业园", "生命健康产业园", "沈抚科技城", "苏辽合作产业园"]


def _registry(zone):
    from actiondesk.enterprises.models import Enterprise
    from actiondesk.parks.services import park_ids_for_names
    from actiondesk.transformation.models import Diagnosis, FactoryRating, TransformationProject

    parks, _added = park_ids_for_names(zone, PARKS)  # the registry's parks, as an import adds them
    Enterprise.objects.bulk_create([
        Enterprise(zone=zone, credit_code=f"91210400MB{n:07d}X", name=f"基准企业{n:06d}", park_id=parks[PARKS[n % 5]],
                   scale_status="industry" if n % 5 == 0 else "", scale_entered_on=datetime.date(2015, 1, 1)
                   if n % 5 == 0 else None) for n in range(N)], batch_size=5000)
    scale = list(Enterprise.objects.filter(zone=zone, scale_status="industry").values_list("pk", flat=True))
    Diagnosis.objects.bulk_create([Diagnosis(enterprise_id=pk, diagnosed_on=datetime.date(2026, 3, 1), method="self",
                                             level_overall=2) for i, pk in enumerate(scale) if i % 10],
                                  batch_size=5000)
    FactoryRating.objects.bulk_create([FactoryRating(enterprise_id=pk, kind="smart", level="basic", stage="recognised",
                                                     recognised_on=datetime.date(2026, 4, 1)) for pk in scale[::50]])
    TransformationProject.objects.bulk_create([TransformationProject(enterprise_id=pk, name="联网")
                                               for pk in scale[::100]])


def run() -> list[dict]:
    from django.db import connection
    from django.test import Client

    from actiondesk.core.scoping import SYSTEM
    from actiondesk.org.services import departments_ensure, user_create, zone_get_or_create

    zone = zone_get_or_create(name="转型基准示范区")
    departments_ensure(zone=zone, names=["产业创新局", "发展改革局"], acting_user=SYSTEM)
    admin = user_create(zone=zone, username="bench-transformation", password=None, role="admin", acting_user=SYSTEM)
    started = time.perf_counter()
    _registry(zone)
    print(f"   generated 100,000 enterprises in {time.perf_counter() - started:.1f} s", flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    client = Client()
    client.force_login(admin)

    def get(url):
        def call():
            assert client.get(url).status_code == 200
        return call

    def raw(sql):
        def call():
            with connection.cursor() as cursor:
                cursor.execute(sql)
                cursor.fetchall()
        return call

    coverage_sql = (f"SELECT e.park_id, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM transformation_diagnosis d "
                    f"WHERE d.enterprise_id = e.id AND d.diagnosed_on >= '2026-01-01') THEN 1 ELSE 0 END) "
                    f"FROM enterprises_enterprise e WHERE e.zone_id = {zone.pk} AND e.scale_status = 'industry' "
                    f"GROUP BY e.park_id")
    count_sql = (f"SELECT COUNT(*) FROM enterprises_enterprise e WHERE e.zone_id = {zone.pk} "
                 f"AND e.scale_status = 'industry'")
    coverage_base = median_seconds(raw(coverage_sql))
    count_base = median_seconds(raw(count_sql))
    return [
        result("transformation pool page, 100,000 enterprises", median_seconds(get("/transformation/")), "s",
               "raw COUNT of the pool", count_base),
        result("transformation pool filtered (park, smart level, diagnosed)",
               median_seconds(get("/transformation/?park=大南工业产业园&smart_level=basic&diagnosed=yes")), "s",
               "raw COUNT of the pool", count_base),
        result("transformation coverage page, 100,000 enterprises", median_seconds(get("/transformation/coverage/")),
               "s", "raw coverage GROUP BY park", coverage_base),
        result("transformation export of the 2,000 undiagnosed",
               median_seconds(get("/transformation/?export=xlsx&diagnosed=no"), repeat=3), "s",
               "raw coverage GROUP BY park", coverage_base),
    ]
