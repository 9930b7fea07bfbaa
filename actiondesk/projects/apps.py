from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "actiondesk.projects"
    label = "projects"
    verbose_name = _("项目台账")

    def ready(self):
        # Imported here, not at the top: the panels read models, which are not loaded when apps.py is imported.
        from actiondesk.projects import panels

        panels.register()
