from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectType(models.TextChoices):
    INDUSTRIAL = "industrial", _("产业类")
    SERVICE = "service", _("现代服务业类")
    INFRASTRUCTURE = "infrastructure", _("基础设施类")
    OTHER = "other", _("其他")


class Stage(models.TextChoices):
    RESERVE = "reserve", _("储备")
    NEGOTIATING = "negotiating", _("洽谈")
    SIGNED = "signed", _("签约")
    STARTED = "started", _("开工")
    RESUMED = "resumed", _("复工")
    COMPLETED = "completed", _("竣工")
    PRODUCING = "producing", _("投产")


# 复工 (a project continuing from an earlier year) sits at the same rank as 开工. 储备 (项目谋划储备: an idea the
# zone works up before anyone negotiates) ranks below 洽谈, so every count "at 洽谈 or beyond" leaves it out.
STAGE_RANK = {Stage.RESERVE: -1, Stage.NEGOTIATING: 0, Stage.SIGNED: 1, Stage.STARTED: 2, Stage.RESUMED: 2, Stage.COMPLETED: 3,
              Stage.PRODUCING: 4}
FUNNEL_STAGES = [Stage.RESERVE, Stage.NEGOTIATING, Stage.SIGNED, Stage.STARTED, Stage.COMPLETED, Stage.PRODUCING]
# The stages a project may be entered at (the ledger's 项目 form); later ones are reached by stage steps.
ENTRY_STAGES = [Stage.RESERVE, Stage.NEGOTIATING]
# Planned date fields on Project for the stages that are planned.
PLANNED_FIELDS = {Stage.SIGNED: "planned_signed_on", Stage.STARTED: "planned_started_on",
                  Stage.COMPLETED: "planned_completed_on", Stage.PRODUCING: "planned_producing_on"}


class ProblemStatus(models.TextChoices):
    OPEN = "open", _("待解决")
    IN_PROGRESS = "in_progress", _("解决中")
    SOLVED = "solved", _("已解决")


class FactorKind(models.TextChoices):
    LAND = "land", _("用地")
    ENERGY = "energy", _("用能")
    ENVIRONMENT = "environment", _("环境容量")
    FUNDING = "funding", _("资金")
    APPROVAL = "approval", _("审批")
    WATER = "water", _("用水")
    TALENT = "talent", _("人才")
    OTHER = "other", _("其他")


class FactorStatus(models.TextChoices):
    PLANNED = "planned", _("待保障")
    IN_PROGRESS = "in_progress", _("保障中")
    SUPPLIED = "supplied", _("已保障")


# Project field holding the date each stage was (last) reached.
STAGE_DATE_FIELDS = {Stage.SIGNED: "signed_on", Stage.STARTED: "started_on", Stage.RESUMED: "resumed_on",
                     Stage.COMPLETED: "completed_on", Stage.PRODUCING: "producing_on"}
