from django.urls import path

from . import views

app_name = "indicators"

urlpatterns = [
    path("", views.compare, name="compare"),
    path("emb/<int:pk>/", views.emb_profile, name="emb"),
    path("emb/<int:pk>/<slug:code>/history/", views.value_history, name="history"),
    path("emb/<int:pk>/<slug:code>/correct/", views.suggest_value, name="suggest_value"),
    path("item/<int:page_id>/correct/", views.suggest_item, name="suggest_item"),
    path("corrections/", views.correction_queue, name="corrections"),
    path("corrections/<int:pk>/decide/", views.decide, name="decide"),
]
