"""Orders on the task queue: the daily 催办 of overdue orders and their escalation (``settings.ACTIONDESK_SCHEDULES``)."""
import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.core.jobs import register_job
from actiondesk.core.scoping import SYSTEM
from actiondesk.orders.choices import UNCLOSED_STATES
from actiondesk.orders.models import Order
from actiondesk.orders.services import orders_remind
from actiondesk.org.models import Zone

REMIND = "orders.remind"


def _zone_targets():
    zones = Zone.objects.filter(pk__in=Order.objects.filter(state__in=UNCLOSED_STATES).values("zone_id"))
    return [{"zone": z, "target": f"zone:{z.pk}", "title": z.name, "params": {}} for z in zones]


@register_job(REMIND, label=gettext_lazy("督办单催办"), schedule_targets=_zone_targets)
def run_orders_remind(job, progress) -> dict:
    day = datetime.date.fromisoformat(job.params["today"]) if job.params.get("today") else timezone.localdate()
    # The platform reminds on its own schedule: SYSTEM, as the supervision reminders do.
    result = orders_remind(acting_user=SYSTEM, zone=job.zone, today=day)
    return {**result, "rows": len(result["reminded"]) + len(result["escalated"]),
            "summary": _("催办 %(r)s 件，升级 %(e)s 件") % {"r": len(result["reminded"]), "e": len(result["escalated"])}}
