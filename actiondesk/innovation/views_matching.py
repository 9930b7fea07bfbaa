"""Achievements that could answer a scene demand (the matcher over the 科技成果 registry), and the page where a
zone admin names the departments that keep the innovation registries and the 场景项目库."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from actiondesk.core.scoping import get_visible_or_404, require_role
from actiondesk.innovation import selectors, services
from actiondesk.innovation.choices import KeeperArea, SceneKind
from actiondesk.innovation.forms import KeepersForm
from actiondesk.innovation.models import InnovationKeeper, SceneItem
from actiondesk.innovation.models.keepers import DEFAULT_KEEPERS, keeper_department_ids
from actiondesk.org.choices import Role
from actiondesk.org.models import Zone


@login_required
def scene_achievements(request, pk):
    scene = get_visible_or_404(SceneItem.objects.select_related("department", "chain"), request.user, pk=pk,
                               kind=SceneKind.DEMAND)
    return render(request, "innovation/scene_achievements.html", {
        "scene": scene, "matches": selectors.achievements_for_scene(scene)})


@login_required
def keepers(request):
    access = require_role(request.user, Role.ADMIN)
    zone = Zone.objects.get(pk=access.zone_id)
    named = set(InnovationKeeper.objects.filter(zone=zone).values_list("area", flat=True))
    form = KeepersForm(request.POST or None, zone=zone, initial={
        area: sorted(keeper_department_ids(zone.pk, area)) for area in KeeperArea.values})
    if request.method == "POST" and form.is_valid():
        try:
            for area in KeeperArea.values:
                services.keepers_set(zone=zone, area=area, departments=list(form.cleaned_data[area]),
                                     acting_user=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("已保存科技创新维护部门"))
            return redirect("innovation:keepers")
    defaults = [{"area": label, "department": DEFAULT_KEEPERS[area], "named": area in named}
                for area, label in KeeperArea.choices]
    return render(request, "innovation/keepers.html", {"form": form, "defaults": defaults},
                  status=400 if form.errors else 200)
