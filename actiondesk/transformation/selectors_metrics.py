"""Registry reads behind the metrics and the coverage page: 规上 enterprises at a date, diagnoses in a window,
valid ratings. Counted in the database (the zone may hold 100,000 enterprises)."""
import datetime

from django.db.models import Exists, OuterRef, Q, QuerySet

from actiondesk.enterprises.choices import ScaleStatus
from actiondesk.enterprises.models import Enterprise
from actiondesk.transformation.choices import RatingStage
from actiondesk.transformation.counting import RatingFact, months_before, new_factories
from actiondesk.transformation.models import Diagnosis, FactoryRating, TransformationSettings


def scale_industry_on(zone_id: int, day: datetime.date) -> QuerySet:
    """规上工业 enterprises on ``day`` as the registry says: 规上工业 now, entered on or before ``day``.

    An enterprise that left 规上 is no longer 规上工业 in the registry and is not counted (diagnosed or not);
    one entering later in the year joins the denominator from its 入规 date.
    """
    return Enterprise.objects.filter(zone_id=zone_id, scale_status=ScaleStatus.INDUSTRY).filter(
        Q(scale_entered_on__isnull=True) | Q(scale_entered_on__lte=day))


def diagnosis_window(zone_id: int, year: int, day: datetime.date) -> tuple[datetime.date, datetime.date]:
    months = (TransformationSettings.objects.filter(zone_id=zone_id)
              .values_list("diagnosis_validity_months", flat=True).first())
    return (months_before(day, months) if months else datetime.date(year, 1, 1)), day


def diagnosed_between(window: tuple[datetime.date, datetime.date], enterprise="pk") -> Exists:
    """An enterprise (``OuterRef(enterprise)``) has a diagnosis dated within ``window``."""
    return Exists(Diagnosis.objects.filter(enterprise=OuterRef(enterprise), diagnosed_on__gte=window[0],
                                           diagnosed_on__lte=window[1]))


def coverage_counts(zone_id: int, year: int, day: datetime.date, window=None) -> tuple[int, int]:
    """(diagnosed, all) 规上工业 enterprises on ``day``."""
    scale = scale_industry_on(zone_id, day)
    window = window or diagnosis_window(zone_id, year, day)
    return scale.filter(diagnosed_between(window)).count(), scale.count()


def rating_facts(zone_id: int, kind: str, end: datetime.date) -> list[RatingFact]:
    rows = FactoryRating.objects.filter(enterprise__zone_id=zone_id, kind=kind, stage=RatingStage.RECOGNISED,
                                        recognised_on__lte=end).values_list(
        "enterprise_id", "kind", "level", "recognised_on", "expires_on")
    return [RatingFact(*row) for row in rows]


def new_factories_in(zone_id: int, kind: str, start: datetime.date, end: datetime.date) -> dict[tuple, str]:
    return new_factories(rating_facts(zone_id, kind, end), start=start, end=end)
