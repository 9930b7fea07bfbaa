from actiondesk.supervision.models.config import (
    IndicatorSchedule,
    LastYearValue,
    ReferenceValue,
    SupervisionSettings,
    TargetRevision,
)
from actiondesk.supervision.models.metric_values import MetricValue
from actiondesk.supervision.models.reports import (
    Attachment,
    Comment,
    IndicatorValue,
    IssuedPeriod,
    PeriodReport,
    ReportingPeriod,
    SupportNote,
    TaskProgress,
)

__all__ = ["Attachment", "Comment", "IndicatorSchedule", "IndicatorValue", "IssuedPeriod", "LastYearValue", "MetricValue",
           "PeriodReport", "ReferenceValue", "ReportingPeriod", "SupervisionSettings", "SupportNote", "TargetRevision", "TaskProgress"]
