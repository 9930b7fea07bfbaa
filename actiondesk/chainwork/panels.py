"""链长制 on the chain map (``core.panels``): the way to the chain's plan and docket, with what is open."""
from django.db.models import Count, Q
from django.template.loader import render_to_string

from actiondesk.chainwork.choices import ProblemState
from actiondesk.chainwork.models import ChainProblem
from actiondesk.core.panels import CHAIN, register_panel


def chain_panel(request, chain) -> str:
    counts = ChainProblem.objects.filter(chain=chain).aggregate(
        open=Count("pk", filter=~Q(state=ProblemState.RESOLVED)), total=Count("pk"))
    return render_to_string("chainwork/_chain_panel.html", {"chain": chain, "counts": counts})


def register() -> None:
    register_panel(CHAIN, chain_panel)
