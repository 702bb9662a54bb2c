"""Forum threads in the knowledge search, seen only by those who may read them."""

from search.sources import complete

from .models import Thread


class ThreadSource:
    prefix = "thread"

    def keys(self):
        return [f"{self.prefix}:{pk}" for pk in Thread.objects.filter(hidden=False).values_list("pk", flat=True)]

    def document(self, pk):
        thread = Thread.objects.filter(pk=pk, hidden=False).select_related("category").first()
        if thread is None:
            return None
        return complete(
            thread.search_document(),
            key=thread.search_key,
            kind="forum-thread",
            url=thread.get_absolute_url(),
            audience=thread.category.audience,
        )
