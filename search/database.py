"""The database backend, the embedded default: full text through Wagtail's database search,
facets, filters and related items through the ORM, snippets made in Python."""

from itertools import combinations

from django.core.cache import cache
from django.db import transaction
from django.db.models import Case, Count, F, IntegerField, Max, Q, Sum, When
from django.utils import timezone
from modelsearch.query import And, Or, Phrase, PlainText
from wagtail.search.backends import get_search_backend

from .models import KnowledgeItem, KnowledgeTag
from .query import RELATED_WEIGHTS, FacetValue, Hit, SearchResults, parse_text
from .text import highlight_terms, required_matches, snippet, suggest_spelling, units, vocabulary, word_pattern

# Which facet of the search page each document list becomes, in KnowledgeTag rows.
TAG_FIELDS = {
    "kind": "kind",
    "principle": "principles",
    "area": "practice_areas",
    "country": "countries",
    "region": "regions",
    "year": "year",
    "audience": "audience",
}
# Longer queries are cut here: "most of the words" expands to every combination of them.
MAX_UNITS = 8
# How many full-text candidates are re-ranked by where the words matched.
RERANK_DEPTH = 100


def search_index():
    return get_search_backend("knowledge")


class DatabaseBackend:
    name = "database"

    # Reading ----------------------------------------------------------------------------

    def search(self, query, audiences, parsed):
        results = self._search(query, audiences, parsed)
        if results.total == 0 and parsed.words:
            corrected = suggest_spelling(parsed.words, self.known_words())
            if corrected:
                corrected_parsed = parse_text(" ".join([corrected] + [f'"{p}"' for p in parsed.phrases]))
                results = self._search(query, audiences, corrected_parsed)
                results.corrected_text = corrected
        return results

    def _search(self, query, audiences, parsed):
        visible = self.visible(KnowledgeItem.objects.all(), audiences)
        if parsed.is_empty:
            matching = visible
        else:
            matching = self.full_text(parsed).filter(pk__in=visible.values("pk"))
        hits = self.with_filters(matching, query.filters)
        if query.sort == "newest" or (query.sort == "relevance" and parsed.is_empty):
            hits = hits.order_by(F("date").desc(nulls_last=True), "key")
        elif query.sort == "oldest":
            hits = hits.order_by(F("date").asc(nulls_last=True), "key")
        total = hits.count()
        if query.sort == "relevance" and not parsed.is_empty:
            page = self.reranked_page(hits, parsed, query)
        else:
            page = list(hits[query.offset : query.offset + query.per_page])
        facets = {
            facet: self.facet_counts(facet, self.with_filters(matching, query.filters_except(facet)))
            for facet in TAG_FIELDS
            if facet != "audience"
        }
        terms = highlight_terms(parsed)
        return SearchResults(hits=self.hits(page, terms), total=total, facets=facets, query=query, backend=self.name)

    def reranked_page(self, hits, parsed, query):
        """The best full-text candidates, re-ordered so matches in titles and summaries come
        first (Wagtail's SQLite search only tells titles from everything else)."""
        end = query.offset + query.per_page
        if end > RERANK_DEPTH:
            return list(hits[query.offset : end])
        patterns = [word_pattern(variants) for _unit, variants in units(parsed.words)]
        patterns += [word_pattern([phrase]) for phrase in parsed.phrases]
        whole = word_pattern([" ".join(parsed.words + parsed.phrases)])
        candidates = list(hits.values_list("pk", "title", "summary", "body", "attachments")[:RERANK_DEPTH])

        def weight(position_and_candidate):
            position, (_pk, title, summary, body, attachments) = position_and_candidate
            score = 0
            for pattern in patterns:
                in_title, in_summary = bool(pattern.search(title)), bool(pattern.search(summary))
                anywhere = in_title or in_summary or pattern.search(body) or pattern.search(attachments)
                # Covering more of the reader's words counts most, then where they were found.
                score += 6 * bool(anywhere) + 4 * in_title + 2 * in_summary
            score += 3 * bool(whole.search(title) or whole.search(summary))
            return (-score, position)

        ranked = [candidate[1][0] for candidate in sorted(enumerate(candidates), key=weight)][query.offset : end]
        items = KnowledgeItem.objects.in_bulk(ranked)
        return [items[pk] for pk in ranked]

    def full_text(self, parsed):
        """Every quoted phrase, and most of the other words (each in any of its spellings)."""
        words = []
        for _unit, variants in units(parsed.words)[:MAX_UNITS]:
            options = [Phrase(variant) if " " in variant else PlainText(variant) for variant in sorted(variants)]
            words.append(Or(options) if len(options) > 1 else options[0])
        clauses = [Phrase(phrase) for phrase in parsed.phrases]
        if words:
            needed = required_matches(len(words))
            subsets = [And(list(subset)) if needed > 1 else subset[0] for subset in combinations(words, needed)]
            clauses.append(Or(subsets) if len(subsets) > 1 else subsets[0])
        combined = clauses[0] if len(clauses) == 1 else And(clauses)
        # The results' queryset keeps the search lazy, so filters and counts stay in SQL.
        results = search_index().search(combined, KnowledgeItem.objects.all(), order_by_relevance=True)
        return results.annotate_score("score").get_queryset()

    @staticmethod
    def visible(items, audiences):
        if audiences is None:
            return items
        return items.filter(pk__in=KnowledgeTag.objects.filter(facet="audience", value__in=audiences).values("item_id"))

    @staticmethod
    def with_filters(items, filters):
        for facet, values in filters.items():
            if values:
                tagged = KnowledgeTag.objects.filter(facet=facet, value__in=[str(v) for v in values])
                items = items.filter(pk__in=tagged.values("item_id"))
        return items

    @staticmethod
    def facet_counts(facet, items):
        counts = (
            KnowledgeTag.objects.filter(facet=facet, item_id__in=items.values("pk"))
            .values("value")
            .annotate(count=Count("item_id"))
            .order_by("-count", "value")
        )
        return [FacetValue(value=row["value"], count=row["count"]) for row in counts]

    def hits(self, items, terms):
        tags = {}
        for tag in KnowledgeTag.objects.filter(item__in=items, facet__in=["country", "principle"]):
            tags.setdefault((tag.item_id, tag.facet), []).append(tag.value)
        hits = []
        for item in items:
            fragments = [fragment for fragment in (snippet(item.summary, terms), snippet(item.body, terms)) if fragment]
            in_attachment = False
            if not fragments and terms:
                attachment = snippet(item.attachments, terms)
                if attachment:
                    fragments, in_attachment = [attachment], True
            hits.append(
                Hit(
                    key=item.key,
                    kind=item.kind,
                    title=item.title,
                    url=item.url,
                    summary=item.summary,
                    year=item.year,
                    countries=sorted(tags.get((item.pk, "country"), [])),
                    principles=sorted(tags.get((item.pk, "principle"), [])),
                    highlights=fragments[:2],
                    matched_in_attachment=in_attachment,
                )
            )
        return hits

    def known_words(self):
        """Every word of every title and summary, for spelling suggestions (cached per index state)."""
        state = KnowledgeItem.objects.aggregate(latest=Max("updated_at"), count=Count("pk"))
        latest = state["latest"].timestamp() if state["latest"] else 0
        cache_key = f"search:vocabulary:{state['count']}:{latest}"
        words = cache.get(cache_key)
        if words is None:
            words = vocabulary(text for pair in KnowledgeItem.objects.values_list("title", "summary") for text in pair)
            cache.set(cache_key, words, 60 * 60)
        return words

    def autocomplete(self, text, audiences, limit):
        items = self.visible(KnowledgeItem.objects.all(), audiences)
        results = search_index().autocomplete(text, items.model.objects.all(), fields=["title"])
        matches = results.get_queryset().filter(pk__in=items.values("pk"))[:limit]
        return [{"title": item.title, "url": item.url, "kind": item.kind} for item in matches]

    def related(self, key, audiences, limit):
        item = KnowledgeItem.objects.filter(key=key).first()
        if item is None:
            return []
        shared = Q()
        cases = []
        for facet, value in item.tags.filter(facet__in=RELATED_WEIGHTS).values_list("facet", "value"):
            condition = Q(tags__facet=facet, tags__value=value)
            shared |= condition
            cases.append(When(condition, then=RELATED_WEIGHTS[facet]))
        if not cases:
            return []
        weight = Case(*cases, default=0, output_field=IntegerField())
        candidates = (
            self.visible(KnowledgeItem.objects.exclude(pk=item.pk), audiences)
            .filter(shared)
            .annotate(overlap=Sum(weight))
            .order_by("-overlap", F("date").desc(nulls_last=True), "key")[:limit]
        )
        return self.hits(list(candidates), set())

    # Writing ----------------------------------------------------------------------------

    def upsert(self, documents):
        index = search_index()
        for document in documents:
            with transaction.atomic():
                item, _created = KnowledgeItem.objects.update_or_create(
                    key=document["key"],
                    defaults={
                        "kind": document["kind"],
                        "title": document["title"][:500],
                        "summary": document["summary"],
                        "body": document["body"],
                        "attachments": document["attachments"],
                        "url": document["url"],
                        "language": document["language"],
                        "year": document["year"],
                        "date": document["date"],
                    },
                )
                item.tags.all().delete()
                KnowledgeTag.objects.bulk_create(
                    [
                        KnowledgeTag(item=item, facet=facet, value=str(value))
                        for facet, field in TAG_FIELDS.items()
                        for value in self.values(document, field)
                    ]
                )
                index.add(item)

    @staticmethod
    def values(document, field):
        value = document.get(field)
        if value in (None, ""):
            return []
        return sorted(set(value)) if isinstance(value, (list, tuple, set)) else [value]

    def delete(self, keys):
        index = search_index()
        for item in KnowledgeItem.objects.filter(key__in=list(keys)):
            index.delete(item)
            item.delete()

    def rebuild(self, documents):
        """Write every document, then drop items no longer in the sources."""
        started = timezone.now()
        count = 0
        for document in documents:
            self.upsert([document])
            count += 1
        self.delete(KnowledgeItem.objects.filter(updated_at__lt=started).values_list("key", flat=True))
        return count

    def refresh(self):
        pass

    def status(self):
        return {"engine": "database", "documents": KnowledgeItem.objects.count()}
