from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

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
            and not request.path.startswith(OPEN_PREFIXES)
            and user.needs_multi_factor
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            messages.warning(
                request, _("Your role needs two-factor authentication. Set up an authenticator app to continue.")
            )
            return redirect(reverse("mfa_activate_totp") + "?" + urlencode({"next": request.get_full_path()}))
        return self.get_response(request)
