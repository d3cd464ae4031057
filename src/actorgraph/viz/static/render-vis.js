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

    function fontSize(i) { return 12 + 12 * look.size[i]; }
    function nodeItem(i) {
      var x = N[i], dim = keepN && !keepN[i], fs = fontSize(i);
      if (look.forceLabel[i] && !dim) fs = Math.max(fs, 13 / Math.max(scale, 0.05));
      return {
        id: i, x: x.x, y: x.y, label: look.label[i], shape: look.shape(i),
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

    function forcedUpdate() {
      var ups = [];
      for (var i = 0; i < n; i++) if (look.forceLabel[i]) ups.push(nodeItem(i));
      nodes.update(ups);
    }
    network.on("zoom", function () {
      var s = network.getScale();
      if (Math.abs(Math.log(s / scale)) > 0.15) { scale = s; forcedUpdate(); }
    });
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
      setVisible: function (vn, ve) { visN = vn; visE = ve; nodesView.refresh(); edgesView.refresh(); },
      setEmphasis: function (kn, ke) {
        keepN = kn; keepE = ke;
        nodes.update(ni.map(nodeItem)); edges.update(ei.map(edgeItem));
      },
      setSizes: function () { nodes.update(ni.map(nodeItem)); },
      setEdgeLabels: function (on) { edgeLabels = on; edges.update(ei.map(edgeItem)); },
      fit: function () { network.fit({ animation: { duration: 300 } }); },
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
