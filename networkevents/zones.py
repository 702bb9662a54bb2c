"""Time zones: the venue's, in which organisers enter an event's times, and the reader's, in
which the event page shows them too."""

import datetime
import zoneinfo
from functools import cache
from importlib import resources

from cen_portal.taxonomy import Country, display_sort_key


@cache
def time_zone_choices():
    """Every IANA time zone with a place in its name ("Pacific/Fiji"), sorted, and UTC first."""
    zones = sorted(zone for zone in zoneinfo.available_timezones() if "/" in zone and not zone.startswith("Etc/"))
    return [(zone, zone.replace("_", " ")) for zone in ["UTC", *zones]]


def is_time_zone(name):
    return name in dict(time_zone_choices())


def venue_instant(day, time, zone_name):
    """The instant a wall-clock `day` and `time` in `zone_name` stand for; ValueError for a time
    the clocks skip when summer time starts (02:30 on such a night does not exist there)."""
    zone = zoneinfo.ZoneInfo(zone_name)
    # A repeated hour (clocks going back) means its first occurrence, as calendar programs take
    # it: fold 0, whatever fold the time carries. A skipped time comes back from UTC as another
    # wall clock.
    local = datetime.datetime.combine(day, time.replace(fold=0), tzinfo=zone)
    if local.astimezone(datetime.UTC).astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ValueError(f"{day} {time} does not exist in {zone_name}")
    return local.astimezone(datetime.UTC)


@cache
def zones_by_country():
    """{ISO country code: its time zones}, from the IANA database's zone.tab (in tzdata)."""
    zones = {}
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone, *_comment = line.split("\t")
            zones.setdefault(code, []).append(zone)
    return zones


def reader_zone_choices():
    """The time zones of the Network's member countries, "Fiji: Fiji" or "Canada: Toronto", in
    the reader's alphabetical order of country names; UTC first."""
    by_country = zones_by_country()
    choices = [
        (zone, f"{country}: {zone.rpartition('/')[2].replace('_', ' ')}")
        for country in Country.objects.all()
        for zone in by_country.get(country.iso_code.upper(), [])
    ]
    return [("UTC", "UTC"), *sorted(choices, key=lambda choice: display_sort_key(choice[1]))]
