from django.urls import path

from . import views

app_name = "questions"

urlpatterns = [
    path("ask/", views.ask, name="ask"),
    path("questions/", views.question_list, name="index"),
    path("questions/respond/<str:token>/", views.respond, name="respond"),
    path("questions/<int:pk>/", views.detail, name="detail"),
    path("questions/<int:pk>/clarify/", views.edit, name="edit"),
    path("questions/<int:pk>/triage/", views.triage, name="triage"),
    path("questions/<int:pk>/route/", views.route, name="route"),
    path("questions/<int:pk>/respond/", views.respond_here, name="respond_here"),
    path("questions/<int:pk>/answer/", views.answer, name="answer"),
    path("questions/<int:pk>/attachments/<int:attachment_pk>/", views.attachment, name="attachment"),
    path("questions/<int:pk>/close/", views.close, name="close"),
    path("questions/<int:pk>/rate/", views.rate, name="rate"),
]
