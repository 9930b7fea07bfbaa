"""Every page, as every role, in the Chinese UI shows no English words, Python values or internals.

The demo zone is loaded once (it fills every registry), then each page of the site is rendered as an admin, a leader,
the supervision office and two departments. Words in Latin letters outside a short allow-list (units, codes, brand
names) fail the test with the page and the word, so a new page or a new label is covered as soon as it exists.
"""
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver

# Words that are Chinese UI all the same: units, standards, file types, brand and product names.
ALLOWED = {
    "ActionDesk", "English", "xlsx", "xls", "docx", "doc", "odt", "rtf", "pdf", "ofd", "OFD", "OCR", "jpg", "png", "tif", "txt", "md", "html", "mht", "Excel", "Word", "WPS", "AI", "GDP", "ECharts",
    "GB", "MIIT", "IPO", "CEO", "IT", "OK", "ID", "PDF", "PNG", "JPG", "zip", "mm", "kWh", "km", "MB", "KB",
    "UTF", "GBK", "SF",  # encodings named on the upload page; SF is the demo ledger's project-code prefix
}
# Endpoints that return files, redirects or htmx fragments after a POST: checked by their own tests.
NOT_PAGES = {
    "logout", "set_language", "favicon", "supervision:export", "supervision:comment_add", "supervision:metrics_refresh",
    "supervision:metrics_refresh_stale", "supervision:attachment_download", "enterprises:import_template",
    "enterprises:export", "projects:ledger_template", "chains:chain_outputs_template", "plans:bind_suggested_metrics",
    "enterprises:certification_delete", "chains:placement_remove", "jobs:job_progress", "jobs:job_retry",
    "chains:enterprise_search", "plans:import_review", "supervision:report_preview",
    "supervision:metrics_refresh_job", "supervision:period_issue", "plans:milestone_evidence", "plans:milestone_approve", "plans:milestone_verify",
    "parks:park_create", "parks:park_update", "parks:building_add", "parks:building_update", "parks:parcel_add",
    "parks:readiness_set", "enterprises:tenancy_add", "investment:lead_create", "investment:lead_advance",
    "chainwork:plan_save", "chainwork:plan_item_add", "chainwork:problem_add", "chainwork:problem_update",
    "chainwork:meeting_add", "chainwork:decision_add", "chainwork:route_step_add", "chainwork:item_milestone_add",
    "chainwork:plan_export",
    "plans:milestone_import",
    "demands:demand_accept", "demands:demand_close", "demands:part_answer", "demands:policy_propose",
    "demands:demand_attach", "demands:demand_attachment",
    "demands:beneficiary_decide", "demands:registration_decide", "demands:portal_rate",
    "innovation:achievement_export", "innovation:contract_export", "innovation:contract_template",
    "transformation:import_template", "transformation:diagnosis_delete", "transformation:case_review",
    "transformation:diagnosis_report",
    "innovation:scene_decide", "innovation:scene_benchmark", "innovation:achievement_stage",
    "innovation:contract_import", "innovation:achievement_adopt", "innovation:scene_state",
    "innovation:talent_template", "innovation:talent_import",
    "org:user_password", "org:user_active", "org:user_unlock", "org:department_rename", "token_revoke",
    "notifications:notification_badge", "notifications:notification_open", "notifications:notifications_read",
    "orders:order_accept", "orders:order_reply", "orders:order_close", "orders:order_send_back",
    "orders:attachment_download", "orders:comment_order",
    "parks:import_template", "investment:import_template",
    "enterprises:pool_keepers", "innovation:keepers",  # redirects to org:keepers, the one 维护部门 page
    "transformation:editors",  # redirects to transformation:settings (which links to org:keepers)
}
# Whole runs of letters, digits and underscores: a run with a digit is a code (统一社会信用代码, 项目编号), not a word.
WORD = re.compile(r"[A-Za-z0-9_]+")
VISIBLE_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")


