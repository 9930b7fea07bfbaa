"""Reads for 链长制: a chain's docket (plan, problems, meetings with decisions and their 督办单) and a chain
leader's chains; fixed query counts."""
from django.db.models import Count, Q

from actiondesk.chains.models import Chain
from actiondesk.chainwork.choices import ProblemState
from actiondesk.chainwork.models import ChainMeeting, ChainPlan, ChainProblem


def docket(chain, year: int) -> dict:
    plan = ChainPlan.objects.filter(chain=chain, year=year).first()
    return {
        "plan": plan,
        "items": list(plan.items.select_related("owner_department")) if plan else [],
        "problems": list(ChainProblem.objects.filter(chain=chain).select_related("owner_department")),
        "meetings": list(ChainMeeting.objects.filter(chain=chain).prefetch_related(
            "decisions__departments", "decisions__order", "decisions__problem")),
    }


def leader_chains(user_id: int, zone_id: int) -> list:
    """The chains ``user_id`` leads (链长), each with its open problems and meetings held."""
    return list(Chain.objects.filter(zone_id=zone_id, chief_id=user_id).select_related("department").annotate(
        open_problems=Count("problems", filter=~Q(problems__state=ProblemState.RESOLVED), distinct=True),
        meetings_held=Count("meetings", distinct=True)))
