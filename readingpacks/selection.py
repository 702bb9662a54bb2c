"""The reader's own selection: on the account for members, in the session for everyone else
(brought over to the account when they sign in and open it)."""

from django.db import transaction

from .models import SelectedItem
from .sources import MAX_ITEMS

SESSION_KEY = "reading_pack"


def page_ids(request):
    user = request.user
    kept = [pk for pk in request.session.get(SESSION_KEY, []) if isinstance(pk, int)]
    if not user.is_authenticated:
        return kept
    if kept:
        with transaction.atomic():
            for pk in kept:
                add_for_member(user, pk)
        request.session.pop(SESSION_KEY, None)
    return list(SelectedItem.objects.filter(user=user).values_list("page_id", flat=True))


def add_for_member(user, page_id):
    if SelectedItem.objects.filter(user=user).count() < MAX_ITEMS:
        SelectedItem.objects.get_or_create(user=user, page_id=page_id)


def add(request, page):
    """Add one readable item; False when the selection is full."""
    chosen = page_ids(request)
    if page.pk in chosen:
        return True
    if len(chosen) >= MAX_ITEMS:
        return False
    if request.user.is_authenticated:
        add_for_member(request.user, page.pk)
    else:
        request.session[SESSION_KEY] = [*chosen, page.pk]
    return True


def remove(request, page_id):
    if request.user.is_authenticated:
        SelectedItem.objects.filter(user=request.user, page_id=page_id).delete()
    request.session[SESSION_KEY] = [pk for pk in request.session.get(SESSION_KEY, []) if pk != page_id]


def clear(request):
    if request.user.is_authenticated:
        SelectedItem.objects.filter(user=request.user).delete()
    request.session.pop(SESSION_KEY, None)
