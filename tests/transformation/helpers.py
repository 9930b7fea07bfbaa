"""Set-up helpers of the transformation tests (not fixtures): enterprises, diagnoses, ratings."""
import datetime

from actiondesk.enterprises.choices import ScaleStatus
from actiondesk.enterprises.models import Enterprise
from actiondesk.parks.models import Park
from actiondesk.transformation.choices import FactoryKind, RatingStage
from actiondesk.transformation.models import Diagnosis, FactoryRating

D = datetime.date


def credit_code(n: int) -> str:
    return f"91210400MA{n:07d}X"


def enterprise(zone, n, *, scale=ScaleStatus.INDUSTRY, entered=None, park="智能制造产业园", name=None):
    place = Park.objects.get_or_create(zone=zone, name=park)[0] if park else None
    return Enterprise.objects.create(zone=zone, credit_code=credit_code(n), name=name or f"企业{n}", park=place,
                                     scale_status=scale, scale_entered_on=entered)


def diagnose(firm, on, level=3):
    return Diagnosis.objects.create(enterprise=firm, diagnosed_on=on, method="self", level_overall=level)


def rate(firm, level, recognised, *, kind=FactoryKind.SMART, expires=None, stage=RatingStage.RECOGNISED):
    return FactoryRating.objects.create(enterprise=firm, kind=kind, level=level, stage=stage,
                                        recognised_on=recognised, expires_on=expires)
