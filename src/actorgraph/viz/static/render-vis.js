/* actorgraph HTML view, renderer for small and medium graphs: vis-network (from pyvis).
   Positions are given, physics stays off; filters refresh DataViews, emphasis updates
   colours: nothing is laid out again. Shapes show the kind of actor, curves keep
   parallel relations apart, labels grow with importance and the largest stay readable
   at every zoom. */
(function () {
  "use strict";
  var TEXT = "#1b1f24";

  window.AGRenderer = function (container, data, look, hooks) {
    var N = data.nodes, E = data.edges, n = N.length;
    var visN = null, visE = null, keepN = null, keepE = null, edgeLabels = false;
    var scale = 1;
    var shownLabel = new Uint8Array(n).fill(1);   // decided by declutter()

    function fontSize(i) { return 12 + 12 * look.size[i]; }
    function nodeItem(i) {
      var x = N[i], dim = keepN && !keepN[i], fs = fontSize(i);
      if (look.forceLabel[i] && !dim) fs = Math.max(fs, 13 / Math.max(scale, 0.05));
      return {
        id: i, x: x.x, y: x.y, label: shownLabel[i] ? look.label[i] : "", shape: look.shape(i),
        size: 8 + 20 * look.size[i],
        borderWidth: x.missing ? 1 : 2,
        shapeProperties: { borderDashes: x.missing ? [3, 3] : false },
        opacity: dim ? 0.15 : 1,
        font: { size: fs, color: dim ? "rgba(27,31,36,0.12)" : TEXT,
          strokeColor: dim ? "rgba(255,255,255,0.1)" : "#ffffff" },
        color: {
          background: look.fill(i), border: look.border(i),
          highlight: { background: look.fill(i), border: "#111111" },
          hover: { background: look.fill(i), border: "#111111" }
        }
      };
    }
    function edgeItem(j) {
      var e = E[j], dim = keepE && !keepE[j], c = look.edgeColor(j);
      var alpha = dim ? 0.06 : (keepE ? 0.95 : look.edgeAlpha(j)), bend = look.curve[j];
      return {
        id: j, from: e.s, to: e.t, width: look.edgeWidth(j), dashes: look.dashes(j),
        arrows: { to: { enabled: look.arrow(j), scaleFactor: 0.55 } },
        color: { color: c, highlight: c, hover: c, opacity: alpha },
        smooth: { enabled: true, type: bend >= 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(bend) },
        label: edgeLabels ? e.type : undefined,
        font: { size: 10, color: dim ? "rgba(0,0,0,0)" : c, strokeWidth: dim ? 0 : 3,
          strokeColor: "#ffffff", align: "middle" }
      };
    }
    var ni = [], ei = [];
    for (var i = 0; i < n; i++) ni.push(i);
    for (var j = 0; j < E.length; j++) ei.push(j);
    var nodes = new vis.DataSet(ni.map(nodeItem));
    var edges = new vis.DataSet(ei.map(edgeItem));
    var nodesView = new vis.DataView(nodes, { filter: function (x) { return !visN || !!visN[x.id]; } });
    var edgesView = new vis.DataView(edges, { filter: function (x) { return !visE || !!visE[x.id]; } });
    var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, {
      autoResize: true,
      layout: { improvedLayout: false, randomSeed: 7 },
      physics: { enabled: false },
      nodes: {
        scaling: { label: { enabled: false, drawThreshold: 7 } },
        font: { face: "system-ui, DejaVu Sans, sans-serif", strokeWidth: 4 }
      },
      edges: { arrowStrikethrough: false, selectionWidth: 1.5, hoverWidth: 0.8 },
      interaction: { hover: true, tooltipDelay: 3600000, hideEdgesOnDrag: E.length > 1500,
        keyboard: { enabled: true, bindToWindow: false }, multiselect: false }
    });

    // Labels by importance without pile-ups: biggest first, each label that would
    // overlap one already placed (or be too small to read at this zoom) is left out.
    function declutter() {
      var order = [];
      for (var i = 0; i < n; i++) if (!visN || visN[i]) order.push(i);
      order.sort(function (a, b) {
        var ka = (keepN && keepN[a] ? 2 : 0) + (look.forceLabel[a] ? 1 : 0);
        var kb = (keepN && keepN[b] ? 2 : 0) + (look.forceLabel[b] ? 1 : 0);
        return kb - ka || look.size[b] - look.size[a];
      });
      var placed = [], ups = [];
      order.forEach(function (i) {
        var it = nodeItem(i), fs = it.font.size * scale, lines = look.label[i].split("\n");
        var wide = 0;
        lines.forEach(function (l) { wide = Math.max(wide, l.length); });
        var w = wide * fs * 0.56, h = lines.length * fs * 1.15;
        var cx = N[i].x * scale, top = (N[i].y + it.size) * scale + 2;
        var r = [cx - w / 2, top, cx + w / 2, top + h];
        var ok = (fs >= 7 || look.forceLabel[i] || (keepN && keepN[i])) && !(keepN && !keepN[i]);
        if (ok) ok = !placed.some(function (q) { return r[0] < q[2] && q[0] < r[2] && r[1] < q[3] && q[1] < r[3]; });
        if (ok) placed.push(r);
        if ((ok ? 1 : 0) !== shownLabel[i]) { shownLabel[i] = ok ? 1 : 0; ups.push(nodeItem(i)); }
      });
      if (ups.length) nodes.update(ups);
    }
    function forcedUpdate() {
      var ups = [];
      for (var i = 0; i < n; i++) if (look.forceLabel[i]) ups.push(nodeItem(i));
      nodes.update(ups);
      declutter();
    }
    network.on("zoom", function () {
      var s = network.getScale();
      if (Math.abs(Math.log(s / scale)) > 0.1) { scale = s; forcedUpdate(); }
    });
    network.on("animationFinished", function () { scale = network.getScale(); forcedUpdate(); });
    function client(p) {
      var r = container.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }
    network.on("hoverNode", function (p) { var c = client(p.pointer.DOM); hooks.hover("node", p.node, c.x, c.y); });
    network.on("hoverEdge", function (p) { var c = client(p.pointer.DOM); hooks.hover("edge", p.edge, c.x, c.y); });
    network.on("blurNode", hooks.leave);
    network.on("blurEdge", hooks.leave);
    network.on("dragStart", hooks.leave);
    network.on("click", function (p) {
      if (p.nodes.length) hooks.clickNode(p.nodes[0]);
      else if (p.edges.length) hooks.clickEdge(p.edges[0]);
      else hooks.clickStage();
    });

    var api = {
      network: network, nodes: nodes, edges: edges,
      setVisible: function (vn, ve) {
        visN = vn; visE = ve; nodesView.refresh(); edgesView.refresh(); declutter();
      },
      setEmphasis: function (kn, ke) {
        keepN = kn; keepE = ke;
        nodes.update(ni.map(nodeItem)); edges.update(ei.map(edgeItem)); declutter();
      },
      setSizes: function () { nodes.update(ni.map(nodeItem)); declutter(); },
      setEdgeLabels: function (on) { edgeLabels = on; edges.update(ei.map(edgeItem)); },
      fit: function (now) {
        network.fit({ animation: now ? false : { duration: 300 } });
        if (now) { scale = network.getScale(); forcedUpdate(); }
      },
      center: function (i) { network.focus(i, { scale: Math.max(scale, 1.1), animation: { duration: 300 } }); },
      select: function (i) { network.selectNodes([i]); },
      selectEdge: function (j) { network.selectEdges([j]); },
      unselect: function () { network.unselectAll(); },
      nodeScreen: function (i) { return client(network.canvasToDOM(network.getPosition(i))); },
      edgeScreen: function (j, t) {
        var e = network.body.edges[j];
        var p = e.edgeType.getPoint(t === undefined ? 0.5 : t);
        return client(network.canvasToDOM(p));
      }
    };
    var done = false;
    network.on("afterDrawing", function () {
      if (done) return;
      done = true;
      scale = network.getScale(); forcedUpdate();
      setTimeout(hooks.ready, 0);
    });
    network.fit({ animation: false });
    if (n === 0) setTimeout(hooks.ready, 0);
    return api;
  };
})();
