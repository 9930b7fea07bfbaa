"""REST endpoint for the audit trail: the same rows and filters as the 审计记录 page (admins and supervisors)."""
import datetime

from ninja import Query, Router, Schema

from actiondesk.core.audit_filters import AuditFilterSet
from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import require_role, visible
from actiondesk.org.choices import Role

router = Router(tags=["audit"])

AuditQuery = filter_schema(AuditFilterSet)


class AuditOut(Schema):
    id: int
    at: datetime.datetime
    actor: str
    action: str
    object: str
    before: dict | list | None
    after: dict | list | None
    note: str

    @staticmethod
    def resolve_actor(obj):
        return obj.actor_name

    @staticmethod
    def resolve_object(obj):
        return obj.object_repr


@router.get("/", response=list[AuditOut], summary="审计记录（与页面相同的筛选）")
def audit_list(request, filters: Query[AuditQuery], paging: Query[Paging]):
    require_role(request.user, Role.ADMIN, Role.SUPERVISOR)
    qs = filtered(AuditFilterSet, filters.dict(exclude_none=True), visible(AuditEntry.objects.all(), request.user),
                  request=request)
    return list(paging.slice(qs))
