// The map: offline country borders, an optional tile layer, clustered event markers.

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster";
import "leaflet.markercluster/dist/MarkerCluster.css";
import { feature } from "topojson-client";
import { getLatest } from "./api.js";
import { typeColor } from "./colors.js";
import { h } from "./dom.js";
import { params, setView, state } from "./state.js";

let map;
let cluster;
let markers = new Map();
let fitted = false;
let onSelect = () => {};
let countBox;

function markerIcon(id, props) {
  const size = Math.round(Math.min(40, 12 + 6 * Math.log10(1 + (props.magnitude || 0))));
  const reports = props.articles > 1 ? ` · ${props.articles} articles` : "";
  const title = `${props.type} · ${props.place ?? ""} · ${props.date ?? "undated"}${reports}`;
  const dot = h("div", { class: "event-dot", title, dataset: { id, type: props.type } });
  dot.style.background = typeColor(props.type);
  dot.style.width = dot.style.height = `${size}px`;
  return L.divIcon({ html: dot, className: "event-marker", iconSize: [size, size] });
}

function clusterIcon(group) {
  const children = group.getAllChildMarkers();
  const counts = {};
  for (const m of children) counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1;
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const size = Math.round(Math.min(60, 26 + 6 * Math.log2(children.length)));
  const el = h("div", { class: "cluster-dot" }, h("span", {}, String(children.length)));
  el.style.borderColor = typeColor(top);
  el.style.width = el.style.height = `${size}px`;
  return L.divIcon({ html: el, className: "event-cluster", iconSize: [size, size] });
}

// Rings that cross the antimeridian (Russia, Fiji) are moved east of it so none spans the map.
function unwrapRing(ring) {
  const lons = ring.map((p) => p[0]);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
  return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
}

function unwrap(geometry) {
  if (geometry.type === "Polygon") return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  const polygons = geometry.coordinates.map((polygon) => polygon.map(unwrapRing));
  return { ...geometry, coordinates: polygons };
}

async function basemap() {
  const response = await fetch("/static/basemap/countries-50m.json");
  const topology = await response.json();
  const countries = feature(topology, topology.objects.countries).features
    .filter((f) => f.properties.name !== "Antarctica" && f.geometry)
    .map((f) => ({ ...f, geometry: unwrap(f.geometry) }));
  L.geoJSON(countries, {
    interactive: false,
    style: { color: "#8a9aa9", weight: 0.8, fillColor: "#eef1ec", fillOpacity: 1 },
  }).addTo(map);
}

export function initMap(config, select) {
  onSelect = select;
  map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView([20, 20], 2);
  map.getContainer().classList.add("map-sea");
  if (config.tiles) {
    L.tileLayer(config.tiles, { attribution: "tiles: given by --tiles", maxZoom: 19 }).addTo(map);
  } else {
    basemap();
  }
  map.attributionControl.addAttribution("Borders: Natural Earth");
  const counter = L.control({ position: "topright" });
  counter.onAdd = () => {
    countBox = h("div", { class: "map-count" });
    return countBox;
  };
  counter.addTo(map);
  cluster = L.markerClusterGroup({ iconCreateFunction: clusterIcon, maxClusterRadius: 50 });
  map.addLayer(cluster);
  map.on("moveend", () => {
    if (state.selected) markSelected(state.selected);
    const b = map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const bbox = [
      clamp(b.getWest(), -180, 180),
      clamp(b.getSouth(), -90, 90),
      clamp(b.getEast(), -180, 180),
      clamp(b.getNorth(), -90, 90),
    ]
      .map((v) => v.toFixed(4))
      .join(",");
    setView(bbox, state.inView);
  });
}

export function addLegend(counts) {
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () =>
    h(
      "div",
      { class: "map-legend" },
      Object.keys(counts).map((type) => {
        const swatch = h("span", { class: "swatch" });
        swatch.style.background = typeColor(type);
        return h("div", {}, swatch, type);
      }),
    );
  legend.addTo(map);
}

export function inViewToggle(on) {
  map.fire("moveend");
  const b = map.getBounds();
  setView(state.bbox || `${b.getWest()},${b.getSouth()},${b.getEast()},${b.getNorth()}`, on);
}

export async function refreshMap(origin) {
  if (origin === "map") return;
  const kind = state.raw ? "events" : "incidents";
  const body = await getLatest("map", `${kind}.geojson`, params({ withView: false }));
  if (!body) return;
  cluster.clearLayers();
  markers = new Map();
  const layers = body.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const icon = markerIcon(f.id, f.properties);
    const marker = L.marker([lat, lon], { icon, eventType: f.properties.type });
    marker.on("click", () => onSelect(f.id, "map"));
    markers.set(f.id, marker);
    return marker;
  });
  cluster.addLayers(layers);
  countBox.textContent =
    layers.length < body.total
      ? `${layers.length.toLocaleString()} of ${body.total.toLocaleString()} ${kind} shown`
      : `${body.total.toLocaleString()} ${kind} on the map`;
  document.getElementById("map").dataset.kind = kind;
  document.getElementById("map").dataset.count = String(layers.length);
  document.getElementById("map").dataset.total = String(body.total);
  if (!fitted && layers.length) {
    fitted = true;
    map.fitBounds(L.featureGroup(layers).getBounds().pad(0.2), { maxZoom: 8 });
  }
}

function markSelected(id) {
  for (const el of document.querySelectorAll("#map .selected")) el.classList.remove("selected");
  const marker = markers.get(id);
  const shown = marker && cluster.getVisibleParent(marker);
  shown?.getElement()?.classList.add("selected");
}

export function showOnMap(id, pan = true) {
  const marker = markers.get(id);
  if (!marker) return;
  if (pan && !map.getBounds().contains(marker.getLatLng())) map.panTo(marker.getLatLng());
  markSelected(id);
}
