// Maps of the places a page lists: progressive enhancement only. The list of
// addresses, each with its "Get directions" link, is always on the page; this
// draws them on a map above it. Leaflet (window.L) comes from our own static
// files, loaded just before this module (components/map_assets.html).
//
// Everything the map needs is in data- attributes (no inline script, so a
// Content-Security-Policy can forbid them): the tile server and attribution
// from settings, the marker images, and each place's coordinates and names.
const L = window.L;

// Places at the same spot share one marker, so none hides another.
const spots = (items) => {
  const byPosition = new Map();
  for (const item of items) {
    const key = `${item.dataset.lat},${item.dataset.lng}`;
    if (!byPosition.has(key)) byPosition.set(key, []);
    byPosition.get(key).push(item);
  }
  return [...byPosition.values()];
};

// A marker's name, for screen readers and voice control: the place and the
// service, as the list says them.
const markerName = (items) => {
  const services = new Set(items.map((item) => item.dataset.service));
  const place = items[0].dataset.name;
  if (services.size === 1) return `${place}, ${[...services][0]}`;
  return `${place}: ${services.size} services`;
};

// The popup repeats the list: the place's name, each service (linked on the
// map view), the address and the same directions link.
const popupContent = (items) => {
  const content = document.createElement("div");
  content.className = "lo-map__popup";
  content.tabIndex = -1;
  const name = document.createElement("p");
  name.className = "govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1";
  name.textContent = items[0].dataset.name;
  content.append(name);
  for (const item of items) {
    const service = document.createElement("p");
    service.className = "govuk-body govuk-!-margin-bottom-1";
    if (item.dataset.serviceUrl) {
      const link = document.createElement("a");
      link.className = "govuk-link";
      link.href = item.dataset.serviceUrl;
      link.textContent = item.dataset.service;
      service.append(link);
    } else {
      service.textContent = item.dataset.service;
    }
    content.append(service);
  }
  for (const part of ["[data-map-address]", "[data-map-directions]"]) {
    const copy = items[0].querySelector(part)?.cloneNode(true);
    if (copy) content.append(copy);
  }
  return content;
};

