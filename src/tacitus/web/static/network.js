// Actors and the events between them, drawn with Cytoscape from /api/network: edges as
// thick as their number of events, coloured by their commonest PLOVER quad class; a click
// on an actor opens it, on an edge lists its events.
(function () {
  "use strict";
  var box = document.getElementById("network");
  if (!box) { return; }
  var COLOURS = window.TACITUS_QUAD_COLOURS;
  var query = box.dataset.query ? "?" + box.dataset.query : "";
  function events(extra) {
    var base = box.dataset.events;
    return base + (base.indexOf("?") < 0 ? "?" : "&") + extra;
  }
  fetch(box.dataset.source).then(function (r) { return r.json(); }).then(function (data) {
    if (!data.edges.length) { box.textContent = "No events between two coded actors match."; return; }
    var max = Math.max.apply(null, [1].concat(data.edges.map(function (e) { return e.weight; })));
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.id, weight: n.weight } };
    }).concat(data.edges.map(function (e) {
      return { data: { id: e.source + ">" + e.target, source: e.source, target: e.target,
                       weight: e.weight, width: 1 + 7 * e.weight / max,
                       colour: COLOURS[e.quad] || "#9fb3c2",
                       label: String(e.weight) } };
    }));
    var cy = cytoscape({
      container: box, elements: elements, layout: { name: "cose", animate: false },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 10,
          "background-color": "#1f5f8b", "color": "#1d2327",
          "width": "mapData(weight, 1, 50, 12, 40)", "height": "mapData(weight, 1, 50, 12, 40)" } },
        { selector: "edge", style: { "width": "data(width)", "line-color": "data(colour)",
          "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
          "curve-style": "bezier", "opacity": 0.85, "label": "data(label)", "font-size": 8,
          "color": "#5f6b73", "text-background-color": "#fff", "text-background-opacity": 0.8 } }
      ]
    });
    cy.on("tap", "node", function (evt) {
      window.location.href = "/actors/" + encodeURIComponent(evt.target.id()) + query;
    });
    cy.on("tap", "edge", function (evt) {
      var d = evt.target.data();
      window.location.href = events("actor=" + encodeURIComponent(d.source) +
                                    "&recipient=" + encodeURIComponent(d.target));
    });
    box.dataset.drawn = String(data.edges.length);
  });
}());
