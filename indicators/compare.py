"""Comparing practice across EMBs: the table, its per-indicator summary and its exports are
built from one Comparison, so what is downloaded is exactly what is shown."""

import io
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from cen_portal.spreadsheets import csv_writer
from cen_portal.taxonomy import ElectionManagementBody

from .models import UNKNOWN, Indicator, IndicatorValue


@dataclass
class Comparison:
    indicators: list
    embs: list
    # {(emb id, indicator id): IndicatorValue}
    values: dict = field(default_factory=dict)

    @classmethod
    def build(cls, *, embs=None, region=None, indicators=None, where=None):
        """EMBs (all, the chosen ones, or those of a region) × indicators (all or the chosen
        ones), keeping only EMBs whose current value of `where`'s indicator is `where`'s value."""
        indicator_list = list(indicators) if indicators else list(Indicator.objects.all())
        bodies = ElectionManagementBody.objects.select_related("country__region").order_by("country__name", "name")
        if embs:
            bodies = bodies.filter(pk__in=[emb.pk for emb in embs])
        if region is not None:
            bodies = bodies.filter(country__region=region)
        if where is not None:
            where_indicator, where_value = where
            matching = [
                value.emb_id
                for value in IndicatorValue.objects.current().filter(indicator=where_indicator)
                if value.value == where_value or (isinstance(value.value, list) and where_value in value.value)
            ]
            bodies = bodies.filter(pk__in=matching)
        bodies = list(bodies)
        current = IndicatorValue.objects.current().filter(emb__in=bodies, indicator__in=indicator_list)
        values = {(value.emb_id, value.indicator_id): value for value in current.select_related("indicator")}
        return cls(indicators=indicator_list, embs=bodies, values=values)

    def value(self, emb, indicator):
        return self.values.get((emb.pk, indicator.pk))

    def rows(self):
        """[(emb, [value or None per indicator])]"""
        return [(emb, [self.value(emb, indicator) for indicator in self.indicators]) for emb in self.embs]

    def summary(self):
        """Per indicator: how many of the compared EMBs give each answer, overall and by region."""
        result = []
        for indicator in self.indicators:
            overall, by_region = Counter(), {}
            for emb in self.embs:
                value = self.value(emb, indicator)
                answers = answers_of(value)
                region = str(emb.country.region)
                for answer in answers:
                    overall[answer] += 1
                    by_region.setdefault(region, Counter())[answer] += 1
            labels = dict(indicator.choices())
            result.append(
                {
                    "indicator": indicator,
                    "answers": [
                        {
                            "value": answer,
                            "label": str(labels.get(answer, answer))
                            if answer != NOT_RECORDED
                            else str(NOT_RECORDED_LABEL),
                            "count": count,
                            "by_region": {
                                name: counts[answer] for name, counts in sorted(by_region.items()) if counts[answer]
                            },
                        }
                        for answer, count in overall.most_common()
                    ],
                }
            )
        return result

    def records(self):
        """One dictionary per EMB, with each indicator's value, date and source: the JSON export."""
        return [
            {
                "emb": emb.name,
                "emb_id": emb.pk,
                "country": emb.country.iso_code,
                "region": emb.country.region.slug,
                "values": {indicator.code: value_record(self.value(emb, indicator)) for indicator in self.indicators},
            }
            for emb in self.embs
        ]

    def csv(self):
        out = io.StringIO()
        writer = csv_writer(out)
        header = ["EMB", "Country", "Region"]
        for indicator in self.indicators:
            header += [indicator.name, f"{indicator.name}: true as of", f"{indicator.name}: source"]
        writer.writerow(header)
        for emb, values in self.rows():
            row = [emb.name, emb.country.name, emb.country.region.name]
            for value in values:
                if value is None:
                    row += ["", "", ""]
                else:
                    row += [value.display, value.as_of.isoformat(), value.source_url or value.source_title]
            writer.writerow(row)
        return out.getvalue()


NOT_RECORDED = "not-recorded"
NOT_RECORDED_LABEL = _("Not recorded")


def answers_of(value):
    if value is None:
        return [NOT_RECORDED]
    if isinstance(value.value, list):
        return value.value or [UNKNOWN]
    return [str(value.value)]


def value_record(value):
    if value is None:
        return None
    return {
        "value": value.value,
        "display": value.display,
        "as_of": value.as_of.isoformat(),
        "source_url": value.source_url,
        "source": value.source_title,
        "illustrative": value.illustrative,
    }
