"""The knowledge index, defined once with the DSL of whichever engine the cluster is.

Analysis: English stemming and ASCII folding for every text field; the field's synonyms
(search/synonyms.txt) applied when a query is analysed; edge n-grams on titles for
autocomplete.
"""

from functools import lru_cache

from .contract import SYNONYM_GROUPS

# The keyword field behind each facet of the search page.
FACET_FIELDS = {
    "kind": "kind",
    "principle": "principles",
    "area": "practice_areas",
    "country": "countries",
    "region": "regions",
    "year": "year",
}
TEXT_FIELDS = ["title", "summary", "body", "attachments"]


@lru_cache(maxsize=2)
def analysis(dsl):
    """The analyzers, built from the given DSL module's own helpers."""
    folding = dsl.token_filter("cen_folding", "asciifolding")
    possessive = dsl.token_filter("cen_possessive", "stemmer", language="possessive_english")
    stemmer = dsl.token_filter("cen_stemmer", "stemmer", language="english")
    synonyms = dsl.token_filter(
        "cen_synonyms", "synonym_graph", synonyms=[", ".join(group) for group in SYNONYM_GROUPS], lenient=True
    )
    edge_ngrams = dsl.token_filter("cen_edge_ngrams", "edge_ngram", min_gram=2, max_gram=20)
    return {
        "text": dsl.analyzer("cen_text", tokenizer="standard", filter=["lowercase", folding, possessive, stemmer]),
        # Synonym graphs are for queries only; the index keeps the words as written.
        "text_search": dsl.analyzer(
            "cen_text_search", tokenizer="standard", filter=["lowercase", folding, possessive, synonyms, stemmer]
        ),
        # Words as written, for typo tolerance: fuzzy matching against stems misses
        # ("misinformaton" is four edits from the stem "misinform").
        "exact": dsl.analyzer("cen_exact", tokenizer="standard", filter=["lowercase", folding]),
        "autocomplete": dsl.analyzer(
            "cen_autocomplete", tokenizer="standard", filter=["lowercase", folding, edge_ngrams]
        ),
        "autocomplete_search": dsl.analyzer(
            "cen_autocomplete_search", tokenizer="standard", filter=["lowercase", folding]
        ),
    }


@lru_cache(maxsize=2)
def document_class(dsl):
    """The Document class describing one knowledge item, for the given DSL module."""
    analyzers = analysis(dsl)

    def text(fields=None, exact=True, **kwargs):
        # The "exact" copy serves typo tolerance, which searches titles and summaries only
        # (search/ranking.py); long texts would double their indexing cost for it.
        fields = {**({"exact": dsl.Text(analyzer=analyzers["exact"], **kwargs)} if exact else {}), **(fields or {})}
        return dsl.Text(analyzer=analyzers["text"], search_analyzer=analyzers["text_search"], fields=fields, **kwargs)

    class KnowledgeDocument(dsl.Document):
        key = dsl.Keyword()
        kind = dsl.Keyword()
        title = text(
            fields={
                "autocomplete": dsl.Text(
                    analyzer=analyzers["autocomplete"], search_analyzer=analyzers["autocomplete_search"]
                ),
                "sort": dsl.Keyword(),
            }
        )
        summary = text()
        # Offsets make highlighting long bodies and PDF texts cheap.
        body = text(exact=False, index_options="offsets")
        attachments = text(exact=False, index_options="offsets")
        principles = dsl.Keyword(multi=True)
        practice_areas = dsl.Keyword(multi=True)
        countries = dsl.Keyword(multi=True)
        regions = dsl.Keyword(multi=True)
        audience = dsl.Keyword(multi=True)
        language = dsl.Keyword()
        year = dsl.Integer()
        date = dsl.Date()
        url = dsl.Keyword(index=False)

    return KnowledgeDocument


def build_index(dsl, name, replicas=0):
    """An Index object (not yet created) holding the knowledge mapping and analysis."""
    index = dsl.Index(name)
    index.settings(number_of_shards=1, number_of_replicas=replicas)
    index.document(document_class(dsl))
    return index
