from django.db import migrations


class Migration(migrations.Migration):
    """The due date lives on the item's milestones now (moved by 0003, apart so PostgreSQL alters the table
    after the data step's transaction)."""

    dependencies = [("chainwork", "0003_plan_item_due_dates_to_milestones")]

    operations = [migrations.RemoveField(model_name="chainplanitem", name="due_on")]
