"""Closed questions in the knowledge search, seen only by those who may read them."""

from search.sources import complete

from .models import Question


class QuestionSource:
    prefix = "question"

    def keys(self):
        closed = Question.objects.filter(stage=Question.Stage.CLOSED)
        return [f"{self.prefix}:{pk}" for pk in closed.values_list("pk", flat=True)]

    def document(self, pk):
        question = Question.objects.filter(pk=pk, stage=Question.Stage.CLOSED).first()
        if question is None:
            return None
        return complete(
            question.search_document(),
            key=question.search_key,
            kind="question",
            url=question.get_absolute_url(),
            audience=question.audience,
        )
