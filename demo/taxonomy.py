"""Demo taxonomy: key principles, good-practice areas, regions, member countries and EMBs.

Facts are drawn from the CEN guide "New Media and the Conduct of Elections" (Commonwealth
Secretariat, 2016); every sentence here is written afresh for the portal.
"""

from cen_portal.taxonomy import ElectionManagementBody, KeyPrinciple, PracticeArea, Region, save_translation
from demo.datafiles import read

DATA = read("taxonomy")

# ---------------------------------------------------------------------------
# The eight key principles, in the guide's order.
# ---------------------------------------------------------------------------
PRINCIPLES = DATA["PRINCIPLES"]

# ---------------------------------------------------------------------------
# The ten good-practice areas of section 3, with the principles the guide tags them with.
# ---------------------------------------------------------------------------
PRACTICE_AREAS = DATA["PRACTICE_AREAS"]

# ---------------------------------------------------------------------------
# The Commonwealth's five regions.
# ---------------------------------------------------------------------------
REGIONS = DATA["REGIONS"]

# ---------------------------------------------------------------------------
# The 56 member countries (2024): (ISO 3166-1 alpha-2, common English short name, region slug).
# ---------------------------------------------------------------------------
COUNTRIES = DATA["COUNTRIES"]

# ---------------------------------------------------------------------------
# National election management bodies. Websites and social accounts are given only where
# they are known; the two accounts shown in the guide itself are included
# (@electionsja for the Electoral Commission of Jamaica, @ElectionsCanE for Elections Canada).
# Platform values follow the portal's SocialAccount choices ("x", "facebook", ...).
# ---------------------------------------------------------------------------
EMBS = DATA["EMBS"]

# ---------------------------------------------------------------------------
# The taxonomy in French, translated through wagtail-localize (see translate_into_french).
# Rich text is given paragraph by paragraph, in the order of the English.
# ---------------------------------------------------------------------------
FRENCH_PRINCIPLES = DATA["FRENCH_PRINCIPLES"]

FRENCH_PRACTICE_AREAS = DATA["FRENCH_PRACTICE_AREAS"]

FRENCH_REGIONS = {
    "africa": "Afrique",
    "asia": "Asie",
    "caribbean-americas": "Caraïbes et Amériques",
    "europe": "Europe",
    "pacific": "Pacifique",
}

# Official French names, for the EMBs of the demo that have one.
FRENCH_EMB_NAMES = {
    "elections-canada": {"name": "Élections Canada"},
}


def translate_into_french():
    """Give every principle, practice area and region, and the EMBs with an official French name,
    their French text through wagtail-localize (the Secretariat sees and edits them as its
    translations). Running it again updates the same French rows."""
    for principle in KeyPrinciple.objects.filter(slug__in=FRENCH_PRINCIPLES):
        save_translation(principle, "fr", FRENCH_PRINCIPLES[principle.slug])
    for area in PracticeArea.objects.filter(slug__in=FRENCH_PRACTICE_AREAS):
        save_translation(area, "fr", FRENCH_PRACTICE_AREAS[area.slug])
    for region in Region.objects.filter(slug__in=FRENCH_REGIONS):
        save_translation(region, "fr", {"name": FRENCH_REGIONS[region.slug]})
    names = {data["name"]: FRENCH_EMB_NAMES[data["key"]] for data in EMBS if data["key"] in FRENCH_EMB_NAMES}
    for emb in ElectionManagementBody.objects.filter(name__in=names):
        save_translation(emb, "fr", names[emb.name])
