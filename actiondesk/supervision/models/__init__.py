from actiondesk.supervision.models.config import (
    IndicatorSchedule,
    LastYearValue,
    SupervisionSettings,
    TargetRevision,
)
from actiondesk.supervision.models.reports import (
    Attachment,
    Comment,
    IndicatorValue,
    PeriodReport,
    ReportingPeriod,
    TaskProgress,
)

__all__ = ["Attachment", "Comment", "IndicatorSchedule", "IndicatorValue", "LastYearValue", "PeriodReport",
           "ReportingPeriod", "SupervisionSettings", "TargetRevision", "TaskProgress"]
