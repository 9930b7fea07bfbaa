"""督办单 pages: the list (and its .xlsx), an order with its replies and actions, a new order, 我的批示."""
from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.downloads import xlsx_response
from actiondesk.core.filters import invalid_filters_response, page_filterset, valid_filterset
from actiondesk.core.params import parse_id
from actiondesk.core.scoping import can_edit, get_visible_or_404, require_role
from actiondesk.orders import exports, selectors, services
from actiondesk.orders.choices import OrderState
from actiondesk.orders.filters import OrderFilterSet
from actiondesk.orders.forms import CloseForm, CommentOrderForm, OrderForm, ReplyForm, SendBackForm
from actiondesk.orders.models import Order, OrderAttachment
from actiondesk.org.choices import Role
from actiondesk.org.models import Zone
from actiondesk.plans.models import Indicator, Task
from actiondesk.supervision import services_plan


def _access(request):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    return access


@login_required
def order_list(request):
    access = _access(request)
    orders = selectors.orders_visible(request.user)
    if request.GET.get("export") == "xlsx":
        try:
            filterset = valid_filterset(OrderFilterSet, request.GET, orders, request=request)
        except ValidationError as exc:
            return invalid_filters_response(exc)
        return xlsx_response(exports.orders_export(filterset.qs, timezone.localdate()), "督办单台账.xlsx")
    filterset = page_filterset(OrderFilterSet, request, orders)
    page = Paginator(selectors.order_list(filterset.qs), 50).get_page(request.GET.get("page"))
    return render(request, "orders/order_list.html", {
        "filterset": filterset, "page": page, "today": timezone.localdate(), "counts": selectors.state_counts(orders),
        "can_raise": access.role in services.RAISERS})


def _order(request, pk) -> Order:
    return get_visible_or_404(Order.objects.select_related("zone", "responsible", "comment__task",
                                                           "comment__indicator"), request.user, pk=pk)


def _detail_context(request, order, **forms) -> dict:
    access = _access(request)
    editable = access.is_department and can_edit(request.user, order)
    office = access.role in services.OFFICE and order.state == OrderState.REPLIED
    return {"order": order, "departments": list(order.departments.all()),
            "replies": selectors.replies_visible(order, request.user), "today": timezone.localdate(),
            "can_accept": editable and order.state == OrderState.PENDING, "can_reply": editable,
            "can_review": office, "audit_entries": entries_for(order),
            "reply_form": forms.get("reply_form") or ReplyForm(initial={"version": order.version}),
            "close_form": forms.get("close_form") or CloseForm(initial={"version": order.version}),
            "send_back_form": forms.get("send_back_form") or SendBackForm(initial={"version": order.version})}


@login_required
def order_detail(request, pk):
    order = _order(request, pk)
    return render(request, "orders/order_detail.html", _detail_context(request, order))


def _act(request, pk, form_class, form_name, action):
    """POST an action on an order: validate the form, call the service, or show the order with the errors."""
    order = _order(request, pk)
    form = form_class(request.POST, request.FILES)
    if form.is_valid():
        try:
            action(order, form.cleaned_data, form.expected_version())
            return redirect("orders:order_detail", pk=order.pk)
        except ValidationError as exc:
            form.add_error(None, exc)
    return render(request, "orders/order_detail.html", _detail_context(request, order, **{form_name: form}),
                  status=400)


@login_required
@require_POST
def order_accept(request, pk):
    order = _order(request, pk)
    try:
        services.accept_order(acting_user=request.user, order=order)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    return redirect("orders:order_detail", pk=order.pk)


@login_required
@require_POST
def order_reply(request, pk):
    return _act(request, pk, ReplyForm, "reply_form", lambda order, data, version: services.reply_order(
        acting_user=request.user, order=order, text=data["text"], files=data["files"], expected_version=version))


@login_required
@require_POST
def order_close(request, pk):
    return _act(request, pk, CloseForm, "close_form", lambda order, data, version: services.close_order(
        acting_user=request.user, order=order, note=data["note"], expected_version=version))


