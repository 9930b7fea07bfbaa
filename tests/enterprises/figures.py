"""A year of an enterprise's figures for tests: a plausible 科技型中小企业 unless told otherwise."""
from actiondesk.enterprises.models import EnterpriseYearFigures


def add_figures(enterprise, year, **values):
    base = {"revenue": 10000, "main_revenue": 9000, "tax": 500, "rnd_expense": 310, "employees": 120,
            "tech_staff": 30, "total_assets": 12000, "liabilities": 5000, "net_profit": 800,
            "hightech_revenue": 7000, "ip_class1": 3, "ip_class2": 6, "equity_financing": 0}
    return EnterpriseYearFigures.objects.create(enterprise=enterprise, year=year, **(base | values))
