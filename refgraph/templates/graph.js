/* refgraph page script. Every string that came from an article reaches the page through
   textContent / Text nodes or the canvas; never through innerHTML. Positions come from
   Python, so the page draws at once and the same way every time. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("refgraph-data").textContent);
  var S = DATA.styles, META = DATA.meta || {};
  var DIM = "#e6e6e6", DIM_EDGE = "rgba(200,200,200,0.2)";
  var MAX_LABELS = 45, LABEL_FONT = "600 12px system-ui, 'Segoe UI', Roboto, sans-serif";
  var YEAR_MIN = 1945, YEAR_MAX = 2035;  // outside: a misread number, not a year
  var FIRST_ROWS = 300, FIRST_EVIDENCE = 12;
  // a handle for tests and for the console (filled in below)
  var api = window.refgraph = { labels: [], firstLabelledMs: null };

  // --- helpers: text only --------------------------------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function safeUrl(u) {
    // http(s) only: a javascript: or data: link from a dump must not become clickable
    if (!u) return null;
    try {
      var x = new URL(u);
      return (x.protocol === "http:" || x.protocol === "https:") ? x.href : null;
    } catch (e) { return null; }
  }
  function extLink(text, url) {
    var href = safeUrl(url);
    if (!href) return el("span", null, text);
    var a = el("a", null, text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u0111\u0110\u00d0]/g, "d").toLowerCase();
  }
  function num(x) { return Number(x || 0).toLocaleString("vi-VN"); }
  function csvCell(v) {
    var s = v === undefined || v === null ? "" : String(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csvText(rows) { return rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n"; }
  function download(href, name) {
    var a = el("a");
    a.href = href;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
  }

  // --- data ---------------------------------------------------------------------------
  var byId = new Map();
  DATA.nodes.forEach(function (n) { byId.set(n.i, n); });
  var outE = new Map(), inE = new Map();
  DATA.edges.forEach(function (e, idx) {
    // "cites_related" is drawn differently but means cites
    var rec = { id: idx, from: e[0], to: e[1], kind: e[2] === "cites_related" ? "cites" : e[2], weight: e[3] };
    if (!outE.has(rec.from)) outE.set(rec.from, []);
    if (!inE.has(rec.to)) inE.set(rec.to, []);
    outE.get(rec.from).push(rec);
    inE.get(rec.to).push(rec);
  });
  function edgesOut(id, kind) { return (outE.get(id) || []).filter(function (e) { return !kind || e.kind === kind; }); }
  function edgesIn(id, kind) { return (inE.get(id) || []).filter(function (e) { return !kind || e.kind === kind; }); }
  function isRelation(k) { return S.relations.indexOf(k) >= 0; }

  function typeLabel(t) { return (S.types[t] && S.types[t].label) || S.other.label; }
  function dateText(n) { return n.date || (n.year ? String(n.year) : ""); }
  function nodeTitle(n) { return n.kind === "article" ? (n.title || n.article_id) : n.label; }
  function yearOf(n) {
    var y = n.kind === "document" ? n.year : (n.date ? parseInt(String(n.date).slice(0, 4), 10) : null);
    return (y && y >= YEAR_MIN && y <= YEAR_MAX) ? y : null;
  }
  // a node's name in the URL: stable across rebuilds, unlike its index
  function refOf(n) {
    return n.kind === "document" ? "d:" + n.key : n.kind === "body" ? "b:" + n.name : "a:" + n.article_id;
  }
  var byRef = new Map();
  DATA.nodes.forEach(function (n) { byRef.set(refOf(n), n); });

  var docs = DATA.nodes.filter(function (n) { return n.kind === "document"; });
  var ranked = docs.slice().sort(function (a, b) {
    return (b.n_articles - a.n_articles) || (b.n_mentions - a.n_mentions) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  });
  ranked.forEach(function (n, k) { n.rank = k + 1; });
  var hasArticles = DATA.nodes.some(function (n) { return n.kind === "article"; });

  // --- state: filters and selection, mirrored in the URL hash ---------------------------
  var years = docs.map(yearOf).concat(DATA.nodes.filter(function (n) { return n.kind === "article"; }).map(yearOf))
    .filter(function (y) { return y !== null; });
  var Y0 = years.length ? Math.min.apply(null, years) : null, Y1 = years.length ? Math.max.apply(null, years) : null;
  var state = { types: null, bodies: null, y0: Y0, y1: Y1, unknown: true, arts: true, sel: null };
  var visible = new Set();

  // --- vis ----------------------------------------------------------------------------
  function nodeColor(c, kind) {
    var border = kind === "article" ? "#8a919c" : "#333333";
    return { background: c, border: border, highlight: { background: c, border: "#000000" },
             hover: { background: c, border: "#000000" } };
  }
  var visNodes = DATA.nodes.map(function (n) {
    return { id: n.i, x: n.x, y: n.y, size: n.size, shape: n.shape, color: nodeColor(n.color, n.kind),
             borderWidth: n.kind === "article" ? 0.5 : 1, label: undefined };
  });
  var visEdges = DATA.edges.map(function (e, idx) {
    var st = S.edges[e[2]] || S.edges.cites;
    var width = e[2] === "cocited" ? Math.min(1 + Math.log2(e[3]), 5) : st.width;
    return {
      id: idx, from: e[0], to: e[1], dashes: st.dashes, width: width,
      color: { color: st.color, highlight: st.color, hover: st.color, opacity: 1 },
      // a body's edges would cross the whole map: drawn only while it or its document is selected
      hidden: e[2] === "issued_by",
      arrows: { to: { enabled: isRelation(e[2]), scaleFactor: 0.5 } }
    };
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var container = document.getElementById("network");
  var big = DATA.nodes.length > 1500;
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    physics: { enabled: false, solver: "forceAtlas2Based", stabilization: { enabled: false },
               forceAtlas2Based: { gravitationalConstant: -60, springLength: 90, avoidOverlap: 0.2 } },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 3600000, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    nodes: { font: { size: 0 } },
    edges: { smooth: false, selectionWidth: 1 }
  });

  // --- the label layer: top documents in view, constant screen size, never overlapping ----
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = LABEL_FONT;
  var widths = new Map();
  function shortLabel(n) { var t = n.label; return t.length > 48 ? t.slice(0, 46) + "…" : t; }
  function labelWidth(n) {
    var w = widths.get(n.i);
    if (w === undefined) { w = measure.measureText(shortLabel(n)).width; widths.set(n.i, w); }
    return w;
  }
  var highlighted = null, keepLit = null;
  var firstLabelled = null;
  function drawLabels(ctx) {
    var scale = network.getScale(), view = network.getViewPosition();
    var w = container.clientWidth, h = container.clientHeight;
    var ratio = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
    var order = ranked;
    if (highlighted !== null) {
      // the selection and its neighbours first, then nothing dimmed
      var lit = ranked.filter(function (n) { return keepLit.has(n.i); });
      var self = byId.get(highlighted);
      order = (self.kind === "document" ? [self] : []).concat(lit.filter(function (n) { return n !== self; }));
    }
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = LABEL_FONT;
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    var placed = [], tried = 0;
    for (var k = 0; k < order.length && placed.length < MAX_LABELS && tried < 800; k++) {
      var n = order[k];
      if (!visible.has(n.i)) continue;
      var bn = network.body.nodes[n.i];
      if (!bn) continue;
      var sx = (bn.x - view.x) * scale + w / 2, sy = (bn.y - view.y) * scale + h / 2;
      if (sx < -20 || sx > w + 20 || sy < -10 || sy > h + 10) continue;
      tried++;
      var tw = labelWidth(n) + 4, r = n.size * scale;
      // right of the node, left of it, then above and below: a label crowded out on one
      // side (or by the edge of the view) still finds a place on another
      var spots = [[sx + r + 3, sy - 8], [sx - r - 3 - tw, sy - 8],
                   [sx - tw / 2, sy - r - 18], [sx - tw / 2, sy + r + 2]];
      // then a row above or below either side: two documents drawn side by side both
      // keep their labels
      for (var dy = 18; dy <= 54; dy += 18) {
        spots.push([sx + r + 3, sy - 8 - dy], [sx + r + 3, sy - 8 + dy],
                   [sx - r - 3 - tw, sy - 8 - dy], [sx - r - 3 - tw, sy - 8 + dy]);
      }
      var box = null;
      for (var s = 0; s < spots.length && box === null; s++) {
        var cand = { x: Math.min(Math.max(spots[s][0], 0), w - tw), y: spots[s][1], w: tw, h: 16, i: n.i };
        if (cand.x < 0 || cand.y < 0 || cand.y + cand.h > h) continue;
        var clash = false;
        for (var j = 0; j < placed.length; j++) {
          var p = placed[j];
          if (cand.x < p.x + p.w && p.x < cand.x + cand.w && cand.y < p.y + p.h && p.y < cand.y + cand.h) { clash = true; break; }
        }
        if (!clash) box = cand;
      }
      if (box === null) continue;
      placed.push(box);
      var ty = box.y + 8;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.lineWidth = 3.5;
      ctx.strokeText(shortLabel(n), box.x + 2, ty);
      ctx.fillStyle = n.i === highlighted ? "#000" : "#1d2430";
      ctx.fillText(shortLabel(n), box.x + 2, ty);
    }
    ctx.restore();
    api.labels = placed;
    if (firstLabelled === null && (placed.length || !docs.length)) {
      firstLabelled = performance.now();
      api.firstLabelledMs = firstLabelled;
      document.body.dataset.state = "ready";
    }
  }
  network.on("afterDrawing", drawLabels);

  // --- tooltip --------------------------------------------------------------------------
  var tip = document.getElementById("tip");
  function row(parent, name, value) {
    if (value === undefined || value === null || value === "") return;
    var r = el("div", "tip-row");
    r.append(el("b", null, name + ": "), String(value));
    parent.append(r);
  }
  function fillTip(n) {
    tip.replaceChildren(el("div", "tip-title", nodeTitle(n)));
    if (n.kind === "document") {
      row(tip, "Mã", n.key !== n.label ? n.key : null);
      row(tip, "Loại", typeLabel(n.type));
      row(tip, "Cơ quan", n.body);
      row(tip, "Ngày", dateText(n));
      row(tip, "Trích yếu", n.subject);
      row(tip, "Trích dẫn", num(n.n_articles) + " bài, " + num(n.n_mentions) + " lần");
    } else if (n.kind === "article") {
      row(tip, "Ngày", n.date ? String(n.date).slice(0, 10) : "không rõ");
      row(tip, "Văn bản trích dẫn", n.n_documents);
    } else {
      row(tip, "Khối", bodyKind(n));
      row(tip, "Văn bản", n.n_documents);
      row(tip, "Trích dẫn", n.n_citations);
    }
  }
  function bodyKind(n) { return n.body_kind === "Party" ? "Đảng" : n.body_kind === "State" ? "Nhà nước" : null; }
  network.on("hoverNode", function (p) {
    var n = byId.get(p.node);
    if (!n) return;
    fillTip(n);
    tip.hidden = false;
    var d = p.pointer && p.pointer.DOM ? p.pointer.DOM : network.canvasToDOM(network.getPosition(p.node));
    var wrap = container.getBoundingClientRect();
    tip.style.left = Math.min(d.x + 14, wrap.width - tip.offsetWidth - 4) + "px";
    tip.style.top = Math.min(d.y + 14, wrap.height - tip.offsetHeight - 4) + "px";
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  // --- physics: off; the button starts it ------------------------------------------------
  var physicsBtn = document.getElementById("physics");
  physicsBtn.addEventListener("click", function () {
    var on = physicsBtn.getAttribute("aria-pressed") !== "true";
    physicsBtn.setAttribute("aria-pressed", String(on));
    network.setOptions({ physics: { enabled: on, stabilization: { enabled: false } } });
  });

  // --- neighbourhood highlight ------------------------------------------------------------
  function neighbours(id) { return network.getConnectedNodes(id).filter(function (m) { return visible.has(m); }); }
  function highlight(id) {
    keepLit = new Set([id].concat(neighbours(id)));
    highlighted = id;
    nodes.update(visNodes.map(function (v) {
      var on = keepLit.has(v.id);
      return { id: v.id, color: on ? v.color : { background: DIM, border: DIM, highlight: v.color.highlight, hover: v.color.hover } };
    }));
    edges.update(visEdges.map(function (e) {
      var on = e.from === id || e.to === id;
      return { id: e.id, hidden: e.hidden && !on,
               color: on ? e.color : { color: DIM_EDGE, highlight: DIM_EDGE, hover: DIM_EDGE } };
    }));
  }
  function unhighlight() {
    if (highlighted === null) return;
    highlighted = keepLit = null;
    nodes.update(visNodes.map(function (v) { return { id: v.id, color: v.color }; }));
    edges.update(visEdges.map(function (e) { return { id: e.id, color: e.color, hidden: e.hidden }; }));
  }
  // a node and its neighbours; a body sits at the centre of all its documents, far from
  // any one of them, so it is framed only when it is the one selected
  function fitSet(id) {
    return [id].concat(neighbours(id).filter(function (m) { return byId.get(m).kind !== "body"; }));
  }
  function fitTo(ids, animate) {
    if (!ids.length) return;
    network.fit({ nodes: ids, maxZoomLevel: 2.5,
                  animation: animate ? { duration: 350, easingFunction: "easeInOutQuad" } : false });
  }

  // --- details panel ------------------------------------------------------------------
  var details = document.getElementById("details");
  function nodeLink(id, suffix) {
    var n = byId.get(id);
    var li = el("li");
    var a = el("a", "node", nodeTitle(n));
    a.tabIndex = 0;
    a.addEventListener("click", function () { select(id); });
    a.addEventListener("keydown", function (ev) { if (ev.key === "Enter") select(id); });
    li.append(a);
    if (suffix) li.append(" " + suffix);
    return li;
  }
  function dl(pairs) {
    var d = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") return;
      d.append(el("dt", null, p[0]));
      var dd = el("dd");
      dd.append(p[1] instanceof Node ? p[1] : String(p[1]));
      d.append(dd);
    });
    return d;
  }
  function list(title, items) {
    if (!items.length) return;
    details.append(el("h2", null, title));
    var ul = el("ul");
    items.forEach(function (li) { ul.append(li); });
    details.append(ul);
  }
  function evidenceOf(n) {
    return (DATA.evidence[String(n.i)] || []).map(function (r) {
      var a = DATA.articles[r[0]];
      return { title: a[0], date: a[1], url: a[2], node: a[3], snippet: r[1], s: r[2], e: r[3] };
    });
  }
  function evidenceItem(ev) {
    var li = el("li");
    var meta = el("div", "ev-meta");
    var when = el("span", "ev-date", ev.date ? String(ev.date).slice(0, 10) : "không rõ ngày");
    if (ev.date) when.title = ev.date;
    meta.append(when);
    if (ev.node >= 0) {
      var a = el("a", "node", ev.title);
      a.tabIndex = 0;
      a.addEventListener("click", function () { select(ev.node); });
      meta.append(a);
    } else {
      meta.append(el("span", null, ev.title));
    }
    if (safeUrl(ev.url)) { meta.append(" "); var x = extLink("↗", ev.url); x.title = "Mở bài gốc"; meta.append(x); }
    li.append(meta);
    if (ev.snippet) {
      var sn = el("div", "ev-snip");
      var s = Math.max(0, Math.min(ev.s, ev.snippet.length)), e = Math.max(s, Math.min(ev.e, ev.snippet.length));
      sn.append("…" + ev.snippet.slice(0, s), el("mark", null, ev.snippet.slice(s, e)), ev.snippet.slice(e) + "…");
      li.append(sn);
    }
    return li;
  }
  function copyText(text, btn) {
    function done(ok) { var old = btn.textContent; btn.textContent = ok ? "Đã sao chép" : "Không sao chép được"; setTimeout(function () { btn.textContent = old; }, 1500); }
    function fallback() {
      var ta = el("textarea");
      ta.value = text;
      document.body.append(ta);
      ta.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      ta.remove();
      done(ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else { fallback(); }
  }
  function evidenceCsv(n) {
    return csvText([["van_ban", "ngay", "tieu_de", "url", "trich_doan"]].concat(evidenceOf(n).map(function (ev) {
      return [n.key, ev.date, ev.title, safeUrl(ev.url) || "", ev.snippet];
    })));
  }
  function showEvidence(n) {
    var evs = evidenceOf(n);
    details.append(el("h2", null, "Trích dẫn trong " + num(n.n_articles) + " bài (mới nhất trước)"));
    if (!evs.length) return;
    var tools = el("div", "tools");
    var copy = el("button", null, "Sao chép CSV");
    copy.type = "button";
    copy.addEventListener("click", function () { copyText(evidenceCsv(n), copy); });
    tools.append(copy);
    details.append(tools);
    var ol = el("ol", "evidence");
    evs.slice(0, FIRST_EVIDENCE).forEach(function (ev) { ol.append(evidenceItem(ev)); });
    details.append(ol);
    if (evs.length > FIRST_EVIDENCE) {
      var more = el("button", null, "Hiện tất cả (" + num(evs.length) + ")");
      more.type = "button";
      more.addEventListener("click", function () {
        evs.slice(FIRST_EVIDENCE).forEach(function (ev) { ol.append(evidenceItem(ev)); });
        more.remove();
      });
      details.append(more);
    }
    if (n.n_articles > evs.length) {
      details.append(el("p", "hint", "Trang này giữ " + num(evs.length) + " bài mới nhất cho mỗi văn bản; " +
        "xem đủ " + num(n.n_articles) + " bài bằng lệnh: refgraph cites " + n.key));
    }
  }
  function showDetails(id) {
    var n = byId.get(id);
    details.replaceChildren(el("h3", null, nodeTitle(n)));
    if (n.kind === "document") {
      details.append(dl([["Mã", n.key], ["Loại", typeLabel(n.type)], ["Số", n.number],
        ["Cơ quan ban hành", n.body], ["Mã cơ quan", n.issuer], ["Ngày", dateText(n)],
        ["Trích yếu", n.subject], ["Trích dẫn", num(n.n_articles) + " bài, " + num(n.n_mentions) + " lần"],
        ["Xếp hạng", "#" + n.rank + " / " + num(docs.length)],
        ["Ghi chú", n.ambiguous ? "có thể gộp nhiều văn bản cùng số" : null]]));
      list("Quan hệ", edgesOut(id).filter(function (e) { return isRelation(e.kind); })
        .map(function (e) { return nodeLink(e.to, "(" + S.edges[e.kind].label + ")"); })
        .concat(edgesIn(id).filter(function (e) { return isRelation(e.kind); })
          .map(function (e) { return nodeLink(e.from, "(" + S.edges[e.kind].label + " văn bản này)"); })));
      var co = edgesOut(id, "cocited").map(function (e) { return [e.to, e.weight]; })
        .concat(edgesIn(id, "cocited").map(function (e) { return [e.from, e.weight]; }))
        .sort(function (a, b) { return b[1] - a[1]; }).slice(0, 10);
      list("Thường được trích cùng", co.map(function (c) { return nodeLink(c[0], "(" + c[1] + " bài)"); }));
      showEvidence(n);
    } else if (n.kind === "article") {
      details.append(dl([["Ngày", n.date || "không rõ"], ["Mã", n.article_id],
        ["Liên kết", safeUrl(n.url) ? extLink(n.url, n.url) : null]]));
      list("Văn bản được trích dẫn", edgesOut(id, "cites").map(function (e) {
        return nodeLink(e.to, e.weight > 1 ? "×" + e.weight : "");
      }));
    } else {
      details.append(dl([["Khối", bodyKind(n)], ["Mã", n.issuer], ["Văn bản", n.n_documents],
        ["Trích dẫn", n.n_citations]]));
      list("Văn bản ban hành", edgesIn(id, "issued_by").map(function (e) { return byId.get(e.from); })
        .sort(function (a, b) { return a.rank - b.rank; }).map(function (d) { return nodeLink(d.i, "(" + d.n_articles + " bài)"); }));
    }
  }
  function clearDetails() {
    details.replaceChildren(el("p", "hint", "Nhấn vào một nút hoặc một dòng trong danh sách để xem chi tiết."));
  }

  function select(id, opts) {
    opts = opts || {};
    var n = byId.get(id);
    if (!n) return;
    if (!visible.has(id)) resetFilters(true);
    state.sel = id;
    highlight(id);
    network.selectNodes([id]);
    showDetails(id);
    fitTo(fitSet(id), opts.animate !== false);
    markRow(id);
    if (opts.push !== false) pushHash();
  }
  function unselect(push) {
    state.sel = null;
    unhighlight();
    network.unselectAll();
    clearDetails();
    markRow(null);
    if (push !== false) pushHash();
  }
  network.on("click", function (p) {
    if (p.nodes.length) select(p.nodes[0]);
    else if (!p.edges.length) unselect();
  });

  // --- search: folded text, whole numbers, arrow keys --------------------------------------
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  // "primary" is what names a node (key, type, label); a hit there outranks a hit in a
  // subject clause, so "ket luan 57" finds 57-KL/TW before a resolution about it.
  var haystack = DATA.nodes.map(function (n) {
    var primary = fold([n.label, n.key, n.name, n.kind === "document" ? typeLabel(n.type) : ""].filter(Boolean).join(" \u0001 "));
    var rest = fold([n.subject, n.body, n.title].filter(Boolean).join(" \u0001 "));
    return { n: n, primary: primary, primaryCompact: primary.replace(/\s+/g, ""),
             text: primary + " \u0001 " + rest, compact: (primary + rest).replace(/\s+/g, "") };
  });
  var kindRank = { document: 0, body: 1, article: 2 };
  function matcher(t) {
    // a number matches whole: "57" is not 1557 nor 15700
    if (/^\d+$/.test(t)) {
      var re = new RegExp("(^|\\D)" + t + "(?!\\d)");
      return { full: function (s) { return re.test(s); }, compact: function () { return false; } };
    }
    return { full: function (s) { return s.indexOf(t) >= 0; }, compact: function (s) { return s.indexOf(t) >= 0; } };
  }
  var hits = [], active = 0;
  function runSearch() {
    var q = fold(search.value).trim();
    results.replaceChildren();
    hits = [];
    active = 0;
    if (!q) { results.hidden = true; return hits; }
    var ms = q.split(/\s+/).map(matcher);
    haystack.forEach(function (h) {
      if (!ms.every(function (m) { return m.full(h.text) || m.compact(h.compact); })) return;
      var score = ms.filter(function (m) { return m.full(h.primary) || m.compact(h.primaryCompact); }).length;
      if (fold(h.n.key) === q || fold(h.n.label) === q) score += 100;
      hits.push({ n: h.n, score: score });
    });
    hits.sort(function (a, b) {
      return (b.score - a.score) || (kindRank[a.n.kind] - kindRank[b.n.kind]) ||
        ((b.n.n_articles || 0) - (a.n.n_articles || 0));
    });
    hits = hits.slice(0, 20).map(function (h) { return h.n; });
    hits.forEach(function (n, k) {
      var li = el("li", k === 0 ? "active" : null, nodeTitle(n));
      li.setAttribute("role", "option");
      var sub = n.kind === "document" ? [typeLabel(n.type), n.body, dateText(n), num(n.n_articles) + " bài"].filter(Boolean).join(" · ")
        : n.kind === "body" ? "cơ quan" : "bài báo" + (n.date ? " · " + n.date : "");
      li.append(el("span", "sub", sub));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(n.i); });
      results.append(li);
    });
    if (!hits.length) results.append(el("li", "sub", "Không tìm thấy"));
    results.hidden = false;
    return hits;
  }
  function setActive(k) {
    var lis = results.querySelectorAll("li[role=option]");
    if (!lis.length) return;
    active = (k + lis.length) % lis.length;
    lis.forEach(function (li, j) { li.classList.toggle("active", j === active); });
    lis[active].scrollIntoView({ block: "nearest" });
  }
  function pick(id) { results.hidden = true; select(id); }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (results.hidden) runSearch();
      setActive(active + (ev.key === "ArrowDown" ? 1 : -1));
      ev.preventDefault();
    } else if (ev.key === "Enter") {
      if (results.hidden) runSearch();
      if (hits.length) pick(hits[Math.min(active, hits.length - 1)].i);
    } else if (ev.key === "Escape") { results.hidden = true; }
  });
  search.addEventListener("blur", function () { results.hidden = true; });

  // --- filters: type and body (several at once), years, articles ---------------------------
  var fType = document.getElementById("f-type"), fBody = document.getElementById("f-body");
  var fArticles = document.getElementById("f-articles");
  var yMin = document.getElementById("y-min"), yMax = document.getElementById("y-max");
  var yText = document.getElementById("y-text"), yUnknown = document.getElementById("y-unknown");
  var hist = document.getElementById("hist");
  function counts(values) {
    var c = new Map();
    values.forEach(function (v) { c.set(v, (c.get(v) || 0) + 1); });
    return c;
  }
  var typeCounts = counts(docs.map(function (n) { return n.type || ""; }));
  // "Bộ chính trị" and "Bộ Chính trị", "TP. Hà Nội" and "TP Hà Nội": one choice in the
  // filter, named by the spelling most documents use
  function bodyKey(b) { return String(b || "").toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim(); }
  var bodyCounts = counts(docs.map(function (n) { return bodyKey(n.body); }));
  var bodySpelling = new Map();
  counts(docs.map(function (n) { return n.body || ""; })).forEach(function (c, b) {
    var k = bodyKey(b), best = bodySpelling.get(k);
    if (!best || c > best[1]) bodySpelling.set(k, [b, c]);
  });
  function multi(box, title, c, label, key) {
    var opts = box.querySelector(".opts");
    var summary = box.querySelector("summary");
    var btns = el("div", "row-btns");
    var all = el("button", null, "Tất cả"), none = el("button", null, "Bỏ chọn");
    all.type = none.type = "button";
    btns.append(all, none);
    opts.append(btns);
    var boxes = new Map();
    Array.from(c.keys()).sort(function (a, b) { return c.get(b) - c.get(a) || label(a).localeCompare(label(b), "vi"); })
      .forEach(function (v) {
        var lab = el("label"), cb = el("input");
        cb.type = "checkbox";
        cb.checked = true;
        cb.value = v;
        lab.append(cb, label(v), el("span", "n", num(c.get(v))));
        opts.append(lab);
        boxes.set(v, cb);
        cb.addEventListener("change", function () { readMulti(); });
      });
    function readMulti() {
      var on = new Set();
      boxes.forEach(function (cb, v) { if (cb.checked) on.add(v); });
      state[key] = on.size === boxes.size ? null : on;
      changed();
    }
    all.addEventListener("click", function () { boxes.forEach(function (cb) { cb.checked = true; }); readMulti(); });
    none.addEventListener("click", function () { boxes.forEach(function (cb) { cb.checked = false; }); readMulti(); });
    return {
      sync: function () {
        boxes.forEach(function (cb, v) { cb.checked = !state[key] || state[key].has(v); });
        var k = state[key] ? state[key].size : boxes.size;
        summary.textContent = title + (state[key] ? " (" + k + "/" + boxes.size + ")" : "");
      },
      values: function () { return Array.from(boxes.keys()); }
    };
  }
  var typeBox = multi(fType, "Loại", typeCounts, function (v) { return v ? typeLabel(v) : "(không rõ)"; }, "types");
  var bodyBox = multi(fBody, "Cơ quan", bodyCounts, function (v) { return v ? bodySpelling.get(v)[0] : "(không rõ)"; }, "bodies");
  document.addEventListener("click", function (ev) {
    [fType, fBody].forEach(function (d) { if (d.open && !d.contains(ev.target)) d.open = false; });
  });

  if (Y0 === null || Y0 === Y1) {
    // nothing to choose between: the one year (if any) is said in the text
    document.querySelector("#years .yr-box").hidden = true;
    if (Y0 === null) document.getElementById("years").hidden = true;
    yText.textContent = Y0 === null ? "" : String(Y0);
  } else {
    [yMin, yMax].forEach(function (r) { r.min = Y0; r.max = Y1; r.step = 1; });
    yMin.value = Y0;
    yMax.value = Y1;
    var perYear = counts(docs.map(yearOf).filter(function (y) { return y !== null; }));
    var top = Math.max.apply(null, Array.from(perYear.values()).concat([1]));
    for (var y = Y0; y <= Y1; y++) {
      var bar = el("div");
      bar.style.height = Math.round(100 * (perYear.get(y) || 0) / top) + "%";
      bar.title = y + ": " + (perYear.get(y) || 0) + " văn bản";
      bar.dataset.year = y;
      hist.append(bar);
    }
  }
  function readYears(ev) {
    var a = +yMin.value, b = +yMax.value;
    if (a > b) { if (ev && ev.target === yMin) b = a; else a = b; }
    state.y0 = a;
    state.y1 = b;
    changed();
  }
  yMin.addEventListener("input", readYears);
  yMax.addEventListener("input", readYears);
  yUnknown.addEventListener("change", function () { state.unknown = yUnknown.checked; changed(); });
  fArticles.addEventListener("change", function () { state.arts = fArticles.checked; changed(); });
  if (!hasArticles) fArticles.parentNode.hidden = true;

  function yearOk(n) {
    var y = yearOf(n);
    return y === null ? state.unknown : (Y0 === null || (y >= state.y0 && y <= state.y1));
  }
  function docOk(n) {
    return (!state.types || state.types.has(n.type || "")) &&
      (!state.bodies || state.bodies.has(bodyKey(n.body))) && yearOk(n);
  }
  function computeVisible() {
    var v = new Set();
    docs.forEach(function (n) { if (docOk(n)) v.add(n.i); });
    DATA.nodes.forEach(function (n) {
      if (n.kind === "body") {
        if (edgesIn(n.i, "issued_by").some(function (e) { return v.has(e.from); })) v.add(n.i);
      } else if (n.kind === "article" && state.arts && yearOk(n)) {
        if (edgesOut(n.i, "cites").some(function (e) { return v.has(e.to); })) v.add(n.i);
      }
    });
    return v;
  }
  function syncControls() {
    typeBox.sync();
    bodyBox.sync();
    if (Y0 !== null && Y0 !== Y1) {
      yMin.value = state.y0;
      yMax.value = state.y1;
      yText.textContent = state.y0 === state.y1 ? String(state.y0) : state.y0 + "–" + state.y1;
      hist.querySelectorAll("div").forEach(function (b) {
        b.classList.toggle("out", +b.dataset.year < state.y0 || +b.dataset.year > state.y1);
      });
    }
    yUnknown.checked = state.unknown;
    fArticles.checked = state.arts;
  }
  // apply the state to the graph; `fit` re-frames the view on what is left
  function applyFilters(fit) {
    var v = computeVisible();
    var upd = [];
    DATA.nodes.forEach(function (n) {
      var was = visible.has(n.i), now = v.has(n.i);
      if (was !== now || fit === "all") upd.push({ id: n.i, hidden: !now });
    });
    visible = v;
    if (upd.length) nodes.update(upd);
    syncControls();
    renderList();
    updateStats();
    updateLegend();
    if (fit && state.sel === null) fitTo(Array.from(visible), false);
  }
  function changed() {
    if (state.sel !== null && !docOkOrShown(state.sel)) unselect(false);
    applyFilters(true);
    if (state.sel !== null) { highlight(state.sel); fitTo(fitSet(state.sel), false); }
    pushHash();
  }
  function docOkOrShown(id) { return computeVisible().has(id); }
  function resetFilters(quiet) {
    state.types = state.bodies = null;
    state.y0 = Y0;
    state.y1 = Y1;
    state.unknown = state.arts = true;
    if (!quiet) changed(); else applyFilters(false);
  }
  document.getElementById("reset").addEventListener("click", function () {
    search.value = "";
    results.hidden = true;
    unselect(false);
    resetFilters();
  });

  // --- the ranked list beside the graph --------------------------------------------------
  var tbody = document.querySelector("#list tbody");
  var listHead = document.getElementById("list-head");
  var listMore = document.getElementById("list-more");
  var sortKey = "rank", sortDir = 1, shownRows = FIRST_ROWS;
  var rowOf = new Map();
  function cmp(a, b) {
    var x = a[sortKey], y = b[sortKey];
    if (sortKey === "type") { x = typeLabel(a.type); y = typeLabel(b.type); }
    if (x === undefined || x === null || x === "") return 1;
    if (y === undefined || y === null || y === "") return -1;
    var c = typeof x === "number" ? x - y : String(x).localeCompare(String(y), "vi");
    return c * sortDir || a.rank - b.rank;
  }
  function listRows() { return docs.filter(function (n) { return visible.has(n.i); }).sort(cmp); }
  function renderList() {
    var rows = listRows();
    rowOf = new Map();
    var frag = document.createDocumentFragment();
    rows.slice(0, shownRows).forEach(function (n) {
      var tr = el("tr");
      tr.dataset.i = n.i;
      var lbl = el("td", "lbl");
      var dot = el("span", "dot");
      dot.style.background = n.color;
      lbl.append(dot, n.label);
      lbl.title = [n.key, n.subject].filter(Boolean).join(" — ");
      var ty = el("td", null, typeLabel(n.type)), bo = el("td", null, n.body || "");
      ty.title = typeLabel(n.type);
      bo.title = n.body || "";
      tr.append(el("td", "num", n.rank), lbl, el("td", "num", n.n_articles), el("td", "num", n.n_mentions),
        el("td", "num", n.year || ""), ty, bo);
      if (n.i === state.sel) tr.className = "sel";
      rowOf.set(n.i, tr);
      frag.append(tr);
    });
    tbody.replaceChildren(frag);
    listHead.textContent = num(rows.length) + " văn bản đang hiện" + (rows.length > shownRows ? " (hiện " + num(shownRows) + " dòng đầu)" : "");
    listMore.hidden = rows.length <= shownRows;
    listMore.textContent = "Hiện thêm " + num(Math.min(FIRST_ROWS, rows.length - shownRows)) + " dòng";
    document.querySelectorAll("#list th").forEach(function (th) {
      th.className = th.dataset.sort === sortKey ? (sortDir > 0 ? "asc" : "desc") : "";
    });
  }
  tbody.addEventListener("click", function (ev) {
    var tr = ev.target.closest("tr");
    if (tr) select(+tr.dataset.i);
  });
  listMore.addEventListener("click", function () { shownRows += FIRST_ROWS; renderList(); });
  document.querySelector("#list thead").addEventListener("click", function (ev) {
    var th = ev.target.closest("th");
    if (!th) return;
    var k = th.dataset.sort;
    // counts read best from the largest; names and years from the start
    if (k === sortKey) sortDir = -sortDir; else { sortKey = k; sortDir = (k === "n_articles" || k === "n_mentions") ? -1 : 1; }
    renderList();
  });
  function markRow(id) {
    tbody.querySelectorAll("tr.sel").forEach(function (tr) { tr.className = ""; });
    var tr = id === null ? null : rowOf.get(id);
    if (tr) { tr.className = "sel"; tr.scrollIntoView({ block: "nearest" }); }
  }

  // --- header, legend ----------------------------------------------------------------------
  var stats = document.getElementById("stats");
  function updateStats() {
    var c = { document: 0, article: 0, body: 0 }, shown = { document: 0, article: 0, body: 0 };
    DATA.nodes.forEach(function (n) { c[n.kind]++; if (visible.has(n.i)) shown[n.kind]++; });
    var dt = META.docs_total || c.document, at = META.articles_total || c.article;
    var parts = [num(shown.document) + (shown.document < dt ? "/" + num(dt) : "") + " văn bản",
                 num(shown.body) + " cơ quan"];
    if (META.mode === "documents") {
      parts.push(num(at) + " bài báo (thu thành số đếm: chỉ hiện văn bản, nối khi cùng được trích)");
    } else {
      parts.push(num(shown.article) + (shown.article < at ? "/" + num(at) : "") + " bài báo");
    }
    stats.textContent = parts.join(" · ");
  }

  var legend = document.getElementById("legend");
  var legendTypes = new Map();
  function legendList(items) {
    var ul = el("ul");
    items.forEach(function (it) {
      var li = el("li");
      var sw = el("span", it.line ? "ln " + (it.dash || "") : "sw " + (it.shape || ""));
      if (it.line) sw.style.borderTopColor = it.color; else sw.style.background = it.color;
      li.append(sw, it.label);
      if (it.onclick) {
        li.classList.add("toggle");
        li.tabIndex = 0;
        li.title = "Nhấn để ẩn/hiện";
        li.addEventListener("click", it.onclick);
        li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") it.onclick(); });
      }
      if (it.count) { var c = el("span", "n"); li.append(c); it.count(c, li); }
      ul.append(li);
    });
    legend.append(ul);
  }
  var kindItems = [];
  if (hasArticles) kindItems.push({ color: S.article.color, label: S.article.label, shape: "square",
    onclick: function () { state.arts = !state.arts; changed(); },
    count: function (c, li) { legendTypes.set("\u0000arts", [c, li]); } });
  ["Party", "State"].forEach(function (k) {
    if (DATA.nodes.some(function (n) { return n.kind === "body" && n.body_kind === k; }))
      kindItems.push({ color: S.bodies[k].color, label: S.bodies[k].label, shape: "diamond" });
  });
  if (kindItems.length) legendList(kindItems);
  legend.append(el("h2", null, "Loại văn bản (nhấn để lọc)"));
  legendList(typeBox.values().map(function (t) {
    return { color: (S.types[t] || S.other).color, label: t ? typeLabel(t) : "(không rõ)",
      onclick: function () {
        var on = state.types ? new Set(state.types) : new Set(typeBox.values());
        if (on.has(t)) on.delete(t); else on.add(t);
        state.types = on.size === typeBox.values().length ? null : on;
        changed();
      },
      count: function (c, li) { legendTypes.set(t, [c, li]); } };
  }));
  var usedKinds = new Set(DATA.edges.map(function (e) { return e[2]; }));
  var edgeItems = Object.keys(S.edges).filter(function (k) { return usedKinds.has(k); }).map(function (k) {
    var st = S.edges[k];
    return { line: true, color: st.color, dash: st.line, label: st.label };
  });
  if (edgeItems.length) { legend.append(el("h2", null, "Cạnh")); legendList(edgeItems); }
  legend.append(el("p", "hint", "Cỡ nút văn bản theo số bài trích dẫn; tên hiện cho các văn bản được trích nhiều nhất trong khung nhìn."));
  function updateLegend() {
    var shown = counts(docs.filter(function (n) { return visible.has(n.i); }).map(function (n) { return n.type || ""; }));
    legendTypes.forEach(function (pair, t) {
      if (t === "\u0000arts") { pair[1].classList.toggle("off", !state.arts); return; }
      pair[0].textContent = num(shown.get(t) || 0) + "/" + num(typeCounts.get(t));
      pair[1].classList.toggle("off", !!state.types && !state.types.has(t));
    });
  }

  // --- URL hash: #sel=…&type=…&body=…&years=…&unk=0&arts=0 ---------------------------------
  var applyingHash = false;
  function hashOf() {
    var p = new URLSearchParams();
    if (state.sel !== null) p.set("sel", refOf(byId.get(state.sel)));
    if (state.types) p.set("type", Array.from(state.types).sort().join(","));
    if (state.bodies) p.set("body", Array.from(state.bodies).sort().join("|"));
    if (Y0 !== null && (state.y0 !== Y0 || state.y1 !== Y1)) p.set("years", state.y0 + "-" + state.y1);
    if (!state.unknown) p.set("unk", "0");
    if (!state.arts) p.set("arts", "0");
    return p.toString();
  }
  function pushHash() {
    if (applyingHash) return;
    var h = hashOf();
    if (h === location.hash.replace(/^#/, "")) return;
    history.pushState(null, "", h ? "#" + h : location.pathname + location.search);
  }
  function applyHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    applyingHash = true;
    try {
      state.types = p.has("type") ? new Set(p.get("type").split(",")) : null;
      state.bodies = p.has("body") ? new Set(p.get("body").split("|")) : null;
      state.y0 = Y0;
      state.y1 = Y1;
      var m = /^(\d{4})-(\d{4})$/.exec(p.get("years") || "");
      if (m && Y0 !== null) { state.y0 = Math.max(Y0, +m[1]); state.y1 = Math.min(Y1, +m[2]); }
      state.unknown = p.get("unk") !== "0";
      state.arts = p.get("arts") !== "0";
      var target = p.has("sel") ? byRef.get(p.get("sel")) : null;
      if (target) {
        applyFilters(false);
        select(target.i, { push: false, animate: false });
      } else {
        unselect(false);
        applyFilters(true);
      }
    } finally { applyingHash = false; }
  }
  window.addEventListener("popstate", applyHash);
  window.addEventListener("hashchange", applyHash);

  // --- exports: the view as PNG, the list as CSV ---------------------------------------------
  function viewPng() {
    var c = container.querySelector("canvas");
    var out = document.createElement("canvas");
    out.width = c.width;
    out.height = c.height;
    var x = out.getContext("2d");
    x.fillStyle = "#ffffff";
    x.fillRect(0, 0, out.width, out.height);
    x.drawImage(c, 0, 0);
    return out.toDataURL("image/png");
  }
  function listCsv() {
    return csvText([["hang", "van_ban", "ma", "so_bai", "so_lan", "nam", "loai", "co_quan", "trich_yeu"]]
      .concat(listRows().map(function (n) {
        return [n.rank, n.label, n.key, n.n_articles, n.n_mentions, n.year || "", typeLabel(n.type), n.body || "", n.subject || ""];
      })));
  }
  document.getElementById("export-png").addEventListener("click", function () { download(viewPng(), "refgraph.png"); });
  document.getElementById("export-csv").addEventListener("click", function () {
    var url = URL.createObjectURL(new Blob(["\ufeff" + listCsv()], { type: "text/csv;charset=utf-8" }));
    download(url, "refgraph.csv");
    setTimeout(function () { URL.revokeObjectURL(url); }, 5000);
  });

  Object.assign(api, { network: network, nodes: nodes, edges: edges, data: DATA, select: select,
    search: runSearch, ranked: ranked, state: state, visible: function () { return visible; },
    viewPng: viewPng, listCsv: listCsv, evidenceCsv: function (i) { return evidenceCsv(byId.get(i)); },
  });

  // --- start: filters and selection from the URL, the whole view fitted -----------------------
  visible = computeVisible();
  nodes.update(DATA.nodes.filter(function (n) { return !visible.has(n.i); }).map(function (n) { return { id: n.i, hidden: true }; }));
  if (location.hash.length > 1) applyHash(); else applyFilters(false);
  if (state.sel === null) network.fit({ animation: false });
  if (!docs.length) document.body.dataset.state = "ready";
})();
