from django.urls import path

from localoffer.urls import urlpatterns as site_urlpatterns


def boom(request):
    raise RuntimeError("Something broke")


urlpatterns = [path("boom/", boom), *site_urlpatterns]
handler500 = "localoffer.views.server_error"
