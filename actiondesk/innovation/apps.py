from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InnovationConfig(AppConfig):
    name = "actiondesk.innovation"
    label = "innovation"
    verbose_name = _("科技创新与场景")

    def ready(self):
        # Imported here: core.keepers reads models, which are not loaded when apps.py is imported.
        from actiondesk.core.keepers import register_area
        from actiondesk.innovation.choices import KeeperArea
        from actiondesk.innovation.models.keepers import DEFAULT_KEEPERS

        register_area(KeeperArea.REGISTRY.value, KeeperArea.REGISTRY.label, DEFAULT_KEEPERS[KeeperArea.REGISTRY],
                      _("科技成果、创新平台、创新活动、技术合同、人才与高价值成果规则"))
        register_area(KeeperArea.SCENES.value, KeeperArea.SCENES.label, DEFAULT_KEEPERS[KeeperArea.SCENES],
                      _("场景项目库：应用场景与场景需求、对接与撮合"))
