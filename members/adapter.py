from allauth.account.adapter import DefaultAccountAdapter


class MemberAccountAdapter(DefaultAccountAdapter):
    """Membership is by invitation or by request to the Secretariat, never by open sign-up."""

    def is_open_for_signup(self, request):
        return False
