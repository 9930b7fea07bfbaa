"""The write-permission cases of the registries (enterprises, parks, investment, finance, projects, chains,
transformation, innovation) for tests/core/test_write_permissions.py: service → (the service, its arguments from
the test's world, the users refused besides the outsider and nobody)."""
import datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from actiondesk.chains import services as chains
from actiondesk.enterprises import services as enterprises
from actiondesk.enterprises import services_parks, services_pool
from actiondesk.enterprises.imports.service import enterprises_import
from actiondesk.finance import services as finance
from actiondesk.finance import services_edit as finance_edit
from actiondesk.innovation import jobs as innovation_jobs
from actiondesk.innovation import services as innovation_services
from actiondesk.innovation import services_scenes as innovation_scenes
from actiondesk.investment import services as investment
from actiondesk.investment import services_import as investment_import
from actiondesk.parks import services as parks
from actiondesk.parks import services_import as parks_import
from actiondesk.projects import services as projects
from actiondesk.projects import services_approvals
from actiondesk.projects.imports import ledger_import
from actiondesk.projects.ledger import LedgerReading
from actiondesk.transformation import services as transformation

D = datetime.date
ADMIN_ONLY = ("alice", "leader", "supervisor")
INNOVATION_EDITS = ("bob", "leader", "supervisor")  # rows of 产业创新局 (alice): others may not
REVIEW = ("alice", "bob", "leader")
SCENE_EDITS = ("alice", "leader", "supervisor")  # the scene library is 发展改革局's (bob)
PARK_EDITS = ("alice", "leader", "supervisor")
PIPELINE_EDITS = ("alice", "bob", "leader", "supervisor")
FINANCE_EDITS = ("alice", "bob", "leader", "supervisor")


def _enterprises_import(*, acting_user, **arguments):
    return enterprises_import(actor=acting_user, **arguments)  # the importer names its user "actor"


_enterprises_import.covers = enterprises_import


def pdf():
    return SimpleUploadedFile("证明.pdf", b"%PDF-1.4 test", content_type="application/pdf")


