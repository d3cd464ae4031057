/* actorgraph HTML view, renderer for large graphs: sigma.js (WebGL) on graphology.
   Positions are given; filters and emphasis go through sigma's reducers, so nothing is
   laid out again and a filter costs one redraw. Sigma's label grid draws labels by
   importance without overlaps; the largest actors are labelled at every zoom. */
(function () {
  "use strict";

  function rgba(hex, a) {
    var h = hex.replace("#", "");
    return "rgba(" + parseInt(h.slice(0, 2), 16) + "," + parseInt(h.slice(2, 4), 16) + "," +
      parseInt(h.slice(4, 6), 16) + "," + a.toFixed(2) + ")";
  }

  window.AGRenderer = function (container, data, look, hooks) {
    var N = data.nodes, E = data.edges, n = N.length, m = E.length;
    var visN = null, visE = null, keepN = null, keepE = null;
    var base = n > 8000 ? 1.6 : n > 2000 ? 2.4 : 4;
    var graph = new graphology.MultiDirectedGraph();
    var i, j;
    for (i = 0; i < n; i++) {
      graph.addNode(String(i), { x: N[i].x, y: -N[i].y, label: look.label[i].replace(/\n/g, " "),
        color: look.fill(i), size: base });
    }
    var edgeColor = new Array(m), edgeSize = new Float32Array(m);
    for (j = 0; j < m; j++) {
      graph.addDirectedEdgeWithKey(String(j), String(E[j].s), String(E[j].t), {});
      edgeColor[j] = rgba(look.edgeColor(j), look.edgeAlpha(j) * (m > 20000 ? 0.7 : 1));
      edgeSize[j] = Math.max(0.5, look.edgeWidth(j) * (m > 20000 ? 0.35 : 0.5));
    }
    var edgeType = E.map(function (e, k) { return look.arrow(k) ? "arrow" : "line"; });

    function nodeReducer(key, attrs) {
      var k = +key, out = { x: attrs.x, y: attrs.y, label: attrs.label, color: attrs.color,
        size: base + 14 * look.size[k] * (n > 8000 ? 0.7 : 1), forceLabel: !!look.forceLabel[k], zIndex: 1 };
      if (visN && !visN[k]) { out.hidden = true; return out; }
      if (keepN) {
        if (keepN[k]) { out.forceLabel = true; out.zIndex = 2; }
        else { out.color = "#e6e8ec"; out.label = ""; out.forceLabel = false; out.zIndex = 0; }
      }
      if (sel === k) { out.highlighted = true; }
      return out;
    }
    function edgeReducer(key, attrs) {
      var k = +key, out = { color: edgeColor[k], size: edgeSize[k], type: edgeType[k], zIndex: 1 };
      if (visE && !visE[k]) { out.hidden = true; return out; }
      if (keepE) {
        if (keepE[k]) { out.color = look.edgeColor(k); out.size = Math.max(1.5, edgeSize[k] * 2); out.zIndex = 2; }
        else { out.color = "rgba(200,203,210,0.12)"; out.zIndex = 0; }
      }
      return out;
    }
    var sel = -1;
    var sigma = new Sigma(graph, container, {
      nodeReducer: nodeReducer, edgeReducer: edgeReducer, zIndex: true,
      defaultEdgeType: "line", renderEdgeLabels: false,
      enableEdgeEvents: m <= 30000,
      labelFont: "system-ui, DejaVu Sans, sans-serif", labelSize: 13, labelWeight: "500",
      labelDensity: 0.6, labelGridCellSize: 90, labelRenderedSizeThreshold: 7,
      hideEdgesOnMove: m > 20000, minEdgeThickness: 0.5, itemSizesReference: "screen",
      zoomToSizeRatioFunction: function (r) { return Math.sqrt(r); }
    });
    var camera = sigma.getCamera();
    function orig(p) { return p.event && p.event.original ? p.event.original : { clientX: 0, clientY: 0 }; }
    sigma.on("enterNode", function (p) { var o = orig(p); hooks.hover("node", +p.node, o.clientX, o.clientY); });
    sigma.on("enterEdge", function (p) { var o = orig(p); hooks.hover("edge", +p.edge, o.clientX, o.clientY); });
    sigma.on("leaveNode", hooks.leave);
    sigma.on("leaveEdge", hooks.leave);
    sigma.on("clickNode", function (p) { hooks.clickNode(+p.node); });
    sigma.on("clickEdge", function (p) { hooks.clickEdge(+p.edge); });
    sigma.on("clickStage", function () { hooks.clickStage(); });

    function client(p) {
      var r = container.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }
    var api = {
      sigma: sigma, graph: graph,
      setVisible: function (vn, ve) { visN = vn; visE = ve; sigma.refresh(); },
      setEmphasis: function (kn, ke) { keepN = kn; keepE = ke; sigma.refresh(); },
      setSizes: function () { sigma.refresh(); },
      setEdgeLabels: function () {},
      fit: function () { camera.animatedReset({ duration: 300 }); },
      center: function (k) {
        var d = sigma.getNodeDisplayData(String(k));
        if (d) camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.3) }, { duration: 300 });
      },
      select: function (k) { sel = k; sigma.refresh(); },
      selectEdge: function () {},
      unselect: function () { sel = -1; sigma.refresh(); },
      nodeScreen: function (k) {
        var a = graph.getNodeAttributes(String(k));
        return client(sigma.graphToViewport({ x: a.x, y: a.y }));
      },
      edgeScreen: function (k) {
        var a = graph.getNodeAttributes(String(E[k].s)), b = graph.getNodeAttributes(String(E[k].t));
        return client(sigma.graphToViewport({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }));
      }
    };
    var done = false;
    sigma.on("afterRender", function () {
      if (done) return;
      done = true;
      setTimeout(hooks.ready, 0);
    });
    sigma.refresh();
    return api;
  };
})();
