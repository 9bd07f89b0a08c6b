// Places as circles on a bundled Natural Earth world map (d3-geo + topojson-client).
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box) { return; }
  var svgNS = "http://www.w3.org/2000/svg";
  var width = 960, height = 500;
  var projection = d3.geoEquirectangular().fitSize([width, height], { type: "Sphere" });
  var path = d3.geoPath(projection);
  function el(name, attrs) {
    var node = document.createElementNS(svgNS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  Promise.all([fetch(box.dataset.world).then(function (r) { return r.json(); }),
               fetch(box.dataset.source).then(function (r) { return r.json(); })])
    .then(function (results) {
      var world = results[0], places = results[1];
      var svg = el("svg", { viewBox: "0 0 " + width + " " + height, role: "img",
                            "aria-label": "World map of places named in the articles" });
      var land = topojson.feature(world, world.objects.countries);
      land.features.forEach(function (f) {
        svg.appendChild(el("path", { d: path(f), "class": "land" }));
      });
      var max = Math.max.apply(null, [1].concat(places.features.map(function (f) {
        return f.properties.mentions; })));
      places.features.forEach(function (f) {
        var xy = projection(f.geometry.coordinates);
        if (!xy) { return; }
        var dot = el("circle", { cx: xy[0], cy: xy[1], r: 2 + 10 * Math.sqrt(f.properties.mentions / max),
                                 "class": "dot" });
        var title = document.createElementNS(svgNS, "title");
        title.textContent = f.properties.name + " (" + (f.properties.code || "") + "): " +
          f.properties.mentions + " mentions, " + f.properties.events + " events";
        dot.appendChild(title);
        svg.appendChild(dot);
      });
      box.appendChild(svg);
      document.getElementById("map-legend").textContent = places.features.length + " places.";
    });
}());
