from django.urls import path

from . import views

app_name = "services"

urlpatterns = [
    path("", views.service_directory, name="directory"),
    path("map/", views.service_map, name="map"),
    path("<slug:slug>/", views.service_detail, name="detail"),
]

# For professionals: the same filters, as a table of referral routes.
professional_urlpatterns = (
    [
        path("", views.referral_routes, name="routes"),
        path("print/", views.referral_routes_print, name="routes_print"),
        path("referral-routes.csv", views.referral_routes_csv, name="routes_csv"),
    ],
    "professionals",
)
