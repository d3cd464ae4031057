/* actorgraph HTML view: details panel, tooltips, evidence timelines, SVG and PNG export.
   Text goes into the page with textContent and into SVG as DOM text nodes serialised by
   XMLSerializer, so names and evidence can never become markup. */
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";
  var DAY = 86400000;

  function svgEl(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  var SHAPES = {
    hexagon: [[0, -1], [0.87, -0.5], [0.87, 0.5], [0, 1], [-0.87, 0.5], [-0.87, -0.5]],
    diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
    square: [[-0.8, -0.8], [0.8, -0.8], [0.8, 0.8], [-0.8, 0.8]],
    triangle: [[0, -1], [0.95, 0.8], [-0.95, 0.8]]
  };
  function shapeEl(shape, x, y, r, attrs) {
    var pts = SHAPES[shape];
    if (!pts) return svgEl("circle", Object.assign({ cx: x, cy: y, r: r }, attrs));
    return svgEl("polygon", Object.assign({
      points: pts.map(function (p) { return (x + p[0] * r).toFixed(1) + "," + (y + p[1] * r).toFixed(1); }).join(" ")
    }, attrs));
  }
  function shapeIcon(shape) {
    var svg = svgEl("svg", { width: 16, height: 16, viewBox: "0 0 16 16" });
    svg.appendChild(shapeEl(shape, 8, 8, 6.5, { fill: "#8a909b" }));
    return svg;
  }

  function nodeRadius(look, i) { return 5 + 15 * look.size[i]; }

  // The current view as SVG text: what is shown, dimmed as on screen, the whole graph.
  function svg(o) {
    var d = o.data, N = d.nodes, E = d.edges, look = o.look;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, shown = 0;
    N.forEach(function (x, i) {
      if (!o.visN[i]) return;
      shown++;
      minX = Math.min(minX, x.x); maxX = Math.max(maxX, x.x);
      minY = Math.min(minY, x.y); maxY = Math.max(maxY, x.y);
    });
    if (!shown) { minX = minY = -100; maxX = maxY = 100; }
    var pad = 80, w = maxX - minX + 2 * pad, h = maxY - minY + 2 * pad;
    var scale = Math.min(1, 2400 / Math.max(w, h));
    var root = svgEl("svg", {
      xmlns: SVGNS, viewBox: [minX - pad, minY - pad, w, h].join(" "),
      width: Math.round(w * scale), height: Math.round(h * scale),
      "font-family": "DejaVu Sans, Arial, sans-serif"
    });
    root.appendChild(svgEl("title", {}, d.title));
    root.appendChild(svgEl("rect", { x: minX - pad, y: minY - pad, width: w, height: h, fill: "#ffffff" }));
    var defs = root.appendChild(svgEl("defs"));
    Object.keys(look.P.types).forEach(function (t) {
      var mk = defs.appendChild(svgEl("marker", { id: "a-" + t, viewBox: "0 0 10 10", refX: 10, refY: 5,
        markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }));
      mk.appendChild(svgEl("path", { d: "M0,0 L10,5 L0,10 z", fill: look.P.types[t].color }));
    });
    var gE = root.appendChild(svgEl("g", { id: "relations", fill: "none" }));
    E.forEach(function (e, j) {
      if (!o.visE[j]) return;
      var a = N[e.s], b = N[e.t], dim = o.keepE && !o.keepE[j];
      var mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y;
      var c = look.curve[j], cx = mx - dy * c, cy = my + dx * c;
      var rb = nodeRadius(look, e.t), len = Math.sqrt((b.x - cx) * (b.x - cx) + (b.y - cy) * (b.y - cy)) || 1;
      var ex = b.x - (b.x - cx) / len * rb, ey = b.y - (b.y - cy) / len * rb;
      var attrs = {
        d: "M" + a.x + "," + a.y + " Q" + cx.toFixed(1) + "," + cy.toFixed(1) + " " + ex.toFixed(1) + "," + ey.toFixed(1),
        stroke: dim ? "#c9ccd2" : look.edgeColor(j),
        "stroke-opacity": dim ? 0.25 : look.edgeAlpha(j).toFixed(2),
        "stroke-width": look.edgeWidth(j).toFixed(1)
      };
      if (look.dashes(j)) attrs["stroke-dasharray"] = "6 4";
      if (look.arrow(j) && !dim) attrs["marker-end"] = "url(#a-" + e.type + ")";
      var p = gE.appendChild(svgEl("path", attrs));
      p.appendChild(svgEl("title", {}, N[e.s].name + " " + e.type + " " + N[e.t].name));
    });
    var gN = root.appendChild(svgEl("g", { id: "actors" }));
    var gL = svgEl("g", { id: "labels", "text-anchor": "middle", fill: "#1b1f24",
      stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke" });
    N.forEach(function (x, i) {
      if (!o.visN[i]) return;
      var dim = o.keepN && !o.keepN[i], r = nodeRadius(look, i);
      var s = gN.appendChild(shapeEl(look.shape(i), x.x, x.y, r, {
        fill: dim ? "#e3e5e9" : look.fill(i), stroke: dim ? "#d0d3d9" : look.border(i), "stroke-width": 1.5
      }));
      s.appendChild(svgEl("title", {}, x.name));
      var labelled = !dim && (look.forceLabel[i] || shown <= 200 || (o.keepN && o.keepN[i]));
      if (labelled) {
        var fs = 11 + 9 * look.size[i];
        look.label[i].split("\n").forEach(function (line, k) {
          gL.appendChild(svgEl("text", { x: x.x, y: (x.y + r + fs + k * fs * 1.1).toFixed(1),
            "font-size": fs.toFixed(1) }, line));
        });
      }
    });
    root.appendChild(gL);
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
  }

  // The same picture as a PNG data URL (the SVG drawn onto a canvas).
  function png(o, scale) {
    var text = svg(o);
    return new Promise(function (resolve, reject) {
      var img = new Image();
      var url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
      img.onload = function () {
        var k = scale || 1, c = document.createElement("canvas");
        c.width = Math.max(1, Math.round(img.width * k));
        c.height = Math.max(1, Math.round(img.height * k));
        var g = c.getContext("2d");
        g.fillStyle = "#ffffff"; g.fillRect(0, 0, c.width, c.height);
        g.drawImage(img, 0, 0, c.width, c.height);
        URL.revokeObjectURL(url);
        try { resolve(c.toDataURL("image/png")); } catch (err) { reject(err); }
      };
      img.onerror = function () { URL.revokeObjectURL(url); reject(new Error("SVG image failed")); };
      img.src = url;
    });
  }

  // ---------- details panel and tooltips ----------
  function details(h) {
    var d = h.data, N = d.nodes, E = d.edges, el = h.el, add = h.add;
    var body = document.getElementById("ag-details-body");
    function span(a, b) { return a && b && a !== b ? a + " to " + b : (a || b || ""); }
    function aliasText(x) {
      var parts = [];
      Object.keys(x.aliases || {}).sort().forEach(function (lang) {
        var names = x.aliases[lang] || [];
        if (names.length) parts.push(lang + ": " + names.join(", "));
      });
      return parts.join("; ");
    }
    function docOf(ev) { return (d.docs || {})[ev.doc] || {}; }
    function evidenceSource(ev) {
      var doc = docOf(ev), title = doc.title || ev.source || ev.doc || "";
      var date = ev.date || doc.date || "";
      return "— " + title + (date ? ", " + date : "") + (ev.origin ? " [" + ev.origin + "]" : "");
    }
    function headline(j) {
      var e = E[j], arrow = h.typeStyle(e.type).arrow ? " → " : " — ";
      return h.nameOf(e.s) + arrow + e.type + arrow + h.nameOf(e.t);
    }
    function dl(parent, rows) {
      var list = add(parent, el("dl"));
      rows.forEach(function (r) {
        if (r[1] === undefined || r[1] === null || r[1] === "") return;
        add(list, el("dt", null, r[0])); add(list, el("dd", null, r[1]));
      });
    }
    function nodeTip(i) {
      var x = N[i], tip = el("div", "ag-tip");
      add(tip, el("strong", null, x.name));
      var kind = x.missing ? "not in the actor list" : x.kind;
      add(tip, el("span", "ag-tipline", kind + " · " + h.blocStyle(x.bloc).title + " · " + x.id));
      var al = aliasText(x);
      if (al) add(tip, el("span", "ag-tipline", "also: " + al));
      if (x.country) add(tip, el("span", "ag-tipline", "country: " + x.country));
      var life = span(x.start, x.end);
      if (life) add(tip, el("span", "ag-tipline", "active: " + life));
      add(tip, el("span", "ag-tipline", x.degree + " relation" + (x.degree === 1 ? "" : "s")));
      return tip;
    }
    function edgeTip(j) {
      var e = E[j], tip = el("div", "ag-tip");
      add(tip, el("strong", null, headline(j)));
      var seen = span(e.first_seen, e.last_seen);
      var facts = "confidence " + h.fmt(e.confidence === undefined ? 1 : e.confidence) + " · " + (e.count || 0) + " evidence";
      if (seen) facts += " · seen " + seen;
      add(tip, el("span", "ag-tipline", facts));
      var valid = span(e.valid_from, e.valid_to);
      if (valid) add(tip, el("span", "ag-tipline", "valid " + valid));
      if (e.origins) add(tip, el("span", "ag-tipline", "origin: " + e.origins.join(", ")));
      if (e.role) add(tip, el("span", "ag-tipline", "role: " + e.role));
      var evs = e.evidence || [];
      evs.slice(0, 3).forEach(function (ev) {
        if (ev.text) add(tip, el("span", "ag-quote", ev.text));
        add(tip, el("span", "ag-source", evidenceSource(ev)));
      });
      var more = (e.evidence_total || 0) - Math.min(3, evs.length);
      if (more > 0) add(tip, el("span", "ag-tipline", "+ " + more + " more; click for all"));
      return tip;
    }
    // A compact timeline: evidence per month as bars, the relations' spans as lines.
    function timeline(parent, edges) {
      var days = [], spans = [];
      edges.forEach(function (j) {
        var e = E[j];
        (e.evidence || []).forEach(function (ev) {
          var t = Date.parse(String(ev.date || docOf(ev).date || "").slice(0, 10));
          if (!isNaN(t)) days.push(Math.floor(t / DAY));
        });
        if (e.t0 !== undefined) spans.push([e.t0, e.t1, h.typeStyle(e.type).color]);
      });
      if (!days.length && !spans.length) { add(parent, el("p", "ag-muted ag-small", "no dates")); return; }
      var lo = Infinity, hi = -Infinity;
      days.forEach(function (t) { lo = Math.min(lo, t); hi = Math.max(hi, t); });
      spans.forEach(function (s) { lo = Math.min(lo, s[0]); hi = Math.max(hi, s[1]); });
      if (hi - lo < 30) { lo -= 15; hi += 15; }
      var W = 280, H = 34, bins = Math.min(48, Math.max(6, Math.round((hi - lo) / 30)));
      var counts = new Array(bins).fill(0), peak = 1;
      days.forEach(function (t) {
        var b = Math.min(bins - 1, Math.floor((t - lo) / (hi - lo) * bins));
        counts[b]++; peak = Math.max(peak, counts[b]);
      });
      var s = svgEl("svg", { width: W, height: H + 14 + Math.min(spans.length, 8) * 3, class: "ag-timeline" });
      counts.forEach(function (c, b) {
        if (!c) return;
        var bh = Math.max(2, c / peak * H);
        s.appendChild(svgEl("rect", { x: (b * W / bins).toFixed(1), y: (H - bh).toFixed(1),
          width: Math.max(1, W / bins - 1).toFixed(1), height: bh.toFixed(1), fill: "#5b6270" }))
          .appendChild(svgEl("title", {}, c + " evidence"));
      });
      spans.slice(0, 8).forEach(function (sp, k) {
        var x0 = (sp[0] - lo) / (hi - lo) * W, x1 = (sp[1] - lo) / (hi - lo) * W;
        s.appendChild(svgEl("rect", { x: x0.toFixed(1), y: H + 2 + k * 3, width: Math.max(2, x1 - x0).toFixed(1),
          height: 2, fill: sp[2] }));
      });
      var y = H + 12 + Math.min(spans.length, 8) * 3;
      s.appendChild(svgEl("text", { x: 0, y: y, "font-size": 10, fill: "#5b6270" }, h.dayStr(lo)));
      s.appendChild(svgEl("text", { x: W, y: y, "font-size": 10, fill: "#5b6270", "text-anchor": "end" }, h.dayStr(hi)));
      add(parent, el("h2", null, "Timeline (" + days.length + " dated evidence)"));
      add(parent, s);
    }
    function node(i) {
      var x = N[i];
      h.clear(body); body.className = "";
      add(body, el("h3", null, x.name));
      dl(body, [
        ["id", x.id], ["kind", x.missing ? "not in the actor list" : x.kind],
        ["bloc", h.blocStyle(x.bloc).title], ["aliases", aliasText(x)], ["country", x.country],
        ["active", span(x.start, x.end)], ["about", x.description]
      ]);
      var mine = h.adj[i];
      timeline(body, mine);
      add(body, el("h2", null, mine.length + " relation" + (mine.length === 1 ? "" : "s")));
      var ul = add(body, el("ul"));
      mine.slice(0, 200).forEach(function (j) {
        var li = add(ul, el("li"));
        var btn = add(li, el("button", "ag-rel", headline(j) + " (" + (E[j].count || 0) + ")"));
        btn.type = "button";
        btn.style.borderLeft = "3px solid " + h.typeStyle(E[j].type).color;
        btn.style.paddingLeft = "4px";
        if (!h.visE[j]) btn.title = "hidden by the filters";
        btn.addEventListener("click", function () { h.onEdge(j); });
      });
      if (mine.length > 200) add(body, el("p", "ag-muted", (mine.length - 200) + " more relations"));
    }
    function edge(j) {
      var e = E[j];
      h.clear(body); body.className = "";
      add(body, el("h3", null, headline(j)));
      dl(body, [
        ["type", e.type + " (" + h.typeStyle(e.type).description + ")"],
        ["confidence", h.fmt(e.confidence === undefined ? 1 : e.confidence)],
        ["evidence", String(e.evidence_total || 0)],
        ["weight", e.weight], ["origin", (e.origins || []).join(", ")],
        ["seen", span(e.first_seen, e.last_seen)], ["valid", span(e.valid_from, e.valid_to)],
        ["role", e.role]
      ]);
      timeline(body, [j]);
      var ul = add(body, el("ul"));
      (e.evidence || []).forEach(function (ev) {
        var li = add(ul, el("li"));
        if (ev.text) add(li, el("span", "ag-quote", ev.text));
        var extra = [];
        if (ev.sentence !== undefined) extra.push("sentence " + ev.sentence);
        if (ev.rule) extra.push("rule " + ev.rule);
        extra.push("confidence " + h.fmt(ev.confidence === undefined ? 1 : ev.confidence));
        add(li, el("span", "ag-source", evidenceSource(ev) + " (" + extra.join(", ") + ")"));
      });
      var total = e.evidence_total || 0, had = (e.evidence || []).length;
      if (total > had) add(body, el("p", "ag-muted", (total - had) + " more evidence items are in the store."));
    }
    return { node: node, edge: edge, nodeTip: nodeTip, edgeTip: edgeTip };
  }

  window.AGExport = { svg: svg, png: png, shapeIcon: shapeIcon, details: details, nodeRadius: nodeRadius };
})();
