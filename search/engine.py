"""The engine backend: Elasticsearch or OpenSearch, through the DSL of the flavour in use."""

import datetime
import logging
from concurrent.futures import ThreadPoolExecutor

from django.utils import timezone

from . import ranking
from .audience import RESTRICTED
from .contract import DEFAULT_LANGUAGE, LANGUAGES, FacetValue, Hit, ParsedText, SearchResults, batched
from .mapping import FACET_FIELDS, TEXT_FIELDS, build_index, language_field, language_fields

logger = logging.getLogger(__name__)

FACET_SIZES = {"country": 100, "year": 100}
HIGHLIGHT = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html"}
SOURCE_FIELDS = ["key", "kind", "title", "summary", "url", "year", "countries", "principles", "language"]
BULK_CHUNK = 500
REBUILD_THREADS = 2


def too_many_clauses(error):
    """Whether the engine refused a query for having too many clauses (maxClauseCount)."""
    return "maxClauseCount" in str(error) or "too_many_nested_clauses" in str(error)


def first_half(parsed):
    """The question cut to the first half of its phrases and words; a question of one word
    or phrase, to the first half of it ("a-b-c-..." is one word of many tokens)."""
    phrases, words = parsed.phrases, parsed.words
    if len(phrases) + len(words) == 1:
        only = (phrases or words)[0]
        cut = (only[: len(only) // 2].rstrip(" '’-") or only,)
        return ParsedText(phrases=cut if phrases else (), words=() if phrases else cut, any_word=parsed.any_word)
    if len(phrases) > 1:
        phrases = phrases[: len(phrases) // 2]
    if len(words) > 1:
        words = words[: len(words) // 2]
    elif phrases and words:
        words = ()
    return ParsedText(phrases=phrases, words=words, any_word=parsed.any_word)


class EngineBackend:
    name = "engine"

    def __init__(self, flavour, alias, replicas=0):
        self.flavour = flavour
        self.dsl = flavour.dsl
        self.client = flavour.client
        self.alias = alias
        self.replicas = replicas

    # Reading ----------------------------------------------------------------------------

    def search(self, query, audiences, parsed):
        try:
            response = self.build_search(query, audiences, parsed).execute()
        except self.flavour.errors as error:
            # A question whose words, synonyms and language fields make more clauses than
            # the engine allows is asked again with its first half: not an engine failure.
            shorter = first_half(parsed)
            if not too_many_clauses(error) or shorter == parsed:
                raise
            return self.search(query, audiences, shorter)
        hits = [self.hit(item) for item in response.hits]
        facets = {}
        for facet in FACET_FIELDS:
            aggregation = response.aggregations[facet]
            # Facets counted within other filters are wrapped in a filter bucket (build_search).
            buckets = aggregation["values"].buckets if query.filters_except(facet) else aggregation.buckets
            facets[facet] = [FacetValue(value=str(bucket.key), count=bucket.doc_count) for bucket in buckets]
        return SearchResults(hits=hits, total=response.hits.total.value, facets=facets, query=query, backend=self.name)

    def build_search(self, query, audiences, parsed):
        """The request for one page of results with its facet counts (unexecuted)."""
        Q, A = self.dsl.Q, self.dsl.A
        search = self.dsl.Search(using=self.client, index=self.alias).extra(track_total_hits=True)
        search = search.query(
            self.in_language_first(self.text_query(parsed), query.language) if not parsed.is_empty else Q("match_all")
        )
        search = search.filter(self.audience_filter(audiences)).exclude(self.other_versions(query.language))
        if query.upcoming:
            search = search.filter(Q("range", ends_at={"gte": "now"}))
        # Facet counts ignore the facet's own filter (so other values stay choosable) but
        # apply every other filter; the hits get all filters through the post filter. A
        # facet with no other filter to apply counts the query's hits directly: wrapping it
        # in a match-all filter costs a pass over every hit for nothing.
        for facet, field in FACET_FIELDS.items():
            others = [self.facet_filter(name, values) for name, values in query.filters_except(facet).items()]
            terms = A("terms", field=field, size=FACET_SIZES.get(facet, 30))
            if others:
                search.aggs.bucket(facet, "filter", Q("bool", filter=others)).bucket("values", terms)
            else:
                search.aggs.bucket(facet, terms)
        chosen = [self.facet_filter(name, values) for name, values in query.filters.items() if values]
        if chosen:
            search = search.post_filter(Q("bool", filter=chosen))
        search = search.sort(*self.sort_order(query.sort, has_text=not parsed.is_empty))
        search = search.source(includes=SOURCE_FIELDS)
        if not parsed.is_empty:
            # Highlighting re-runs its query on each shown hit; without the typo clause it
            # does not expand every misspelt word over the index again (measured by `make bench`).
            highlight_query = self.text_query(parsed, typo_tolerance=False).to_dict()
            search = search.highlight_options(**HIGHLIGHT, highlight_query=highlight_query)
            for language in LANGUAGES:
                search = search.highlight(language_field("summary", language), number_of_fragments=0)
                search = search.highlight(language_field("body", language), fragment_size=160, number_of_fragments=2)
                search = search.highlight(
                    language_field("attachments", language), fragment_size=160, number_of_fragments=1
                )
        return search[query.offset : query.end]

    def in_language_first(self, text_query, language):
        """Items in the reader's language score ranking.LANGUAGE_BOOST times as much."""
        return self.dsl.Q(
            "function_score",
            query=text_query,
            functions=[{"filter": {"term": {"language": language}}, "weight": ranking.LANGUAGE_BOOST}],
            boost_mode="multiply",
        )

    def text_query(self, parsed, typo_tolerance=True):
        """The full-text part of a search, built from the weights in search/ranking.py, over
        the fields of every language (each analyses the words in its own language)."""
        Q = self.dsl.Q
        fields = ranking.boosted(language_fields(ranking.FIELD_BOOSTS))
        phrases = [Q("multi_match", query=phrase, type="phrase", fields=fields) for phrase in parsed.phrases]
        if parsed.any_word:
            # The fallback: any one of the words (each on its own) or phrases.
            words = [self.words_query([word], fields, typo_tolerance) for word in parsed.words]
            must = [Q("bool", should=phrases + words, minimum_should_match=1)]
        else:
            must = phrases + ([self.words_query(parsed.words, fields, typo_tolerance)] if parsed.words else [])
        proximity = Q(
            "multi_match",
            query=" ".join(parsed.words + parsed.phrases),
            type="phrase",
            slop=ranking.PROXIMITY_SLOP,
            fields=ranking.boosted(language_fields(ranking.PROXIMITY_BOOSTS)),
        )
        return Q("bool", must=must, should=[proximity])

    def words_query(self, words, fields, typo_tolerance=True):
        """Most of the words (ranking.MINIMUM_SHOULD_MATCH), as written or as synonyms, or
        the same words with a typo each."""
        Q = self.dsl.Q
        text = " ".join(words)
        matching = [
            Q(
                "multi_match",
                query=text,
                type="cross_fields",
                fields=fields,
                operator="or",
                minimum_should_match=ranking.MINIMUM_SHOULD_MATCH,
            )
        ]
        if typo_tolerance and any(len(word) >= ranking.FUZZY_MIN_WORD_LENGTH for word in words):
            # Typo tolerance, without synonyms (fuzzy expansion of synonyms would flood results).
            matching.append(
                Q(
                    "multi_match",
                    query=text,
                    type="best_fields",
                    fields=ranking.boosted(ranking.FUZZY_FIELD_BOOSTS),
                    fuzziness="AUTO",
                    prefix_length=ranking.FUZZY_PREFIX_LENGTH,
                    max_expansions=ranking.FUZZY_MAX_EXPANSIONS,
                    minimum_should_match=ranking.MINIMUM_SHOULD_MATCH,
                    boost=ranking.FUZZY_BOOST,
                )
            )
        return Q("bool", should=matching, minimum_should_match=1)

    def other_versions(self, language):
        """Items translated into the reader's language, in their other languages: the reader
        finds each through that translation (which has the same audience)."""
        return self.dsl.Q("term", translated_into=language)

    def audience_filter(self, audiences):
        if audiences is None:
            # The Secretariat sees every item search may show; password-protected pages never.
            return self.dsl.Q("bool", must_not=[self.dsl.Q("term", audience=RESTRICTED)])
        return self.dsl.Q("terms", audience=sorted(audiences))

    def facet_filter(self, facet, values):
        return self.dsl.Q("terms", **{FACET_FIELDS[facet]: list(values)})

    @staticmethod
    def sort_order(sort, has_text):
        newest = {"date": {"order": "desc", "missing": "_last"}}
        oldest = {"date": {"order": "asc", "missing": "_last"}}
        if sort == "newest":
            return [newest, "_score", "key"]
        if sort == "oldest":
            return [oldest, "_score", "key"]
        return ["_score", newest, "key"] if has_text else [newest, "key"]

    @staticmethod
    def hit(item):
        highlight = getattr(item.meta, "highlight", None)
        fragments = []
        in_attachment = False
        if highlight is not None:
            for field in ("summary", "body"):
                for language in LANGUAGES:
                    fragments.extend(getattr(highlight, language_field(field, language), []))
            if not fragments:
                for language in LANGUAGES:
                    fragments.extend(getattr(highlight, language_field("attachments", language), []))
                in_attachment = bool(fragments)
        return Hit(
            key=item.key,
            kind=item.kind,
            title=item.title,
            url=item.url,
            summary=item.summary,
            year=getattr(item, "year", None),
            countries=list(getattr(item, "countries", [])),
            principles=list(getattr(item, "principles", [])),
            highlights=fragments[:2],
            matched_in_attachment=in_attachment,
            language=getattr(item, "language", DEFAULT_LANGUAGE),
        )

    def autocomplete(self, text, audiences, limit, language=DEFAULT_LANGUAGE):
        Q = self.dsl.Q
        search = self.dsl.Search(using=self.client, index=self.alias)
        titles = Q("match", **{"title.autocomplete": {"query": text, "operator": "and"}})
        search = search.query(self.in_language_first(titles, language))
        search = search.filter(self.audience_filter(audiences)).exclude(self.other_versions(language))
        search = search.source(includes=["title", "url", "kind"])[:limit]
        return [{"title": item.title, "url": item.url, "kind": item.kind} for item in search.execute().hits]

    def related(self, key, audiences, limit, exclude=(), language=DEFAULT_LANGUAGE):
        """Items like this one: similar words (more-like-this) and shared tags, the tags
        weighted as the database backend weighs them, the reader's language first
        (ranking.LANGUAGE_BOOST); `exclude` keys (the item's own translations) left out."""
        Q = self.dsl.Q
        source = self.dsl.Search(using=self.client, index=self.alias).filter("ids", values=[key]).execute().hits
        if not source:
            return []
        item = source[0]
        should = [
            Q(
                "more_like_this",
                fields=list(language_fields(dict.fromkeys(ranking.RELATED_TEXT_FIELDS, 1))),
                like=[{"_index": self.alias, "_id": key}],
                min_term_freq=1,
                min_doc_freq=1,
                max_query_terms=ranking.RELATED_MAX_QUERY_TERMS,
                minimum_should_match=ranking.RELATED_MINIMUM_SHOULD_MATCH,
            )
        ]
        for facet, field in FACET_FIELDS.items():
            values = list(getattr(item, field, None) or []) if facet in ranking.RELATED_WEIGHTS else []
            if values:
                should.append(Q("terms", boost=ranking.RELATED_WEIGHTS[facet], **{field: values}))
        search = self.dsl.Search(using=self.client, index=self.alias).query(
            self.in_language_first(Q("bool", should=should, minimum_should_match=1), language)
        )
        search = search.filter(self.audience_filter(audiences)).exclude(self.other_versions(language))
        search = search.exclude("ids", values=[key, *exclude])
        search = search.source(includes=SOURCE_FIELDS)[:limit]
        return [self.hit(item) for item in search.execute().hits]

    # Writing ----------------------------------------------------------------------------

    def alias_targets(self):
        indices = self.client.indices
        if not indices.exists_alias(name=self.alias):
            return []
        return sorted(indices.get_alias(name=self.alias).keys())

    def new_index_name(self):
        return f"{self.alias}-{timezone.now():%Y%m%d%H%M%S%f}"

    def create_index(self, name, refresh_interval="1s"):
        index = build_index(self.dsl, name, replicas=self.replicas)
        index.settings(refresh_interval=refresh_interval)
        index.create(using=self.client)
        return name

    def ensure_index(self):
        """The alias exists and points at an index; creates both on first use."""
        if self.alias_targets():
            return
        name = self.create_index(self.new_index_name())
        self.client.indices.put_alias(index=name, name=self.alias)

    def upsert(self, documents):
        actions = (
            {"_op_type": "index", "_index": self.alias, "_id": document["key"], "_source": self.source(document)}
            for document in documents
        )
        self.flavour.helpers.bulk(self.client, actions, chunk_size=BULK_CHUNK)

    def delete(self, keys):
        actions = ({"_op_type": "delete", "_index": self.alias, "_id": key} for key in keys)
        # A document that is already gone is the outcome we wanted.
        self.flavour.helpers.bulk(self.client, actions, chunk_size=BULK_CHUNK, raise_on_error=False)

    @staticmethod
    def source(document):
        """The engine's copy of a document: each text in the field of its language (tag
        names in every language), title and summary also as written."""
        source = {name: value for name, value in document.items() if name not in TEXT_FIELDS}
        source["title"], source["summary"] = document["title"], document["summary"]
        language = document.get("language") if document.get("language") in LANGUAGES else DEFAULT_LANGUAGE
        for field in TEXT_FIELDS:
            if field == "names":
                for name_language, names in (document.get("names") or {}).items():
                    if name_language in LANGUAGES:
                        source[language_field(field, name_language)] = names
            else:
                source[language_field(field, language)] = document.get(field, "")
        for name in ("date", "ends_at"):
            if isinstance(source.get(name), datetime.date):
                source[name] = source[name].isoformat()
        return source

    def rebuild(self, documents):
        """Load every document into a fresh index, then move the alias to it in one step.

        Searches keep using the old index until the swap, so a rebuild has no downtime;
        if it fails half-way the alias still points at the old, complete index."""
        name = self.create_index(self.new_index_name(), refresh_interval="-1")
        try:
            count = self.load(name, documents)
            self.client.indices.put_settings(index=name, body={"index": {"refresh_interval": "1s"}})
            self.client.indices.refresh(index=name)
        except Exception:
            self.client.indices.delete(index=name, ignore_unavailable=True)
            raise
        old = self.alias_targets()
        actions = [{"remove": {"index": index, "alias": self.alias}} for index in old]
        actions.append({"add": {"index": name, "alias": self.alias}})
        self.client.indices.update_aliases(body={"actions": actions})
        for index in old:
            self.client.indices.delete(index=index, ignore_unavailable=True)
        self.delete_orphans(keep=name)
        return count

    def load(self, name, documents):
        """Send the documents to the index in chunks, the next chunk being read (in this
        thread: sources read the database) while the engine indexes the last ones."""
        count = 0
        with ThreadPoolExecutor(REBUILD_THREADS) as pool:
            in_flight = []
            for chunk in batched(documents, BULK_CHUNK):
                actions = [
                    {"_op_type": "index", "_index": name, "_id": document["key"], "_source": self.source(document)}
                    for document in chunk
                ]
                in_flight.append(pool.submit(self.flavour.helpers.bulk, self.client, actions, chunk_size=BULK_CHUNK))
                if len(in_flight) >= REBUILD_THREADS:
                    count += in_flight.pop(0).result()[0]
            count += sum(future.result()[0] for future in in_flight)
        return count

    def delete_orphans(self, keep):
        """Indices left by rebuilds that never reached the swap."""
        for index in self.client.indices.get(index=f"{self.alias}-*").keys():
            if index != keep and index not in self.alias_targets():
                self.client.indices.delete(index=index, ignore_unavailable=True)

    def refresh(self):
        self.client.indices.refresh(index=self.alias)

    def drop(self):
        for index in self.client.indices.get(index=f"{self.alias}-*").keys():
            self.client.indices.delete(index=index, ignore_unavailable=True)

    def status(self):
        health = self.client.cluster.health()
        targets = self.alias_targets()
        count = self.client.count(index=self.alias)["count"] if targets else 0
        return {
            "engine": f"{self.flavour.name} {self.flavour.version}",
            "health": health["status"],
            "alias": self.alias,
            "index": ", ".join(targets) or "(none)",
            "documents": count,
        }
