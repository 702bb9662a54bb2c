from django.urls import path

from . import views

app_name = "insights"

urlpatterns = [
    path("<int:search_id>/<str:key>/", views.open_result, name="open"),
]
