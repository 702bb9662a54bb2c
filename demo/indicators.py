"""Demo practice data: indicators drawn from the guide's good-practice areas 3.1-3.10, and
illustrative values for the demo EMBs.

Every value is marked illustrative: it shows how the comparison works, it does not describe
the real body. Sources point at the EMB's public website or at the guide's section.
"""

import datetime
import hashlib

from cen_portal.taxonomy import ElectionManagementBody, KeyPrinciple, PracticeArea, save_translation
from demo.datafiles import read
from demo.translations import typeset_french
from indicators.models import UNKNOWN, Indicator, IndicatorValue

DATA = read("indicators")

GUIDE = "CEN guide, New Media and the Conduct of Elections (2016)"

INDICATORS = DATA["INDICATORS"]
FRENCH = DATA["FRENCH"]

# A few values follow the demo case studies (which are illustrative too), so the comparison and
# the case studies tell the same story.
FROM_CASE_STUDIES = {
    ("Australian Electoral Commission", "mfa-official-accounts"): "yes",
    ("Malawi Electoral Commission", "staff-social-media-code"): "yes",
    ("Electoral Commission for Sierra Leone", "rumour-response-procedure"): "yes",
    ("Electoral Commission for Sierra Leone", "polling-day-desk"): "yes",
    ("Independent Electoral and Boundaries Commission", "new-media-staff"): 6,
    ("Fijian Elections Office", "lessons-learned-review"): 2018,
    ("Election Commission of Pakistan", "written-new-media-strategy"): "yes",
    ("Election Commission of India", "accessible-formats"): ["audio", "large-print", "several-languages"],
    ("Electoral Commission (New Zealand)", "accessible-formats"): ["sign-language", "easy-read", "several-languages"],
}
AS_OF = datetime.date(2019, 6, 30)


def pick(emb, code, count):
    """A stable number below `count` for this EMB and indicator (the same on every load)."""
    digest = hashlib.sha256(f"{emb.name}|{code}".encode()).digest()
    return digest[0] % count


def illustrative_value(emb, indicator):
    """A plausible value, or None (not recorded) for about one value in eight."""
    if (emb.name, indicator.code) in FROM_CASE_STUDIES:
        return FROM_CASE_STUDIES[(emb.name, indicator.code)]
    roll = pick(emb, indicator.code, 16)
    if roll < 2:
        return None
    if roll == 2:
        return UNKNOWN
    if indicator.kind == Indicator.Kind.YES_NO:
        return ["yes", "yes", "partly", "no"][roll % 4]
    if indicator.kind == Indicator.Kind.CHOICE:
        options = [value for value, _label in indicator.option_pairs()]
        return options[roll % len(options)]
    if indicator.kind == Indicator.Kind.CHOICES:
        options = [value for value, _label in indicator.option_pairs()]
        return [value for position, value in enumerate(options) if (roll >> (position % 4)) & 1] or options[:1]
    if indicator.kind == Indicator.Kind.NUMBER:
        return roll % 9
    return 2012 + roll % 8


def source_of(emb, indicator):
    if emb.website and indicator.practice_area.number in {"3.2", "3.4", "3.8"}:
        return {"source_url": emb.website, "source_title": f"{emb.name} website"}
    return {"source_title": f"{GUIDE}, section {indicator.practice_area.number}"}


def load():
    principles = {principle.slug: principle for principle in KeyPrinciple.objects.all()}
    areas = {area.number: area for area in PracticeArea.objects.all()}
    indicators = []
    for order, data in enumerate(INDICATORS):
        indicator, _created = Indicator.objects.get_or_create(
            code=data["code"],
            defaults={
                "name": data["name"],
                "question": data["question"],
                "definition": data["definition"],
                "kind": data["kind"],
                "options": data.get("options", ""),
                "unit": data.get("unit", ""),
                "principle": principles[data["principle"]],
                "practice_area": areas[data["area"]],
                "sort_order": order,
            },
        )
        indicators.append(indicator)
        # Again on every load: it updates the same French row.
        save_translation(indicator, "fr", typeset_french(FRENCH[indicator.code]))
    for emb in ElectionManagementBody.objects.all():
        for indicator in indicators:
            if IndicatorValue.objects.filter(emb=emb, indicator=indicator).exists():
                continue  # recorded already (or corrected since): leave it
            value = illustrative_value(emb, indicator)
            if value is not None:
                IndicatorValue.record(
                    emb=emb,
                    indicator=indicator,
                    value=value,
                    as_of=AS_OF,
                    illustrative=True,
                    **source_of(emb, indicator),
                )
