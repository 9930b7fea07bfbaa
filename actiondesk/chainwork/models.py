from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from actiondesk.chainwork.choices import ProblemState, RaisedBy, RouteStage


class ChainPlan(models.Model):
    """A chain's plan for a year (一链一计划一政策): its technology route and the policies that apply."""

    chain = models.ForeignKey("chains.Chain", on_delete=models.CASCADE, related_name="plans",
                              verbose_name=_("产业链"))
    year = models.PositiveSmallIntegerField(_("年度"))
    # The plan's key task the chain plan carries out: its items' milestones (工作节点) are that task's milestones,
    # so they are reminded, graded and shown on the departments' milestone grid like any other.
    task = models.ForeignKey("plans.Task", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                             verbose_name=_("落实的重点任务"))
    technology_route = models.TextField(_("技术路径"), blank=True)
    policies = models.ManyToManyField("demands.Policy", blank=True, related_name="chain_plans",
                                      verbose_name=_("配套政策"))
    policy_note = models.TextField(_("政策说明"), blank=True)

    scope_zone = "chain__zone"
    scope_departments = ("chain__department",)

    class Meta:
        verbose_name = _("产业链推进计划")
        verbose_name_plural = _("产业链推进计划")
        ordering = ["chain", "-year"]
        constraints = [models.UniqueConstraint(fields=["chain", "year"], name="chain_plan_once_per_year")]

    def __str__(self):
        return f"{self.chain} {self.year}"


class ChainPlanItem(models.Model):
    """One item of a chain plan: a goal, the measure that reaches it, the department that owns it, its milestones."""

    plan = models.ForeignKey(ChainPlan, on_delete=models.CASCADE, related_name="items", verbose_name=_("计划"))
    goal = models.CharField(_("目标"), max_length=200)
    measure = models.TextField(_("举措"), blank=True)
    owner_department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                         verbose_name=_("责任部门"))
    milestones = models.ManyToManyField("plans.Milestone", blank=True, related_name="chain_plan_items",
                                        verbose_name=_("工作节点"))

    scope_zone = "plan__chain__zone"
    scope_departments = ("plan__chain__department",)
    # Keys of the audit entry written when a milestone is added to the item (services_plans.item_milestone_add).
    audit_labels = {"milestone": _("工作节点"), "due_date": _("完成时限"), "department": _("责任部门")}

    class Meta:
        verbose_name = _("计划事项")
        verbose_name_plural = _("计划事项")
        ordering = ["plan", "pk"]

    def __str__(self):
        return self.goal


class RouteStep(models.Model):
    """A step of a chain's technology route: a segment, the stage it is at and the key technologies to master."""

    plan = models.ForeignKey(ChainPlan, on_delete=models.CASCADE, related_name="route_steps", verbose_name=_("计划"))
    segment = models.ForeignKey("chains.ChainSegment", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+", verbose_name=_("环节"))
    stage = models.CharField(_("阶段"), max_length=20, choices=RouteStage.choices, default=RouteStage.RESEARCH)
    key_technologies = models.CharField(_("关键技术"), max_length=300)

    scope_zone = "plan__chain__zone"
    scope_departments = ("plan__chain__department",)

    class Meta:
        verbose_name = _("技术路径")
        verbose_name_plural = _("技术路径")
        ordering = ["plan", "segment__position", "segment__sort_order", "pk"]

    def __str__(self):
        return self.key_technologies


class ChainProblem(models.Model):
    """A major problem on the chain leader's docket (raised by the 链主 firm, a department or the 链长)."""

    chain = models.ForeignKey("chains.Chain", on_delete=models.CASCADE, related_name="problems",
                              verbose_name=_("产业链"))
    title = models.CharField(_("问题"), max_length=200)
    detail = models.TextField(_("情况说明"), blank=True)
    raised_by = models.CharField(_("提出方"), max_length=20, choices=RaisedBy.choices, default=RaisedBy.DEPARTMENT)
    raised_by_name = models.CharField(_("提出单位"), max_length=200, blank=True)
    owner_department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                         verbose_name=_("责任部门"))
    raised_on = models.DateField(_("提出日期"))
    due_on = models.DateField(_("解决时限"), null=True, blank=True)
    state = models.CharField(_("状态"), max_length=20, choices=ProblemState.choices, default=ProblemState.OPEN)
    resolution = models.TextField(_("解决情况"), blank=True)
    resolved_on = models.DateField(_("解决日期"), null=True, blank=True)

    scope_zone = "chain__zone"
    scope_departments = ("chain__department",)

    class Meta:
        verbose_name = _("链长协调问题")
        verbose_name_plural = _("链长协调问题")
        ordering = ["state", "due_on", "pk"]

    def __str__(self):
        return self.title


class ChainMeeting(models.Model):
    """A 链长会议 on the chain, with its minutes; its decisions become 督办单."""

    chain = models.ForeignKey("chains.Chain", on_delete=models.CASCADE, related_name="meetings",
                              verbose_name=_("产业链"))
    title = models.CharField(_("会议"), max_length=200)
    held_on = models.DateField(_("召开日期"))
    minutes = models.TextField(_("会议纪要"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("记录人"))

    scope_zone = "chain__zone"
    scope_departments = ("chain__department",)

    class Meta:
        verbose_name = _("链长会议")
        verbose_name_plural = _("链长会议")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return self.title


class MeetingDecision(models.Model):
    """A decision of a 链长会议, assigned to departments with a due date and followed as a 督办单."""

    meeting = models.ForeignKey(ChainMeeting, on_delete=models.CASCADE, related_name="decisions",
                                verbose_name=_("会议"))
    text = models.TextField(_("议定事项"))
    problem = models.ForeignKey(ChainProblem, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="decisions", verbose_name=_("协调问题"))
    due_on = models.DateField(_("办理时限"))
    departments = models.ManyToManyField("org.Department", related_name="+", verbose_name=_("承办部门"))
    order = models.OneToOneField("orders.Order", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="chain_decision", verbose_name=_("督办单"))

    scope_zone = "meeting__chain__zone"
    scope_departments = ("meeting__chain__department",)

    class Meta:
        verbose_name = _("会议议定事项")
        verbose_name_plural = _("会议议定事项")
        ordering = ["meeting", "pk"]

    def __str__(self):
        return self.text[:40]
