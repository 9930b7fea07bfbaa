from ninja import Router, Schema

from actiondesk.core.scoping import visible
from actiondesk.org.models import Department

router = Router(tags=["org"])


class DepartmentOut(Schema):
    id: int
    name: str


@router.get("/departments", response=list[DepartmentOut], summary="部门列表")
def list_departments(request):
    return list(visible(Department.objects.all(), request.user))
