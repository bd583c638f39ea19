from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("", views.comment, name="comment"),
    path("thank-you/", views.comment_sent, name="comment_sent"),
    path("useful/", views.page_vote, name="page_vote"),
    path("report/", views.page_problem, name="page_problem"),
    path("services/<slug:slug>/", views.service_problem, name="service_problem"),
]
