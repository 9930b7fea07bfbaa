from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from actiondesk.projects.approval_defaults import seed_steps


class ProjectsConfig(AppConfig):
    name = "actiondesk.projects"
    label = "projects"
    verbose_name = _("项目台账")

    def ready(self):
        from django.db.models.signals import post_save

        from actiondesk.org.models import Zone  # models load only once the app registry is ready

        # A new zone gets the default approval steps when it is created (existing zones got them from the
        # migration), so no page creates them on first view.
        post_save.connect(_zone_created, sender=Zone, dispatch_uid="projects_default_approval_steps")

        # Imported here, not at the top: the panels read models, which are not loaded when apps.py is imported.
        from actiondesk.projects import panels

        panels.register()


def _zone_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        # Imported here: apps.py is loaded before any model.
        from actiondesk.org.models import Department
        from actiondesk.projects.models import ApprovalStep

        seed_steps(ApprovalStep, Department, instance.pk)
