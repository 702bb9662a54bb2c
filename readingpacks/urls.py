from django.urls import path

from . import views

app_name = "readingpacks"
urlpatterns = [
    path("", views.from_selection, name="selection"),
    path("add/", views.add, name="add"),
    path("remove/", views.remove, name="remove"),
    path("search/", views.from_search, name="search"),
    path("page/<int:pk>/", views.from_page, name="page"),
    path("<str:key>/<str:filename>", views.download, name="download"),
]
