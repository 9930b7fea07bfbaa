from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from actiondesk.core.scoping import require_role
from actiondesk.org.choices import Role


@login_required
def upload(request):
    require_role(request.user, Role.ADMIN)
    return render(request, "core/placeholder.html", {"title": "导入方案"})


@login_required
def review(request, pk):
    require_role(request.user, Role.ADMIN)
    return render(request, "core/placeholder.html", {"title": "核对方案"})
