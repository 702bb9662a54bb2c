"""Demo practice data: indicators drawn from the guide's good-practice areas 3.1-3.10, and
illustrative values for the demo EMBs.

Every value is marked illustrative: it shows how the comparison works, it does not describe
the real body. Sources point at the EMB's public website or at the guide's section.
"""

import datetime
import hashlib

from cen_portal.taxonomy import ElectionManagementBody, KeyPrinciple, PracticeArea
from indicators.models import UNKNOWN, Indicator, IndicatorValue

GUIDE = "CEN guide, New Media and the Conduct of Elections (2016)"

INDICATORS = [
    {
        "code": "written-new-media-strategy",
        "name": "Written new-media strategy",
        "question": "Does the EMB have a written new-media strategy with stated goals?",
        "definition": "A strategy document, adopted by the EMB, that says what its use of new media should "
        "achieve and how success is measured. A draft or an unwritten practice counts as “partly”.",
        "kind": Indicator.Kind.YES_NO,
        "area": "3.1",
        "principle": "capacity",
    },
    {
        "code": "offline-fallback-plan",
        "name": "Plan for technology failure",
        "question": "Does the strategy say how the EMB communicates if its online channels fail?",
        "definition": "A written alternative (radio, print, text messages, public notices) for the day the "
        "platforms, the network or the power fail.",
        "kind": Indicator.Kind.YES_NO,
        "area": "3.1",
        "principle": "responsive",
    },
    {
        "code": "official-platforms",
        "name": "Platforms with official accounts",
        "question": "On which platforms does the EMB run official accounts?",
        "definition": "Accounts run by the EMB itself and named as official on its website; staff's "
        "personal accounts do not count.",
        "kind": Indicator.Kind.CHOICES,
        "options": "facebook | Facebook\nx | X (Twitter)\ninstagram | Instagram\nyoutube | YouTube\n"
        "tiktok | TikTok\nwhatsapp | WhatsApp\nsms | Text messages",
        "area": "3.2",
        "principle": "engaged",
    },
    {
        "code": "new-media-staff",
        "name": "Dedicated new-media staff",
        "question": "How many staff work on new media for most of their time?",
        "definition": "Full-time equivalents whose main duty is the EMB's websites and social media, "
        "at the last general election.",
        "kind": Indicator.Kind.NUMBER,
        "unit": "staff",
        "area": "3.3",
        "principle": "capacity",
    },
    {
        "code": "results-online",
        "name": "Results published online",
        "question": "How does the EMB publish election results online?",
        "definition": "The finest level at which results were published on the EMB's own website at the "
        "last general election.",
        "kind": Indicator.Kind.CHOICE,
        "options": "none | Not online\ntotals | Constituency totals\npolling-station | By polling station",
        "area": "3.4",
        "principle": "informative",
    },
    {
        "code": "polling-station-finder",
        "name": "Polling-station information online",
        "question": "Can voters find their polling station online?",
        "definition": "A search or map on the EMB's website, or a text-message service, that tells a voter "
        "where to vote.",
        "kind": Indicator.Kind.YES_NO,
        "area": "3.4",
        "principle": "accessible",
    },
    {
        "code": "embedded-in-communication-strategy",
        "name": "Part of the communication strategy",
        "question": "Is new media embedded in the EMB's wider communication and outreach strategy?",
        "definition": "The communication or voter-education strategy names the new-media channels and "
        "how they complement meetings, print, radio and the website.",
        "kind": Indicator.Kind.YES_NO,
        "area": "3.5",
        "principle": "partnership",
    },
    {
        "code": "rumour-response-procedure",
        "name": "Rumour and incident response procedure",
        "question": "Does the EMB have a written procedure for answering rumours and incidents?",
        "definition": "Who checks a rumour, who approves the answer and how fast it is published, written "
        "down before the election.",
        "kind": Indicator.Kind.YES_NO,
        "area": "3.6",
        "principle": "responsive",
    },
    {
        "code": "polling-day-desk",
        "name": "Rumour-response desk on polling day",
        "question": "Does the EMB staff a desk that answers rumours on polling day?",
        "definition": "Named staff who monitor and answer online rumours during polling hours.",
        "kind": Indicator.Kind.YES_NO,
        "area": "3.6",
        "principle": "responsive",
    },
    {
        "code": "staff-social-media-code",
        "name": "Social-media code of conduct for staff",
        "question": "Do staff and polling officials follow a code of conduct for social media?",
        "definition": "Written rules for staff running official accounts and for staff and polling officials "
        "using personal accounts, agreed as part of their terms of work.",
        "kind": Indicator.Kind.YES_NO,
        "area": "3.7",
        "principle": "appropriate-use",
    },
    {
        "code": "accessible-formats",
        "name": "Accessible formats offered",
        "question": "In which accessible formats and languages does the EMB publish voter information?",
        "definition": "Formats offered online for the last general election.",
        "kind": Indicator.Kind.CHOICES,
        "options": "audio | Audio\nsign-language | Sign-language video\neasy-read | Easy read\n"
        "large-print | Large print\nseveral-languages | Several languages",
        "area": "3.8",
        "principle": "accessible",
    },
    {
        "code": "mfa-official-accounts",
        "name": "Two-factor authentication on official accounts",
        "question": "Are the EMB's official accounts protected by two-factor authentication?",
        "definition": "Every official account requires a second factor to sign in, and only a few named "
        "administrators hold access.",
        "kind": Indicator.Kind.YES_NO,
        "area": "3.9",
        "principle": "appropriate-use",
    },
    {
        "code": "lessons-learned-review",
        "name": "Last published lessons-learned review",
        "question": "In which year did the EMB last publish a lessons-learned review of its new-media work?",
        "definition": "A review, published or shared with peers, of how the new-media strategy performed.",
        "kind": Indicator.Kind.YEAR,
        "area": "3.10",
        "principle": "consultative",
    },
]

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
    return {"source_title": f"{GUIDE}, section {indicator.practice_area.number} (illustrative)"}


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
