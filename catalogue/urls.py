from django.urls import path

from . import views

app_name = "catalogue"
urlpatterns = [
    path("", views.batches, name="batches"),
    path("upload/", views.upload, name="upload"),
    path("batch/<int:pk>/", views.batch, name="batch"),
    path("file/<int:pk>/", views.review, name="review"),
]
