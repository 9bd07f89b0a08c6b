// Monthly event counts by PLOVER quad class, drawn with uPlot from a JSON endpoint.
(function () {
  "use strict";
  var box = document.getElementById("chart");
  if (!box) { return; }
  var colours = { "verbal cooperation": "#6aa84f", "material cooperation": "#2e7d32",
                  "verbal conflict": "#e69138", "material conflict": "#b71c1c" };
  fetch(box.dataset.source).then(function (r) { return r.json(); }).then(function (data) {
    var months = data.months || data.timeline || [];
    if (!months.length) { box.textContent = "No dated events."; return; }
    var quads = Object.keys(colours);
    var xs = months.map(function (m) { return Date.parse(m.month + "-01T00:00:00Z") / 1000; });
    var series = [{}].concat(quads.map(function (q) {
      return { label: q, stroke: colours[q], width: 2, points: { show: true } };
    }));
    var values = [xs].concat(quads.map(function (q) {
      return months.map(function (m) { return m[q] || 0; });
    }));
    var width = Math.max(box.clientWidth - 20, 320);
    new uPlot({ width: width, height: 320, series: series,
                axes: [{}, { label: "events" }] }, values, box);
  });
}());
