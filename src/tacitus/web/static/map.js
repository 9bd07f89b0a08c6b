// Events at their locations on a bundled Natural Earth world map (d3-geo, topojson-client):
// one circle per place, nearby places merged into one circle at the current zoom, coloured
// by the commonest PLOVER quad class; wheel or buttons zoom, dragging pans, a click lists
// the events behind a circle. Places the articles name are an optional grey layer.
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box) { return; }
  var NS = "http://www.w3.org/2000/svg";
  var COLOURS = window.TACITUS_QUAD_COLOURS;
  var W = 960, H = 500, MERGE_PX = 12, MAX_ZOOM = 64;
  var projection = d3.geoEquirectangular().fitSize([W, H], { type: "Sphere" });
  var path = d3.geoPath(projection);
  var view = { x: 0, y: 0, k: 1 };
  var events = [], mentions = null, svg, land, dots, mentionDots;
  function el(name, attrs, text) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function screen(xy) { return [xy[0] * view.k + view.x, xy[1] * view.k + view.y]; }
  function clusters(points) {  // greedy: the biggest place first, neighbours join it
    var out = [];
    points.forEach(function (p) {
      var at = screen(p.xy), home = null;
      for (var i = 0; i < out.length && !home; i += 1) {
        var c = out[i];
        if (Math.abs(c.at[0] - at[0]) < MERGE_PX && Math.abs(c.at[1] - at[1]) < MERGE_PX) { home = c; }
      }
      if (!home) { home = { at: at, members: [], quads: {}, events: 0 }; out.push(home); }
      home.members.push(p);
      home.events += p.props.events;
      Object.keys(p.props.quads).forEach(function (q) {
        home.quads[q] = (home.quads[q] || 0) + p.props.quads[q]; });
    });
    return out;
  }
  function commonest(quads) {
    return Object.keys(COLOURS).reduce(function (a, b) {
      return (quads[b] || 0) > (quads[a] || 0) ? b : a; });
  }
  function render() {
    land.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
    while (dots.firstChild) { dots.removeChild(dots.firstChild); }
    var found = clusters(events);
    var max = Math.max.apply(null, [1].concat(found.map(function (c) { return c.events; })));
    found.forEach(function (c) {
      if (c.at[0] < -20 || c.at[0] > W + 20 || c.at[1] < -20 || c.at[1] > H + 20) { return; }
      var dot = el("circle", { cx: c.at[0], cy: c.at[1], r: 4 + 12 * Math.sqrt(c.events / max),
                               "class": "dot event-dot", fill: COLOURS[commonest(c.quads)],
                               "data-events": c.events, tabindex: 0 });
      var names = c.members.map(function (m) { return m.props.name; });
      dot.appendChild(el("title", {}, names.slice(0, 5).join(", ") +
        (names.length > 5 ? " and " + (names.length - 5) + " more" : "") + ": " + c.events + " events"));
      dot.addEventListener("click", function () { list(c); });
      dot.addEventListener("keydown", function (e) { if (e.key === "Enter") { list(c); } });
      dots.appendChild(dot);
    });
    while (mentionDots.firstChild) { mentionDots.removeChild(mentionDots.firstChild); }
    if (mentions && document.getElementById("mentions-layer").checked) {
      mentions.forEach(function (p) {
        var at = screen(p.xy), link = el("a", { href: "/places/" + encodeURIComponent(p.props.geonameid) });
        var dot = el("circle", { cx: at[0], cy: at[1], r: 2.5, "class": "mention-dot" });
        dot.appendChild(el("title", {}, p.props.name + ": named " + p.props.mentions + " times"));
        link.appendChild(dot);
        mentionDots.appendChild(link);
      });
    }
  }
  function bbox(members) {
    var lons = members.map(function (m) { return m.lonlat[0]; });
    var lats = members.map(function (m) { return m.lonlat[1]; });
    var pad = 1e-4;
    return [Math.min.apply(null, lons) - pad, Math.min.apply(null, lats) - pad,
            Math.max.apply(null, lons) + pad, Math.max.apply(null, lats) + pad]
      .map(function (v) { return v.toFixed(5); }).join(",");
  }
  function list(c) {
    var out = document.getElementById("map-events"), area = bbox(c.members);
    var here = {};
    c.members.forEach(function (m) { here[m.lonlat.join(",")] = true; });
    out.textContent = "Loading…";
    fetch(box.dataset.events + "&bbox=" + area).then(function (r) { return r.json(); })
      .then(function (data) {
        out.textContent = "";
        var names = c.members.map(function (m) { return m.props.name; });
        var h = document.createElement("h2");
        h.textContent = c.events + " events at " + names.slice(0, 8).join(", ") +
          (names.length > 8 ? " and " + (names.length - 8) + " more places" : "");
        out.appendChild(h);
        var table = document.createElement("table");
        table.className = "events map-list";
        data.events.filter(function (e) {  // the box may hold places of other circles
          return here[[e.location_lon, e.location_lat].join(",")];
        }).forEach(function (e) {
          var tr = document.createElement("tr");
          var who = function (side) {
            return (e[side] || []).map(function (p) {
              return (p.name || p.text || "") + (p.code ? " [" + p.code + "]" : ""); }).join("; ");
          };
          [e.date || "", e.event, who("actors"), who("recipients"), e.location_name || ""]
            .forEach(function (v) { var td = document.createElement("td"); td.textContent = v; tr.appendChild(td); });
          var td = document.createElement("td"), a = document.createElement("a");
          a.href = "/articles/" + encodeURIComponent(e.article_id) + "?focus=" + e.start + "#ev-" + e.start;
          a.textContent = (e.sentence || "").slice(0, 140);
          td.appendChild(a);
          tr.appendChild(td);
          table.appendChild(tr);
        });
        out.appendChild(table);
        var more = document.createElement("a");
        more.href = box.dataset.list + "&bbox=" + area;
        more.className = "all-events";
        more.textContent = c.members.length > 1 ?
          "All " + data.total + " events in the box around these places, as a list →" :
          "All " + data.total + " events here, as a list →";
        out.appendChild(more);
      });
  }
  function zoom(factor, cx, cy) {
    var k = Math.min(Math.max(view.k * factor, 1), MAX_ZOOM);
    factor = k / view.k;
    view.x = cx - (cx - view.x) * factor;
    view.y = cy - (cy - view.y) * factor;
    view.k = k;
    clamp();
    render();
  }
  function clamp() {
    view.x = Math.min(0, Math.max(W - W * view.k, view.x));
    view.y = Math.min(0, Math.max(H - H * view.k, view.y));
  }
  function point(evt) {
    var r = svg.getBoundingClientRect();
    return [(evt.clientX - r.left) * W / r.width, (evt.clientY - r.top) * H / r.height];
  }
  Promise.all([fetch(box.dataset.world).then(function (r) { return r.json(); }),
               fetch(box.dataset.source).then(function (r) { return r.json(); })])
    .then(function (results) {
      var world = results[0], points = results[1];
      svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "img",
                        "aria-label": "World map of where the events happened" });
      land = el("g", { "class": "land-layer" });
      topojson.feature(world, world.objects.countries).features.forEach(function (f) {
        land.appendChild(el("path", { d: path(f), "class": "land", "vector-effect": "non-scaling-stroke" }));
      });
      mentionDots = el("g", { "class": "mentions" });
      dots = el("g", { "class": "events" });
      svg.appendChild(land);
      svg.appendChild(mentionDots);
      svg.appendChild(dots);
      events = points.features.map(function (f) {
        return { xy: projection(f.geometry.coordinates), lonlat: f.geometry.coordinates, props: f.properties };
      }).filter(function (p) { return p.xy; });
      box.appendChild(svg);
      render();
      var total = events.reduce(function (s, p) { return s + p.props.events; }, 0);
      document.getElementById("map-legend").textContent = total + " events at " + events.length + " places.";
      svg.addEventListener("wheel", function (e) {
        e.preventDefault();
        var at = point(e);
        zoom(e.deltaY < 0 ? 1.5 : 1 / 1.5, at[0], at[1]);
      }, { passive: false });
      var drag = null;
      svg.addEventListener("pointerdown", function (e) {
        if (e.target.tagName === "circle") { return; }
        drag = { at: point(e), x: view.x, y: view.y };
      });
      window.addEventListener("pointermove", function (e) {
        if (!drag) { return; }
        var at = point(e);
        view.x = drag.x + at[0] - drag.at[0];
        view.y = drag.y + at[1] - drag.at[1];
        clamp();
        render();
      });
      window.addEventListener("pointerup", function () { drag = null; });
      document.getElementById("zoom-in").addEventListener("click", function () { zoom(2, W / 2, H / 2); });
      document.getElementById("zoom-out").addEventListener("click", function () { zoom(0.5, W / 2, H / 2); });
      document.getElementById("zoom-reset").addEventListener("click", function () {
        view = { x: 0, y: 0, k: 1 }; render(); });
      document.getElementById("mentions-layer").addEventListener("change", function () {
        if (mentions) { render(); return; }
        fetch(box.dataset.places).then(function (r) { return r.json(); }).then(function (data) {
          mentions = data.features.map(function (f) {
            return { xy: projection(f.geometry.coordinates), props: f.properties };
          }).filter(function (p) { return p.xy; });
          render();
        });
      });
      if (window.location.hash === "#busiest") {  // a link can open the busiest circle's list
        var first = dots.querySelector("circle");
        if (first) { first.dispatchEvent(new MouseEvent("click")); }
      }
    });
}());
