"""Case studies in two languages and the helpers the French search tests search them with
(test_french.py reads them; test_french_changes.py adds to its own copy)."""

from wagtail.models import Locale, PageViewRestriction

from search import service
from search.contract import KnowledgeQuery
from tests.factories import CaseStudyPageFactory, CountryFactory, KeyPrincipleFactory, RegionFactory
from tests.search.conftest import reindex_all
from tests.search.contract_corpus import answering_backend, paragraph

ITEMS = ["case-study"]


def translate(page, **fields):
    """The page's French translation (wagtail-localize's copy), with French text, published."""
    translation = page.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def build_bilingual(sections):
    """Case studies in English with French translations, one of them for members only; indexed."""
    africa = RegionFactory(name="Africa", slug="africa")
    kenya = CountryFactory(iso_code="KE", name="Kenya", region=africa)
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    accessible = KeyPrincipleFactory(name="Accessible", slug="accessible")
    studies = sections["case_studies"]
    items = {
        "rumours_en": CaseStudyPageFactory(
            parent=studies,
            title="Countering disinformation in Kenya on polling day",
            summary="The election management body answered rumours on social media within the hour.",
            body=paragraph("Staff kept a ledger of false claims and published corrections with the police."),
            countries=[kenya],
            principles=[responsive],
            year=2022,
        ),
        "registration_en": CaseStudyPageFactory(
            parent=studies,
            title="Online voter registration for citizens abroad",
            summary="A web form let citizens abroad register before the deadline.",
            countries=[kenya],
            principles=[accessible],
            year=2020,
        ),
    }
    items["rumours_fr"] = translate(
        items["rumours_en"],
        title="Contrer la désinformation au Kenya le jour du scrutin",
        summary="L'organe de gestion des élections a répondu aux rumeurs sur les réseaux sociaux en une heure.",
        body=paragraph(
            "Le personnel a tenu un registre des fausses affirmations électorales et publié des rectificatifs."
        ),
    )
    items["members_en"] = CaseStudyPageFactory(
        parent=studies,
        title="Briefing for members on escalation",
        summary="Contacts at the platforms, for members only.",
        countries=[kenya],
        principles=[responsive],
        year=2021,
    )
    PageViewRestriction.objects.create(page=items["members_en"], restriction_type=PageViewRestriction.LOGIN)
    items["members_fr"] = translate(
        items["members_en"],
        title="Note aux membres sur l'escalade des signalements",
        summary="Les contacts auprès des plateformes de réseaux sociaux, réservés aux membres.",
    )
    # The translation's own tree lost its restriction: the English page's still holds for it.
    PageViewRestriction.objects.filter(page=items["members_fr"]).delete()
    reindex_all()
    return items


def search(text="", user=None, language="fr", filters=None, **options):
    filters = {"kind": ITEMS, **(filters or {})}
    results = service.search(KnowledgeQuery(text=text, language=language, filters=filters, **options), user)
    assert results.backend == answering_backend() and not results.fallback
    return results
