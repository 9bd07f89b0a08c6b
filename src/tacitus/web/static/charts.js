// Events per period by PLOVER quad class as stacked bars (SVG, no library): every period
// from the first event to the last has its slot, empty ones included; the y axis starts
// at zero; the legend gives each class's total; a bar links to the events behind it.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var COLOURS = window.TACITUS_QUAD_COLOURS;
  function el(name, attrs, text) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function niceMax(n) {
    if (n <= 5) { return Math.max(n, 1); }
    var p = Math.pow(10, Math.floor(Math.log10(n))), m = n / p;
    return (m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }
  function label(bucket, step) {
    return step === "month" ? bucket.start.slice(0, 7) : bucket.start;
  }
  function draw(box, data) {
    var buckets = data.buckets || [], quads = data.quads || Object.keys(COLOURS);
    if (!buckets.length) { box.textContent = "No dated events match."; return; }
    var totals = buckets.map(function (b) {
      return quads.reduce(function (s, q) { return s + (b[q] || 0); }, 0); });
    var top = niceMax(Math.max.apply(null, totals));
    var W = Math.max(box.clientWidth || 900, 480), H = 300;
    var left = 44, right = 12, upper = 12, lower = 40;
    var plotW = W - left - right, plotH = H - upper - lower;
    var slot = plotW / buckets.length, bar = Math.max(Math.min(slot * 0.8, 60), 1);
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, width: "100%", role: "img",
                          "class": "bars", "aria-label": "Events per " + data.step +
                          " by quad class, " + label(buckets[0], data.step) + " to " +
                          label(buckets[buckets.length - 1], data.step) });
    for (var t = 0; t <= 4; t += 1) {  // y axis: zero to a round maximum
      var v = top * t / 4, y = upper + plotH - plotH * t / 4;
      svg.appendChild(el("line", { x1: left, x2: W - right, y1: y, y2: y, "class": "grid" }));
      svg.appendChild(el("text", { x: left - 6, y: y + 4, "class": "tick", "text-anchor": "end" },
                         Number.isInteger(v) ? String(v) : v.toFixed(1)));
    }
    var every = Math.ceil(buckets.length / Math.max(Math.floor(plotW / 70), 1));
    var base = box.dataset.events || "/events?";
    buckets.forEach(function (b, i) {
      var x = left + i * slot + (slot - bar) / 2, y = upper + plotH;
      var g = el("g", { "class": "bucket", "data-start": b.start, "data-total": totals[i] });
      g.appendChild(el("title", {}, label(b, data.step) + ": " + totals[i] + " events" +
        quads.filter(function (q) { return b[q]; }).map(function (q) {
          return "\n" + q + ": " + b[q]; }).join("")));
      quads.forEach(function (q) {
        var n = b[q] || 0;
        if (!n) { return; }
        var h = plotH * n / top;
        y -= h;
        var link = el("a", { href: base + (base.indexOf("?") < 0 ? "?" : "&") +
          "since=" + b.start + "&until=" + b.end + "&quad=" + encodeURIComponent(q) });
        link.appendChild(el("rect", { x: x, y: y, width: bar, height: h, fill: COLOURS[q],
                                      "class": "segment", "data-quad": q }));
        g.appendChild(link);
      });
      svg.appendChild(g);
      if (i % every === 0) {
        svg.appendChild(el("text", { x: x + bar / 2, y: H - lower + 16, "class": "tick",
                                     "text-anchor": "middle" }, label(b, data.step)));
      }
    });
    svg.appendChild(el("line", { x1: left, x2: W - right, y1: upper + plotH, y2: upper + plotH,
                                 "class": "axis" }));
    box.appendChild(svg);
    var legend = document.createElement("ul");
    legend.className = "chart-legend";
    quads.forEach(function (q) {
      var sum = buckets.reduce(function (s, b) { return s + (b[q] || 0); }, 0);
      var item = document.createElement("li");
      var swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = COLOURS[q];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(q + ": " + sum));
      legend.appendChild(item);
    });
    var note = document.createElement("li");
    note.textContent = buckets.length + " " + data.step + "s, " +
      totals.reduce(function (s, n) { return s + n; }, 0) + " events";
    legend.appendChild(note);
    box.appendChild(legend);
  }
  Array.prototype.forEach.call(document.querySelectorAll(".chart[data-source]"), function (box) {
    fetch(box.dataset.source).then(function (r) { return r.json(); })
      .then(function (data) { draw(box, data); })
      .catch(function () { box.textContent = "The chart could not be loaded."; });
  });
}());
