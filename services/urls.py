from django.urls import path

from . import views

app_name = "services"

urlpatterns = [
    path("", views.service_directory, name="directory"),
    path("map/", views.service_map, name="map"),
    # Before "<slug>/": "my-list" is this page, never a service's address.
    path("my-list/", views.my_list, name="my_list"),
    path("my-list/add/", views.my_list_add, name="my_list_add"),
    path("my-list/remove/", views.my_list_remove, name="my_list_remove"),
    path("my-list/clear/", views.my_list_clear, name="my_list_clear"),
    path("my-list/shared/", views.my_list_shared, name="my_list_shared"),
    path("my-list/shared/save/", views.my_list_save, name="my_list_save"),
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
