from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import translate_url
from django.utils import translation

from .models import current_language


class MemberAccountAdapter(DefaultAccountAdapter):
    """Membership is by invitation or by request to the Secretariat, never by open sign-up."""

    def is_open_for_signup(self, request):
        return False

    def send_mail(self, template_prefix, email, context):
        """allauth's emails (password reset, address confirmation, security notices) go out in the
        language of the account they concern, links included; an unknown address gets the language
        of the page the request came from."""
        language = account_language(email)
        links = {
            key: translate_url(value, language)
            for key, value in context.items()
            if key.endswith("_url") and isinstance(value, str)
        }
        with translation.override(language):
            super().send_mail(template_prefix, email, {**context, **links})


def account_language(email):
    user = get_user_model().objects.filter(email__iexact=email).first()
    if user is None:
        address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
        user = address.user if address else None
    return user.language if user else current_language()
