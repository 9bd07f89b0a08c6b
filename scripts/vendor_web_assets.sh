#!/usr/bin/env bash
# Vendor the web UI's JavaScript libraries and world map into the package, reproducibly:
# exact versions from the npm registry, their licences kept beside them.
#   usage: scripts/vendor_web_assets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/tacitus/web/static/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
packages="cytoscape@3.35.0 world-atlas@2.0.2 topojson-client@3.1.0 d3-array@3.2.4 d3-geo@3.1.2"
(cd "$work" && npm pack --silent $packages >/dev/null)
rm -rf "$out" && mkdir -p "$out"
for tgz in "$work"/*.tgz; do
  name=$(basename "$tgz" .tgz)
  mkdir -p "$work/$name" && tar xzf "$tgz" -C "$work/$name"
  cp "$work/$name/package/LICENSE" "$out/$name.LICENSE"
done
cp "$work"/cytoscape-*/package/dist/cytoscape.min.js "$out/"
cp "$work"/topojson-client-*/package/dist/topojson-client.min.js "$out/"
cp "$work"/d3-array-*/package/dist/d3-array.min.js "$work"/d3-geo-*/package/dist/d3-geo.min.js "$out/"
cp "$work"/world-atlas-*/package/countries-110m.json "$out/"
echo "$packages" | tr ' ' '\n' > "$out/VERSIONS"
ls -la "$out"
