"""Suggested tags for an imported file, each with a confidence and the sentences behind it.

- Countries and EMBs: found by name in the text (names in English and French, demonyms, EMB
  names and acronyms), the longest name winning where two overlap ("Electoral Commission of
  Zambia" is not also "Electoral Commission").
- Key principles, practice areas, the kind of item and a report's working group: from the items
  already tagged on the portal. The file's text is compared (TF-IDF, cosine) with every tagged
  item and with each term's own description; the most similar items vote with their tags,
  weighted by how similar they are, and the descriptions break ties and stand in while few
  items are tagged. `make suggest-eval` measures this, holding each demo item out in turn.
"""

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from cen_portal.i18n import DEFAULT_LANGUAGE
from cen_portal.kinds import knowledge_page_models
from cen_portal.taxonomy import TaggedKnowledgeMixin

from .language import COMMON_WORDS

NEIGHBOURS = 5
AT_MOST = 3
# What is ticked for the reviewer (the rest is shown unticked): at most three principles and
# areas, those scoring at least this share of the best one (an item has about four principles
# but fewer than two areas); countries from this confidence up.
TICK_RELATIVE = {"principles": 0.5, "practice_areas": 0.8}
TICK_COUNTRIES_FROM = 0.5
# How much a term's own description counts against the vote of the similar items.
DESCRIPTION_SHARE = 0.5
EVIDENCE_SENTENCES = 2
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«\"“(])|\n{2,}|\n(?=[A-ZÀ-Ý•\-–])")
TOKEN = re.compile(r"[^\W\d_]{3,}")
STOP = COMMON_WORDS["en"] | COMMON_WORDS["fr"] | {"les", "des", "also", "can", "may", "more", "such", "other"}
SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "es", "ed", "s")
KIND_WORDS = {
    "case-study": ("case study", "étude de cas", "lessons learned", "enseignements"),
    "report": ("working group", "groupe de travail", "report", "rapport"),
    "instrument": ("convention", "covenant", "declaration", "charter", "pacte", "déclaration", "charte", "article"),
    "guidance": (
        "guidance",
        "guidelines",
        "good practice",
        "note d'orientation",
        "lignes directrices",
        "bonnes pratiques",
    ),
}


def stem(word):
    word = word.lower()
    if len(word) > 5:
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[: -len(suffix)]
    return word


def tokens(text):
    return [stem(word) for word in TOKEN.findall(text) if word.lower() not in STOP]


def sentences(text, limit=600):
    return [" ".join(part.split()) for part in SENTENCE.split(text)[:limit] if len(part.split()) >= 4]


def normalised(vector):
    norm = math.sqrt(sum(weight * weight for weight in vector.values())) or 1.0
    return {term: weight / norm for term, weight in vector.items()}


def cosine(first, second):
    if len(first) > len(second):
        first, second = second, first
    return sum(weight * second.get(term, 0.0) for term, weight in first.items())


@dataclass
class Example:
    """An item already on the portal, as the suggestions learn from it."""

    key: int
    text: str
    kind: str
    place: int | None = None
    principles: set = field(default_factory=set)
    practice_areas: set = field(default_factory=set)
    countries: set = field(default_factory=set)


def tagged_examples():
    """Every live knowledge item in the default language, its text as a file of it would hold
    it (title, summary, body, attachments) and its tags. The country names search adds to an
    item's body are left out: they would give the answer away."""
    examples = []
    for model in knowledge_page_models():
        pages = model.objects.live().filter(locale__language_code=DEFAULT_LANGUAGE)
        tagged = issubclass(model, TaggedKnowledgeMixin)
        if tagged:
            pages = pages.prefetch_related("principles", "practice_areas", "countries")
        for page in pages:
            if tagged:
                text = "\n".join([page.title, page.summary, page.search_body(), page.search_attachments()])
            else:
                document = page.search_document()
                text = "\n".join(str(document.get(part) or "") for part in ("title", "summary", "body"))
            example = Example(key=page.pk, text=text, kind=model.knowledge_kind, place=page.get_parent().pk)
            if tagged:
                example.principles = {principle.slug for principle in page.principles.all()}
                example.practice_areas = {area.slug for area in page.practice_areas.all()}
                example.countries = {country.iso_code for country in page.countries.all()}
            examples.append(example)
    return examples