@login_required
@require_POST
def order_send_back(request, pk):
    return _act(request, pk, SendBackForm, "send_back_form", lambda order, data, version: services.send_back_order(
        acting_user=request.user, order=order, reason=data["reason"], expected_version=version))


@login_required
def attachment_download(request, pk):
    # Replies are private to their order's departments (scope_private): another department gets a 404.
    attachment = get_visible_or_404(OrderAttachment.objects.all(), request.user, pk=pk)
    return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.original_name)


def _source(request):
    """The object a new order is about, from ``?source=app_label.model:pk`` (a model with a zone, visible)."""
    raw = request.GET.get("source") or request.POST.get("source") or ""
    label, _sep, pk = raw.partition(":")
    if not label:
        return None
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        raise Http404
    pk = parse_id(pk)
    if pk is None or getattr(model, "scope_zone", None) is None:
        raise Http404
    return get_visible_or_404(model._default_manager.all(), request.user, pk=pk)


@login_required
def order_create(request):
    access = require_role(request.user, *services.RAISERS)
    source = _source(request)
    form = OrderForm(request.POST or None, zone_id=access.zone_id, initial={
        "subject": str(source)[:200] if source is not None else "",
        # an object with one responsible department (a milestone) proposes it
        "departments": [source.department_id] if getattr(source, "department_id", None) else []})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            order = services.raise_order(
                acting_user=request.user, zone=Zone.objects.get(pk=access.zone_id), subject=data["subject"],
                instruction=data["instruction"], departments=data["departments"], responsible=data["responsible"],
                due_on=data["due_on"], priority=data["priority"], source=source, source_kind=data["source_kind"],
                source_label=data["source_label"])
            return redirect("orders:order_detail", pk=order.pk)
        except ValidationError as exc:
            form.add_error(None, exc)
    source_value = f"{source._meta.label_lower}:{source.pk}" if source is not None else ""
    return render(request, "orders/order_form.html", {"form": form, "source": source, "source_value": source_value})


@login_required
@require_POST
def comment_order(request):
    """The 批示 form extended by orders: the 批示 and, when asked, its 督办单 (see ``panels.comment_form``)."""
    access = _access(request)
    task = indicator = None
    if parse_id(request.POST.get("task")):
        task = get_visible_or_404(Task.objects.select_related("plan__zone"), request.user,
                                  pk=parse_id(request.POST["task"]))
    elif parse_id(request.POST.get("indicator")):
        indicator = get_visible_or_404(Indicator.objects.select_related("plan__zone"), request.user,
                                       pk=parse_id(request.POST["indicator"]))
    else:
        raise Http404
    form = CommentOrderForm(request.POST, zone_id=access.zone_id)
    if access.role not in services.RAISERS:
        raise PermissionDenied
    if form.is_valid():
        data = form.cleaned_data
        try:
            if data["raise_order"]:
                order = services.comment_raise_order(
                    acting_user=request.user, text=data["text"], task=task, indicator=indicator,
                    departments=data["departments"], due_on=data["due_on"], priority=data["priority"])
                messages.success(request, _("已发布批示并交办督办单：%(subject)s") % {"subject": order.subject})
            else:
                services_plan.comment_add(acting_user=request.user, text=data["text"], task=task,
                                                   indicator=indicator)
        except ValidationError as exc:
            messages.error(request, "；".join(exc.messages))
    else:
        messages.error(request, "；".join(e for errors in form.errors.values() for e in errors))
    if task is not None:
        return redirect("plans:task_detail", pk=task.pk)
    return redirect("plans:indicator_detail", pk=indicator.pk)


@login_required
def my_comments(request):
    """我的批示: each 批示 (and each order) of the user with the departments' replies and the state."""
    require_role(request.user, Role.LEADER, Role.SUPERVISOR, Role.ADMIN)
    return render(request, "orders/my_comments.html", {"rows": selectors.my_comments(request.user),
                                                       "today": timezone.localdate()})
