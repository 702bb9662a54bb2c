from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from cen_portal.i18n import without_language

REPORTS_PREFIX = "/admin/reports/"
# Pages a person must still reach to set up their second factor (or to leave).
OPEN_PREFIXES = ("/accounts/", "/static/", "/media/", "/robots.txt", "/favicon.ico")


class RequireMultiFactorMiddleware:
    """The Secretariat and anyone with admin access must set up an authenticator app before
    doing anything else; allauth then asks for a code at every sign-in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not without_language(request.path).startswith(OPEN_PREFIXES)
            and user.needs_multi_factor
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            messages.warning(
                request, _("Your role needs two-factor authentication. Set up an authenticator app to continue.")
            )
            return redirect(reverse("mfa_activate_totp") + "?" + urlencode({"next": request.get_full_path()}))
        return self.get_response(request)


class ReportsForTheSecretariatMiddleware:
    """Wagtail's admin reports (page types, aging pages, locked pages, workflows, site history)
    name pages across the whole site, drafts and restricted ones included: they are the
    Secretariat's, never a working group editor's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if request.path.startswith(REPORTS_PREFIX) and user is not None and user.is_authenticated:
            if not user.is_secretariat:
                raise PermissionDenied(_("Only the Secretariat can open the admin's reports."))
        return self.get_response(request)
