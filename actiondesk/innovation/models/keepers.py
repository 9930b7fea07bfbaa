"""Who edits the innovation records: the keepers of the two areas innovation registers with ``core.keepers``
(admins name them; until then the plan's lead departments, ``DEFAULT_KEEPERS``) and the scoping mixins the records
use."""
from actiondesk.core.keepers import edit_q, keeper_department_ids, keeps
from actiondesk.innovation.choices import KeeperArea

MONEY = {"max_digits": 14, "decimal_places": 2}
# The departments that keep each area while a zone has named none (the plan's lead departments).
DEFAULT_KEEPERS = {KeeperArea.REGISTRY: "产业创新局", KeeperArea.SCENES: "发展改革局"}

__all__ = ["DEFAULT_KEEPERS", "MONEY", "RegistryKept", "SceneKept", "edit_q", "keeper_department_ids", "keeps"]


class RegistryKept:
    @classmethod
    def scope_edit_q(cls, access):
        return edit_q(access, KeeperArea.REGISTRY)


class SceneKept:
    @classmethod
    def scope_edit_q(cls, access):
        return edit_q(access, KeeperArea.SCENES)
