"""The Secretariat's report on what readers look for and do not find, from the search log."""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Exists, Max, OuterRef, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from .models import SearchLog, SearchOpen

# A search "finds little" at or below this many results.
FEW_RESULTS = 2


@dataclass
class SearchGapReport:
    since: datetime.datetime

    @classmethod
    def for_days(cls, days):
        return cls(since=timezone.now() - datetime.timedelta(days=days))

    def searches(self):
        return SearchLog.objects.filter(searched_at__gte=self.since).exclude(normalised="")

    def top_queries(self, limit=20):
        return list(
            self.searches()
            .values("normalised")
            .annotate(count=Count("pk"), results=Max("result_count"))
            .order_by("-count", "normalised")[:limit]
        )

    def unanswered(self, limit=20, at_most=FEW_RESULTS):
        """Queries (grouped by their normalised words) whose searches found `at_most` results or fewer."""
        return list(
            self.searches()
            .filter(result_count__lte=at_most)
            .values("normalised")
            .annotate(count=Count("pk"), results=Max("result_count"))
            .order_by("-count", "normalised")[:limit]
        )

    def never_opened(self, limit=20):
        """Queries that found results, none of which anyone opened."""
        opened = SearchOpen.objects.filter(search=OuterRef("pk"))
        return list(
            self.searches()
            .filter(result_count__gt=0)
            .values("normalised")
            .annotate(count=Count("pk"), opens=Count("pk", filter=Exists(opened)))
            .filter(opens=0)
            .order_by("-count", "normalised")[:limit]
        )

    def by_month(self):
        rows = (
            SearchLog.objects.filter(searched_at__gte=self.since)
            .annotate(month=TruncMonth("searched_at"))
            .values("month")
            .annotate(count=Count("pk"), unanswered=Count("pk", filter=Q(result_count=0)))
            .order_by("month")
        )
        return list(rows)

    def filters_used(self, limit=20):
        counts = Counter()
        for filters in SearchLog.objects.filter(searched_at__gte=self.since).values_list("filters", flat=True):
            for name, values in (filters or {}).items():
                for value in values:
                    counts[(name, value)] += 1
        return [{"facet": name, "value": value, "count": count} for (name, value), count in counts.most_common(limit)]

    def totals(self):
        searches = SearchLog.objects.filter(searched_at__gte=self.since)
        return {
            "searches": searches.count(),
            "unanswered": searches.filter(result_count=0).count(),
            "fallback": searches.filter(fallback=True).count(),
        }
