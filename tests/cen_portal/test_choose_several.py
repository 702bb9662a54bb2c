"""Choosing several countries, EMBs or members: checkboxes grouped by region, in the reader's
order, with what is chosen kept open. No form on the site or in the admin asks for Ctrl-click
(a `<select multiple>`), which is awkward with a keyboard and nearly unusable on a phone."""

import re

import pytest
from django import forms
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casestudies.models import CaseStudyPage
from cen_portal.forms import ChooseSeveral
from cen_portal.taxonomy import Country
from guidance.models import GuidancePage
from questions.models import Question
from tests.demo_world import load_demo
from tests.factories import CountryFactory, RegionFactory, UserFactory, member, secretariat_user, with_authenticator
from workinggroups.models import ReportPage

pytestmark = pytest.mark.django_db


class CountriesForm(forms.Form):
    countries = forms.ModelMultipleChoiceField(
        queryset=Country.objects.all(), to_field_name="iso_code", widget=ChooseSeveral(group_by="region")
    )


def rendered_groups(html):
    """[(group heading, [(label, checked)])] as the reader sees the list."""
    groups = []
    for summary, items in re.findall(r"<summary>(.*?) <span.*?</summary>\s*<ul>(.*?)</ul>", html, re.S):
        options = re.findall(r'<input type="checkbox"[^>]*?( checked)?> <span>([^<]*)</span>', items)
        groups.append((summary, [(label, bool(checked)) for checked, label in options]))
    return groups


@pytest.fixture
def two_regions(db):
    pacific = RegionFactory(name="Pacific", slug="pacific", sort_order=5)
    africa = RegionFactory(name="Africa", slug="africa", sort_order=1)
    for iso_code, name, region in [
        ("ZA", "South Africa", africa),
        ("GH", "Ghana", africa),
        ("FJ", "Fiji", pacific),
        ("WS", "Samoa", pacific),
        ("TO", "Tonga", pacific),
    ]:
        CountryFactory(iso_code=iso_code, name=name, region=region)
    return africa, pacific


def test_choices_are_grouped_by_region_in_the_regions_order_and_the_readers_alphabet(two_regions):
    html = str(CountriesForm()["countries"])
    assert rendered_groups(html) == [
        ("Africa", [("Ghana", False), ("South Africa", False)]),
        ("Pacific", [("Fiji", False), ("Samoa", False), ("Tonga", False)]),
    ]
    with translation.override("fr"):
        french = rendered_groups(str(CountriesForm()["countries"]))
    # Country names from the CLDR, sorted as a French reader reads them.
    assert [label for label, _checked in french[0][1]] == ["Afrique du Sud", "Ghana"]


def test_a_group_with_a_choice_in_it_is_open_and_says_how_many(two_regions):
    form = CountriesForm(data={"countries": ["FJ", "TO"]})
    html = str(form["countries"])
    assert rendered_groups(html)[1] == ("Pacific", [("Fiji", True), ("Samoa", False), ("Tonga", True)])
    assert '<details class="choose-several__group" open' in html
    assert "(2 chosen)" in html
    # Africa, with nothing chosen, stays folded.
    assert html.count("<details") == 2 and html.count("open data-choose-several-group") == 1


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(chosen=st.sets(st.sampled_from(["ZA", "GH", "FJ", "WS", "TO", "XX", "<b>"])))
def test_exactly_what_was_chosen_is_ticked_and_every_choice_is_offered_once(two_regions, chosen):
    form = CountriesForm(data={"countries": sorted(chosen)})
    groups = rendered_groups(str(form["countries"]))
    offered = [label for _group, options in groups for label, _checked in options]
    assert sorted(offered) == ["Fiji", "Ghana", "Samoa", "South Africa", "Tonga"]
    names = dict(Country.objects.values_list("iso_code", "name"))
    ticked = {label for _group, options in groups for label, checked in options if checked}
    assert ticked == {names[code] for code in chosen if code in names}


def test_the_list_costs_the_same_few_queries_however_many_choices_it_holds(two_regions):
    def queries_to_render():
        with CaptureQueriesContext(connection) as queries:
            str(CountriesForm()["countries"])
        return len(queries)

    few = queries_to_render()
    for number in range(20):
        CountryFactory(region=two_regions[number % 2])
    assert queries_to_render() == few


def test_a_chosen_country_is_kept_when_the_form_comes_back_with_errors(two_regions):
    """Re-rendered forms keep the choice: nothing a person chose is lost."""
    form = CountriesForm(data={"countries": ["WS", "XX"]})
    assert not form.is_valid()
    assert ("Samoa", True) in rendered_groups(str(form["countries"]))[1][1]


# Every form that asks for several items ---------------------------------------------------


@pytest.fixture
def demo(db):
    load_demo()


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def form_pages():
    """(who, address) of each form that offers several countries, EMBs or members."""
    routed = Question.objects.get(stage=Question.Stage.ROUTED)
    case_study, report, guidance = (
        model.objects.filter(locale__language_code="en").first() for model in (CaseStudyPage, ReportPage, GuidancePage)
    )
    return [
        ("member", "/en/ask/"),
        ("member", "/fr/ask/"),
        ("member", "/en/share-your-practice/"),
        ("anonymous", "/en/practice-data/"),
        ("anonymous", "/fr/practice-data/?emb=1&emb=2"),
        ("Secretariat", f"/en/questions/{routed.pk}/"),
        ("editor", f"/admin/pages/{case_study.pk}/edit/"),
        ("editor", f"/admin/pages/{report.pk}/edit/"),
        ("editor", f"/admin/pages/{guidance.pk}/edit/"),
        ("editor", f"/admin/pages/{report.get_parent().pk}/edit/"),
    ]


def test_no_form_asks_for_ctrl_click_and_each_list_of_several_is_grouped(demo):
    editor = UserFactory(is_staff=True, is_superuser=True)
    with_authenticator(editor)  # or the admin sends them to set up a second factor
    clients = {
        "anonymous": Client(),
        "member": signed_in(member()),
        "Secretariat": signed_in(secretariat_user()),
        "editor": signed_in(editor),
    }
    for who, address in form_pages():
        response = clients[who].get(address, HTTP_HOST="localhost")
        assert response.status_code == 200, (who, address)
        html = response.content.decode()
        assert not re.search(r"<select[^>]*\bmultiple\b", html), f"{address} has a Ctrl-click list"
        assert "Hold Ctrl" not in html, address
        assert "data-choose-several" in html, f"{address} offers no list of several"
        assert rendered_groups(html), address
