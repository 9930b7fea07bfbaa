"""The daily escalation of late demands, as a scheduled job per zone (``demand-escalation`` in settings)."""
import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.core.jobs import register_job
from actiondesk.core.scoping import SYSTEM
from actiondesk.demands.escalation import demands_escalate
from actiondesk.demands.models import Demand
from actiondesk.org.models import Zone

ESCALATE = "demands.escalate"


def _zones_with_demands():
    zones = Zone.objects.filter(pk__in=Demand.objects.values("zone_id"))
    return [{"zone": z, "target": f"zone:{z.pk}", "title": z.name, "params": {}} for z in zones]


@register_job(ESCALATE, label=gettext_lazy("诉求逾期升级"), schedule_targets=_zones_with_demands)
def run_escalation(job, progress) -> dict:
    day = datetime.date.fromisoformat(job.params["today"]) if job.params.get("today") else timezone.localdate()
    # The platform escalates on its own schedule: SYSTEM is the acting user.
    counts = demands_escalate(zone_id=job.zone_id, today=day, acting_user=SYSTEM)
    return {"rows": sum(counts.values()), "levels": counts,
            "summary": _("逾期未受理 %(a)s 件，发督办单 %(b)s 件，告领导 %(c)s 件") % {
                "a": counts[1], "b": counts[2], "c": counts[3]}}
