"""The pipeline's panel on a chain map (``core.panels``): each segment's 招商 leads and the ledger projects
its signed leads became, gap segments (招商重点) first."""
from django.template.loader import render_to_string

from actiondesk.core.panels import CHAIN, register_panel
from actiondesk.investment import selectors


def chain_panel(request, chain) -> str:
    return render_to_string("investment/_chain_pipeline.html",
                            {"rows": selectors.segment_pipeline(chain, request.user), "chain": chain})


def register() -> None:
    register_panel(CHAIN, chain_panel)
