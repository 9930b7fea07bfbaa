"""The one error shape of the REST API: every router answers invalid input, refusals and missing objects alike.

Body: {"detail": "one readable sentence", "errors": [{"loc": [...], "msg": "..."}]}; status 422 for invalid input
(Django's ValidationError from services, ninja/pydantic's for parameters and bodies), 403 refused, 404 not found,
401 not signed in. Endpoints raise the exception and never build error responses themselves.
"""
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from actiondesk.core.language import label_colon

INVALID = "输入有误"
NOT_SIGNED_IN = "未登录或令牌无效"


def error_body(detail: str, errors: list | None = None) -> dict:
    return {"detail": detail, "errors": errors or []}


def _loc(loc) -> list:
    return [part if isinstance(part, int) else str(part) for part in loc]


def ninja_errors(exc: NinjaValidationError) -> list[dict]:
    # pydantic's ctx/input may hold exceptions or bytes: only the location and message are kept
    return [{"loc": _loc(e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in exc.errors]


def django_errors(exc: DjangoValidationError) -> list[dict]:
    if hasattr(exc, "error_dict"):
        return [{"loc": [] if field == "__all__" else [field], "msg": str(msg)}
                for field, messages in exc.message_dict.items() for msg in messages]
    return [{"loc": [], "msg": str(msg)} for msg in exc.messages]


def _summary(errors: list[dict]) -> str:
    parts = [(".".join(str(p) for p in e["loc"] if p not in ("query", "body", "path")) + label_colon() if e["loc"] else "")
             + e["msg"] for e in errors[:5]]
    return "；".join(parts) or INVALID


def install_error_handlers(api) -> None:
    def respond(request, status, body):
        return api.create_response(request, body, status=status)

    @api.exception_handler(NinjaValidationError)
    def invalid_parameters(request, exc):
        errors = ninja_errors(exc)
        return respond(request, 422, error_body(_summary(errors), errors))

    @api.exception_handler(DjangoValidationError)
    def invalid_input(request, exc):
        errors = django_errors(exc)
        return respond(request, 422, error_body(_summary(errors), errors))

    @api.exception_handler(PermissionDenied)
    def refused(request, exc):
        return respond(request, 403, error_body(str(exc) or "无权操作"))

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return respond(request, 404, error_body("未找到"))

    @api.exception_handler(AuthenticationError)
    def not_signed_in(request, exc):
        return respond(request, 401, error_body(NOT_SIGNED_IN))

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        return respond(request, exc.status_code, error_body(str(exc)))
