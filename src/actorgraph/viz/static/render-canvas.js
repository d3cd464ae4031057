/* actorgraph HTML view, renderer for large graphs: one 2D canvas, drawn in batches.
   Relations are stroked as a few long paths (one per colour, opacity and width), actors
   filled per colour, and labels placed by importance on a grid so none overlap; the
   largest actors are labelled at every zoom. Positions are given and never change:
   a filter or a selection costs one redraw. (Measured: in software-rendered Chromium
   this draws 20,000 actors in a fraction of the time WebGL needs; see docs/benchmarks.md.) */
(function () {
  "use strict";

  function rgba(hex, a) {
    var h = hex.replace("#", "");
    return "rgba(" + parseInt(h.slice(0, 2), 16) + "," + parseInt(h.slice(2, 4), 16) + "," +
      parseInt(h.slice(4, 6), 16) + "," + a.toFixed(2) + ")";
  }
  var SHAPES = {
    hexagon: [[0, -1], [0.87, -0.5], [0.87, 0.5], [0, 1], [-0.87, 0.5], [-0.87, -0.5]],
    diamond: [[0, -1.15], [1.15, 0], [0, 1.15], [-1.15, 0]],
    square: [[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]],
    triangle: [[0, -1.2], [1.05, 0.8], [-1.05, 0.8]]
  };

  window.AGRenderer = function (container, data, look, hooks) {
    var N = data.nodes, E = data.edges, n = N.length, m = E.length;
    var visN = null, visE = null, keepN = null, keepE = null, sel = -1, selE = -1;
    var canvas = document.createElement("canvas");
    canvas.className = "ag-canvas";
    canvas.setAttribute("tabindex", "0");
    container.appendChild(canvas);
    var ctx = canvas.getContext("2d");
    var W = 1, H = 1, dpr = window.devicePixelRatio || 1;
    var s = 1, tx = 0, ty = 0, sFit = 1;             // screen = graph * s + t
    var X = new Float32Array(n), Y = new Float32Array(n), shape = [];
    for (var i = 0; i < n; i++) { X[i] = N[i].x || 0; Y[i] = N[i].y || 0; shape.push(look.shape(i)); }
    var pairs = {}, multi = new Uint8Array(m);
    E.forEach(function (e, j) {
      var k = Math.min(e.s, e.t) + ":" + Math.max(e.s, e.t);
      if (pairs[k] !== undefined) { multi[j] = 1; multi[pairs[k]] = 1; } else pairs[k] = j;
    });
    var order = [];                                   // label priority: largest first
    function sortOrder() {
      order = []; for (var i = 0; i < n; i++) order.push(i);
      order.sort(function (a, b) { return look.size[b] - look.size[a]; });
    }
    sortOrder();
    // in graph units (the layout leaves ~90 between neighbours), at least 1.5 px on screen
    function radius(i) { return Math.max(2, Math.min(40, (7 + 24 * look.size[i]) * s)); }

    function resize() {
      var r = container.getBoundingClientRect();
      W = Math.max(1, r.width); H = Math.max(1, r.height);
      canvas.width = Math.round(W * dpr); canvas.height = Math.round(H * dpr);
      canvas.style.width = W + "px"; canvas.style.height = H + "px";
    }
    function fitNow() {
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var i = 0; i < n; i++) {
        if (visN && !visN[i]) continue;
        x0 = Math.min(x0, X[i]); x1 = Math.max(x1, X[i]); y0 = Math.min(y0, Y[i]); y1 = Math.max(y1, Y[i]);
      }
      if (x0 === Infinity) { x0 = y0 = -1; x1 = y1 = 1; }
      var pad = 40;
      s = Math.min((W - 2 * pad) / Math.max(1, x1 - x0), (H - 2 * pad) / Math.max(1, y1 - y0));
      s = Math.min(s, 2);
      if (!sFit || sFit === 1) sFit = s;
      tx = W / 2 - s * (x0 + x1) / 2; ty = H / 2 - s * (y0 + y1) / 2;
    }

    var pending = false;
    function schedule() {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; draw(); });
    }
    function ctrl(j) {        // control point of a relation's curve (parallel ones bend apart)
      var e = E[j], ax = X[e.s] * s + tx, ay = Y[e.s] * s + ty, bx = X[e.t] * s + tx, by = Y[e.t] * s + ty;
      var c = multi[j] ? look.curve[j] : 0;
      return [ax, ay, (ax + bx) / 2 - (by - ay) * c, (ay + by) / 2 + (bx - ax) * c, bx, by];
    }
    var labelFont = "system-ui, DejaVu Sans, sans-serif";
    var widthCache = new Float32Array(n);

    var lastDraw = 0;
    function draw() {
      var t0 = performance.now();
      drawAll();
      lastDraw = performance.now() - t0;
    }
    function drawAll() {
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, W, H);
      var buckets = {}, arrows = {}, j, key, p;
      var wk = Math.min(1, Math.pow(s / sFit, 0.5)) * (m > 20000 ? 0.45 : m > 5000 ? 0.6 : 0.8);
      var shownE = 0;
      for (j = 0; j < m; j++) if (!visE || visE[j]) shownE++;
      // many lines at once: fainter, so the actors and the regions stay visible
      var crowd = Math.min(1, Math.sqrt(1500 / Math.max(1, shownE)) * Math.max(1, s / sFit));
      var arrowMin = shownE > 3000 && s / sFit < 3 ? Infinity : 900;
      for (j = 0; j < m; j++) {
        if (visE && !visE[j]) continue;
        var e = E[j];
        var ax = X[e.s] * s + tx, ay = Y[e.s] * s + ty, bx = X[e.t] * s + tx, by = Y[e.t] * s + ty;
        if ((ax < 0 && bx < 0) || (ax > W && bx > W) || (ay < 0 && by < 0) || (ay > H && by > H)) continue;
        var dim = keepE && !keepE[j];
        if (dim && shownE > 3000) continue;   // thousands of 8%-grey lines cost a lot, show little
        var a = dim ? 0.08 : (keepE ? 0.95 : look.edgeAlpha(j) * crowd);
        var w = dim ? 0.6 : Math.max(0.5, Math.round(look.edgeWidth(j) * wk * 2) / 2);
        key = (dim ? "#c9ccd2" : look.edgeColor(j)) + "|" + (Math.round(a * 5) / 5) + "|" + w;
        (buckets[key] = buckets[key] || []).push(j);
        if (!dim && look.arrow(j) && (bx - ax) * (bx - ax) + (by - ay) * (by - ay) > arrowMin) {
          (arrows[look.edgeColor(j)] = arrows[look.edgeColor(j)] || []).push(j);
        }
      }
      if (shownE > 4000 && s <= 2.5 * sFit) rasterEdges(buckets);
      else Object.keys(buckets).sort(function (k1) { return k1.indexOf("#c9ccd2") === 0 ? -1 : 1; }).forEach(function (k) {
        var parts = k.split("|");
        ctx.strokeStyle = rgba(parts[0], Math.max(0.05, +parts[1]));
        ctx.lineWidth = +parts[2];
        ctx.beginPath();
        buckets[k].forEach(function (j2) {
          var c = ctrl(j2);
          ctx.moveTo(c[0], c[1]);
          if (multi[j2]) ctx.quadraticCurveTo(c[2], c[3], c[4], c[5]); else ctx.lineTo(c[4], c[5]);
        });
        ctx.stroke();
      });
      Object.keys(arrows).forEach(function (color) {
        ctx.fillStyle = color; ctx.beginPath();
        arrows[color].forEach(function (j2) {
          var c = ctrl(j2), r = radius(E[j2].t), dx = c[4] - c[2], dy = c[5] - c[3];
          var len = Math.sqrt(dx * dx + dy * dy) || 1, ux = dx / len, uy = dy / len;
          var px = c[4] - ux * r, py = c[5] - uy * r, L = 7, Wd = 3.2;
          ctx.moveTo(px, py);
          ctx.lineTo(px - ux * L - uy * Wd, py - uy * L + ux * Wd);
          ctx.lineTo(px - ux * L + uy * Wd, py - uy * L - ux * Wd);
          ctx.closePath();
        });
        ctx.fill();
      });
      // actors: dimmed first, then per colour
      var groups = {}, g;
      for (i = 0; i < n; i++) {
        if (visN && !visN[i]) continue;
        var x = X[i] * s + tx, y = Y[i] * s + ty, r = radius(i);
        if (x < -r || y < -r || x > W + r || y > H + r) continue;
        var dimN = keepN && !keepN[i];
        key = dimN ? "dim" : look.fill(i) + "|" + look.border(i);
        (groups[key] = groups[key] || []).push(i);
      }
      ["dim"].concat(Object.keys(groups).filter(function (k) { return k !== "dim"; })).forEach(function (k) {
        g = groups[k]; if (!g) return;
        var parts = k === "dim" ? ["#e6e8ec", "#d5d8de"] : k.split("|");
        ctx.beginPath();
        var tiny = 0;
        g.forEach(function (i2) {
          var x = X[i2] * s + tx, y = Y[i2] * s + ty, r = radius(i2), pts = SHAPES[shape[i2]];
          if (r < 3.2) { tiny++; ctx.rect(x - r, y - r, 2 * r, 2 * r); return; }   // a dot is a dot
          if (!pts) { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 6.2832); return; }
          ctx.moveTo(x + pts[0][0] * r, y + pts[0][1] * r);
          for (var q = 1; q < pts.length; q++) ctx.lineTo(x + pts[q][0] * r, y + pts[q][1] * r);
          ctx.closePath();
        });
        ctx.fillStyle = parts[0]; ctx.fill();
        if (tiny < g.length) { ctx.strokeStyle = parts[1]; ctx.lineWidth = 1; ctx.stroke(); }
      });
      if (sel >= 0 && (!visN || visN[sel])) {
        ctx.beginPath(); ctx.arc(X[sel] * s + tx, Y[sel] * s + ty, radius(sel) + 3, 0, 6.2832);
        ctx.strokeStyle = "#111111"; ctx.lineWidth = 2; ctx.stroke();
      }
      drawLabels();
    }

    // Many relations at overview zoom: rasterise them straight into the pixels (one
    // alpha-blended DDA line each) instead of asking the canvas to stroke 60,000 paths.
    function rasterEdges(buckets) {
      var Wp = canvas.width, Hp = canvas.height, img = ctx.createImageData(Wp, Hp);
      var px = new Uint32Array(img.data.buffer);
      px.fill(0xffffffff);
      Object.keys(buckets).forEach(function (k) {
        // the colour faded onto white (lines overwrite, they do not add up)
        var parts = k.split("|"), h = parts[0].replace("#", "");
        var a = Math.max(0.05, +parts[1]) * Math.min(1, +parts[2]), na = 255 * (1 - a);
        var cr = parseInt(h.slice(0, 2), 16) * a + na, cg = parseInt(h.slice(2, 4), 16) * a + na;
        var cb = parseInt(h.slice(4, 6), 16) * a + na;
        var word = (0xff << 24 | (cb & 255) << 16 | (cg & 255) << 8 | (cr & 255)) >>> 0;
        buckets[k].forEach(function (j) {
          var e = E[j];
          var x0 = (X[e.s] * s + tx) * dpr, y0 = (Y[e.s] * s + ty) * dpr;
          var x1 = (X[e.t] * s + tx) * dpr, y1 = (Y[e.t] * s + ty) * dpr;
          var dx = x1 - x0, dy = y1 - y0, steps = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
          if (steps < 1) return;
          var sx = dx / steps, sy = dy / steps, x = x0, y = y0;
          for (var q = 0; q <= steps; q++, x += sx, y += sy) {
            var xi = x | 0, yi = y | 0;
            if (xi >= 0 && yi >= 0 && xi < Wp && yi < Hp) px[yi * Wp + xi] = word;
          }
        });
      });
      ctx.putImageData(img, 0, 0);
    }

    // labels: by importance, never overlapping (a coarse occupancy grid), the largest always
    function drawLabels() {
      var cell = 12, cols = Math.ceil(W / cell) + 1, rows = Math.ceil(H / cell) + 1;
      var used = new Uint8Array(cols * rows), placed = 0, max = 350;
      ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineJoin = "round";
      ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.lineWidth = 3.5;
      function tryPlace(i, force) {
        var x = X[i] * s + tx, y = Y[i] * s + ty, r = radius(i);
        if (x < 0 || y < 0 || x > W || y > H) return;
        var fs = Math.round(11 + 6 * look.size[i]);
        if (!force && r < 2.5 && s / sFit < 3) return;
        var text = look.label[i].replace(/\n/g, " ");
        if (!widthCache[i]) { ctx.font = "100px " + labelFont; widthCache[i] = ctx.measureText(text).width / 100; }
        var w = widthCache[i] * fs + 4, top = y + r + 2;
        var c0 = Math.max(0, Math.floor((x - w / 2) / cell)), c1 = Math.min(cols - 1, Math.floor((x + w / 2) / cell));
        var r0 = Math.max(0, Math.floor(top / cell)), r1 = Math.min(rows - 1, Math.floor((top + fs + 2) / cell));
        var cc, rr;
        for (rr = r0; rr <= r1; rr++) for (cc = c0; cc <= c1; cc++) if (used[rr * cols + cc]) return;
        for (rr = r0; rr <= r1; rr++) for (cc = c0; cc <= c1; cc++) used[rr * cols + cc] = 1;
        ctx.font = (force ? "600 " : "") + fs + "px " + labelFont;
        ctx.strokeText(text, x, top); ctx.fillStyle = "#1b1f24"; ctx.fillText(text, x, top);
        placed++;
      }
      var k, i2;
      if (keepN) for (k = 0; k < n && placed < max; k++) { i2 = order[k]; if (keepN[i2] && (!visN || visN[i2])) tryPlace(i2, true); }
      for (k = 0; k < n && placed < max; k++) {
        i2 = order[k];
        if ((visN && !visN[i2]) || (keepN && !keepN[i2])) continue;
        if (look.forceLabel[i2] || !keepN) tryPlace(i2, !!look.forceLabel[i2]);
      }
    }

    // ---------- hit testing and interaction ----------
    function nodeAt(px, py) {
      var best = -1, bd = Infinity;
      for (var i = 0; i < n; i++) {
        if (visN && !visN[i]) continue;
        var dx = X[i] * s + tx - px, dy = Y[i] * s + ty - py, d = dx * dx + dy * dy, r = radius(i) + 3;
        if (d <= r * r && d < bd) { bd = d; best = i; }
      }
      return best;
    }
    function edgeAt(px, py) {
      var best = -1, bd = 16;
      for (var j = 0; j < m; j++) {
        if (visE && !visE[j]) continue;
        var c = ctrl(j), d;
        if (multi[j]) {   // distance to the curve, sampled
          d = Infinity;
          for (var t = 0; t <= 1; t += 0.125) {
            var u = 1 - t, qx = u * u * c[0] + 2 * u * t * c[2] + t * t * c[4], qy = u * u * c[1] + 2 * u * t * c[3] + t * t * c[5];
            d = Math.min(d, (qx - px) * (qx - px) + (qy - py) * (qy - py));
          }
        } else {
          var vx = c[4] - c[0], vy = c[5] - c[1], L = vx * vx + vy * vy;
          var tt = L ? Math.max(0, Math.min(1, ((px - c[0]) * vx + (py - c[1]) * vy) / L)) : 0;
          var ex = c[0] + tt * vx - px, ey = c[1] + tt * vy - py;
          d = ex * ex + ey * ey;
        }
        if (d < bd) { bd = d; best = j; }
      }
      return best;
    }
    function local(ev) { var r = canvas.getBoundingClientRect(); return [ev.clientX - r.left, ev.clientY - r.top]; }
    var drag = null, moved = false, hoverKey = "";
    canvas.addEventListener("pointerdown", function (ev) {
      drag = { x: ev.clientX, y: ev.clientY, tx: tx, ty: ty }; moved = false;
      try { canvas.setPointerCapture(ev.pointerId); } catch (err) { /* synthetic events */ }
    });
    canvas.addEventListener("pointermove", function (ev) {
      if (drag) {
        var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) moved = true;
        if (moved) { tx = drag.tx + dx; ty = drag.ty + dy; hooks.leave(); schedule(); }
        return;
      }
      var p = local(ev), i = nodeAt(p[0], p[1]), j = i < 0 ? edgeAt(p[0], p[1]) : -1;
      var k = i >= 0 ? "n" + i : j >= 0 ? "e" + j : "";
      canvas.style.cursor = k ? "pointer" : "default";
      if (k !== hoverKey) { hoverKey = k; if (!k) hooks.leave(); }
      if (i >= 0) hooks.hover("node", i, ev.clientX, ev.clientY);
      else if (j >= 0) hooks.hover("edge", j, ev.clientX, ev.clientY);
    });
    canvas.addEventListener("pointerup", function (ev) {
      var wasDrag = drag && moved; drag = null;
      if (wasDrag) return;
      var p = local(ev), i = nodeAt(p[0], p[1]);
      if (i >= 0) { sel = i; schedule(); hooks.clickNode(i); return; }
      var j = edgeAt(p[0], p[1]);
      if (j >= 0) { selE = j; hooks.clickEdge(j); return; }
      sel = -1; schedule(); hooks.clickStage();
    });
    canvas.addEventListener("pointerleave", function () { hoverKey = ""; hooks.leave(); });
    canvas.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = local(ev), k = Math.exp(-ev.deltaY * 0.0015);
      var ns = Math.max(sFit * 0.3, Math.min(sFit * 400, s * k));
      tx = p[0] - (p[0] - tx) * ns / s; ty = p[1] - (p[1] - ty) * ns / s; s = ns;
      hooks.leave(); schedule();
    }, { passive: false });

    var api = {
      canvas: canvas,
      setVisible: function (vn, ve) { visN = vn; visE = ve; schedule(); },
      setEmphasis: function (kn, ke) { keepN = kn; keepE = ke; schedule(); },
      setSizes: function () { sortOrder(); schedule(); },
      setEdgeLabels: function () {},
      fit: function () { fitNow(); sFit = s; schedule(); },
      center: function (i) {
        s = Math.max(s, sFit * 6); tx = W / 2 - X[i] * s; ty = H / 2 - Y[i] * s; schedule();
      },
      select: function (i) { sel = i; schedule(); },
      selectEdge: function (j) { selE = j; },
      unselect: function () { sel = -1; selE = -1; schedule(); },
      nodeScreen: function (i) {
        var r = canvas.getBoundingClientRect();
        return { x: r.left + X[i] * s + tx, y: r.top + Y[i] * s + ty };
      },
      edgeScreen: function (j, t) {
        var r = canvas.getBoundingClientRect(), c = ctrl(j), u;
        t = t === undefined ? 0.5 : t; u = 1 - t;
        if (!multi[j]) return { x: r.left + u * c[0] + t * c[4], y: r.top + u * c[1] + t * c[5] };
        return { x: r.left + u * u * c[0] + 2 * u * t * c[2] + t * t * c[4],
          y: r.top + u * u * c[1] + 2 * u * t * c[3] + t * t * c[5] };
      },
      view: function () { return { s: s, tx: tx, ty: ty, sFit: sFit, lastDraw: lastDraw }; },
      drawNow: draw
    };
    resize(); fitNow(); sFit = s;
    if (window.ResizeObserver) {
      new ResizeObserver(function () { var keep = s === sFit; resize(); if (keep) { fitNow(); sFit = s; } schedule(); }).observe(container);
    }
    requestAnimationFrame(function () { window.__agRaf = performance.now(); draw(); setTimeout(hooks.ready, 0); });
    return api;
  };
})();