class Suggester:
    """Suggests tags for texts from the tagged examples and the vocabulary's descriptions."""

    def __init__(self, vocabulary, examples):
        self.vocabulary = vocabulary
        self.examples = examples
        described = [text for _name, text in vocabulary.principles.values()]
        described += [text for _name, text in vocabulary.areas.values()]
        documents = [Counter(tokens(example.text)) for example in examples] + [
            Counter(tokens(text)) for text in described
        ]
        frequency = Counter(term for document in documents for term in document)
        count = len(documents) or 1
        self.idf = {term: math.log((1 + count) / (1 + seen)) + 1 for term, seen in frequency.items()}
        self.vectors = [self.weigh(document) for document in documents[: len(examples)]]
        self.descriptions = {
            "principles": {slug: self.vector(text) for slug, (_name, text) in vocabulary.principles.items()},
            "practice_areas": {slug: self.vector(text) for slug, (_name, text) in vocabulary.areas.items()},
        }
        self.country_names = compile_names(vocabulary.names)

    def weigh(self, counts):
        return normalised({term: (1 + math.log(n)) * self.idf.get(term, 1.0) for term, n in counts.items()})

    def vector(self, text):
        return self.weigh(Counter(tokens(text)))

    def neighbours(self, query, leave_out=None):
        scored = [
            (cosine(query, vector), example)
            for vector, example in zip(self.vectors, self.examples, strict=False)
            if example.key != leave_out
        ]
        scored.sort(key=lambda pair: -pair[0])
        return [(similarity, example) for similarity, example in scored[:NEIGHBOURS] if similarity > 0]

    def suggest(self, text, title="", leave_out=None):
        """{column: [suggestion, ...]} for a text; `leave_out` is the key of an example not to
        learn from (the item itself, when measuring)."""
        query = self.vector(f"{title}\n{text}")
        neighbours = self.neighbours(query, leave_out)
        parts = sentences(text)
        result = {column: self.tags(column, query, neighbours, parts) for column in ("principles", "practice_areas")}
        result["kind"] = self.kind(text, title, neighbours)
        result["working_group"] = self.place(text, neighbours)
        result["countries"], result["emb"] = self.countries(text, title, self.authors(f"{title}\n{text[:1000]}"))
        return result

    def tags(self, column, query, neighbours, parts):
        total = sum(similarity for similarity, _example in neighbours) or 1.0
        votes = defaultdict(float)
        for similarity, example in neighbours:
            for tag in getattr(example, column):
                votes[tag] += similarity / total
        descriptions = self.descriptions[column]
        closeness = {tag: cosine(query, vector) for tag, vector in descriptions.items()}
        nearest = max(closeness.values(), default=0) or 1.0
        scores = {
            tag: (1 - DESCRIPTION_SHARE) * votes.get(tag, 0.0) + DESCRIPTION_SHARE * closeness[tag] / nearest
            for tag in descriptions
        }
        ranked = sorted(scores.items(), key=lambda pair: -pair[1])
        best = ranked[0][1] if ranked else 0
        return [
            suggestion(
                self.vocabulary.label(column, tag),
                tag,
                score,
                rank < AT_MOST and score >= TICK_RELATIVE[column] * best,
                self.evidence(descriptions[tag], parts),
            )
            for rank, (tag, score) in enumerate(ranked[:6])
            if score > 0.05
        ]

    def evidence(self, profile, parts):
        scored = sorted(((cosine(self.vector(part), profile), part) for part in parts), key=lambda pair: -pair[0])
        return [clip(part) for score, part in scored[:EVIDENCE_SENTENCES] if score > 0]

    def kind(self, text, title, neighbours):
        kinds = self.vocabulary.kinds
        scores = defaultdict(float)
        # Divided by at least 1, so that a few faint likenesses do not make a strong vote.
        total = max(sum(similarity for similarity, example in neighbours if example.kind in kinds), 1.0)
        for similarity, example in neighbours:
            if example.kind in kinds:
                scores[example.kind] += 0.5 * similarity / total
        evidence = defaultdict(list)
        opening = text[:3000]
        for kind, words in KIND_WORDS.items():
            if kind not in kinds:
                continue
            said = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b", re.IGNORECASE)
            if said.search(title):
                scores[kind] += 0.35
                evidence[kind].append(title)
            if said.search(opening):
                scores[kind] += 0.15
                saying = [clip(part) for part in sentences(opening) if said.search(part)][:1]
                evidence[kind] += [sentence for sentence in saying if sentence not in evidence[kind]]
        ranked = sorted(scores.items(), key=lambda pair: -pair[1])
        return [
            suggestion(kinds[kind], kind, min(score, 1.0), rank == 0, evidence[kind][:EVIDENCE_SENTENCES])
            for rank, (kind, score) in enumerate(ranked)
        ]

    def place(self, text, neighbours):
        """For kinds that go under a chosen page (a report under its working group): the one the
        text names, else the place of the most similar item of that kind."""
        places = self.vocabulary.places
        for pk, place in places.items():
            if len(place.title) > 8 and place.title in text:
                evidence = [clip(part) for part in sentences(text[:5000]) if place.title in part][:1]
                return [suggestion(place.title, pk, 0.9, True, evidence)]
        for similarity, example in neighbours:
            if example.place in places and example.kind == places[example.place].kind:
                return [suggestion(places[example.place].title, example.place, similarity, False, [])]
        return []

    def authors(self, opening):
        """The places whose report this says it is ("Report of the Working Group on Voter
        Education"): such a report speaks for every participant. A text that only mentions a group,
        or one of its meetings, does not."""
        opening = " ".join(opening.split()).casefold()
        return [
            place
            for place in self.vocabulary.places.values()
            if place.countries
            and any(f"{prefix} {place.title.casefold()}" in opening for prefix in ("report of the", "rapport du"))
        ]

    def countries(self, text, title, authors):
        scores, evidence, embs = defaultdict(float), defaultdict(list), Counter()
        whole, parts = f"{title}\n{text}", None
        for start, end, name in find_names(self.country_names, whole):
            in_title = start < len(title)
            scores[name.country] += name.weight + (1.0 if in_title else 0.0)
            if name.emb:
                embs[name.emb] += 1
            if len(evidence[name.country]) < EVIDENCE_SENTENCES:
                parts = parts if parts is not None else sentences(f"{title}\n\n{text}")
                sentence = next((part for part in parts if whole[start:end] in part), "")
                if sentence and sentence not in evidence[name.country]:
                    evidence[name.country].append(clip(sentence))
        for place in authors:
            for iso in place.countries:
                scores[iso] += 1.0
                evidence[iso].append(_("Its EMB takes part in the %(group)s.") % {"group": place.title})
        ranked = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
        top = ranked[0][1] if ranked else 0
        countries = [
            suggestion(
                self.vocabulary.label("countries", iso),
                iso,
                confidence(score),
                confidence(score) >= TICK_COUNTRIES_FROM and score >= top / 4,
                evidence[iso],
            )
            for iso, score in ranked[:8]
        ]
        emb_suggestions = [
            suggestion(
                self.vocabulary.label("emb", pk),
                pk,
                confidence(count),
                rank == 0,
                evidence[self.vocabulary.embs[pk][1]],
            )
            for rank, (pk, count) in enumerate(embs.most_common(3))
        ]
        return countries, emb_suggestions


