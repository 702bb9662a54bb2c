from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


def member_required(view):
    """Signed-in members only: others are sent to sign in, or told they cannot enter."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_member:
            raise PermissionDenied(_("This part of the portal is for members of the Network."))
        return view(request, *args, **kwargs)

    return wrapper


def secretariat_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_secretariat:
            raise PermissionDenied(_("Only the Secretariat can do this."))
        return view(request, *args, **kwargs)

    return wrapper
