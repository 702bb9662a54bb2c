from django.urls import path

from . import views

urlpatterns = [
    path("", views.my_events, name="my_events"),
    path("new-calendar-address/", views.reset_feed, name="reset_event_feed"),
]
