"""Forms of the approvals section and of the zone's step table; they parse, the services validate."""

from actiondesk.org.models import Department
from actiondesk.projects.forms import DATE, ParsingModelForm
from actiondesk.projects.models import ApprovalStep, ProjectApproval


class ApprovalForm(ParsingModelForm):
    class Meta:
        model = ProjectApproval
        fields = ["required", "planned_on", "granted_on", "document_number", "note"]
        widgets = {"planned_on": DATE, "granted_on": DATE}


class ApprovalStepForm(ParsingModelForm):
    class Meta:
        model = ApprovalStep
        fields = ["name", "sort_order", "department", "required_before_start", "is_active"]

    def __init__(self, *args, zone_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.filter(zone_id=zone_id)
