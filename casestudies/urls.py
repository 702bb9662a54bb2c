from django.urls import path

from . import views

app_name = "casestudies"

urlpatterns = [
    path("", views.share_practice, name="share"),
    path("thank-you/<int:pk>/", views.shared, name="shared"),
]
