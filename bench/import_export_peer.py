"""The peer for the enterprise import: django-import-export 4.4, set up as its documentation recommends
for large files (a ModelResource, ``use_bulk`` with a batch size, ``skip_diff``, a cached instance loader so
rows are matched by 统一社会信用代码 without one query each), reading the same .xlsx through tablib.

It writes the enterprise columns only — not the year figures ActionDesk also stores — so the comparison
flatters the peer.
"""
from django.db import transaction
from import_export import fields, resources, widgets
from import_export.instance_loaders import CachedInstanceLoader
from tablib import Dataset

from actiondesk.enterprises.imports.columns import COLUMNS, ENTERPRISE_KEYS, section_for
from actiondesk.enterprises.models import Enterprise
from actiondesk.parks.models import Park

PEER_KEYS = tuple(k for k in ENTERPRISE_KEYS if k not in ("scale_status", "scale_entered_on"))
_HEADERS = {c.key: c.header for c in COLUMNS}


class _ParkWidget(widgets.ForeignKeyWidget):
    """所在园区 names a registry park of the zone. ForeignKeyWidget looks each row's park up with a query; the peer
    is given the names it needs up front instead (as its documentation suggests for large files), to stay fair."""

    def __init__(self, zone_id: int):
        super().__init__(Park, field="name")
        self.parks = {park.name: park for park in Park.objects.filter(zone_id=zone_id)}

    def clean(self, value, row=None, **kwargs):
        return self.parks.get(str(value).strip()) if value else None


def _widget(key: str, zone_id: int):
    if key == "registered_on":
        return widgets.DateWidget()
    if key == "park":
        return _ParkWidget(zone_id)
    return widgets.CharWidget()


def _resource_class(zone_id: int):
    declared = {key: fields.Field(attribute=key, column_name=_HEADERS[key], widget=_widget(key, zone_id))
                for key in PEER_KEYS}

    class Meta:
        model = Enterprise
        fields = PEER_KEYS
        import_id_fields = ("credit_code",)
        use_bulk = True
        batch_size = 2000
        skip_diff = True
        instance_loader_class = CachedInstanceLoader

    def get_queryset(self):
        return Enterprise.objects.filter(zone_id=zone_id)

    def init_instance(self, row=None):
        return Enterprise(zone_id=zone_id)

    def before_save_instance(self, instance, row, **kwargs):
        instance.industry_section = section_for(instance.industry_code or "")
        instance.former_names = instance.former_names or ""

    return type("EnterpriseResource", (resources.ModelResource,), {
        **declared, "Meta": Meta, "get_queryset": get_queryset, "init_instance": init_instance,
        "before_save_instance": before_save_instance})


def peer_import(data: bytes, zone_id: int) -> int:
    """Read the file with tablib, import it in one transaction; returns the number of rows imported."""
    dataset = Dataset().load(data, format="xlsx")
    if dataset.height and str(dataset[0][0] or "").startswith("填写说明"):
        del dataset[0]  # the template's notes row under the headers
    dataset.headers = [str(h or "").strip() for h in dataset.headers]
    resource = _resource_class(zone_id)()
    with transaction.atomic():
        outcome = resource.import_data(dataset, raise_errors=True, use_transactions=False)
    assert not outcome.has_errors() and not outcome.has_validation_errors()
    return outcome.totals["new"] + outcome.totals["update"]
