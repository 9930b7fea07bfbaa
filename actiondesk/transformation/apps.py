"""数智绿色转型: 附件3: diagnoses, 智改数转 projects, smart and green factory ratings, cases, solutions and the 场景指南."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TransformationConfig(AppConfig):
    name = "actiondesk.transformation"
    label = "transformation"
    verbose_name = _("数智绿色转型")

    def ready(self):
        # Imported here, not at the top: the panel reads models, which are not loaded when apps.py is imported.
        from actiondesk.transformation import panels

        panels.register()

        # Imported here: it reads core's models, which are not loaded when apps.py is imported.
        from actiondesk.transformation.permissions import register_keeper_areas

        register_keeper_areas()