REGISTRY_CASES = {
    # enterprises (the pool is kept by 产业创新局 and 投资促进局; bob's 发展改革局 does not keep it)
    "enterprises.ladders_load_defaults": (enterprises.ladders_load_defaults, lambda w: {"zone_id": w["zone"].pk},
                                          ADMIN_ONLY),
    "enterprises.enterprise_create": (enterprises.enterprise_create, lambda w: {
        "zone": w["zone"], "credit_code": "91210400MA00000025", "name": "新企业"}, ("bob", "leader")),
    "enterprises.enterprise_update": (enterprises.enterprise_update, lambda w: {
        "enterprise": w["enterprise"], "name": "改名"}, ("bob", "leader")),
    "enterprises.figures_save": (enterprises.figures_save, lambda w: {"enterprise": w["enterprise"], "year": 2025,
                                                                      "revenue": 1}, ("bob", "leader")),
    "enterprises.certification_add": (enterprises.certification_add, lambda w: {
        "enterprise": w["enterprise"], "kind": "tech_sme", "granted_on": D(2026, 3, 1)}, ("bob", "leader")),
    "enterprises.policy_note_save": (enterprises.policy_note_save, lambda w: {
        "enterprise": w["enterprise"], "note": w["policy_note"], "need": "改"}, ("bob", "leader")),
    # parks (the park is kept by 发展改革局, bob's department)
    "parks.park_create": (parks.park_create, lambda w: {"zone": w["zone"], "name": "新园区"}, PARK_EDITS),
    "parks.park_update": (parks.park_update, lambda w: {"park": w["park"], "operator": "新平台"}, PARK_EDITS),
    "parks.building_save": (parks.building_save, lambda w: {"park": w["park"], "name": "2号楼",
                                                            "floor_area_m2": 100}, PARK_EDITS),
    "parks.parcel_save": (parks.parcel_save, lambda w: {"park": w["park"], "code": "D-2", "area_mu": 5},
                          PARK_EDITS),
    "parks.readiness_set": (parks.readiness_set, lambda w: {"parcel": w["parcel"], "item": "road",
                                                            "is_ready": True}, PARK_EDITS),
    "enterprises.tenancy_record": (services_parks.tenancy_record, lambda w: {
        "enterprise": w["enterprise"], "park": w["park"], "area_mu": 5, "moved_in_on": D(2026, 1, 1)}, PARK_EDITS),
    "enterprises.tenancy_end": (services_parks.tenancy_end, lambda w: {
        "tenancy": w["tenancy"], "moved_out_on": D(2026, 6, 1)}, PARK_EDITS),
    # investment (the pipeline is worked by 投资促进局; neither alice nor bob is there)
    "investment.lead_create": (investment.lead_create, lambda w: {"zone": w["zone"], "company_name": "目标公司",
                                                                  "chain": w["chain"]}, PIPELINE_EDITS),
    "investment.lead_update": (investment.lead_update, lambda w: {"lead": w["lead"], "note": "改"}, PIPELINE_EDITS),
    # finance (kept by 财政金融局; neither alice nor bob is there)
    "finance.fund_create": (finance.fund_create, lambda w: {"zone": w["zone"], "name": "基金", "size": 1},
                            FINANCE_EDITS),
    "finance.fund_invest": (finance.fund_invest, lambda w: {"fund": w["fund"], "enterprise": w["enterprise"],
                                                            "amount": 1, "invested_on": D(2026, 3, 1)}, FINANCE_EDITS),
    "finance.event_create": (finance.event_create, lambda w: {"zone": w["zone"], "name": "对接会",
                                                              "held_on": D(2026, 3, 1)}, FINANCE_EDITS),
    "finance.pool_create": (finance.pool_create, lambda w: {"zone": w["zone"], "name": "池", "size": 1},
                            FINANCE_EDITS),
    "finance.loan_record": (finance.loan_record, lambda w: {"zone": w["zone"], "enterprise": w["enterprise"],
                                                            "bank": "银行", "amount": 1, "granted_on": D(2026, 3, 1)},
                            FINANCE_EDITS),
    "finance.compensation_pay": (finance.compensation_pay, lambda w: {"loan": w["loan"], "loss": 1,
                                                                      "paid_on": D(2026, 6, 1)}, FINANCE_EDITS),
    "finance.listing_step_record": (finance.listing_step_record, lambda w: {"enterprise": w["enterprise"],
                                                                            "stage": "tutoring"}, FINANCE_EDITS),
    # projects (the project is led by 产业创新局)
    "projects.project_create": (projects.project_create, lambda w: {
        "zone": w["zone"], "code": "P-9", "name": "新项目", "lead_department": w["innovation"]},
        ("bob", "leader", "supervisor")),
    "projects.project_update": (projects.project_update, lambda w: {"project": w["project"], "name": "改名"},
                                INNOVATION_EDITS),
    "projects.project_advance_stage": (projects.project_advance_stage, lambda w: {
        "project": w["project"], "stage": "signed", "on": D(2026, 3, 1)}, INNOVATION_EDITS),
    "projects.project_record_monthly_investment": (projects.project_record_monthly_investment, lambda w: {
        "project": w["project"], "month": D(2026, 3, 1), "amount": 5}, INNOVATION_EDITS),
    "projects.factor_need_create": (projects.factor_need_create, lambda w: {
        "project": w["project"], "kind": "land", "department": w["innovation"], "planned_on": D(2026, 9, 1)},
        INNOVATION_EDITS),
    "projects.factor_need_update": (projects.factor_need_update, lambda w: {"need": w["need"], "unit": "亩"},
                                    INNOVATION_EDITS),
    "projects.problem_create": (projects.problem_create, lambda w: {
        "project": w["project"], "description": "缺电", "raised_on": D(2026, 3, 1)}, INNOVATION_EDITS),
    "projects.problem_update": (projects.problem_update, lambda w: {"problem": w["problem"], "description": "改"},
                                INNOVATION_EDITS),
    "projects.approval_step_create": (services_approvals.approval_step_create, lambda w: {
        "zone": w["zone"], "name": "水保"}, ("alice", "bob", "leader")),
    "projects.approval_step_update": (services_approvals.approval_step_update, lambda w: {
        "step": w["approval"].step, "name": "改"}, ("alice", "bob", "leader")),
    "projects.approvals_ensure": (services_approvals.approvals_ensure, lambda w: {"project": w["project"]},
                                  INNOVATION_EDITS),
    "projects.approval_update": (services_approvals.approval_update, lambda w: {
        "approval": w["approval"], "note": "改"}, INNOVATION_EDITS),
    "projects.ledger_import": (ledger_import, lambda w: {"reading": LedgerReading("a.xlsx", "", 2026, [], []),
                                                         "zone": w["zone"]}, ADMIN_ONLY),
    # chains (the chain is in the charge of 产业创新局)
    "chains.chain_update": (chains.chain_update, lambda w: {"chain": w["chain"], "policy_note": "改"},
                            INNOVATION_EDITS),
    "chains.enterprise_place": (chains.enterprise_place, lambda w: {
        "segment": w["segment"], "enterprise": w["enterprise"], "role": "leader"}, INNOVATION_EDITS),
    "chains.enterprise_unplace": (chains.enterprise_unplace, lambda w: {"placement": w["placement"]},
                                  INNOVATION_EDITS),
    # transformation (附件3): its keepers edit (产业创新局 by default); the zone admin sets the diagnosis validity
    "transformation.diagnosis_validity_set": (transformation.diagnosis_validity_set,
                                              lambda w: {"zone": w["zone"], "months": 12}, ADMIN_ONLY),
    "transformation.diagnosis_create": (transformation.diagnosis_create, lambda w: {
        "enterprise": w["enterprise"], "diagnosed_on": D(2026, 3, 1), "method": "self", "level_overall": 2},
        INNOVATION_EDITS),
    "transformation.diagnosis_delete": (transformation.diagnosis_delete, lambda w: {"diagnosis": w["diagnosis"]},
                                        INNOVATION_EDITS),
    "transformation.project_create": (transformation.project_create, lambda w: {
        "enterprise": w["enterprise"], "name": "联网"}, INNOVATION_EDITS),
    "transformation.project_update": (transformation.project_update, lambda w: {
        "project": w["transformation_project"], "name": "改"}, INNOVATION_EDITS),
    "transformation.rating_create": (transformation.rating_create, lambda w: {
        "enterprise": w["enterprise"], "kind": "smart", "level": "basic"}, INNOVATION_EDITS),
    "transformation.rating_update": (transformation.rating_update, lambda w: {"rating": w["rating"],
                                                                              "stage": "applying"}, INNOVATION_EDITS),
    "transformation.case_save": (transformation.case_save, lambda w: {"project": w["transformation_project"],
                                                                      "title": "案例"}, INNOVATION_EDITS),
    "transformation.case_review": (transformation.case_review, lambda w: {"case": w["case"], "status": "published"},
                                   INNOVATION_EDITS),
    "transformation.solution_save": (transformation.solution_save, lambda w: {"zone": w["zone"], "name": "MES"},
                                     INNOVATION_EDITS),
    "transformation.guide_save": (transformation.guide_save, lambda w: {"zone": w["zone"], "industry": "equipment",
                                                                        "scenes": "联网"}, INNOVATION_EDITS),
    "transformation.transformation_import": (transformation.transformation_import, lambda w: {
        "zone": w["zone"], "data": b"PK", "file_name": "a.xlsx"}, INNOVATION_EDITS),
    "chains.investment_target_create": (chains.investment_target_create, lambda w: {
        "segment": w["segment"], "company_name": "目标公司"}, INNOVATION_EDITS),
    "chains.investment_target_update": (chains.investment_target_update, lambda w: {
        "target": w["target"], "location": "苏州"}, INNOVATION_EDITS),
    "chains.chain_outputs_save": (chains.chain_outputs_save, lambda w: {
        "chain": w["chain"], "rows": [(w["enterprise"].pk, D(2026, 3, 1), 5)]}, INNOVATION_EDITS),
    # innovation: the registries are 产业创新局's (alice), the scene library 发展改革局's (bob)
    "innovation.high_value_rule_update": (innovation_services.high_value_rule_update, lambda w: {
        "zone": w["zone"], "min_trl": 5}, INNOVATION_EDITS),
    "innovation.achievement_create": (innovation_services.achievement_create, lambda w: {
        "zone": w["zone"], "found_on": D(2026, 3, 1), "code": "CG-9", "title": "成果", "institution": "东北大学"},
        INNOVATION_EDITS),
    "innovation.achievement_update": (innovation_services.achievement_update, lambda w: {
        "achievement": w["achievement"], "title": "改"}, INNOVATION_EDITS),
    "innovation.achievement_advance": (innovation_services.achievement_advance, lambda w: {
        "achievement": w["achievement"], "stage": "concept", "on": D(2026, 4, 1)}, INNOVATION_EDITS),
    "innovation.achievement_adopt": (innovation_services.achievement_adopt, lambda w: {
        "achievement": w["achievement"], "enterprise": w["enterprise"], "adopted_on": D(2026, 4, 1)},
        INNOVATION_EDITS),
    "innovation.platform_create": (innovation_services.platform_create, lambda w: {
        "zone": w["zone"], "name": "平台", "kind": "pilot", "host": "东北大学"}, INNOVATION_EDITS),
    "innovation.platform_update": (innovation_services.platform_update, lambda w: {
        "platform": w["platform"], "host": "改"}, INNOVATION_EDITS),
    "innovation.event_create": (innovation_services.event_create, lambda w: {
        "zone": w["zone"], "title": "路演", "kind": "roadshow", "held_on": D(2026, 4, 1), "organiser": "产业创新局"},
        INNOVATION_EDITS),
    "innovation.contract_create": (innovation_services.contract_create, lambda w: {
        "zone": w["zone"], "number": "C-1", "name": "合同", "seller": "甲", "buyer": "乙",
        "contract_type": "development", "amount": 1, "signed_on": D(2026, 4, 1)}, INNOVATION_EDITS),
    "innovation.contracts_import_save": (innovation_services.contracts_import_save, lambda w: {
        "zone": w["zone"], "rows": []}, INNOVATION_EDITS),
    "innovation.contracts_import_start": (innovation_jobs.contracts_import_start, lambda w: {
        "zone": w["zone"], "file_name": "a.xlsx", "data": b""}, INNOVATION_EDITS),
    "innovation.talent_record_create": (innovation_services.talent_record_create, lambda w: {
        "zone": w["zone"], "year": 2026, "chain": w["chain"], "group": "research", "side": "need", "headcount": 3},
        INNOVATION_EDITS),
    "innovation.talent_import_save": (innovation_services.talent_import_save, lambda w: {
        "zone": w["zone"], "rows": []}, INNOVATION_EDITS),
    "innovation.scene_create": (innovation_scenes.scene_create, lambda w: {
        "zone": w["zone"], "kind": "demand", "title": "需求", "description": "描述", "party": "企业",
        "department": w["innovation"]}, SCENE_EDITS),
    "innovation.scene_update": (innovation_scenes.scene_update, lambda w: {"scene": w["demand"], "title": "改"},
                                SCENE_EDITS),
    "innovation.scene_set_state": (innovation_scenes.scene_set_state, lambda w: {
        "scene": w["demand"], "state": "published"}, SCENE_EDITS),
    "innovation.scene_select_benchmark": (innovation_scenes.scene_select_benchmark, lambda w: {
        "scene": w["demand"], "on": D(2026, 9, 1), "writeup": "好"}, SCENE_EDITS),
    "innovation.match_decide": (innovation_scenes.match_decide, lambda w: {
        "demand": w["demand"], "supply": w["supply"], "decision": "accepted"}, SCENE_EDITS),
    "investment.lead_advance": (investment.lead_advance, lambda w: {"lead": w["lead"], "stage": "contact",
                                                                    "on": D(2026, 3, 2)}, PIPELINE_EDITS),
    "enterprises.criterion_update": (enterprises.criterion_update, lambda w: {"criterion": w["criterion"],
                                                                              "label": "改"}, ADMIN_ONLY),
    "enterprises.certification_update": (services_pool.certification_update, lambda w: {
        "certification": w["certification"], "level": "省级"}, ("bob", "leader")),
    "enterprises.certification_delete": (services_pool.certification_delete, lambda w: {
        "certification": w["certification"]}, ("bob", "leader")),
    "enterprises.enterprises_import": (_enterprises_import, lambda w: {"zone": w["zone"], "data": b"PK",
                                                                      "file_name": "a.xlsx"}, ("bob", "leader")),
    "finance.fund_update": (finance_edit.fund_update, lambda w: {"fund": w["fund"], "manager": "改"}, FINANCE_EDITS),
    "finance.investment_update": (finance_edit.investment_update, lambda w: {
        "investment": w["fund_investment"], "amount": 2}, FINANCE_EDITS),
    "finance.event_update": (finance_edit.event_update, lambda w: {"event": w["finance_event"], "banks": "改"},
                             FINANCE_EDITS),
    "finance.loan_update": (finance_edit.loan_update, lambda w: {"loan": w["loan"], "bank": "改"}, FINANCE_EDITS),
    "finance.pool_update": (finance_edit.pool_update, lambda w: {"pool": w["loan"].pool, "name": "改"},
                            FINANCE_EDITS),
    "parks.parks_import": (parks_import.parks_import, lambda w: {"zone": w["zone"], "data": b"PK",
                                                                 "file_name": "a.xlsx"}, PARK_EDITS),
    "investment.leads_import": (investment_import.leads_import, lambda w: {"zone": w["zone"], "data": b"PK",
                                                                           "file_name": "a.xlsx"}, PIPELINE_EDITS),
}
