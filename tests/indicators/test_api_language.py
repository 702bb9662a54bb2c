"""The practice-data API answers in the language asked for (lang=en|fr): its messages, never a
server error for a language it does not offer."""

import pytest

pytestmark = pytest.mark.django_db


def test_messages_come_in_the_language_asked_for(client):
    french = client.get("/api/v1/practice-data", {"region": "atlantis", "lang": "fr"})
    assert french.status_code == 200
    assert french.json()["messages"] == [
        "Ou une région\u00a0: «\u00a0atlantis\u00a0» n’est pas une région connue\u00a0; ce choix a été écarté."
    ]
    english = client.get("/api/v1/practice-data", {"region": "atlantis"})
    assert english.json()["messages"] == ["Or a region: “atlantis” is not a known region, so it was left out."]


@pytest.mark.parametrize("lang", ["de", "", "FR", "fr-ca"])
def test_a_language_it_does_not_offer_is_refused_with_a_message(client, lang):
    response = client.get("/api/v1/practice-data", {"lang": lang})
    assert response.status_code == 422
