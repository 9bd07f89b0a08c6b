// Actors and the events between them, drawn with Cytoscape from /api/network.
(function () {
  "use strict";
  var box = document.getElementById("network");
  if (!box) { return; }
  fetch(box.dataset.source).then(function (r) { return r.json(); }).then(function (data) {
    var max = Math.max.apply(null, [1].concat(data.edges.map(function (e) { return e.weight; })));
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.id, weight: n.weight } };
    }).concat(data.edges.map(function (e) {
      return { data: { id: e.source + ">" + e.target, source: e.source, target: e.target,
                       weight: e.weight, width: 1 + 6 * e.weight / max } };
    }));
    var cy = cytoscape({
      container: box, elements: elements, layout: { name: "cose", animate: false },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 10,
          "background-color": "#1f5f8b", "color": "#1d2327",
          "width": "mapData(weight, 1, 50, 12, 40)", "height": "mapData(weight, 1, 50, 12, 40)" } },
        { selector: "edge", style: { "width": "data(width)", "line-color": "#9fb3c2",
          "target-arrow-color": "#9fb3c2", "target-arrow-shape": "triangle",
          "curve-style": "bezier", "opacity": 0.8 } }
      ]
    });
    cy.on("tap", "node", function (evt) {
      window.location.href = "/actors/" + encodeURIComponent(evt.target.id());
    });
  });
}());
