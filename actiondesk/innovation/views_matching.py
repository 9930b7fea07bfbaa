"""Achievements that could answer a scene demand (the matcher over the 科技成果 registry)."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from actiondesk.core.scoping import get_visible_or_404
from actiondesk.innovation import selectors
from actiondesk.innovation.choices import SceneKind
from actiondesk.innovation.models import SceneItem


@login_required
def scene_achievements(request, pk):
    scene = get_visible_or_404(SceneItem.objects.select_related("department", "chain"), request.user, pk=pk,
                               kind=SceneKind.DEMAND)
    return render(request, "innovation/scene_achievements.html", {
        "scene": scene, "matches": selectors.achievements_for_scene(scene)})
