from django.urls import path

from . import views

app_name = "services"

urlpatterns = [
    path("", views.service_directory, name="directory"),
    path("<slug:slug>/", views.service_detail, name="detail"),
]
