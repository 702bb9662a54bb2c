from django.conf import settings
from django.shortcuts import render


class RequestSizeLimitMiddleware:
    """Refuse a request body larger than MAX_REQUEST_SIZE before anything reads it, with a page
    that says why (Django's own limits leave file uploads unbounded)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_SIZE:
            return render(request, "413.html", {"limit": settings.MAX_REQUEST_SIZE}, status=413)
        return self.get_response(request)
