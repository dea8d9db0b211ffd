#!/usr/bin/env bash
# Vendor the web app's front-end libraries into src/rasd/web/static/vendor.
#
# Reproducible: versions are pinned in web/package.json; npm installs them in a temporary
# directory (no lifecycle scripts), and the files the app needs are copied in. The country
# boundaries (world-atlas countries-50m TopoJSON, Natural Earth) are converted once here to a
# small GeoJSON of West and North Africa with topojson-client, so runtime needs neither npm
# nor topojson-client. Re-run after changing a version; commit the result.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/src/rasd/web/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cp "$root/web/package.json" "$tmp/"
[ -f "$root/web/package-lock.json" ] && cp "$root/web/package-lock.json" "$tmp/"
cd "$tmp"
if [ -f package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund
else
  npm install --ignore-scripts --no-audit --no-fund
  cp package-lock.json "$root/web/package-lock.json"
fi

rm -rf "$dest/leaflet" "$dest/boundaries"
mkdir -p "$dest/leaflet/images" "$dest/boundaries"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css \
   node_modules/leaflet/LICENSE "$dest/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$dest/leaflet/images/"
cp node_modules/world-atlas/LICENSE "$dest/boundaries/LICENSE-world-atlas"
cp node_modules/topojson-client/LICENSE "$dest/boundaries/LICENSE-topojson-client"

# ISO 3166-1 numeric codes: West and North Africa, the Sahel and its neighbours
node - "$dest/boundaries/africa-nw.geojson" <<'JS'
const fs = require("fs");
const topojson = require("topojson-client");
const keep = new Set(["012", "120", "132", "140", "148", "204", "226", "266", "270", "288",
  "324", "384", "430", "434", "466", "478", "504", "562", "566", "624", "686", "694", "728",
  "729", "732", "768", "788", "818", "854"]);
const topo = JSON.parse(fs.readFileSync("node_modules/world-atlas/countries-50m.json", "utf8"));
const all = topojson.feature(topo, topo.objects.countries);
const round = (c) => (typeof c[0] === "number"
  ? [Math.round(c[0] * 1000) / 1000, Math.round(c[1] * 1000) / 1000] : c.map(round));
const features = all.features.filter((f) => keep.has(f.id)).map((f) => ({
  type: "Feature", id: f.id, properties: { name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
}));
fs.writeFileSync(process.argv[2], JSON.stringify({ type: "FeatureCollection", features }));
console.log(`${features.length} countries -> ${process.argv[2]}`);
JS
du -sh "$dest"
