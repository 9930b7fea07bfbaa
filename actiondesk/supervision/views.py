from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _


@login_required
def index(request):
    # Placeholder until this area's pages are built.
    return render(request, "core/placeholder.html", {"title": _("挂图作战")})