def confidence(score):
    """1 mention: 0.5, 2: 0.75, 3: 0.88 ..."""
    return round(1 - 0.5**score, 2)


def suggestion(label, value, score, ticked, evidence):
    return {"value": value, "label": str(label), "confidence": round(score, 2), "ticked": ticked, "evidence": evidence}


def clip(sentence, length=300):
    return sentence if len(sentence) <= length else sentence[: length - 1].rsplit(" ", 1)[0] + "…"


def compile_names(names):
    """Each name as a regular expression: proper nouns by case, French demonyms (lower case in French) in any case."""
    compiled = []
    for name in names:
        flags = re.IGNORECASE if name.pattern[:1].islower() else 0
        compiled.append((re.compile(rf"(?<!\w){name.pattern}(?!\w)", flags), name))
    return compiled


def find_names(compiled, text):
    """(start, end, Name) of every name in the text; where two overlap, the longer."""
    found = [(match.start(), match.end(), name) for pattern, name in compiled for match in pattern.finditer(text)]
    found.sort(key=lambda hit: (hit[0], -(hit[1] - hit[0])))
    kept, reach = [], -1
    for start, end, name in found:
        if start >= reach:
            kept.append((start, end, name))
            reach = end
        elif kept and (start, end) == kept[-1][:2] and name.emb and not kept[-1][2].emb:
            kept[-1] = (start, end, name)
    return kept
