"""The REST API (django-ninja). OpenAPI at /api/docs. Each app contributes a router from its api.py."""
import json

from ninja import NinjaAPI
from ninja.renderers import JSONRenderer
from ninja.security import SessionAuth

from actiondesk.core.api_docs import LocalSwagger, docs_login_required
from actiondesk.core.api_errors import install_error_handlers
from actiondesk.core.tokens import TokenAuth
from actiondesk.core.versioning import StaleVersion, etag


class UnicodeJSONRenderer(JSONRenderer):
    """Chinese stays readable in responses instead of \\uXXXX escapes."""

    json_dumps_params = {"ensure_ascii": False}

    def render(self, request, data, *, response_status):
        return json.dumps(data, cls=self.encoder_class, **self.json_dumps_params)


api = NinjaAPI(
    title="ActionDesk API",
    version="1",
    description="产业行动督导平台 REST API：方案、任务、指标、部门、督导、企业、项目与产业链。",
    renderer=UnicodeJSONRenderer(),
    auth=[SessionAuth(), TokenAuth()],
    urls_namespace="api",
    docs=LocalSwagger(),
    docs_decorator=docs_login_required(TokenAuth()),
)
install_error_handlers(api)


@api.exception_handler(StaleVersion)
def stale_version(request, exc: StaleVersion):
    """If-Match named an older version: 412 with the current version and what differs from the request."""
    response = api.create_response(request, {
        "detail": exc.messages[0], "version": exc.current.version,
        "changes": [{"field": c.name, "label": c.label, "yours": c.yours, "theirs": c.theirs} for c in exc.changes],
    }, status=412)
    response["ETag"] = etag(exc.current)
    return response


from actiondesk.chains.api import router as chains_router  # noqa: E402
from actiondesk.chainwork.api import router as chainwork_router  # noqa: E402
from actiondesk.core.api import router as audit_router  # noqa: E402
from actiondesk.core.api_notifications import router as notifications_router  # noqa: E402
from actiondesk.demands.api import router as demands_router  # noqa: E402
from actiondesk.enterprises.api import router as enterprises_router  # noqa: E402
from actiondesk.finance.api import router as finance_router  # noqa: E402
from actiondesk.innovation.api import router as innovation_router  # noqa: E402
from actiondesk.investment.api import router as investment_router  # noqa: E402
from actiondesk.orders.api import router as orders_router  # noqa: E402
from actiondesk.org.api import router as org_router  # noqa: E402
from actiondesk.parks.api import router as parks_router  # noqa: E402
from actiondesk.plans.api import router as plans_router  # noqa: E402
from actiondesk.projects.api import router as projects_router  # noqa: E402
from actiondesk.supervision.api import router as supervision_router  # noqa: E402
from actiondesk.transformation.api import router as transformation_router  # noqa: E402

api.add_router("/org/", org_router)
api.add_router("/plans/", plans_router)
api.add_router("/supervision/", supervision_router)
api.add_router("/enterprises/", enterprises_router)
api.add_router("/projects/", projects_router)
api.add_router("/chains/", chains_router)
api.add_router("/transformation/", transformation_router)
api.add_router("/parks/", parks_router)
api.add_router("/finance/", finance_router)
api.add_router("/investment/", investment_router)
api.add_router("/audit/", audit_router)
api.add_router("/orders/", orders_router)
api.add_router("/notifications/", notifications_router)
api.add_router("/innovation/", innovation_router)
api.add_router("/demands/", demands_router)
api.add_router("/chainwork/", chainwork_router)
