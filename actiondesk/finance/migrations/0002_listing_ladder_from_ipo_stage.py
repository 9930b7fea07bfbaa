"""The listing ladder replaces the registry's single 上市进程 field (enterprises.Certification.ipo_stage): each
value becomes the enterprise's ListingStep (上市后备 → 培育, 辅导备案, 申报受理/审核通过 → 申报, 已上市 → 上市),
dated with the certification's date and kept by the zone's 财政金融局 when it has one."""
from django.db import migrations

FROM_IPO_STAGE = {"reserve": "cultivating", "tutoring": "tutoring", "filed": "filed", "approved": "filed",
                  "listed": "listed"}
FINANCE_DEPARTMENT = "财政金融局"


def forwards(apps, schema_editor):
    Certification = apps.get_model("enterprises", "Certification")
    ListingStep = apps.get_model("finance", "ListingStep")
    Department = apps.get_model("org", "Department")
    owners = dict(Department.objects.filter(name=FINANCE_DEPARTMENT).values_list("zone_id", "pk"))
    steps = {}
    for cert in (Certification.objects.exclude(ipo_stage="").select_related("enterprise")
                 .order_by("enterprise_id", "granted_on", "pk")):
        stage = FROM_IPO_STAGE.get(cert.ipo_stage)
        if stage is None:
            continue
        steps[(cert.enterprise_id, stage)] = ListingStep(
            enterprise_id=cert.enterprise_id, stage=stage, reached_on=cert.granted_on,
            department_id=owners.get(cert.enterprise.zone_id), note=(cert.source or "")[:200])
    ListingStep.objects.bulk_create(steps.values())


def backwards(apps, schema_editor):
    Certification = apps.get_model("enterprises", "Certification")
    ListingStep = apps.get_model("finance", "ListingStep")
    back = {"cultivating": "reserve", "tutoring": "tutoring", "filed": "filed", "listed": "listed"}
    order = list(back)
    furthest = {}
    for step in ListingStep.objects.all():
        if order.index(step.stage) >= order.index(furthest.get(step.enterprise_id, "cultivating")):
            furthest[step.enterprise_id] = step.stage
    for enterprise_id, stage in furthest.items():
        Certification.objects.filter(enterprise_id=enterprise_id, kind="listed").update(ipo_stage=back[stage])


class Migration(migrations.Migration):

    dependencies = [
        ('finance', '0001_initial'),
        ('enterprises', '0009_enterpriseyearfigures_energy_tce_parktenancy'),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
