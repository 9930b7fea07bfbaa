"""Reads for 金融+: the dashboard's figures and an enterprise's, each a fixed number of queries."""
from decimal import Decimal

from django.db.models import Count, Sum

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


def pools(user) -> list[RiskPool]:
    """The risk pools ``user`` sees, each with its loans covered, compensations paid and balance (three queries)."""
    pools = list(visible(RiskPool.objects.all(), user).annotate(
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


def dashboard(user, *, year: int) -> dict:
    funds = list(visible(GuidanceFund.objects.all(), user).select_related("parent")
                 .annotate(invested=Sum("investments__amount"), investments_count=Count("investments")))
    loans = visible(Loan.objects.filter(granted_on__year=year), user)
    pool_rows = pools(user)
    by_product = dict(loans.values("product").annotate(t=Sum("amount")).values_list("product", "t"))
    ladder = dict(visible(ListingStep.objects.all(), user).values("stage")
                  .annotate(n=Count("enterprise", distinct=True)).values_list("stage", "n"))
    return {
        "funds": funds, "pools": pool_rows, "year": year,
        "pool_chart": [{"name": p.name, "covered": float(p.loans_amount or 0), "paid": float(p.compensation_paid),
                        "balance": float(p.balance)} for p in pool_rows],
        "events": list(visible(MatchmakingEvent.objects.filter(held_on__year=year), user)
                       .annotate(loans_count=Count("loans"), loans_amount=Sum("loans__amount"))[:50]),
        "loans": list(loans.select_related("enterprise", "event", "pool")[:50]),
        "loans_total": _zero(loans.aggregate(t=Sum("amount"))["t"]), "loans_count": loans.count(),
        "by_product": [{"name": str(label), "value": float(by_product.get(value) or 0)}
                       for value, label in LoanProduct.choices],
        "ladder": [{"name": str(stage.label), "value": ladder.get(stage.value, 0)} for stage in LISTING_ORDER],
        "investments": list(visible(FundInvestment.objects.filter(invested_on__year=year), user)
                            .select_related("fund", "enterprise")[:50]),
        "steps": list(visible(ListingStep.objects.all(), user).select_related("enterprise")
                      .order_by("-reached_on", "-pk")[:50]),
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
