/* actorgraph HTML view. Reads the graph from the JSON block #ag-data and draws it with
   vis-network. Every piece of user data reaches the page through textContent (or as a
   DOM Element handed to vis-network as a tooltip), never through innerHTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("ag-data").textContent);
  var P = data.palette;
  var container = document.getElementById("ag-network");
  var status = document.getElementById("ag-status");

  // ---------- small DOM helpers (text only) ----------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function fmt(x) { return (Math.round(x * 100) / 100).toFixed(2); }

  var nodeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });

  function nameOf(id) { var n = nodeById[id]; return n ? n.name : id; }
  function blocTitle(b) { return (P.blocs[b] || P.blocs.other).title; }
  function typeStyle(t) { return P.types[t] || { color: "#888888", arrow: true, dashes: false }; }
  function aliasText(n) {
    var parts = [];
    Object.keys(n.aliases || {}).sort().forEach(function (lang) {
      var names = n.aliases[lang] || [];
      if (names.length) parts.push(lang + ": " + names.join(", "));
    });
    return parts.join("; ");
  }
  function span(a, b) {
    if (a && b && a !== b) return a + " to " + b;
    return a || b || "";
  }
  function evidenceSource(ev) {
    var title = ev.doc_title || ev.source || ev.doc || "";
    var date = ev.date || ev.doc_date || "";
    return "— " + title + (date ? ", " + date : "");
  }

  // ---------- tooltips: DOM elements made of text nodes ----------
  function nodeTip(n) {
    var tip = el("div", "ag-tip");
    add(tip, el("strong", null, n.name));
    var kind = n.missing ? "not in the actor list" : n.kind;
    add(tip, el("span", "ag-tipline", kind + " · " + blocTitle(n.bloc) + " · " + n.id));
    var al = aliasText(n);
    if (al) add(tip, el("span", "ag-tipline", "also: " + al));
    if (n.country) add(tip, el("span", "ag-tipline", "country: " + n.country));
    var life = span(n.start, n.end);
    if (life) add(tip, el("span", "ag-tipline", "active: " + life));
    add(tip, el("span", "ag-tipline", n.degree + " relation" + (n.degree === 1 ? "" : "s")));
    return tip;
  }

  function edgeHeadline(e) {
    var arrow = typeStyle(e.type).arrow ? " → " : " — ";
    return nameOf(e.source) + arrow + e.type + arrow + nameOf(e.target);
  }

  function edgeTip(e) {
    var tip = el("div", "ag-tip");
    add(tip, el("strong", null, edgeHeadline(e)));
    var seen = span(e.first_seen, e.last_seen);
    var facts = "confidence " + fmt(e.confidence) + " · " + e.count + " evidence";
    if (seen) facts += " · seen " + seen;
    add(tip, el("span", "ag-tipline", facts));
    var valid = span(e.valid_from, e.valid_to);
    if (valid) add(tip, el("span", "ag-tipline", "valid " + valid));
    if (e.role) add(tip, el("span", "ag-tipline", "role: " + e.role));
    e.evidence.slice(0, 3).forEach(function (ev) {
      if (ev.text) add(tip, el("span", "ag-quote", ev.text));
      add(tip, el("span", "ag-source", evidenceSource(ev)));
    });
    var more = e.evidence_total - Math.min(3, e.evidence.length);
    if (more > 0) add(tip, el("span", "ag-tipline", "+ " + more + " more; click for all"));
    return tip;
  }

  // ---------- vis data ----------
  // Short labels keep a dense graph readable: a long organisation name gives way to its
  // acronym id (NATO), other long names wrap; the full name is in the tooltip.
  var LABEL_MAX = 22;
  function labelOf(n) {
    var name = String(n.name);
    if (name.length <= LABEL_MAX) return name;
    if ((n.kind === "organisation" || n.kind === "group") && /^[A-Z0-9&.-]{2,10}$/.test(n.id)) {
      return n.id;
    }
    var lines = [], line = "";
    name.split(/\s+/).forEach(function (word) {
      if (line && (line + " " + word).length > LABEL_MAX) { lines.push(line); line = word; }
      else line = line ? line + " " + word : word;
    });
    if (line) lines.push(line);
    return lines.join("\n");
  }

  function nodeItem(n) {
    var b = P.blocs[n.bloc] || P.blocs.other;
    var k = P.kinds[n.kind];
    return {
      id: n.id,
      label: labelOf(n),
      shape: k ? k.shape : "dot",
      value: 1 + n.degree,
      title: nodeTip(n),
      borderWidth: n.missing ? 1 : 2,
      shapeProperties: { borderDashes: n.missing ? [3, 3] : false },
      color: {
        background: b.color, border: b.border,
        highlight: { background: b.color, border: "#111111" },
        hover: { background: b.color, border: "#111111" }
      }
    };
  }

  // Several relations between the same two actors are drawn as fanned-out curves.
  var pairIndex = {};
  function edgeItem(e) {
    var s = typeStyle(e.type);
    var a = e.source < e.target ? e.source : e.target;
    var b = e.source < e.target ? e.target : e.source;
    var key = a + "\u0000" + b;
    var i = pairIndex[key] = (pairIndex[key] === undefined ? 0 : pairIndex[key] + 1);
    var side = (i % 2 === 0) ? 1 : -1;
    var bend = 0.08 + 0.16 * Math.ceil(i / 2);
    var cw = (side > 0) === (e.source === a);
    var width = 1 + 1.6 * Math.log2(1 + e.count) * (0.35 + 0.65 * e.confidence);
    return {
      id: e.id,
      from: e.source,
      to: e.target,
      title: edgeTip(e),
      width: Math.min(width, 9),
      dashes: s.dashes,
      arrows: { to: { enabled: !!s.arrow, scaleFactor: 0.55 } },
      color: { color: s.color, highlight: s.color, hover: s.color,
        opacity: data.edges.length > 600 ? 0.55 : 0.85 },
      smooth: { enabled: true, type: cw ? "curvedCW" : "curvedCCW", roundness: bend },
      font: { size: 10, color: s.color, strokeWidth: 3, strokeColor: "#ffffff", align: "middle" }
    };
  }

  var nodes = new vis.DataSet(data.nodes.map(nodeItem));
  var edges = new vis.DataSet(data.edges.map(edgeItem));

  // ---------- filters ----------
  var shownTypes = {}, shownBlocs = {};
  data.type_order.forEach(function (t) { shownTypes[t] = true; });
  data.bloc_order.forEach(function (b) { shownBlocs[b] = true; });
  var minConf = 0, hideIsolated = true, visibleNodes = {}, visibleEdges = {};

  function computeVisibility() {
    visibleEdges = {}; visibleNodes = {};
    var touched = {};
    data.edges.forEach(function (e) {
      var s = nodeById[e.source], t = nodeById[e.target];
      if (shownTypes[e.type] && e.confidence + 1e-9 >= minConf &&
          shownBlocs[s.bloc] && shownBlocs[t.bloc]) {
        visibleEdges[e.id] = true;
        touched[e.source] = true; touched[e.target] = true;
      }
    });
    data.nodes.forEach(function (n) {
      if (shownBlocs[n.bloc] && (!hideIsolated || touched[n.id] || data.edges.length === 0)) {
        visibleNodes[n.id] = true;
      }
    });
  }
  computeVisibility();
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return !!visibleNodes[n.id]; } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return !!visibleEdges[e.id]; } });

  function updateSummary() {
    var summary = document.getElementById("ag-summary");
    summary.textContent = nodesView.length + " of " + data.nodes.length + " actors, " +
      edgesView.length + " of " + data.edges.length + " relations shown";
  }

  function applyFilters() {
    computeVisibility();
    nodesView.refresh();
    edgesView.refresh();
    updateSummary();
  }

  // ---------- legend with filters ----------
  function count(list, key) {
    var c = {};
    list.forEach(function (x) { c[x[key]] = (c[x[key]] || 0) + 1; });
    return c;
  }
  var typeCounts = count(data.edges, "type");
  var blocCounts = count(data.nodes, "bloc");

  function legendRow(parent, marker, text, n, checked, onChange, value) {
    var label = add(parent, el("label"));
    var box = add(label, el("input"));
    box.type = "checkbox";
    box.checked = checked;
    box.value = value;
    box.addEventListener("change", function () { onChange(box.checked); applyFilters(); });
    add(label, marker);
    add(label, el("span", null, text));
    add(label, el("span", "ag-count", n || 0));
    return box;
  }

  var typeBox = document.getElementById("ag-types");
  data.type_order.forEach(function (t) {
    var s = typeStyle(t);
    var line = el("span", "ag-line" + (s.dashes ? " ag-dashed" : ""));
    line.style.borderTopColor = s.color;
    var row = legendRow(typeBox, line, t + (s.arrow ? " →" : " —"), typeCounts[t], true,
      function (on) { shownTypes[t] = on; }, t);
    row.parentNode.title = s.description;
  });

  var blocBox = document.getElementById("ag-blocs");
  data.bloc_order.forEach(function (b) {
    var sw = el("span", "ag-swatch");
    sw.style.background = P.blocs[b].color;
    sw.style.border = "1px solid " + P.blocs[b].border;
    legendRow(blocBox, sw, P.blocs[b].title, blocCounts[b], true,
      function (on) { shownBlocs[b] = on; }, b);
  });

  var SVG = "http://www.w3.org/2000/svg";
  function shapeIcon(shape) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    var p;
    if (shape === "dot") {
      p = document.createElementNS(SVG, "circle");
      p.setAttribute("cx", "8"); p.setAttribute("cy", "8"); p.setAttribute("r", "6");
    } else {
      p = document.createElementNS(SVG, "polygon");
      var pts = { hexagon: "8,1 14,4.5 14,11.5 8,15 2,11.5 2,4.5", diamond: "8,1 15,8 8,15 1,8",
        square: "2,2 14,2 14,14 2,14", triangle: "8,1 15,14 1,14" }[shape] || "2,2 14,2 14,14 2,14";
      p.setAttribute("points", pts);
    }
    p.setAttribute("fill", "#8a909b");
    svg.appendChild(p);
    return svg;
  }
  var kindBox = document.getElementById("ag-kinds");
  var kindCounts = count(data.nodes, "kind");
  Object.keys(P.kinds).forEach(function (k) {
    var row = add(kindBox, el("div", "ag-item"));
    add(row, shapeIcon(P.kinds[k].shape));
    add(row, el("span", null, k));
    add(row, el("span", "ag-count", kindCounts[k] || 0));
  });

  Array.prototype.forEach.call(document.querySelectorAll("[data-all],[data-none]"), function (b) {
    b.addEventListener("click", function () {
      var on = b.hasAttribute("data-all");
      var box = document.getElementById(b.getAttribute(on ? "data-all" : "data-none"));
      Array.prototype.forEach.call(box.querySelectorAll("input[type=checkbox]"), function (c) {
        c.checked = on;
        if (box.id === "ag-types") shownTypes[c.value] = on; else shownBlocs[c.value] = on;
      });
      applyFilters();
    });
  });

  var conf = document.getElementById("ag-conf");
  var confOut = document.getElementById("ag-conf-out");
  conf.addEventListener("input", function () {
    minConf = parseFloat(conf.value) || 0;
    confOut.textContent = fmt(minConf);
    applyFilters();
  });
  document.getElementById("ag-isolated").addEventListener("change", function (ev) {
    hideIsolated = ev.target.checked; applyFilters();
  });

  // ---------- the network ----------
  var many = data.nodes.length > 150;
  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: !many },
    nodes: {
      // labels grow with an actor's relations; tiny ones are not drawn when zoomed out
      scaling: { min: 10, max: 34,
        label: { enabled: true, min: 13, max: 22, drawThreshold: 7, maxVisible: 26 } },
      font: { size: 14, face: "system-ui, DejaVu Sans, sans-serif", color: "#1b1f24",
        strokeWidth: 4, strokeColor: "#ffffff" }
    },
    edges: {
      arrowStrikethrough: false, selectionWidth: 1.5, hoverWidth: 0.8,
      smooth: { enabled: true, type: "curvedCW", roundness: 0.1 }
    },
    physics: {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -90, centralGravity: 0.012, springLength: 130,
        springConstant: 0.05, damping: 0.55, avoidOverlap: 0.7 },
      maxVelocity: 40, minVelocity: 0.8, timestep: 0.45,
      stabilization: { enabled: true, iterations: many ? 400 : 800, updateInterval: 50, fit: true }
    },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: many,
      keyboard: { enabled: true, bindToWindow: false }, multiselect: false }
  };

  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);
  if (data.nodes.length === 0) {
    add(container, el("div", "ag-empty", "No actors to show."));
  }
  var physicsBox = document.getElementById("ag-physics");

  function settled() {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
    status.textContent = "";
    document.body.setAttribute("data-ready", "1");
  }
  network.once("stabilizationIterationsDone", settled);
  if (data.nodes.length === 0) settled();

  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });
  document.getElementById("ag-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 400 } });
  });
  document.getElementById("ag-relayout").addEventListener("click", function () {
    status.textContent = "laying out the graph…";
    network.setOptions({ physics: { enabled: true } });
    network.once("stabilizationIterationsDone", settled);
    network.stabilize(options.physics.stabilization.iterations);
  });
  document.getElementById("ag-labels").addEventListener("change", function (ev) {
    var on = ev.target.checked;
    edges.update(data.edges.map(function (e) { return { id: e.id, label: on ? e.type : "" }; }));
  });

  // ---------- details panel ----------
  var details = document.getElementById("ag-details-body");

  function dl(parent, rows) {
    var list = add(parent, el("dl"));
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === null || r[1] === "") return;
      add(list, el("dt", null, r[0]));
      add(list, el("dd", null, r[1]));
    });
    return list;
  }

  function showNode(id) {
    var n = nodeById[id];
    clear(details);
    details.className = "";
    if (!n) return;
    add(details, el("h3", null, n.name));
    dl(details, [
      ["id", n.id], ["kind", n.missing ? "not in the actor list" : n.kind],
      ["bloc", blocTitle(n.bloc)], ["aliases", aliasText(n)], ["country", n.country],
      ["active", span(n.start, n.end)], ["about", n.description]
    ]);
    var mine = data.edges.filter(function (e) { return e.source === id || e.target === id; });
    add(details, el("h2", null, mine.length + " relation" + (mine.length === 1 ? "" : "s")));
    var ul = add(details, el("ul"));
    mine.forEach(function (e) {
      var li = add(ul, el("li"));
      var btn = add(li, el("button", "ag-rel", edgeHeadline(e) + " (" + e.count + ")"));
      btn.type = "button";
      btn.style.borderLeft = "3px solid " + typeStyle(e.type).color;
      btn.style.paddingLeft = "4px";
      if (!visibleEdges[e.id]) btn.title = "hidden by the filters";
      btn.addEventListener("click", function () {
        if (visibleEdges[e.id]) { network.selectEdges([e.id]); focusOn([], [e.id]); }
        showEdge(e.id);
      });
    });
  }

  function showEdge(id) {
    var e = edgeById[id];
    clear(details);
    details.className = "";
    if (!e) return;
    add(details, el("h3", null, edgeHeadline(e)));
    dl(details, [
      ["type", e.type + " (" + typeStyle(e.type).description + ")"],
      ["confidence", fmt(e.confidence)], ["evidence", String(e.evidence_total)],
      ["seen", span(e.first_seen, e.last_seen)], ["valid", span(e.valid_from, e.valid_to)],
      ["role", e.role]
    ]);
    var ul = add(details, el("ul"));
    e.evidence.forEach(function (ev) {
      var li = add(ul, el("li"));
      if (ev.text) add(li, el("span", "ag-quote", ev.text));
      var src = evidenceSource(ev);
      var extra = [];
      if (ev.sentence !== null && ev.sentence !== undefined) extra.push("sentence " + ev.sentence);
      if (ev.rule) extra.push("rule " + ev.rule);
      extra.push("confidence " + fmt(ev.confidence));
      add(li, el("span", "ag-source", src + " (" + extra.join(", ") + ")"));
    });
    if (e.evidence_total > e.evidence.length) {
      add(details, el("p", "ag-muted", (e.evidence_total - e.evidence.length) +
        " more evidence items are in the store."));
    }
  }

  // ---------- focus: dim everything but the clicked actor's neighbourhood ----------
  var EDGE_ALPHA = data.edges.length > 600 ? 0.55 : 0.85;
  var dimmed = false;
  function edgeColor(e, alpha) {
    var c = typeStyle(e.type).color;
    return { color: c, highlight: c, hover: c, opacity: alpha };
  }
  function focusOn(nodeIds, edgeIds) {
    var keep = {}, keepEdges = {};
    nodeIds.forEach(function (id) { keep[id] = true; });
    edgeIds.forEach(function (id) {
      keepEdges[id] = true;
      keep[edgeById[id].source] = true; keep[edgeById[id].target] = true;
    });
    nodes.update(data.nodes.map(function (n) {
      var on = !!keep[n.id];
      return { id: n.id, opacity: on ? 1 : 0.18,
        font: { color: on ? "#1b1f24" : "rgba(27,31,36,0.22)" } };
    }));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, color: edgeColor(e, keepEdges[e.id] ? 0.95 : 0.07) };
    }));
    dimmed = true;
  }
  function unfocus() {
    if (!dimmed) return;
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, opacity: 1, font: { color: "#1b1f24" } };
    }));
    edges.update(data.edges.map(function (e) { return { id: e.id, color: edgeColor(e, EDGE_ALPHA) }; }));
    dimmed = false;
  }
  function focusNode(id) {
    var mine = data.edges.filter(function (e) {
      return (e.source === id || e.target === id) && visibleEdges[e.id];
    }).map(function (e) { return e.id; });
    focusOn([id], mine);
  }

  network.on("click", function (params) {
    if (params.nodes.length) { focusNode(params.nodes[0]); showNode(params.nodes[0]); }
    else if (params.edges.length) { focusOn([], [params.edges[0]]); showEdge(params.edges[0]); }
    else unfocus();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { unfocus(); network.unselectAll(); }
  });

  // ---------- find ----------
  var names = document.getElementById("ag-names");
  data.nodes.forEach(function (n) {
    var o = add(names, el("option"));
    o.value = n.name;
  });
  var find = document.getElementById("ag-find");
  function findNode(q) {
    q = q.trim().toLowerCase();
    if (!q) return null;
    var best = null;
    data.nodes.forEach(function (n) {
      if (best) return;
      var all = [n.id, n.name];
      Object.keys(n.aliases || {}).forEach(function (l) { all = all.concat(n.aliases[l]); });
      if (all.some(function (s) { return String(s).toLowerCase() === q; })) best = n;
    });
    if (!best) {
      data.nodes.forEach(function (n) {
        if (!best && n.name.toLowerCase().indexOf(q) >= 0) best = n;
      });
    }
    return best;
  }
  find.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var n = findNode(find.value);
    if (!n) { status.textContent = "no actor matches"; return; }
    status.textContent = "";
    if (!visibleNodes[n.id]) {
      shownBlocs[n.bloc] = true;
      Array.prototype.forEach.call(blocBox.querySelectorAll("input"), function (c) {
        if (c.value === n.bloc) c.checked = true;
      });
      if (hideIsolated) { hideIsolated = false; document.getElementById("ag-isolated").checked = false; }
      applyFilters();
    }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.3, animation: { duration: 400 } });
    focusNode(n.id);
    showNode(n.id);
  });

  updateSummary();
  // For tests and the curious: the live objects of this page.
  window.actorgraphView = {
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    shown: function () { return { nodes: nodesView.getIds(), edges: edgesView.getIds() }; }
  };
})();
