import pytest

from actiondesk.chains.choices import ChainKind
from actiondesk.chains.models import Chain


@pytest.fixture
def chief(make_user):
    """张副主任, a zone leader who is the 链长 of 特种机器人."""
    user = make_user("zhang", "leader")
    user.first_name = "张副主任"
    user.save()
    return user


@pytest.fixture
def robot_chain(zone, departments, chief):
    return Chain.objects.create(zone=zone, name="特种机器人", kind=ChainKind.STRATEGIC, industry="equipment",
                                department=departments["产业创新局"], chief=chief)


@pytest.fixture
def robot_plan(robot_chain, get_task, chief):
    """特种机器人's 2026 plan, carrying out task 2 of the small plan (产业创新局 and 投资促进局 support it)."""
    from actiondesk.chainwork import services
    from actiondesk.core.scoping import SYSTEM

    return services.plan_save(chain=robot_chain, year=2026, task=get_task(2), acting_user=SYSTEM)  # set-up
