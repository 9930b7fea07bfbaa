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
    PeriodReport,
    ReportingPeriod,
    TaskProgress,
)

__all__ = ["Attachment", "Comment", "IndicatorSchedule", "IndicatorValue", "LastYearValue", "MetricValue",
           "PeriodReport", "ReferenceValue", "ReportingPeriod", "SupervisionSettings", "TargetRevision", "TaskProgress"]