for (const container of document.querySelectorAll('[data-module="lo-map"]')) {
  const list = document.getElementById(container.dataset.places);
  const items = list ? [...list.querySelectorAll(".lo-location[data-lat][data-lng]")] : [];
  if (!L || !items.length) continue;

  container.hidden = false;
  const canvas = container.querySelector(".lo-map__canvas");
  // No scroll-wheel zoom, and on a touch screen no one-finger dragging: a
  // finger or wheel moving down the page scrolls the page, never the map, so
  // the map cannot trap anyone. Pinch to zoom, the zoom buttons and the
  // keyboard (arrow keys, + and -) still move it.
  const map = L.map(canvas, {
    scrollWheelZoom: false,
    dragging: !L.Browser.mobile,
    tapHold: false,
  });
  L.tileLayer(container.dataset.tileUrl, {
    attribution: container.dataset.attribution,
    maxZoom: 19,
  }).addTo(map);

  const icon = L.icon({
    iconUrl: container.dataset.iconUrl,
    iconRetinaUrl: container.dataset.iconRetinaUrl,
    shadowUrl: container.dataset.shadowUrl,
    iconSize: [25, 41],
    iconAnchor: [12, 41],
    popupAnchor: [1, -42], // clear of the marker, which stays a whole target
    shadowSize: [41, 41],
  });

  // Escape closes a popup wherever focus is inside the map (Leaflet listens
  // only while the map itself has focus).
  canvas.addEventListener("keydown", (event) => {
    if (event.key === "Escape") map.closePopup();
  });

  // The markers a zoom level draws: each spot's pin, except where pins (or
  // groups) would overlap there, which become one numbered group instead, so
  // every target is whole, at least 24 by 24 pixels and clear of every other
  // (WCAG 2.2, 2.5.8). Recomputed after each zoom.
  const spotList = spots(items);
  const position = (spot) => L.latLng(Number(spot[0].dataset.lat), Number(spot[0].dataset.lng));
  const GAP = 4; // pixels kept clear between targets
  const box = (cluster) => {
    const { x, y } = cluster.point;
    return cluster.spots.length === 1
      ? [x - 12, y - 41, x + 13, y] // the pin: iconSize 25x41, anchored at its tip
      : [x - 20, y - 20, x + 20, y + 20]; // a group: a 40px circle on its centre
  };
  const overlap = (a, b) => {
    const [ax1, ay1, ax2, ay2] = box(a);
    const [bx1, by1, bx2, by2] = box(b);
    return ax1 < bx2 + GAP && bx1 < ax2 + GAP && ay1 < by2 + GAP && by1 < ay2 + GAP;
  };
  const clustersAt = (zoom) => {
    let clusters = spotList.map((spot) => ({
      spots: [spot],
      point: map.project(position(spot), zoom),
      weight: spot.length,
    }));
    // Merge any two that overlap, until none do: overlap is impossible by
    // construction, wherever the merged group's centre moves to.
    for (let merged = true; merged; ) {
      merged = false;
      outer: for (let i = 0; i < clusters.length; i++) {
        for (let j = i + 1; j < clusters.length; j++) {
          if (!overlap(clusters[i], clusters[j])) continue;
          const [a, b] = [clusters[i], clusters[j]];
          const weight = a.weight + b.weight;
          clusters[i] = {
            spots: [...a.spots, ...b.spots],
            weight,
            point: a.point.multiplyBy(a.weight).add(b.point.multiplyBy(b.weight)).divideBy(weight),
          };
          clusters = clusters.filter((_, index) => index !== j);
          merged = true;
          break outer;
        }
      }
    }
    return clusters;
  };

  // Into the popup when it opens, and back to its marker when it closes
  // (Escape or its close button), so keyboard users keep their place.
  const keepFocus = (marker) => {
    marker.on("popupopen", (event) => {
      event.popup.getElement()?.querySelector(".lo-map__popup")?.focus();
    });
    marker.on("popupclose", (event) => {
      const popup = event.popup.getElement();
      const active = document.activeElement;
      if (!active || active === document.body || popup?.contains(active)) {
        marker.getElement()?.focus();
      }
    });
  };
  // A button works with Space as well as Enter.
  const onKeys = (marker, action) => {
    marker.getElement().addEventListener("keydown", (event) => {
      if (event.key === " " || (event.key === "Enter" && !marker.getPopup())) {
        event.preventDefault();
        action();
      }
    });
  };

  // A popup opens 42px above its pin; panning it into view keeps the pin
  // clear of the attribution too. On a phone's short map a long popup scrolls
  // inside itself rather than losing its top edge.
  const popupOptions = {
    autoPanPaddingTopLeft: [16, 16],
    autoPanPaddingBottomRight: [16, 72],
    maxHeight: 180,
  };
  const padding = { paddingTopLeft: [64, 56], paddingBottomRight: [32, 56] };
  const layer = L.layerGroup().addTo(map);
  let refocus = null; // the spot whose marker takes focus after a zoom
  const draw = () => {
    layer.clearLayers();
    const focusHere = refocus;
    refocus = null;
    for (const cluster of clustersAt(map.getZoom())) {
      const latlng = map.unproject(cluster.point, map.getZoom());
      const group = cluster.spots.flat();
      let marker;
      if (cluster.spots.length === 1) {
        // keyboard: true makes each marker a focusable role="button"; alt names it.
        marker = L.marker(latlng, { icon, alt: markerName(group), keyboard: true });
        marker.bindPopup(() => popupContent(group), popupOptions);
        layer.addLayer(marker);
        onKeys(marker, () => marker.openPopup());
      } else {
        const label = `${group.length} places`;
        marker = L.marker(latlng, {
          icon: L.divIcon({
            className: "lo-map__cluster",
            html: `<span aria-hidden="true">${group.length}</span>`,
            iconSize: [40, 40],
          }),
          keyboard: true,
        });
        layer.addLayer(marker);
        marker.getElement().setAttribute("aria-label", label);
        if (map.getZoom() < map.getMaxZoom()) {
          // Zoom in to the group's places, where they part (or at least one
          // step closer), and keep focus on the marker of its first place.
          const bounds = L.latLngBounds(cluster.spots.map(position));
          const open = () => {
            if (marker.getElement()?.contains(document.activeElement)) refocus = cluster.spots[0];
            if (map.getBoundsZoom(bounds, false, L.point(96, 112)) > map.getZoom()) {
              map.fitBounds(bounds, { ...padding, maxZoom: map.getMaxZoom() });
            } else {
              map.setView(latlng, map.getZoom() + 1);
            }
          };
          marker.on("click", open);
          onKeys(marker, open);
        } else {
          // Even the closest zoom cannot part them: one popup lists them all.
          marker.bindPopup(() => {
            const content = document.createElement("div");
            content.className = "lo-map__popup";
            content.tabIndex = -1;
            for (const spot of cluster.spots) {
              const part = popupContent(spot);
              part.removeAttribute("tabindex");
              part.className = "lo-map__popup-place";
              content.append(part);
            }
            return content;
          }, { ...popupOptions, maxHeight: 240 });
          onKeys(marker, () => marker.openPopup());
        }
      }
      if (marker.getPopup()) keepFocus(marker);
      if (focusHere && cluster.spots.includes(focusHere)) marker.getElement()?.focus();
    }
  };

  // The view first: Leaflet draws markers (and so gives them elements) only
  // on a map that has one. Padding keeps them clear of the zoom buttons and
  // the attribution.
  map.fitBounds(L.latLngBounds(spotList.map(position)), { ...padding, maxZoom: 15 });
  draw();

  // An open popup, like the zoom buttons and the attribution, hides the
  // markers it covers (a phone's narrow map has room for little else), so none
  // is left half-covered for a finger or keyboard focus to land on; they come
  // back when it closes or the map moves them clear.
  let openPopup = null;
  const uncover = () => {
    for (const marker of canvas.querySelectorAll(".lo-map__covered")) {
      marker.classList.remove("lo-map__covered");
    }
  };
  const cover = () => {
    uncover();
    const covers = [...canvas.querySelectorAll(".leaflet-control")];
    if (openPopup) covers.push(openPopup);
    const rects = covers.map((element) => element.getBoundingClientRect());
    for (const marker of canvas.querySelectorAll(".leaflet-marker-icon")) {
      const m = marker.getBoundingClientRect();
      if (rects.some((p) => m.left < p.right && p.left < m.right && m.top < p.bottom && p.top < m.bottom)) {
        marker.classList.add("lo-map__covered");
      }
    }
  };
  cover();
  map.on("popupopen", (event) => {
    openPopup = event.popup.getElement();
    cover();
  });
  map.on("zoomend", () => {
    draw();
    cover();
  });
  map.on("moveend", cover);
  map.on("popupclose", () => {
    openPopup = null;
    cover();
  });
}
