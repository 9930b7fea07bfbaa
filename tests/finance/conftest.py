import pytest

from actiondesk.enterprises.models import Enterprise


@pytest.fixture
def dave(make_user, departments):
    """财政金融局 staff: the department that keeps 金融+."""
    return make_user("dave", "department", departments["财政金融局"])


@pytest.fixture
def firm(zone):
    return Enterprise.objects.create(zone=zone, credit_code="91210400MA0FINANC1", name="沈抚融资测试有限公司")
