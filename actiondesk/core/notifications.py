"""The one notification service: an item in each recipient's bell, and an e-mail when e-mail is configured.

Any app raises its events through ``notify``; a department's recipients are its active members. The acting user
is not notified of their own action. Notifications are messages, not business data: they are not audited (the
event that raised them is). E-mail goes out after the transaction commits, only when
``settings.ACTIONDESK_NOTIFY_EMAIL`` is on, to recipients who have an address.

The text is a ``Message`` (a ``gettext_noop`` msgid and its parameters): it is kept as data and translated for each
reader (``Notification.display_text``); ``Notification.text`` and the e-mail carry its official Chinese rendering.
"""
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mass_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.access import access_for
from actiondesk.core.language import SYSTEM_NAME, official_language
from actiondesk.core.models import Notification, NotificationKind
from actiondesk.core.notification_text import Message
from actiondesk.core.scoping import is_system
from actiondesk.org.models import Department, Membership

TEXT_LIMIT = Notification._meta.get_field("text").max_length
URL_LIMIT = Notification._meta.get_field("url").max_length


def _zone_id(zone, target, departments, users) -> int | None:
    if zone is not None:
        return zone.pk
    if target is not None:
        path = getattr(type(target), "scope_zone", None)
        if path == "":
            return target.pk
        if path:
            return type(target)._default_manager.filter(pk=target.pk).values_list(path, flat=True).first()
    for department in departments:
        return department.zone_id
    for user in users:
        return Membership.objects.filter(user_id=user.pk).values_list("zone_id", flat=True).first()
    return None


def _recipient_ids(zone_id: int, users: Iterable, departments: Iterable) -> list[int]:
    user_ids = {u.pk for u in users}
    department_ids = {d.pk for d in departments}
    if Department.objects.filter(pk__in=department_ids).exclude(zone_id=zone_id).exists():
        raise ValidationError(_("部门不属于本示范区"))
    members = Membership.objects.filter(zone_id=zone_id, user__is_active=True)
    in_zone = set(members.filter(user_id__in=user_ids).values_list("user_id", flat=True))
    if user_ids - in_zone:
        # a user of another zone (or an inactive one) is left out rather than failing the business write
        user_ids = in_zone
    user_ids |= set(members.filter(department_id__in=department_ids).values_list("user_id", flat=True))
    return sorted(user_ids)


def notify(*, acting_user, users=(), departments=(), kind: str, text: Message | str, url: str = "", target=None,
           zone=None) -> list[Notification]:
    """Put one notification in the bell of each user in ``users`` and each member of ``departments``.

    ``kind`` is a ``NotificationKind``; ``text`` a ``Message`` (a plain str is kept as is, in every language);
    ``url`` is where the item links (the object's page); ``target`` the object it is about (any model with
    ``scope_zone``). The zone comes from ``zone``, else the target, the departments or
    the users. ``acting_user`` must belong to that zone (or be ``SYSTEM``); it is named on the item and not
    notified itself. Returns the notifications created."""
    users, departments = list(users), list(departments)
    zone_id = _zone_id(zone, target, departments, users)
    if is_system(acting_user):
        actor_name, actor_id = SYSTEM_NAME, None  # stored like audit entries; shown by actor_label
    else:
        access = access_for(acting_user)
        if access is None or zone_id is None or access.zone_id != zone_id:
            raise PermissionDenied(_("无权发送该通知"))
        actor_name, actor_id = acting_user.get_full_name() or acting_user.username, acting_user.pk
    if kind not in NotificationKind.values:
        raise ValidationError(_("未知的通知类型"))
    message = {}
    if isinstance(text, Message):  # a msgid whose params do not fit fails here, at the write, not on a reader's page
        message, text = text.as_data(), text.official()
    text = " ".join((text or "").split())[:TEXT_LIMIT]
    if not text:
        raise ValidationError(_("通知内容不能为空"))
    if len(url or "") > URL_LIMIT or (url and not url.startswith("/")):
        raise ValidationError(_("通知链接须为站内地址"))
    if zone_id is None:
        return []
    recipient_ids = [pk for pk in _recipient_ids(zone_id, users, departments) if pk != actor_id]
    target_type = ContentType.objects.get_for_model(type(target)) if target is not None else None
    created = Notification.objects.bulk_create([
        Notification(zone_id=zone_id, recipient_id=pk, kind=kind, text=text, message=message,
                     url=url or "", actor_name=actor_name,
                     target_type=target_type, target_id=target.pk if target is not None else None)
        for pk in recipient_ids])
    if created and settings.ACTIONDESK_NOTIFY_EMAIL:
        transaction.on_commit(lambda: _send_emails(recipient_ids, kind, text, url))
    return created


def _send_emails(recipient_ids: list[int], kind: str, text: str, url: str) -> int:
    addresses = get_user_model().objects.filter(pk__in=recipient_ids, is_active=True).exclude(
        email="").values_list("email", flat=True)
    with official_language():
        subject = f"【{NotificationKind(kind).label}】{text[:40]}"
    base = settings.ACTIONDESK_BASE_URL.rstrip("/")
    link = f"\n\n{base}{url}" if url and base else ""
    body = f"{text}{link}\n\n—— 产业行动督导平台"
    return send_mass_mail([(subject, body, settings.DEFAULT_FROM_EMAIL, [address]) for address in sorted(addresses)],
                          fail_silently=True)


@transaction.atomic
def notifications_mark_read(*, acting_user, ids: Iterable[int] | None = None) -> int:
    """Mark the acting user's notifications read (``ids``, or all of them when None); returns how many.
    Another user's notification is refused."""
    if is_system(acting_user) or access_for(acting_user) is None:
        raise PermissionDenied(_("只能标记自己的通知"))
    qs = Notification.objects.filter(recipient_id=acting_user.pk)
    if ids is not None:
        ids = {int(i) for i in ids}
        if Notification.objects.filter(pk__in=ids).exclude(recipient_id=acting_user.pk).exists():
            raise PermissionDenied(_("只能标记自己的通知"))
        qs = qs.filter(pk__in=ids)
    return qs.filter(read_at__isnull=True).update(read_at=timezone.now())


def unread_count(user) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).count()
