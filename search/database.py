"""The database backend, the embedded default: full text through Wagtail's database search,
facets, filters and related items through the ORM, snippets made in Python."""

import hashlib

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, Sum, When
from django.utils import timezone
from wagtail.search.models import IndexEntry

from . import database_fulltext as fulltext
from . import ranking
from .audience import RESTRICTED
from .contract import DEFAULT_LANGUAGE, FacetValue, Hit, SearchResults, batched, fold, parse_text
from .database_sets import item_sets
from .database_text import Vocabulary, highlight_terms, query_units, snippet, suggest_spelling, vocabulary, word_pattern
from .mapping import FACET_FIELDS
from .models import IndexGeneration, KnowledgeItem, KnowledgeTag

# The document fields kept as KnowledgeTag rows: every facet, who may see the item, and the
# languages it is also indexed in (search/sources.py).
TAG_FIELDS = {**FACET_FIELDS, "audience": "audience", "translated": "translated_into"}
REBUILD_BATCH = 1000
# Vocabularies worked out in this process, by cache key (one per audience and index generation).
VOCABULARIES_KEPT = 8
_vocabularies = {}


search_index = fulltext.search_index


class DatabaseBackend:
    name = "database"

    # Reading ----------------------------------------------------------------------------

    def search(self, query, audiences, parsed):
        results = self._search(query, audiences, parsed)
        if results.total == 0 and parsed.words:
            corrected = suggest_spelling(parsed.words, self.known_words(audiences))
            if corrected:
                corrected_parsed = parse_text(" ".join([corrected] + [f'"{p}"' for p in parsed.phrases]))
                if parsed.any_word:
                    corrected_parsed = corrected_parsed.relaxed()
                results = self._search(query, audiences, corrected_parsed)
                results.corrected_text = corrected
        return results

    def _search(self, query, audiences, parsed):
        # Who may see what, the filters and the facet counts are worked out on bitsets of the
        # items (database_sets.py); only the matching, ranking and the page read rows.
        sets = item_sets()
        visible = self.visible_bits(sets, audiences, query.language)
        if query.upcoming:
            visible &= sets.of(KnowledgeItem.objects.filter(ends_at__gte=timezone.now()).values_list("pk", flat=True))
        allowed = sets.filtered(visible, query.filters)
        matches = fulltext.Matches(parsed, sets, allowed)
        matched = sets.everything if parsed.is_empty else sets.of(matches.ids())
        matching = matched & visible
        hits = matched & allowed
        if query.sort == "relevance" and not parsed.is_empty and query.end <= ranking.RERANK_DEPTH:
            page = self.reranked_page(parsed, matches, query)
        else:
            # Date order, as asked or past the ranked candidates. Only here are the hits listed:
            # 85,000 of them took 5-12 ms.
            page = self.by_date(sets.pks(hits), newest_first=query.sort != "oldest")[query.offset : query.end]
        facets = self.facets(sets, matching, query, hits)
        terms = highlight_terms(parsed)
        return SearchResults(
            hits=self.hits(list(page), terms), total=hits.bit_count(), facets=facets, query=query, backend=self.name
        )

    @staticmethod
    def by_date(ids, newest_first=True):
        date = F("date").desc(nulls_last=True) if newest_first else F("date").asc(nulls_last=True)
        return KnowledgeItem.objects.filter(fulltext.AnyOf(F("pk"), ids)).order_by(date, "key")

    def reranked_page(self, parsed, matches, query):
        """The best full-text candidates, re-ordered so items covering more of the reader's
        words, in titles and summaries, come first (Wagtail's database index only tells
        titles from everything else), those in the reader's language ahead of the others
        (ranking.LANGUAGE_BOOST)."""
        patterns = [word_pattern(variants) for _unit, variants in query_units(parsed)]
        patterns += [word_pattern([phrase]) for phrase in parsed.phrases]
        whole = word_pattern([" ".join(parsed.words + parsed.phrases)])
        best = matches.best(ranking.RERANK_DEPTH)
        fields = ("pk", "title", "summary", "body", "attachments", "language")
        rows = {row[0]: row for row in KnowledgeItem.objects.filter(pk__in=best).values_list(*fields)}
        # An item may be gone between the two reads (a rebuild committing in between).
        candidates = [rows[pk] for pk in best if pk in rows]

        def weight(position_and_candidate):
            position, (_pk, title, summary, body, attachments, language) = position_and_candidate
            # The patterns match folded text: "election" finds "élection".
            title, summary, body, attachments = fold(title), fold(summary), fold(body), fold(attachments)
            score = 0
            for pattern in patterns:
                in_title, in_summary = bool(pattern.search(title)), bool(pattern.search(summary))
                anywhere = in_title or in_summary or pattern.search(body) or pattern.search(attachments)
                # Covering more of the reader's words counts most, then where they were found.
                score += (
                    ranking.RERANK_WORD_FOUND * bool(anywhere)
                    + ranking.RERANK_IN_TITLE * in_title
                    + ranking.RERANK_IN_SUMMARY * in_summary
                )
            score += ranking.RERANK_ALL_WORDS_TOGETHER * bool(whole.search(title) or whole.search(summary))
            if language == query.language:
                score *= ranking.LANGUAGE_BOOST
            return (-score, position)

        ranked = [candidate[1][0] for candidate in sorted(enumerate(candidates), key=weight)][query.offset : query.end]
        items = KnowledgeItem.objects.in_bulk(ranked)
        return [items[pk] for pk in ranked]

    @staticmethod
    def visible(items, audiences):
        if audiences is None:
            # The Secretariat sees every item search may show; password-protected pages never.
            restricted = KnowledgeTag.objects.filter(item=OuterRef("pk"), facet="audience", value=RESTRICTED)
            return items.exclude(Exists(restricted))
        # EXISTS per candidate beats building the list of every visible item (measured).
        allowed = KnowledgeTag.objects.filter(item=OuterRef("pk"), facet="audience", value__in=sorted(audiences))
        return items.filter(Exists(allowed))

    @staticmethod
    def one_version(items, language):
        """One version of each item: an item translated into the reader's language is found
        through that translation (which has the same audience), not as well in the original."""
        translated = KnowledgeTag.objects.filter(item=OuterRef("pk"), facet="translated", value=language)
        return items.exclude(Exists(translated))

    @staticmethod
    def visible_bits(sets, audiences, language):
        """The items this reader may see (as `visible`), each in one version (as `one_version`)."""
        if audiences is None:
            allowed = sets.everything & ~sets.any_of("audience", [RESTRICTED])
        else:
            allowed = sets.any_of("audience", sorted(audiences))
        return allowed & ~sets.any_of("translated", [language])

    @staticmethod
    def facets(sets, matching, query, hits):
        """Counts for every facet. A facet's own filter is left out of its counts (so other
        values stay choosable); the others count the hits (`matching` with every filter)."""
        facets = {}
        for facet in FACET_FIELDS:
            counted = sets.filtered(matching, query.filters_except(facet)) if query.filters.get(facet) else hits
            facets[facet] = [FacetValue(value=value, count=count) for value, count in sets.counts(facet, counted)]
        return facets

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
                    language=item.language,
                )
            )
        return hits

    def known_words(self, audiences):
        """The words of the titles and summaries this audience may read, for spelling
        suggestions: nobody is offered a word found only in what they cannot open.
        Cached per audience and index generation, and kept worked out in this process."""
        audience_key = "everything" if audiences is None else ",".join(sorted(audiences))
        audience_hash = hashlib.sha256(audience_key.encode()).hexdigest()[:16]
        # The generation, not a count and the latest change of every item: reading those took
        # 50 ms at 100,000 items, in every search that offered a spelling.
        cache_key = f"search:vocabulary:{IndexGeneration.current()}:{audience_hash}"
        known = _vocabularies.get(cache_key)
        # Kept only while the shared cache still holds the words: a cleared cache clears it too.
        if known is None or not cache.has_key(cache_key):
            words = cache.get(cache_key)
            if words is None:
                visible = self.visible(KnowledgeItem.objects.all(), audiences)
                words = vocabulary(text for pair in visible.values_list("title", "summary") for text in pair)
                cache.set(cache_key, words, 60 * 60)
            known = _vocabularies[cache_key] = Vocabulary(words)
            while len(_vocabularies) > VOCABULARIES_KEPT:
                _vocabularies.pop(next(iter(_vocabularies)))
        return known

    def autocomplete(self, text, audiences, limit, language=DEFAULT_LANGUAGE):
        """Titles starting with the reader's words, those in the reader's language first."""
        items = self.one_version(self.visible(KnowledgeItem.objects.all(), audiences), language)
        results = search_index().autocomplete(fold(text), items.model.objects.all(), fields=["title"])
        matches = list(results.get_queryset().filter(pk__in=items.values("pk"))[: limit * 3])
        matches.sort(key=lambda item: item.language != language)
        return [{"title": item.title, "url": item.url, "kind": item.kind} for item in matches[:limit]]

    def related(self, key, audiences, limit, exclude=(), language=DEFAULT_LANGUAGE):
        """Items sharing this one's tags, weighted by tag (ranking.RELATED_WEIGHTS), those in
        the reader's language weighing ranking.LANGUAGE_BOOST times as much; `exclude` keys
        (the item's own translations) left out."""
        item = KnowledgeItem.objects.filter(key=key).first()
        if item is None:
            return []
        shared = Q()
        cases = []
        for facet, value in item.tags.filter(facet__in=ranking.RELATED_WEIGHTS).values_list("facet", "value"):
            condition = Q(tags__facet=facet, tags__value=value)
            shared |= condition
            cases.append(When(condition, then=ranking.RELATED_WEIGHTS[facet]))
        if not cases:
            return []
        weight = Case(*cases, default=0, output_field=IntegerField())
        in_language = Case(When(language=language, then=ranking.LANGUAGE_BOOST), default=1, output_field=IntegerField())
        candidates = (
            self.one_version(
                self.visible(KnowledgeItem.objects.exclude(pk=item.pk).exclude(key__in=list(exclude)), audiences),
                language,
            )
            .filter(shared)
            .annotate(overlap=Sum(weight) * in_language)
            .order_by("-overlap", F("date").desc(nulls_last=True), "key")[:limit]
        )
        return self.hits(list(candidates), set())

    # Writing ----------------------------------------------------------------------------

    @staticmethod
    def item_fields(document):
        return {
            "kind": document["kind"],
            "title": document["title"][:500],
            "summary": document["summary"],
            "body": document["body"],
            "attachments": document["attachments"],
            # The names of its tags in every language, one block of text for full text.
            "names": "\n".join((document.get("names") or {}).values()),
            "url": document["url"],
            "language": document["language"],
            "year": document["year"],
            "date": document["date"],
            "ends_at": document.get("ends_at"),
        }

    @staticmethod
    def tags(item, document):
        tags = []
        for facet, field in TAG_FIELDS.items():
            value = document.get(field)
            if value in (None, ""):
                continue
            values = sorted(set(value)) if isinstance(value, (list, tuple, set)) else [value]
            tags += [KnowledgeTag(item=item, facet=facet, value=str(v)) for v in values]
        return tags

    def upsert(self, documents):
        index = search_index()
        for document in documents:
            with transaction.atomic():
                item, _created = KnowledgeItem.objects.update_or_create(
                    key=document["key"], defaults=self.item_fields(document)
                )
                item.tags.all().delete()
                KnowledgeTag.objects.bulk_create(self.tags(item, document))
                index.add(item)
                IndexGeneration.advance()

    def delete(self, keys):
        index = search_index()
        with transaction.atomic():
            for item in KnowledgeItem.objects.filter(key__in=list(keys)):
                index.delete(item)
                item.delete()
            IndexGeneration.advance()

    def rebuild(self, documents):
        """Replace every item in one transaction: readers see the old copy until it commits."""
        index = search_index()
        count = 0
        with transaction.atomic():
            KnowledgeTag.objects.all().delete()
            KnowledgeItem.objects.all().delete()
            for batch in batched(documents, REBUILD_BATCH):
                items = KnowledgeItem.objects.bulk_create(
                    [KnowledgeItem(key=document["key"], **self.item_fields(document)) for document in batch]
                )
                KnowledgeTag.objects.bulk_create(
                    [tag for item, document in zip(items, batch, strict=False) for tag in self.tags(item, document)]
                )
                index.add_bulk(KnowledgeItem, items)
                count += len(items)
            index.get_index_for_model(KnowledgeItem).delete_stale_model_entries(KnowledgeItem)
            IndexGeneration.advance()
        if connection.vendor == "postgresql":
            # Statistics of the new rows now, not whenever autovacuum comes: until then the
            # planner takes the tables for what they held before, and plans searches for that.
            # Outside a transaction, VACUUM too: until the new rows are marked visible to every
            # reader, a match checks each row it reads (the bench questions' p95 at 100,000 items: 164
            # ms before a 5-second VACUUM, 102 after; common words' matches 500 ms to 60-130).
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
            tables = [KnowledgeItem._meta.db_table, KnowledgeTag._meta.db_table, IndexEntry._meta.db_table]
            with connection.cursor() as cursor:
                cursor.execute(f"{command} {', '.join(tables)}")
        return count

    def refresh(self):
        pass

    def status(self):
        return {"engine": "database", "documents": KnowledgeItem.objects.count()}
