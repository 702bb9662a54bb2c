"""How good the suggestions are, measured on the items already tagged: each is held out in turn
(the suggestions learn from all the others) and what is ticked for it is compared with its tags."""

from dataclasses import dataclass

from cen_portal.i18n import DEFAULT_LANGUAGE
from cen_portal.kinds import tagged_knowledge_page_models

from .language import detect_language
from .suggestions import Suggester, tagged_examples
from .vocabulary import Vocabulary

# The targets the suggestions are held to (issue 24).
TARGETS = {
    "countries": {"precision": 0.95, "recall": 0.9},
    "principles": {"precision": 0.6},
    "practice_areas": {"precision": 0.6},
}
COLUMNS = ("principles", "practice_areas", "countries")


@dataclass
class Score:
    column: str
    items: int = 0
    ticked: int = 0
    right: int = 0
    tagged: int = 0

    @property
    def precision(self):
        return self.right / self.ticked if self.ticked else 0.0

    @property
    def recall(self):
        return self.right / self.tagged if self.tagged else 0.0

    def meets_targets(self):
        targets = TARGETS.get(self.column, {})
        return all(getattr(self, measure) >= target for measure, target in targets.items())


def evaluate():
    """(scores by column, kind accuracy, language accuracy, held-out items)."""
    vocabulary = Vocabulary.load()
    examples = tagged_examples()
    suggester = Suggester(vocabulary, examples)
    scores = {column: Score(column) for column in COLUMNS}
    kinds_right = kinds_total = 0
    held_out = [example for example in examples if example.principles or example.countries]
    for example in held_out:
        suggested = suggester.suggest(example.text, leave_out=example.key)
        for column in COLUMNS:
            truth = getattr(example, column)
            if not truth:
                continue
            ticked = {entry["value"] for entry in suggested[column] if entry["ticked"]}
            score = scores[column]
            score.items += 1
            score.ticked += len(ticked)
            score.right += len(ticked & truth)
            score.tagged += len(truth)
        if example.kind in vocabulary.kinds:
            kinds_total += 1
            top = next((entry["value"] for entry in suggested["kind"] if entry["ticked"]), None)
            kinds_right += top == example.kind
    return scores, (kinds_right, kinds_total), language_accuracy(), len(held_out)


def language_accuracy():
    """(right, total): the language detected for every tagged item in each language it is published in."""
    right = total = 0
    for model in tagged_knowledge_page_models():
        for page in model.objects.live().select_related("locale"):
            text = "\n".join([page.title, page.summary, page.search_body()])
            expected = page.locale.language_code
            if expected != DEFAULT_LANGUAGE and text.strip() == "":
                continue
            total += 1
            right += detect_language(text)[0] == expected
    return right, total
