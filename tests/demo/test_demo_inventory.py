"""The demo site, item by item, against a snapshot taken from the loader (inventory.json): the
pages by locale (address, title, kind, live, privacy), the taxonomy's rows in each language,
the documents and images, the forums, the questions and the practice data. Moving or reshaping
the demo content (issue 20: data files and a thin loader) must give the same site.

After a deliberate change to the demo content, write the snapshot again with
`UPDATE_DEMO_INVENTORY=1 pytest tests/demo/test_demo_inventory.py` and review its diff."""

import json
import os
from pathlib import Path

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from cen_portal.taxonomy import Country, ElectionManagementBody, KeyPrinciple, PracticeArea, Region
from forums.models import Category, Thread
from indicators.models import Indicator, IndicatorValue
from questions.models import Question

SNAPSHOT = Path(__file__).with_name("inventory.json")


def restriction(page):
    restrictions = PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True))
    return sorted({r.restriction_type for r in restrictions})


def term_key(term):
    return getattr(term, "slug", None) or term.country.iso_code


def inventory():
    pages = {}
    for page in Page.objects.filter(depth__gt=1).select_related("locale", "content_type").order_by("path"):
        pages.setdefault(page.locale.language_code, []).append(
            [page.url_path, page.title, page.content_type.model, page.live, restriction(page)]
        )
    terms = {
        model.__name__: sorted(
            [
                row.locale.language_code,
                term_key(row),
                *(str(getattr(row, name)) for name in model.translated_text_fields),
            ]
            for row in model._default_manager.select_related("locale")
        )
        for model in (KeyPrinciple, PracticeArea, Region, ElectionManagementBody)
    }
    terms["Country"] = sorted(
        [country.iso_code, country.name, country.region.slug] for country in Country.objects.all()
    )
    return {
        "pages": pages,
        "taxonomy": terms,
        "documents": sorted([d.title, d.collection.name] for d in get_document_model().objects.all()),
        "images": sorted([i.title, i.collection.name] for i in get_image_model().objects.all()),
        "forums": sorted(
            [thread.category.name, thread.title, thread.posts.count()]
            for thread in Thread.objects.select_related("category")
        ),
        "forum_categories": sorted(Category.objects.values_list("name", flat=True)),
        "questions": sorted([q.title, q.stage, q.visibility, q.answers.count()] for q in Question.objects.all()),
        "indicators": sorted(
            [indicator.code, indicator.name, IndicatorValue.objects.filter(indicator=indicator).count()]
            for indicator in Indicator.objects.all()
        ),
    }


def test_the_demo_site_is_the_one_in_the_snapshot():
    loaded = json.loads(json.dumps(inventory()))  # lists, as the snapshot holds them
    if os.environ.get("UPDATE_DEMO_INVENTORY"):
        SNAPSHOT.write_text(json.dumps(loaded, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    snapshot = json.loads(SNAPSHOT.read_text())
    for part in snapshot:
        assert loaded[part] == snapshot[part], f"The demo's {part} differ from tests/demo/inventory.json"
    assert set(loaded) == set(snapshot)
