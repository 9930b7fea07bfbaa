"""REST endpoints for the bell: one's own notifications (same filters as the page) and marking them read."""
import datetime

from ninja import Query, Router, Schema

from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.models import Notification
from actiondesk.core.notification_filters import NotificationFilterSet
from actiondesk.core.notifications import notifications_mark_read, unread_count
from actiondesk.core.params import Id
from actiondesk.core.scoping import require_role, visible
from actiondesk.org.choices import Role

router = Router(tags=["notifications"])
NotificationQuery = filter_schema(NotificationFilterSet)


class NotificationOut(Schema):
    id: int
    kind: str
    kind_label: str
    text: str
    url: str
    actor: str
    created_at: datetime.datetime
    read_at: datetime.datetime | None

    @staticmethod
    def resolve_kind_label(obj):
        return str(obj.get_kind_display())

    @staticmethod
    def resolve_text(obj):
        return obj.display_text  # in the reader's language (core.notification_text)

    @staticmethod
    def resolve_actor(obj):
        return obj.actor_name


class ReadIn(Schema):
    ids: list[Id] | None = None  # None: every unread notification of the user


class ReadOut(Schema):
    marked: int
    unread: int


def _member(request):
    require_role(request.user, *Role.values)


@router.get("/", response=list[NotificationOut], summary="我的消息（与消息页面相同的筛选）")
def list_notifications(request, filters: Query[NotificationQuery], paging: Query[Paging]):
    _member(request)
    qs = filtered(NotificationFilterSet, filters.dict(exclude_none=True),
                  visible(Notification.objects.all(), request.user), request=request)
    return list(paging.slice(qs))


@router.post("/read", response=ReadOut, summary="标为已读（不给 ids 时全部标为已读）")
def mark_read(request, payload: ReadIn):
    _member(request)
    marked = notifications_mark_read(acting_user=request.user, ids=payload.ids)
    return {"marked": marked, "unread": unread_count(request.user)}


