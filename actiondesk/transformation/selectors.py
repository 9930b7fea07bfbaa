"""Reads of the transformation pool: the pool's enterprises and their rows (a bounded number of queries per page,
whatever the registry's size), an enterprise's record, the coverage by park and chain."""
import datetime
from collections import defaultdict

from django.db.models import Count, Q

from actiondesk.chains.models import SegmentEnterprise
from actiondesk.core.scoping import visible
from actiondesk.enterprises.choices import ScaleStatus
from actiondesk.enterprises.models import Enterprise
from actiondesk.transformation import selectors_metrics as data
from actiondesk.transformation.choices import RANK, FactoryKind, RatingStage
from actiondesk.transformation.models import (
    Diagnosis,
    FactoryRating,
    SceneGuide,
    Solution,
    TransformationCase,
    TransformationProject,
)


def pool_enterprises(user):
    """The pool: the 规上工业 enterprises the user may see and any other enterprise with a transformation record."""
    # Uncorrelated IN lists: the database reads each record table once instead of probing it per enterprise
    # (three EXISTS per row made the pool's count 12× a plain count on 100,000 enterprises).
    has_record = (Q(pk__in=Diagnosis.objects.values("enterprise_id"))
                  | Q(pk__in=TransformationProject.objects.values("enterprise_id"))
                  | Q(pk__in=FactoryRating.objects.values("enterprise_id")))
    return visible(Enterprise.objects.select_related("park"), user).filter(
        Q(scale_status=ScaleStatus.INDUSTRY) | has_record)


def pool_rows(enterprises: list, *, today: datetime.date) -> list[dict]:
    """One row per enterprise of a page: latest diagnosis, highest valid factory levels, projects (3 queries)."""
    ids = [e.pk for e in enterprises]
    latest = {}
    for d in Diagnosis.objects.filter(enterprise_id__in=ids).order_by("enterprise_id", "diagnosed_on", "pk"):
        latest[d.enterprise_id] = d
    levels = defaultdict(dict)
    for r in FactoryRating.objects.filter(enterprise_id__in=ids, stage=RatingStage.RECOGNISED).filter(
            Q(expires_on__isnull=True) | Q(expires_on__gte=today)).filter(recognised_on__lte=today):
        current = levels[r.enterprise_id].get(r.kind)
        if current is None or RANK[r.level] > RANK[current.level]:
            levels[r.enterprise_id][r.kind] = r
    projects = defaultdict(list)
    for p in TransformationProject.objects.filter(enterprise_id__in=ids).only("enterprise_id", "state", "name"):
        projects[p.enterprise_id].append(p)
    return [{"enterprise": e, "diagnosis": latest.get(e.pk), "smart": levels[e.pk].get(FactoryKind.SMART),
             "green": levels[e.pk].get(FactoryKind.GREEN), "projects": projects[e.pk]} for e in enterprises]


def enterprise_record(enterprise) -> dict:
    """An enterprise's transformation record (its profile panel and the API)."""
    return {
        "diagnoses": list(enterprise.transformation_diagnoses.order_by("-diagnosed_on", "-pk")),
        "projects": list(enterprise.transformation_projects.select_related("solution", "ledger_project")
                         .prefetch_related("cases")),
        "ratings": list(enterprise.factory_ratings.order_by("kind", "-recognised_on", "-pk")),
    }


def coverage(zone_id: int, *, today: datetime.date) -> dict:
    """Coverage of 规上工业 enterprises today, overall, by park and by chain."""
    window = data.diagnosis_window(zone_id, today.year, today)
    scale = data.scale_industry_on(zone_id, today).annotate(done=data.diagnosed_between(window))
    by_park = [{"name": row["park__name"] or "—", "total": row["total"], "diagnosed": row["diagnosed"]}
               for row in scale.values("park__name").annotate(total=Count("pk"),
                                                              diagnosed=Count("pk", filter=Q(done=True)))
               .order_by("park__name")]
    chain_rows = (SegmentEnterprise.objects.filter(enterprise__in=scale.values("pk"))
                  .annotate(done=data.diagnosed_between(window, "enterprise"))
                  .values("segment__chain__name", "segment__chain__sort_order")
                  .annotate(total=Count("enterprise", distinct=True),
                            diagnosed=Count("enterprise", distinct=True, filter=Q(done=True)))
                  .order_by("segment__chain__sort_order", "segment__chain__name"))
    by_chain = [{"name": row["segment__chain__name"], "total": row["total"], "diagnosed": row["diagnosed"]}
                for row in chain_rows]
    total = sum(row["total"] for row in by_park)
    diagnosed = sum(row["diagnosed"] for row in by_park)
    for row in (*by_park, *by_chain):
        row["percent"] = round(row["diagnosed"] * 100 / row["total"], 1) if row["total"] else None
    return {"diagnosed": diagnosed, "total": total, "by_park": by_park, "by_chain": by_chain,
            "percent": round(diagnosed * 100 / total, 1) if total else None, "window": window}


def undiagnosed(zone_id: int, *, today: datetime.date, window=None):
    """规上工业 enterprises without a diagnosis in the counted window, by park then name."""
    window = window or data.diagnosis_window(zone_id, today.year, today)
    return (data.scale_industry_on(zone_id, today).filter(~data.diagnosed_between(window))
            .select_related("park").order_by("park__name", "name"))


def cases_visible(user):
    return visible(TransformationCase.objects.all(), user).select_related("project__enterprise")


def solutions_visible(user):
    return visible(Solution.objects.all(), user)


def guides_visible(user):
    return visible(SceneGuide.objects.all(), user).prefetch_related("solutions")


def projects_visible(user):
    return visible(TransformationProject.objects.all(), user).select_related("enterprise", "solution",
                                                                               "ledger_project")
