"""Who edits the innovation records: the keepers of the two areas innovation registers with ``core.keepers``
(admins name them; until then the plan's lead departments, ``DEFAULT_KEEPERS``) and the scoping mixins the records
use."""
from django.utils.translation import gettext_lazy as _

from actiondesk.core.keepers import edit_q, keeper_department_ids, keeps, register_area
from actiondesk.innovation.choices import KeeperArea

MONEY = {"max_digits": 14, "decimal_places": 2}
# The departments that keep each area while a zone has named none (the plan's lead departments).
DEFAULT_KEEPERS = {KeeperArea.REGISTRY: "产业创新局", KeeperArea.SCENES: "发展改革局"}

__all__ = ["DEFAULT_KEEPERS", "MONEY", "RegistryKept", "SceneKept", "edit_q", "keeper_department_ids", "keeps",
           "register_keeper_areas"]


def register_keeper_areas() -> None:
    """Called by InnovationConfig.ready."""
    register_area(KeeperArea.REGISTRY.value, KeeperArea.REGISTRY.label, DEFAULT_KEEPERS[KeeperArea.REGISTRY],
                  _("科技成果、创新平台、创新活动、技术合同、人才与高价值成果规则"))
    register_area(KeeperArea.SCENES.value, KeeperArea.SCENES.label, DEFAULT_KEEPERS[KeeperArea.SCENES],
                  _("场景项目库：应用场景与场景需求、对接与撮合"))


class RegistryKept:
    @classmethod
    def scope_edit_q(cls, access):
        return edit_q(access, KeeperArea.REGISTRY)


class SceneKept:
    @classmethod
    def scope_edit_q(cls, access):
        return edit_q(access, KeeperArea.SCENES)
