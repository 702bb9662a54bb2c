from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("", views.home, name="home"),
    path("profile/", views.edit_profile, name="edit_profile"),
    path("directory/", views.directory, name="directory"),
    path("join/", views.request_membership, name="request_membership"),
    path("join/sent/", views.request_sent, name="request_sent"),
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("secretariat/requests/", views.requests, name="requests"),
    path("secretariat/requests/<int:pk>/decide/", views.decide, name="decide"),
    path("secretariat/invite/", views.invite, name="invite"),
]
