"""Every business table belongs to one zone and says how to reach it (``scope_zone``): the page scoping
relies on it today, and it keeps the way open to distributing the data by zone (docs/DEPLOYMENT.md, Citus)."""
import pytest
from django.apps import apps

from actiondesk.org.models import Zone

# Not business data of a zone: a user's API credential lives with the user accounts; the scheduler's
# bookkeeping (one row per periodic schedule) is the deployment's, shared by every zone (a reference table).
NOT_ZONED = {"core.ApiToken", "core.ScheduleRun"}


def _project_models():
    return [m for m in apps.get_models() if m.__module__.startswith("actiondesk.")
            and m._meta.label not in NOT_ZONED and not m._meta.abstract]


def _walk(model, path: str):
    """Follow the lookup field by field; returns the model it ends on."""
    for part in filter(None, path.split("__")):
        field = model._meta.get_field(part)
        assert field.is_relation and not field.many_to_many, f"{model.__name__}.{part} is not a single relation"
        model = field.related_model
    return model


@pytest.mark.parametrize("model", _project_models(), ids=lambda m: m._meta.label)
def test_every_business_model_reaches_its_zone_through_scope_zone(model):
    assert hasattr(model, "scope_zone"), f"{model._meta.label} does not declare scope_zone"
    assert _walk(model, model.scope_zone) is Zone
    lookup = f"{model.scope_zone}__pk" if model.scope_zone else "pk"
    assert "zone" in str(model._default_manager.filter(**{lookup: 1}).query).lower() or model is Zone


def test_the_exempt_list_names_only_existing_models():
    for label in NOT_ZONED:
        assert apps.get_model(label) is not None


def test_a_model_without_scope_zone_or_with_a_path_short_of_the_zone_is_caught():
    from actiondesk.org.models import Department

    with pytest.raises(AssertionError):
        test_every_business_model_reaches_its_zone_through_scope_zone(type("Loose", (), {"_meta": Zone._meta}))
    short = type("Short", (), {"_meta": Department._meta, "scope_zone": "", "_default_manager": Department.objects})
    with pytest.raises(AssertionError):
        test_every_business_model_reaches_its_zone_through_scope_zone(short)
