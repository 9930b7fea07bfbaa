import datetime

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.innovation import services, services_scenes
from actiondesk.innovation.choices import SceneKind


@pytest.fixture
def robot_chain(zone, departments):
    from actiondesk.chains.models import Chain

    return Chain.objects.create(zone=zone, name="特种机器人", industry="equipment", department=departments["产业创新局"])


@pytest.fixture
def enterprises(zone):
    return Enterprise.objects.bulk_create([
        Enterprise(zone=zone, credit_code=f"91210400MA{i:08d}", name=name)
        for i, name in enumerate(["沈抚精工装备有限公司", "辽宁鹏悦科技有限公司", "沈抚新材料有限公司"])])


@pytest.fixture
def achievement(zone, departments):
    return services.achievement_create(
        zone=zone, acting_user=SYSTEM, found_on=datetime.date(2026, 2, 10), code="CG-2026-001",
        title="稀土钢纯净度控制技术", institution="中科院金属所", field="稀土钢", industry="materials", trl=5,
        expected_value=800, description="稀土微合金化处理降低钢中氧、硫含量")


@pytest.fixture
def scenes(zone, departments):
    """A demand of 发展改革局 and two supplies, one of 产业创新局 that answers it."""
    make = lambda **f: services_scenes.scene_create(zone=zone, acting_user=SYSTEM, **f)  # noqa: E731
    demand = make(kind=SceneKind.DEMAND, title="焊缝缺陷自动检测", party="沈抚精工装备有限公司",
                  description="压力容器产线焊接后靠人工目视检查焊缝，漏检气孔和裂纹，希望引入机器视觉检测。",
                  industry="equipment", category="manufacturing", department=departments["发展改革局"], is_ai=True)
    vision = make(kind=SceneKind.SUPPLY, title="焊缝表面缺陷在线视觉检测系统", party="辽宁智视科技",
                  description="基于深度学习的机器视觉方案，识别气孔、裂纹、咬边，检出率99%。", industry="equipment",
                  category="manufacturing", level="provincial", department=departments["产业创新局"], is_ai=True)
    hydrogen = make(kind=SceneKind.SUPPLY, title="碱性电解水制氢装备", party="沈抚氢能", description="千方级电解槽，风光耦合制氢。",
                    industry="other", category="energy", department=departments["投资促进局"])
    return demand, vision, hydrogen
