"""The taxonomy in the Wagtail admin: one menu group, each list filterable and searchable."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .taxonomy import Country, ElectionManagementBody, KeyPrinciple, PracticeArea, Region


class KeyPrincipleViewSet(SnippetViewSet):
    model = KeyPrinciple
    icon = "pick"
    list_display = ["name", "summary", "sort_order"]
    search_fields = ["name", "summary"]
    search_backend_name = None
    ordering = ["sort_order"]


class PracticeAreaViewSet(SnippetViewSet):
    model = PracticeArea
    icon = "list-ol"
    list_display = ["number", "title", "summary"]
    list_filter = ["principles"]
    search_fields = ["number", "title", "summary"]
    search_backend_name = None
    ordering = ["sort_order", "number"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    search_backend_name = None


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "iso_code", "region"]
    list_filter = ["region"]
    search_fields = ["name", "iso_code"]
    search_backend_name = None
    list_per_page = 60


class ElectionManagementBodyViewSet(SnippetViewSet):
    model = ElectionManagementBody
    icon = "group"
    menu_label = "EMBs"
    list_display = ["name", "abbreviation", "country"]
    list_filter = ["country__region", "country"]
    search_fields = ["name", "abbreviation", "country__name"]
    search_backend_name = None


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy"
    menu_icon = "tag"
    menu_order = 300
    items = (KeyPrincipleViewSet, PracticeAreaViewSet, RegionViewSet, CountryViewSet, ElectionManagementBodyViewSet)


register_snippet(TaxonomyViewSetGroup)
