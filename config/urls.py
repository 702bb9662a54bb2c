from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cen_portal import privacy
from cen_portal.api import api
from cen_portal.feeds import LatestItemsAtomFeed, LatestItemsFeed
from cen_portal.sitemaps import PortalSitemap
from cen_portal.views import robots_txt
from emailreplies.views import inbound_webhook
from indicators import api as practice_data_api
from members import views as member_views
from networkevents import views as events_views
from search import api as search_api
from search import views as search_views

from . import health

# The apps' endpoints under /api/v1/: search, then the comparison of practice data.
api.add_router("", search_api.router)
api.add_router("", practice_data_api.router)

urlpatterns = [
    # Wagtail's own sign-in would skip allauth's second factor: send people to allauth's.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/password_reset/", RedirectView.as_view(pattern_name="account_reset_password")),
    path("admin/", include(wagtailadmin_urls)),
    # The language switcher posts here; the choice is remembered in a cookie (and on a member's account).
    path("language/", member_views.switch_language, name="set_language"),
    # Documents and image files follow the privacy of the pages that use them (privacy.py);
    # nothing under MEDIA_ROOT is served any other way.
    path("documents/<int:document_id>/<str:document_filename>", privacy.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("media/images/<str:name>", privacy.serve_rendition, name="image_rendition"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("health/live/", health.LivenessView.as_view(), name="health_live"),
    path("health/ready/", health.ReadinessView.as_view(), name="health_ready"),
    path("api/v1/", api.urls),
    path("mail/inbound/", inbound_webhook, name="inbound_mail_webhook"),
    # A member's events for calendar programs, which cannot sign in: the address is the key.
    path("calendar/<str:token>/", events_views.member_calendar, name="member_calendar"),
]

# What people read lives under /en/ or /fr/; an unprefixed address redirects to the reader's
# language (their remembered choice, else their browser's), so old links keep working.
urlpatterns += i18n_patterns(
    # Wagtail's own sign-in for restricted pages would skip allauth's second factor too.
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("accounts/", include("allauth.urls")),
    path("members/", include("members.urls")),
    path("forums/", include("forums.urls")),
    path("share-your-practice/", include("casestudies.urls")),
    path("practice-data/", include("indicators.urls")),
    path("my-events/", include("networkevents.urls")),
    path("packs/", include("readingpacks.urls")),
    path("", include("questions.urls")),  # /ask/ and /questions/...
    path("feeds/latest.rss", LatestItemsFeed(), name="feed_rss"),
    path("feeds/latest.atom", LatestItemsAtomFeed(), name="feed_atom"),
    path("search/", search_views.search, name="search"),
    path("search/autocomplete/", search_views.autocomplete, name="search_autocomplete"),
    path("search/open/", include("insights.urls")),
    # Wagtail serves every other path from the page tree; keep this last.
    path("", include(wagtail_urls)),
)
