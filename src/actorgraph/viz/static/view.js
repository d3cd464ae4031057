/* actorgraph HTML view: filters, time, search, focus, paths, details, URL state.
   Reads the graph from the JSON block #ag-data; the positions come from Python, so no
   action here ever moves an actor. Drawing is done by a renderer (render-vis.js or
   render-sigma.js) behind a small interface; every piece of user data reaches the page
   through textContent, never innerHTML. */
(function () {
  "use strict";

  var T = { start: performance.now() };
  var data = JSON.parse(document.getElementById("ag-data").textContent);
  T.parsed = performance.now();
  var P = data.palette, N = data.nodes, E = data.edges, n = N.length, m = E.length;
  var container = document.getElementById("ag-network");
  var status = document.getElementById("ag-status");
  var tooltip = document.getElementById("ag-tooltip");
  var DAY = 86400000;

  // ---------- small DOM helpers (text only) ----------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function $(id) { return document.getElementById(id); }
  function fmt(x) { return (Math.round(x * 100) / 100).toFixed(2); }
  function dayStr(d) { return new Date(d * DAY).toISOString().slice(0, 10); }
  function parseDay(s) {
    var t = Date.parse(String(s || "").slice(0, 10));
    return isNaN(t) ? null : Math.floor(t / DAY);
  }

  // ---------- indexes ----------
  var idx = {};
  N.forEach(function (x, i) { idx[x.id] = i; });
  var eIdx = {};
  E.forEach(function (e, j) { eIdx[e.id] = j; });
  var adj = N.map(function () { return []; });
  E.forEach(function (e, j) { adj[e.s].push(j); if (e.t !== e.s) adj[e.t].push(j); });
  function other(j, i) { return E[j].s === i ? E[j].t : E[j].s; }
  function nameOf(i) { return N[i].name; }
  function blocStyle(b) { return P.blocs[b] || P.blocs.other; }
  function typeStyle(t) { return P.types[t] || { color: "#888888", arrow: true, dashes: false }; }

  // ---------- the look shared by the renderers and the SVG export ----------
  var LABEL_MAX = 22;
  function labelOf(x) {
    var name = String(x.name);
    if (name.length <= LABEL_MAX) return name;
    if ((x.kind === "organisation" || x.kind === "group") && /^[A-Z0-9&.-]{2,10}$/.test(x.id)) {
      return x.id;
    }
    var lines = [], line = "";
    name.split(/\s+/).forEach(function (word) {
      if (line && (line + " " + word).length > LABEL_MAX) { lines.push(line); line = word; }
      else line = line ? line + " " + word : word;
    });
    if (line) lines.push(line);
    return lines.join("\n");
  }
  var wmax = 1;
  function rawWeight(e) {
    var w = typeof e.weight === "number" ? Math.abs(e.weight) : (e.count || 1) * (e.confidence === undefined ? 1 : e.confidence);
    return w > 0 ? w : 0.5;
  }
  E.forEach(function (e) { wmax = Math.max(wmax, rawWeight(e)); });
  // parallel relations: the k-th relation between a pair bends to alternate sides
  var pairSeen = {};
  var curve = E.map(function (e) {
    var a = Math.min(e.s, e.t), b = Math.max(e.s, e.t), key = a + ":" + b;
    var k = pairSeen[key] = (pairSeen[key] === undefined ? 0 : pairSeen[key] + 1);
    var side = k % 2 === 0 ? 1 : -1;
    return (e.s === a ? 1 : -1) * side * (0.08 + 0.16 * Math.ceil(k / 2));
  });
  var look = {
    P: P,
    label: N.map(labelOf),
    shape: function (i) { var k = P.kinds[N[i].kind]; return k ? k.shape : "dot"; },
    fill: function (i) { return N[i].missing ? "#d5d8de" : blocStyle(N[i].bloc).color; },
    border: function (i) { return blocStyle(N[i].bloc).border; },
    size: new Float32Array(n),        // 0..1 importance of each actor under "size by"
    forceLabel: new Uint8Array(n),    // the largest actors: labelled at every zoom
    edgeColor: function (j) { return typeStyle(E[j].type).color; },
    edgeAlpha: function (j) {         // faded by weight: strong relations stand out
      return 0.35 + 0.6 * Math.log(1 + rawWeight(E[j])) / Math.log(1 + wmax);
    },
    edgeWidth: function (j) {
      var e = E[j], c = e.confidence === undefined ? 1 : e.confidence;
      return Math.min(9, 1 + 1.6 * Math.log2(1 + (e.count || 0)) * (0.35 + 0.65 * c));
    },
    arrow: function (j) { return !!typeStyle(E[j].type).arrow; },
    dashes: function (j) { return !!typeStyle(E[j].type).dashes; },
    curve: curve
  };

  // ---------- state (also the URL fragment) ----------
  var S = {
    types: {}, blocs: {}, origins: {}, conf: 0, iso: true, labels: false,
    from: null, to: null, asof: null, undated: true,
    focus: null, depth: 1, path: null, size: "degree", sel: null
  };
  data.type_order.forEach(function (t) { S.types[t] = true; });
  data.bloc_order.forEach(function (b) { S.blocs[b] = true; });
  data.origin_order.forEach(function (o) { S.origins[o] = true; });
  var tmin = null, tmax = null;
  E.forEach(function (e) {
    if (e.t0 !== undefined) { tmin = tmin === null ? e.t0 : Math.min(tmin, e.t0); }
    if (e.t1 !== undefined) { tmax = tmax === null ? e.t1 : Math.max(tmax, e.t1); }
  });

  var visN = new Uint8Array(n), visE = new Uint8Array(m);
  var keepN = null, keepE = null, focusSet = null;

  function edgePasses(e) {
    if (!S.types[e.type]) return false;
    if ((e.confidence === undefined ? 1 : e.confidence) + 1e-9 < S.conf) return false;
    if (!S.blocs[N[e.s].bloc] || !S.blocs[N[e.t].bloc]) return false;
    if (e.origins && data.origin_order.length &&
        !e.origins.some(function (o) { return S.origins[o]; })) return false;
    if (e.t0 === undefined) {
      if (!S.undated && (S.asof !== null || S.from !== null || S.to !== null)) return false;
      return true;
    }
    if (S.asof !== null) {
      var end = e.until !== undefined ? e.until : Infinity;
      return e.t0 <= S.asof && S.asof <= end;
    }
    if (S.from !== null && e.t1 < S.from) return false;
    if (S.to !== null && e.t0 > S.to) return false;
    return true;
  }

  function hop(start, depth, edgeOk) {
    var seen = {}; seen[start] = 0;
    var frontier = [start];
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (i) {
        adj[i].forEach(function (j) {
          if (!edgeOk[j]) return;
          var o = other(j, i);
          if (seen[o] === undefined) { seen[o] = d + 1; next.push(o); }
        });
      });
      frontier = next;
    }
    return seen;
  }

  function computeVisibility() {
    var pass = new Uint8Array(m);
    for (var j = 0; j < m; j++) pass[j] = edgePasses(E[j]) ? 1 : 0;
    focusSet = null;
    if (S.focus !== null && idx[S.focus] !== undefined) focusSet = hop(idx[S.focus], S.depth, pass);
    visE.fill(0); visN.fill(0);
    var touched = new Uint8Array(n);
    for (j = 0; j < m; j++) {
      var e = E[j];
      if (!pass[j]) continue;
      if (focusSet && (focusSet[e.s] === undefined || focusSet[e.t] === undefined)) continue;
      visE[j] = 1; touched[e.s] = 1; touched[e.t] = 1;
    }
    for (var i = 0; i < n; i++) {
      if (!S.blocs[N[i].bloc]) continue;
      if (focusSet) { if (focusSet[i] !== undefined) visN[i] = 1; continue; }
      if (!S.iso || touched[i] || m === 0) visN[i] = 1;
    }
  }

  var R = null;   // the renderer
  var counters = {};
  function updateCounts() {
    var shownN = 0, shownE = 0, byType = {}, byBloc = {}, byOrigin = {};
    for (var i = 0; i < n; i++) if (visN[i]) { shownN++; byBloc[N[i].bloc] = (byBloc[N[i].bloc] || 0) + 1; }
    for (var j = 0; j < m; j++) if (visE[j]) {
      shownE++; byType[E[j].type] = (byType[E[j].type] || 0) + 1;
      (E[j].origins || []).forEach(function (o) { byOrigin[o] = (byOrigin[o] || 0) + 1; });
    }
    $("ag-summary").textContent = shownN + " of " + n + " actors, " + shownE + " of " + m +
      " relations shown";
    [["type", byType], ["bloc", byBloc], ["origin", byOrigin]].forEach(function (p) {
      Object.keys(counters[p[0]] || {}).forEach(function (k) {
        var c = counters[p[0]][k];
        c.el.textContent = (p[1][k] || 0) + " / " + c.total;
      });
    });
  }

  function refresh() {
    computeVisibility();
    if (R) R.setVisible(visN, visE);
    updateCounts();
    writeHash();
  }

  // ---------- sizes and labels ----------
  var sizeSel = $("ag-size");
  Object.keys(data.metrics).forEach(function (k) {
    var o = add(sizeSel, el("option", null, k.replace(/_/g, " "))); o.value = k;
  });
  function computeSizes() {
    var vals = data.metrics[S.size] || data.metrics.degree, max = 0;
    vals.forEach(function (v) { max = Math.max(max, v); });
    var order = [];
    for (var i = 0; i < n; i++) {
      look.size[i] = max > 0 ? Math.sqrt(Math.max(0, vals[i]) / max) : 0;
      order.push(i);
    }
    order.sort(function (a, b) { return vals[b] - vals[a]; });
    look.forceLabel.fill(0);
    var top = Math.max(8, Math.min(30, Math.round(Math.sqrt(n))));
    order.slice(0, top).forEach(function (i) { look.forceLabel[i] = 1; });
  }
  sizeSel.addEventListener("change", function () {
    S.size = sizeSel.value; computeSizes(); if (R) R.setSizes(); writeHash();
  });

  // ---------- emphasis: focus a neighbourhood or a path (dims the rest entirely) ----------
  function emphasize(nodes, edges) {
    if (nodes === null) { keepN = keepE = null; }
    else {
      keepN = new Uint8Array(n); keepE = new Uint8Array(m);
      nodes.forEach(function (i) { keepN[i] = 1; });
      edges.forEach(function (j) { keepE[j] = 1; keepN[E[j].s] = 1; keepN[E[j].t] = 1; });
    }
    if (R) R.setEmphasis(keepN, keepE);
  }
  function emphasizeNode(i) {
    emphasize([i], adj[i].filter(function (j) { return visE[j]; }));
  }

  function shortestPath(a, b) {
    var prev = {}; prev[a] = -1;
    var queue = [a];
    while (queue.length) {
      var i = queue.shift();
      if (i === b) break;
      for (var k = 0; k < adj[i].length; k++) {
        var j = adj[i][k];
        if (!visE[j]) continue;
        var o = other(j, i);
        if (prev[o] === undefined) { prev[o] = j; queue.push(o); }
      }
    }
    if (prev[b] === undefined) return null;
    var edges = [], at = b;
    while (at !== a) { var j2 = prev[at]; edges.push(j2); at = other(j2, at); }
    return edges.reverse();
  }

  // ---------- URL fragment state ----------
  function listOf(obj, all) {
    var on = all.filter(function (k) { return obj[k]; });
    return on.length === all.length ? null : on.join(",");
  }
  var restoring = false;
  function writeHash() {
    if (restoring) return;
    var parts = [];
    function put(k, v) { if (v !== null && v !== undefined && v !== "") parts.push(k + "=" + encodeURIComponent(v)); }
    put("types", listOf(S.types, data.type_order));
    put("blocs", listOf(S.blocs, data.bloc_order));
    put("origins", listOf(S.origins, data.origin_order));
    if (S.conf > 0) put("conf", S.conf);
    if (!S.iso) put("iso", "0");
    if (!S.undated) put("undated", "0");
    if (S.asof !== null) put("asof", dayStr(S.asof));
    else {
      if (S.from !== null) put("from", dayStr(S.from));
      if (S.to !== null) put("to", dayStr(S.to));
    }
    put("focus", S.focus);
    if (S.focus !== null && S.depth !== 1) put("depth", S.depth);
    if (S.path) put("path", S.path.join(","));
    if (S.size !== "degree") put("size", S.size);
    put("sel", S.sel);
    var h = parts.join("&");
    try { history.replaceState(null, "", h ? "#" + h : location.pathname + location.search); }
    catch (err) { /* sandboxed frames may refuse; the state still applies */ }
  }
  function readState(text) {
    var q = {};
    String(text || "").replace(/^#/, "").split("&").forEach(function (kv) {
      if (!kv) return;
      var p = kv.indexOf("=");
      var k = p < 0 ? kv : kv.slice(0, p);
      try { q[k] = p < 0 ? "" : decodeURIComponent(kv.slice(p + 1)); } catch (err) { /* ignore */ }
    });
    return q;
  }
  function applyState(q) {
    function setList(obj, all, v) {
      if (v === undefined) return;
      var on = {}; String(v).split(",").forEach(function (x) { on[x.trim()] = true; });
      all.forEach(function (k) { obj[k] = !!on[k] || !!on[k.toLowerCase()]; });
    }
    setList(S.types, data.type_order, q.types);
    setList(S.blocs, data.bloc_order, q.blocs);
    setList(S.origins, data.origin_order, q.origins);
    if (q.conf !== undefined) S.conf = Math.max(0, Math.min(1, parseFloat(q.conf) || 0));
    if (q.iso !== undefined) S.iso = q.iso !== "0";
    if (q.undated !== undefined) S.undated = q.undated !== "0";
    if (q.asof) S.asof = parseDay(q.asof);
    if (q.from) S.from = parseDay(q.from);
    if (q.to) S.to = parseDay(q.to);
    if (q.focus !== undefined && idx[q.focus] !== undefined) S.focus = q.focus;
    if (q.depth) S.depth = Math.max(1, Math.min(3, parseInt(q.depth, 10) || 1));
    if (q.path) {
      var ab = String(q.path).split(",");
      if (ab.length === 2 && idx[ab[0]] !== undefined && idx[ab[1]] !== undefined) S.path = ab;
    }
    if (q.size && data.metrics[q.size]) S.size = q.size;
    if (q.sel !== undefined && (idx[q.sel] !== undefined || eIdx[q.sel] !== undefined)) S.sel = q.sel;
  }
  var initial = {};
  Object.keys(data.state || {}).forEach(function (k) { initial[k] = String(data.state[k]); });
  var fromHash = readState(location.hash);
  Object.keys(fromHash).forEach(function (k) { initial[k] = fromHash[k]; });
  applyState(initial);
  computeSizes();

  // ---------- legend with filters and live counts ----------
  function countBy(list, key) {
    var c = {};
    list.forEach(function (x) { c[x[key]] = (c[x[key]] || 0) + 1; });
    return c;
  }
  function legendRow(parent, group, marker, text, key, total, obj) {
    var label = add(parent, el("label"));
    var box = add(label, el("input"));
    box.type = "checkbox"; box.checked = !!obj[key]; box.value = key;
    box.addEventListener("change", function () { obj[key] = box.checked; refresh(); });
    add(label, marker);
    add(label, el("span", null, text));
    var c = add(label, el("span", "ag-count", total));
    counters[group] = counters[group] || {};
    counters[group][key] = { el: c, total: total };
    return label;
  }
  var typeCounts = countBy(E, "type");
  data.type_order.forEach(function (t) {
    var s = typeStyle(t);
    var line = el("span", "ag-line" + (s.dashes ? " ag-dashed" : ""));
    line.style.borderTopColor = s.color;
    legendRow($("ag-types"), "type", line, t + (s.arrow ? " →" : " —"), t, typeCounts[t] || 0,
      S.types).title = s.description;
  });
  var blocCounts = countBy(N, "bloc");
  data.bloc_order.forEach(function (b) {
    var sw = el("span", "ag-swatch");
    sw.style.background = P.blocs[b].color;
    sw.style.border = "1px solid " + P.blocs[b].border;
    legendRow($("ag-blocs"), "bloc", sw, P.blocs[b].title, b, blocCounts[b] || 0, S.blocs);
  });
  if (data.origin_order.length) {
    $("ag-origin-section").hidden = false;
    var originCounts = {};
    E.forEach(function (e) { (e.origins || []).forEach(function (o) { originCounts[o] = (originCounts[o] || 0) + 1; }); });
    data.origin_order.forEach(function (o) {
      legendRow($("ag-origins"), "origin", el("span", "ag-swatch ag-origin"), o, o, originCounts[o], S.origins);
    });
  }
  var kindCounts = countBy(N, "kind");
  Object.keys(P.kinds).forEach(function (k) {
    var row = add($("ag-kinds"), el("div", "ag-item"));
    add(row, AGExport.shapeIcon(P.kinds[k].shape));
    add(row, el("span", null, k));
    add(row, el("span", "ag-count", kindCounts[k] || 0));
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-all],[data-none]"), function (b) {
    b.addEventListener("click", function () {
      var on = b.hasAttribute("data-all");
      var box = $(b.getAttribute(on ? "data-all" : "data-none"));
      var obj = box.id === "ag-types" ? S.types : box.id === "ag-blocs" ? S.blocs : S.origins;
      Array.prototype.forEach.call(box.querySelectorAll("input[type=checkbox]"), function (c) {
        c.checked = on; obj[c.value] = on;
      });
      refresh();
    });
  });

  // ---------- time ----------
  var fromIn = $("ag-from"), toIn = $("ag-to"), asofBox = $("ag-asof-on");
  function syncTimeInputs() {
    if (tmin === null) { $("ag-time-section").hidden = true; return; }
    [fromIn, toIn].forEach(function (r) { r.min = tmin; r.max = tmax; });
    fromIn.value = S.asof !== null ? S.asof : (S.from !== null ? S.from : tmin);
    toIn.value = S.to !== null ? S.to : tmax;
    asofBox.checked = S.asof !== null;
    toIn.disabled = S.asof !== null;
    $("ag-from-out").textContent = dayStr(+fromIn.value);
    $("ag-to-out").textContent = S.asof !== null ? "" : dayStr(+toIn.value);
    $("ag-time-out").textContent = S.asof !== null ? "as of " + dayStr(S.asof) :
      (S.from !== null || S.to !== null ? dayStr(+fromIn.value) + " – " + dayStr(+toIn.value) : "all dates");
    $("ag-undated").checked = S.undated;
  }
  function onTime() {
    var a = +fromIn.value, b = +toIn.value;
    if (asofBox.checked) { S.asof = a; S.from = S.to = null; }
    else {
      S.asof = null;
      if (b < a) { b = a; toIn.value = b; }
      S.from = a > tmin ? a : null; S.to = b < tmax ? b : null;
    }
    syncTimeInputs(); refresh();
  }
  fromIn.addEventListener("input", onTime);
  toIn.addEventListener("input", onTime);
  asofBox.addEventListener("change", onTime);
  $("ag-undated").addEventListener("change", function (ev) { S.undated = ev.target.checked; refresh(); });

  // ---------- other controls ----------
  var conf = $("ag-conf"), confOut = $("ag-conf-out");
  conf.addEventListener("input", function () {
    S.conf = parseFloat(conf.value) || 0; confOut.textContent = fmt(S.conf); refresh();
  });
  $("ag-isolated").addEventListener("change", function (ev) { S.iso = ev.target.checked; refresh(); });
  $("ag-labels").addEventListener("change", function (ev) { S.labels = ev.target.checked; if (R) R.setEdgeLabels(S.labels); });
  $("ag-fit").addEventListener("click", function () { if (R) R.fit(); });

  function findNode(q) {
    q = String(q || "").trim().toLowerCase();
    if (!q) return null;
    for (var i = 0; i < n; i++) {
      var x = N[i];
      if (x.id.toLowerCase() === q || String(x.name).toLowerCase() === q) return i;
      var al = x.aliases || {};
      for (var l in al) {
        if (al[l].some(function (s) { return String(s).toLowerCase() === q; })) return i;
      }
    }
    for (i = 0; i < n; i++) if (String(N[i].name).toLowerCase().indexOf(q) >= 0) return i;
    return null;
  }
  function reveal(i) {    // make a found actor visible without touching other filters
    if (visN[i]) return;
    S.blocs[N[i].bloc] = true;
    Array.prototype.forEach.call($("ag-blocs").querySelectorAll("input"), function (c) {
      if (c.value === N[i].bloc) c.checked = true;
    });
    if (S.iso) { S.iso = false; $("ag-isolated").checked = false; }
    if (focusSet && focusSet[i] === undefined) S.focus = null;
    refresh();
  }
  function select(i) {
    reveal(i);
    S.sel = N[i].id;
    if (R) { R.select(i); R.center(i); }
    emphasizeNode(i); details.node(i); writeHash();
  }
  $("ag-find").addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var i = findNode(ev.target.value);
    if (i === null) { status.textContent = "no actor matches"; return; }
    status.textContent = "";
    select(i);
  });
  $("ag-focus-go").addEventListener("click", function () {
    var i = findNode($("ag-focus").value);
    if (i === null) { status.textContent = "no actor matches"; return; }
    status.textContent = "";
    S.focus = N[i].id; S.depth = parseInt($("ag-depth").value, 10) || 1;
    refresh(); if (R) R.fit();
  });
  $("ag-focus-clear").addEventListener("click", function () { S.focus = null; refresh(); if (R) R.fit(); });
  function showPath() {
    if (!S.path) return;
    var a = idx[S.path[0]], b = idx[S.path[1]];
    reveal(a); reveal(b);
    var p = shortestPath(a, b);
    if (!p) { status.textContent = "no path between them among the shown relations"; emphasize(null); return; }
    status.textContent = "path: " + (p.length) + " relation" + (p.length === 1 ? "" : "s");
    emphasize([a, b], p);
  }
  $("ag-path-go").addEventListener("click", function () {
    var a = findNode($("ag-path-a").value), b = findNode($("ag-path-b").value);
    if (a === null || b === null) { status.textContent = "no actor matches"; return; }
    S.path = [N[a].id, N[b].id]; showPath(); writeHash();
  });
  $("ag-path-clear").addEventListener("click", function () {
    S.path = null; status.textContent = ""; emphasize(null); writeHash();
  });

  // ---------- export ----------
  function exportOpts() { return { data: data, look: look, visN: visN, visE: visE, keepN: keepN, keepE: keepE }; }
  function download(name, url) {
    var a = add(document.body, el("a")); a.href = url; a.download = name; a.click();
    document.body.removeChild(a);
  }
  var fileStem = String(data.title || "actorgraph").replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 60) || "actorgraph";
  $("ag-svg").addEventListener("click", function () {
    var svg = AGExport.svg(exportOpts());
    download(fileStem + ".svg", URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" })));
  });
  $("ag-png").addEventListener("click", function () {
    AGExport.png(exportOpts()).then(function (url) { download(fileStem + ".png", url); });
  });
  $("ag-link").addEventListener("click", function () {
    writeHash();
    if (navigator.clipboard) navigator.clipboard.writeText(location.href).catch(function () {});
    status.textContent = "the address now holds this view";
  });

  // ---------- details and tooltips (details.js-like helpers live in AGExport) ----------
  var details = AGExport.details({ data: data, el: el, add: add, clear: clear, fmt: fmt,
    nameOf: nameOf, typeStyle: typeStyle, blocStyle: blocStyle, adj: adj, visE: visE,
    dayStr: dayStr, onEdge: function (j) {
      if (visE[j]) { emphasize([], [j]); if (R) R.selectEdge(j); }
      S.sel = E[j].id; writeHash(); details.edge(j);
    } });

  function showTip(kind, i, x, y) {
    clear(tooltip);
    add(tooltip, kind === "node" ? details.nodeTip(i) : details.edgeTip(i));
    tooltip.hidden = false;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    var left = Math.min(x + 14, window.innerWidth - w - 8), top = y + 14;
    if (top + h > window.innerHeight - 8) top = Math.max(8, y - h - 14);
    tooltip.style.left = Math.max(8, left) + "px"; tooltip.style.top = top + "px";
  }

  var hooks = {
    clickNode: function (i) { S.sel = N[i].id; emphasizeNode(i); details.node(i); writeHash(); },
    clickEdge: function (j) { S.sel = E[j].id; emphasize([], [j]); details.edge(j); writeHash(); },
    clickStage: function () {
      S.sel = null; tooltip.hidden = true;
      if (S.path) showPath(); else emphasize(null);
      writeHash();
    },
    hover: showTip,
    leave: function () { tooltip.hidden = true; },
    ready: function () {
      status.textContent = "";
      T.ready = performance.now();
      document.body.setAttribute("data-ready", "1");
    }
  };
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { hooks.clickStage(); if (R) R.unselect(); }
  });

  // ---------- start ----------
  T.panel = performance.now();
  var names = $("ag-names");
  var byDegree = N.map(function (x, i) { return i; }).sort(function (a, b) { return N[b].degree - N[a].degree; });
  byDegree.slice(0, 3000).forEach(function (i) { add(names, el("option")).value = N[i].name; });
  conf.value = S.conf; confOut.textContent = fmt(S.conf);
  $("ag-isolated").checked = S.iso;
  sizeSel.value = S.size;
  if (S.focus !== null) { $("ag-focus").value = N[idx[S.focus]].name; $("ag-depth").value = String(S.depth); }
  if (S.path) { $("ag-path-a").value = N[idx[S.path[0]]].name; $("ag-path-b").value = N[idx[S.path[1]]].name; }
  syncTimeInputs();
  computeVisibility();
  $("ag-labels-row").hidden = data.renderer !== "vis";
  T.controls = performance.now();
  R = window.AGRenderer(container, data, look, hooks, { visN: visN, visE: visE });
  T.renderer = performance.now();
  R.setVisible(visN, visE);
  R.fit(true);   // frame what is shown, not the actors hidden at the start
  T.visible = performance.now();
  if (n === 0) add(container, el("div", "ag-empty", "No actors to show."));
  updateCounts();
  if (S.path) showPath();
  else if (S.sel !== null) {
    if (idx[S.sel] !== undefined) { var si = idx[S.sel]; R.select(si); emphasizeNode(si); details.node(si); }
    else { var sj = eIdx[S.sel]; emphasize([], [sj]); details.edge(sj); }
  }
  writeHash();

  // For tests, the CLI's PNG/SVG output and the curious: the live state of this page.
  window.actorgraphView = {
    renderer: data.renderer, R: R, state: S, look: look, timings: T,
    shown: function () {
      var nodes = [], edges = [];
      for (var i = 0; i < n; i++) if (visN[i]) nodes.push(N[i].id);
      for (var j = 0; j < m; j++) if (visE[j]) edges.push(E[j].id);
      return { nodes: nodes, edges: edges };
    },
    emphasized: function () {
      if (!keepN) return null;
      var nodes = [], edges = [];
      for (var i = 0; i < n; i++) if (keepN[i]) nodes.push(N[i].id);
      for (var j = 0; j < m; j++) if (keepE[j]) edges.push(E[j].id);
      return { nodes: nodes, edges: edges };
    },
    nodeScreen: function (id) { return R.nodeScreen(idx[id]); },
    edgeScreen: function (id, t) { return R.edgeScreen(eIdx[id], t); },
    index: function (id) { return idx[id]; },
    select: function (id) { select(idx[id]); },
    svg: function () { return AGExport.svg(exportOpts()); },
    png: function (scale) { return AGExport.png(exportOpts(), scale); },
    hash: function () { return location.hash; }
  };
})();
