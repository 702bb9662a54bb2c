from django.urls import path

from . import views

app_name = "forums"

urlpatterns = [
    path("", views.index, name="index"),
    path("code-of-conduct/", views.code_of_conduct, name="code_of_conduct"),
    path("notifications/", views.subscriptions, name="subscriptions"),
    path("follow/", views.follow, name="follow"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("moderation/", views.moderation, name="moderation"),
    path("posts/<int:pk>/edit/", views.edit_post, name="edit_post"),
    path("posts/<int:pk>/report/", views.report_post, name="report_post"),
    path("posts/<int:pk>/moderate/", views.moderate_post, name="moderate_post"),
    path("threads/<int:pk>/moderate/", views.moderate_thread, name="moderate_thread"),
    path("threads/<int:pk>/consolidate/", views.consolidate, name="consolidate"),
    path("<slug:slug>/", views.category, name="category"),
    path("<slug:slug>/new/", views.new_thread, name="new_thread"),
    path("<slug:slug>/<int:pk>/", views.thread, name="thread"),
    path("<slug:slug>/<int:pk>/reply/", views.reply, name="reply"),
]