class VisibleText(HTMLParser):
    """The text a reader sees (and hears from a screen reader): text nodes and labelling attributes."""

    def __init__(self):
        super().__init__()
        self.skip, self.parts = 0, []

    def handle_starttag(self, tag, attrs):
        # <code> holds codes (rule-language names on the criteria editor) and <textarea> what a user typed:
        # neither is text of the UI (input values are not read either).
        if tag in ("script", "style", "template", "code", "textarea"):
            self.skip += 1
        for name, value in attrs:
            if name in VISIBLE_ATTRIBUTES and value:
                self.parts.append(value)
            if tag == "input" and name == "value" and dict(attrs).get("type") in ("submit", "button") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template", "code", "textarea") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


# Web addresses cited as sources (suqian.gov.cn) are references, not words of the UI.
DOMAIN = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(cn|com|org|net|gov)\b")


def english_words(html: str) -> set[str]:
    parser = VisibleText()
    parser.feed(html)
    return {w for w in WORD.findall(DOMAIN.sub(" ", " ".join(parser.parts)))
            if len(w) > 1 and not any(c.isdigit() for c in w) and w not in ALLOWED}


def _url_names():
    def walk(patterns, namespace=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                if p.namespace in ("admin",) or str(p.pattern).startswith("api"):
                    continue
                yield from walk(p.url_patterns, namespace + (f"{p.namespace}:" if p.namespace else ""))
            elif isinstance(p, URLPattern) and p.name:
                yield namespace + p.name
    return set(walk(get_resolver().url_patterns))


def _pages():
    """Every page URL with real ids from the demo zone (one object of each kind)."""
    from actiondesk.chains.models import Chain, ChainSegment, InvestmentTarget
    from actiondesk.enterprises.models import Certification, Criterion, PolicyNote
    from actiondesk.investment.models import Lead
    from actiondesk.orders.models import Order
    from actiondesk.parks.models import LandParcel, Park
    from actiondesk.plans.models import Indicator, Milestone, Task
    from actiondesk.projects.models import ApprovalStep, FactorNeed, ProjectApproval, ProjectProblem
    from actiondesk.supervision.models import PeriodReport, ReportingPeriod
    from actiondesk.transformation.models import (
        FactoryRating,
        Solution,
        TransformationCase,
        TransformationProject,
    )

    def first(model, **lookup):
        return model.objects.filter(**lookup).order_by("pk").values_list("pk", flat=True).first()

    task, indicator = first(Task), first(Indicator)
    cert = Certification.objects.order_by("pk").first()
    note = PolicyNote.objects.order_by("pk").first()
    problem, need = ProjectProblem.objects.order_by("pk").first(), FactorNeed.objects.order_by("pk").first()
    report = PeriodReport.objects.order_by("-pk").first()
    enterprise = cert.enterprise_id
    chain = first(Chain)
    job = _job()
    return {
        "jobs:job_list": "/jobs/", "jobs:job_detail": f"/jobs/{job.pk}/",
        "home": "/", "login": "/login/", "audit_list": "/audit/",
        "plans:overview": "/plans/", "plans:my_department": "/plans/mine/",
        "plans:task_detail": f"/plans/tasks/{task}/", "plans:indicator_detail": f"/plans/indicators/{indicator}/",
        "plans:indicator_edit": f"/plans/indicators/{indicator}/edit/", "plans:import_upload": "/plans/import/",
        "plans:milestone_grid": "/plans/milestones/", "plans:milestone_detail": f"/plans/milestones/{first(Milestone)}/",
        "supervision:battle_map": "/supervision/", "supervision:settings": "/supervision/settings/",
        "supervision:indicator_revise": f"/supervision/indicators/{indicator}/revise/",
        "supervision:settings_indicator": f"/supervision/settings/indicators/{indicator}/",
        "supervision:report_list": "/supervision/reports/", "supervision:history": "/supervision/history/",
        "supervision:report_edit": f"/supervision/periods/{first(ReportingPeriod)}/report/",
        "supervision:report_detail": f"/supervision/reports/{report.pk}/",
        "supervision:report_review": f"/supervision/reports/{report.pk}/review/",
        "enterprises:enterprise_list": "/enterprises/", "enterprises:enterprise_create": "/enterprises/new/",
        "enterprises:my_enterprises": "/enterprises/mine/", "enterprises:import_upload": "/enterprises/import/",
        "enterprises:ladder_list": "/enterprises/ladders/",
        "enterprises:criterion_edit": f"/enterprises/ladders/criteria/{first(Criterion)}/edit/",
        "enterprises:candidates": "/enterprises/candidates/specialised_sme/",
        "enterprises:enterprise_detail": f"/enterprises/{enterprise}/",
        "enterprises:enterprise_edit": f"/enterprises/{enterprise}/edit/",
        "enterprises:figures_edit": f"/enterprises/{enterprise}/figures/",
        "enterprises:certification_add": f"/enterprises/{enterprise}/certifications/add/",
        "enterprises:certification_edit": f"/enterprises/{enterprise}/certifications/{cert.pk}/edit/",
        "enterprises:note_create": f"/enterprises/{note.enterprise_id}/notes/new/",
        "enterprises:note_edit": f"/enterprises/{note.enterprise_id}/notes/{note.pk}/edit/",
        "projects:project_dashboard": "/projects/", "projects:project_list": "/projects/list/",
        "projects:project_create": "/projects/new/", "projects:project_detail": f"/projects/{problem.project_id}/",
        "projects:project_edit": f"/projects/{problem.project_id}/edit/",
        "projects:problem_add": f"/projects/{problem.project_id}/problems/",
        "projects:problem_edit": f"/projects/{problem.project_id}/problems/{problem.pk}/",
        "projects:need_add": f"/projects/{need.project_id}/needs/",
        "projects:need_edit": f"/projects/{need.project_id}/needs/{need.pk}/",
        "projects:project_investment_record": f"/projects/{problem.project_id}/investment/",
        "projects:project_stage_advance": f"/projects/{problem.project_id}/stage/",
        "projects:ledger_upload": "/projects/ledger/import/", "projects:factor_list": "/projects/factors/",
        "projects:factor_progress": "/projects/factors/progress/",
        **_approval_pages(first, ProjectApproval, ApprovalStep),
        "chains:chain_list": "/chains/", "chains:chain_map": f"/chains/{chain}/",
        "chains:chain_policy_update": f"/chains/{chain}/policy/",
        "chains:chain_placements": f"/chains/{chain}/enterprises/",
        "chains:placement_add": f"/chains/{chain}/enterprises/add/",
        "chains:investment_target_edit": f"/chains/targets/{first(InvestmentTarget)}/edit/",
        "chains:chain_outputs": f"/chains/{chain}/outputs/", "chains:chain_outputs_import": f"/chains/{chain}/outputs/import/",
        "chains:segment_panel": f"/chains/segments/{first(ChainSegment)}/",
        "chains:investment_target_create": f"/chains/segments/{first(ChainSegment)}/targets/",
        "chainwork:docket": f"/chainwork/chains/{chain}/", "chainwork:problem_list": "/chainwork/problems/",
        "chainwork:leader": f"/chainwork/leaders/{get_user_model().objects.get(username='leader').pk}/",
        "finance:dashboard": "/finance/", "investment:lead_list": "/investment/", "investment:conversion": "/investment/conversion/",
        "investment:lead_detail": f"/investment/{first(Lead)}/",
        "parks:park_list": "/parks/", "parks:park_detail": f"/parks/{first(Park, name='智能制造产业园')}/",
        "parks:park_import": "/parks/import/", "investment:lead_import": "/investment/import/",
        "parks:parcel_edit": f"/parks/parcels/{first(LandParcel)}/edit/",
        "investment:lead_edit": f"/investment/{first(Lead)}/edit/",
        **_finance_pages(first),
        "org:user_list": "/org/users/", "org:department_list": "/org/departments/", "org:keepers": "/org/keepers/",
        "org:user_detail": f"/org/users/{get_user_model().objects.get(username='dept01').pk}/",
        "password_change": "/account/password/", "token_list": "/account/tokens/",
        "notifications:notification_list": "/notifications/",
        "orders:order_list": "/orders/", "orders:order_create": "/orders/new/", "orders:my_comments": "/orders/comments/",
        "orders:order_detail": f"/orders/{first(Order)}/",
        **_innovation_pages(first),
        **_demands_pages(),
        **_transformation_pages(first, enterprise, TransformationProject, FactoryRating, TransformationCase, Solution),
    }


def _finance_pages(first):
    from actiondesk.finance.models import (
        FundInvestment,
        GuidanceFund,
        ListingStep,
        Loan,
        MatchmakingEvent,
        RiskPool,
    )

    loan = first(Loan, pool__isnull=False)
    return {
        "finance:fund_create": "/finance/funds/new/", "finance:fund_edit": f"/finance/funds/{first(GuidanceFund)}/edit/",
        "finance:investment_create": f"/finance/funds/{first(GuidanceFund)}/investments/new/",
        "finance:investment_edit": f"/finance/investments/{first(FundInvestment)}/edit/",
        "finance:event_create": "/finance/events/new/",
        "finance:event_edit": f"/finance/events/{first(MatchmakingEvent)}/edit/",
        "finance:loan_create": "/finance/loans/new/", "finance:loan_edit": f"/finance/loans/{loan}/edit/",
        "finance:compensation_create": f"/finance/loans/{loan}/compensations/new/",
        "finance:pool_create": "/finance/pools/new/", "finance:pool_edit": f"/finance/pools/{first(RiskPool)}/edit/",
        "finance:listing_create": "/finance/listing/new/",
        "finance:listing_edit": f"/finance/listing/{first(ListingStep)}/edit/",
    }


def _approval_pages(first, approval_model, step_model):
    approval = approval_model.objects.order_by("pk").first()
    return {
        "projects:approval_list": "/projects/approvals/", "projects:approval_steps": "/projects/approvals/steps/",
        "projects:approval_step_edit": f"/projects/approvals/steps/{first(step_model)}/",
        "projects:approvals_create": f"/projects/{approval.project_id}/approvals/",
        "projects:approval_edit": f"/projects/{approval.project_id}/approvals/{approval.pk}/",
    }


def _transformation_pages(first, enterprise, project_model, rating_model, case_model, solution_model):
    project = first(project_model)
    return {
        "transformation:pool": "/transformation/", "transformation:coverage": "/transformation/coverage/",
        "transformation:project_list": "/transformation/projects/",
        "transformation:project_edit": f"/transformation/projects/{project}/edit/",
        "transformation:project_case_add": f"/transformation/projects/{project}/cases/new/",
        "transformation:enterprise_diagnosis_add": f"/transformation/enterprises/{enterprise}/diagnoses/new/",
        "transformation:enterprise_rating_add": f"/transformation/enterprises/{enterprise}/ratings/new/",
        "transformation:enterprise_project_add": f"/transformation/enterprises/{enterprise}/projects/new/",
        "transformation:rating_edit": f"/transformation/ratings/{first(rating_model)}/edit/",
        "transformation:case_list": "/transformation/cases/",
        "transformation:case_edit": f"/transformation/cases/{first(case_model)}/edit/",
        "transformation:solution_list": "/transformation/solutions/",
        "transformation:solution_create": "/transformation/solutions/new/",
        "transformation:solution_edit": f"/transformation/solutions/{first(solution_model)}/edit/",
        "transformation:guide_list": "/transformation/guides/",
        "transformation:guide_edit": "/transformation/guides/equipment/edit/",
        "transformation:import_upload": "/transformation/import/", "transformation:settings": "/transformation/settings/",
    }


def _innovation_pages(first):
    from actiondesk.innovation.models import Achievement, SceneItem

    return {
        "innovation:dashboard": "/innovation/", "innovation:achievement_list": "/innovation/achievements/",
        "innovation:achievement_detail": f"/innovation/achievements/{first(Achievement)}/",
        "innovation:contract_list": "/innovation/contracts/", "innovation:scene_list": "/innovation/scenes/",
        "innovation:scene_create": "/innovation/scenes/new/",
        "innovation:scene_detail": f"/innovation/scenes/{first(SceneItem, kind='demand')}/",
        "innovation:docking_list": "/innovation/dockings/", "innovation:talent_map": "/innovation/talent/",
        "innovation:achievement_create": "/innovation/achievements/new/",
        "innovation:platform_create": "/innovation/platforms/new/", "innovation:event_create": "/innovation/events/new/",
        "innovation:scene_achievements": f"/innovation/scenes/{first(SceneItem, kind='demand')}/achievements/",
    }


def _job():
    """A finished job started by the admin (the demo itself starts none)."""
    from actiondesk.core.jobs import job_enqueue
    from actiondesk.plans.models import Plan
    from actiondesk.supervision.jobs import PERIODS

    plan = Plan.objects.select_related("zone").order_by("pk").first()
    return job_enqueue(kind=PERIODS, target=f"plan:{plan.pk}", zone=plan.zone, title=plan.title,
                       user=get_user_model().objects.get(username="admin"), params={"plan": plan.pk})


@pytest.mark.django_db(transaction=True)
def test_every_page_in_chinese_shows_no_english_words_to_any_role(client, settings):
    call_command("demo", "--no-serve")
    pages = _pages()
    missing = _url_names() - NOT_PAGES - set(pages)
    assert not missing, f"pages without an entry in this test (add them): {sorted(missing)}"
    found = []
    for username in ("admin", "leader", "supervisor", "dept01", "dept02", "qiye01"):
        client.force_login(get_user_model().objects.get(username=username))
        for url in pages.values():
            response = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-hans")
            if response.status_code == 405 or "text/html" not in response.get("Content-Type", ""):
                continue
            words = english_words(response.content.decode())
            if words:
                found.append(f"{username} {url}: {', '.join(sorted(words)[:12])}")
    assert not found, "English in the Chinese UI:\n" + "\n".join(found)


def test_the_checker_finds_english_and_ignores_scripts_and_allowed_words():
    html = '<p title="status">已完成 ActionDesk 5 亿元</p><script>var leader = 1;</script><td>None</td>'
    assert english_words(html) == {"status", "None"}


def _demands_pages():
    """The demands pages with the demo's objects (the enterprise portal's as its demo contact, qiye01)."""
    from actiondesk.demands.models import Arrear, Demand, FigureRequest, Policy

    demand = Demand.objects.filter(enterprise__portal_contacts__user__username="qiye01").order_by("pk").first()
    leader = get_user_model().objects.get(username="leader")
    return {
        "demands:demand_list": "/demands/", "demands:demand_create": "/demands/new/",
        "demands:demand_detail": f"/demands/{demand.pk}/", "demands:statistics": "/demands/statistics/",
        "demands:coverage": "/demands/baobao/", "demands:my_enterprises": "/demands/baobao/mine/",
        "demands:leader_page": f"/demands/baobao/leaders/{leader.pk}/", "demands:visit_create": "/demands/visits/new/",
        "demands:policy_list": "/demands/policies/", "demands:policy_create": "/demands/policies/new/",
        "demands:policy_detail": f"/demands/policies/{Policy.objects.filter(automatic=True).first().pk}/",
        "demands:arrear_list": "/demands/arrears/", "demands:arrear_create": "/demands/arrears/new/",
        "demands:repayment_add": f"/demands/arrears/{Arrear.objects.first().pk}/repay/",
        "demands:accounts": "/demands/accounts/", "demands:figure_requests": "/demands/figures/",
        "demands:settings": "/demands/settings/", "demands:portal_home": "/demands/portal/",
        "demands:portal_demand_create": "/demands/portal/demands/new/",
        "demands:portal_demand": f"/demands/portal/demands/{demand.pk}/",
        "demands:portal_figures": f"/demands/portal/figures/{FigureRequest.objects.first().pk}/",
        "demands:portal_register": "/demands/portal/register/",
        "demands:enterprise_panel": f"/demands/enterprises/{demand.enterprise_id}/panel/",
    }
