"""Whatever a person types into the public membership request form, they get the form back
with clear messages or a confirmation; never a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from members.models import MembershipRequest
from tests.factories import ElectionManagementBodyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def emb():
    return ElectionManagementBodyFactory(name="Fijian Elections Office")


FIELDS = ["first_name", "last_name", "email", "job_title", "emb", "message"]
typed_text = st.text(max_size=300) | st.sampled_from(["", " ", "\x00", "<script>x</script>", "a@b", "x" * 3000])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.fixed_dictionaries({name: typed_text for name in FIELDS}))
def test_any_typed_request_is_answered_clearly(client, emb, data):
    data = {**data, "emb": data["emb"] or str(emb.pk)}
    response = client.post("/en/members/join/", data)
    assert response.status_code in {200, 302, 429}
    if response.status_code == 200:
        assert "Please correct the following" in response.content.decode()
    MembershipRequest.objects.all().delete()
