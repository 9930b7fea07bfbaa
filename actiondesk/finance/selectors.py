"""Reads for 金融+: the dashboard's figures, the lists of the API and the 台账 export, and an enterprise's figures,
each a fixed number of queries."""
from decimal import Decimal

from django.db.models import Count, F, Sum
from django.db.models.functions import Coalesce

from actiondesk.core.scoping import visible
from actiondesk.finance.choices import LISTING_ORDER, LoanProduct
from actiondesk.finance.models import (
    Compensation,
    FundInvestment,
    GuidanceFund,
    ListingStep,
    Loan,
    MatchmakingEvent,
    RiskPool,
)


def _zero(value) -> Decimal:
    return value if value is not None else Decimal(0)


def pools(user, queryset=None) -> list[RiskPool]:
    """The risk pools ``user`` sees (of ``queryset``, all by default), each with its loans covered, compensations
    paid and balance (three queries)."""
    rows = RiskPool.objects.all() if queryset is None else queryset
    pools = list(visible(rows, user).select_related("department").order_by("name", "pk").annotate(
        loans_covered=Count("loans", distinct=True), loans_amount=Sum("loans__amount")))
    paid = dict(Compensation.objects.filter(pool__in=pools).values("pool").annotate(t=Sum("amount"))
                .values_list("pool", "t"))
    counts = dict(Compensation.objects.filter(pool__in=pools).values("pool").annotate(n=Count("pk"))
                  .values_list("pool", "n"))
    for pool in pools:
        pool.compensation_paid = _zero(paid.get(pool.pk))
        pool.compensations_count = counts.get(pool.pk, 0)
        pool.balance = Decimal(pool.size) - pool.compensation_paid
    return pools


def fund_list(user):
    """The funds and sub-funds ``user`` sees, each with what it has invested (a sub-fund follows its 母基金)."""
    return (visible(GuidanceFund.objects.all(), user).select_related("parent", "department")
            .annotate(invested=Sum("investments__amount"), investments_count=Count("investments"))
            .order_by(Coalesce("parent__name", "name"), F("parent_id").asc(nulls_first=True), "name", "pk"))


def event_list(user):
    """The 政银企对接 events ``user`` sees, each with the loans it brought about."""
    return (visible(MatchmakingEvent.objects.all(), user).select_related("department")
            .annotate(loans_count=Count("loans"), loans_amount=Sum("loans__amount")).order_by("-held_on", "pk"))


def loan_list(user):
    return (visible(Loan.objects.all(), user).select_related("enterprise", "event", "pool", "department")
            .order_by("-granted_on", "pk"))


def listing_step_list(user):
    return (visible(ListingStep.objects.all(), user).select_related("enterprise", "department")
            .order_by("-reached_on", "-pk"))


def dashboard(user, *, year: int, loans, events, steps) -> dict:
    """The dashboard of ``year``: ``loans``, ``events`` and ``steps`` are the user's lists as their FilterSets
    narrowed them (the export writes the same)."""
    funds_rows = list(fund_list(user))
    pool_rows = pools(user)
    by_product = dict(loans.order_by().values("product").annotate(t=Sum("amount")).values_list("product", "t"))
    ladder = dict(visible(ListingStep.objects.all(), user).values("stage")
                  .annotate(n=Count("enterprise", distinct=True)).values_list("stage", "n"))
    return {
        "funds": funds_rows, "pools": pool_rows, "year": year,
        "pool_chart": [{"name": p.name, "covered": float(p.loans_amount or 0), "paid": float(p.compensation_paid),
                        "balance": float(p.balance)} for p in pool_rows],
        "events": list(events[:50]),
        "loans": list(loans[:50]),
        "loans_total": _zero(loans.aggregate(t=Sum("amount"))["t"]), "loans_count": loans.count(),
        "by_product": [{"name": str(label), "value": float(by_product.get(value) or 0)}
                       for value, label in LoanProduct.choices],
        "ladder": [{"name": str(stage.label), "value": ladder.get(stage.value, 0)} for stage in LISTING_ORDER],
        "investments": list(visible(FundInvestment.objects.filter(invested_on__year=year), user)
                            .select_related("fund", "enterprise")[:50]),
        "steps": list(steps[:50]),
    }


def enterprise_finance(enterprise) -> dict:
    """An enterprise's 金融+ figures for its profile: fund investments, loans, compensations, listing ladder."""
    loans = list(Loan.objects.filter(enterprise=enterprise).select_related("pool")
                 .annotate(compensated=Sum("compensations__amount")))
    return {
        "investments": list(FundInvestment.objects.filter(enterprise=enterprise).select_related("fund")),
        "loans": loans, "compensated": sum((_zero(loan.compensated) for loan in loans), Decimal(0)),
        "steps": list(ListingStep.objects.filter(enterprise=enterprise)),
    }
