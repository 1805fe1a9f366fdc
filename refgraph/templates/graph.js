/* refgraph page script. Every string that came from an article reaches the page through
   textContent / Text nodes or a vis canvas label; never through innerHTML. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("refgraph-data").textContent);
  var S = DATA.styles;
  var DIM_NODE = { background: "#eeeeee", border: "#dddddd" };
  var DIM_EDGE = "rgba(200,200,200,0.25)";

  // --- DOM helpers: text only -------------------------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function safeUrl(u) {
    // http(s) only: a javascript: or data: link from a dump must not become clickable
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

  function typeLabel(t) { return (S.types[t] && S.types[t].label) || t || ""; }
  function dateText(n) { return n.date || (n.year ? String(n.year) : ""); }

  // --- tooltips: DOM elements, which vis-network shows as given --------------------------
  function row(parent, name, value) {
    if (value === undefined || value === null || value === "") return;
    var r = el("div", "tip-row");
    r.append(el("b", null, name + ": "), String(value));
    parent.append(r);
  }
  function citingArticles(n) {
    var inGraph = edgesIn(n.i, "cites").map(function (e) { return byId.get(e.from); });
    if (inGraph.length) {
      return inGraph.map(function (a) { return { title: a.title || a.article_id, url: a.url, node: a.i }; });
    }
    return (n.citing || []).map(function (c) { return { title: c[0], url: c[1] }; });
  }
  function tooltip(n) {
    var d = el("div");
    d.append(el("div", "tip-title", n.label));
    if (n.kind === "document") {
      row(d, "Mã", n.key !== n.label ? n.key : null);
      row(d, "Loại", typeLabel(n.type));
      row(d, "Cơ quan", n.body);
      row(d, "Ngày", dateText(n));
      row(d, "Trích yếu", n.subject);
      row(d, "Trích dẫn", n.n_articles + " bài, " + n.n_mentions + " lần");
      var arts = citingArticles(n).slice(0, 5);
      if (arts.length) {
        var ul = el("ul", "tip-list");
        arts.forEach(function (a) { var li = el("li"); li.append(extLink(a.title, a.url)); ul.append(li); });
        d.append(ul);
      }
    } else if (n.kind === "article") {
      row(d, "Ngày", n.date);
      row(d, "Nguồn", n.url || n.article_id);
      row(d, "Văn bản trích dẫn", n.n_documents);
    } else {
      row(d, "Khối", n.body_kind === "Party" ? "Đảng" : n.body_kind === "State" ? "Nhà nước" : null);
      row(d, "Mã", n.issuer);
      row(d, "Văn bản", n.n_documents);
    }
    return d;
  }

  // --- vis datasets -------------------------------------------------------------------
  var visNodes = DATA.nodes.map(function (n) {
    return {
      id: n.i, label: n.kind === "article" ? undefined : n.label, value: n.value,
      shape: n.shape, color: n.color, title: tooltip(n),
      font: { color: "#222" }
    };
  });
  var visEdges = DATA.edges.map(function (e, idx) {
    var st = S.edges[e[2]] || S.edges.cites;
    return {
      id: idx, from: e[0], to: e[1], dashes: st.dashes, width: st.width,
      color: { color: st.color, highlight: st.color, hover: st.color },
      title: st.label + (e[3] > 1 ? " ×" + e[3] : ""),
      arrows: { to: { enabled: true, scaleFactor: 0.5 } }
    };
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);

  // --- physics: settle, then stand still ------------------------------------------------
  var loading = document.getElementById("loading");
  var fill = document.getElementById("loading-fill");
  var physicsBtn = document.getElementById("physics");
  function ready() {
    network.setOptions({ physics: { enabled: false } });
    loading.hidden = true;
    physicsBtn.setAttribute("aria-pressed", "false");
    document.body.dataset.state = "ready";
  }
  network.on("stabilizationProgress", function (p) {
    fill.style.width = Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", ready);
  if (!DATA.options.physics.enabled || DATA.nodes.length === 0) ready();
  physicsBtn.addEventListener("click", function () {
    var on = physicsBtn.getAttribute("aria-pressed") !== "true";
    physicsBtn.setAttribute("aria-pressed", String(on));
    network.setOptions({ physics: { enabled: on, stabilization: { enabled: false } } });
  });

  // --- neighbourhood highlight ------------------------------------------------------------
  var highlighted = null;
  function highlight(id) {
    var keep = new Set([id].concat(network.getConnectedNodes(id)));
    nodes.update(visNodes.map(function (n) {
      var on = keep.has(n.id);
      return { id: n.id, color: on ? n.color : DIM_NODE, font: { color: on ? "#222" : "#cccccc" } };
    }));
    edges.update(visEdges.map(function (e) {
      var on = e.from === id || e.to === id;
      return { id: e.id, color: on ? e.color : { color: DIM_EDGE, highlight: DIM_EDGE, hover: DIM_EDGE } };
    }));
    highlighted = id;
  }
  function unhighlight() {
    if (highlighted === null) return;
    nodes.update(visNodes.map(function (n) { return { id: n.id, color: n.color, font: { color: "#222" } }; }));
    edges.update(visEdges.map(function (e) { return { id: e.id, color: e.color }; }));
    highlighted = null;
  }

  // --- details panel ------------------------------------------------------------------
  var details = document.getElementById("details");
  function nodeLink(id, suffix) {
    var n = byId.get(id);
    var li = el("li");
    var a = el("a", "node", n.kind === "article" ? (n.title || n.article_id) : n.label);
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
  function showDetails(id) {
    var n = byId.get(id);
    details.replaceChildren(el("h3", null, n.kind === "article" ? (n.title || n.article_id) : n.label));
    if (n.kind === "document") {
      details.append(dl([["Mã", n.key], ["Loại", typeLabel(n.type)], ["Số", n.number],
        ["Cơ quan ban hành", n.body], ["Mã cơ quan", n.issuer], ["Ngày", dateText(n)],
        ["Trích yếu", n.subject], ["Trích dẫn", n.n_articles + " bài, " + n.n_mentions + " lần"],
        ["Ghi chú", n.ambiguous ? "có thể gộp nhiều văn bản cùng số" : null]]));
      list("Quan hệ", edgesOut(id).filter(function (e) { return S.relations.indexOf(e.kind) >= 0; })
        .map(function (e) { return nodeLink(e.to, "(" + S.edges[e.kind].label + ")"); })
        .concat(edgesIn(id).filter(function (e) { return S.relations.indexOf(e.kind) >= 0; })
          .map(function (e) { return nodeLink(e.from, "(" + S.edges[e.kind].label + " văn bản này)"); })));
      var arts = citingArticles(n);
      list("Bài trích dẫn", arts.map(function (a) {
        if (a.node !== undefined) {
          var li = nodeLink(a.node);
          if (safeUrl(a.url)) { li.append(" "); li.append(extLink("↗", a.url)); }
          return li;
        }
        var li2 = el("li"); li2.append(extLink(a.title, a.url)); return li2;
      }));
      if (!edgesIn(id, "cites").length && n.n_articles > arts.length) {
        details.append(el("p", "hint", "… và " + (n.n_articles - arts.length) + " bài khác"));
      }
    } else if (n.kind === "article") {
      details.append(dl([["Mã", n.article_id], ["Ngày", n.date],
        ["Liên kết", n.url ? extLink(n.url, n.url) : null]]));
      list("Văn bản được trích dẫn", edgesOut(id, "cites").map(function (e) {
        return nodeLink(e.to, e.weight > 1 ? "×" + e.weight : "");
      }));
    } else {
      details.append(dl([["Khối", n.body_kind === "Party" ? "Đảng" : n.body_kind === "State" ? "Nhà nước" : null],
        ["Mã", n.issuer], ["Văn bản", n.n_documents], ["Trích dẫn", n.n_citations]]));
      list("Văn bản ban hành", edgesIn(id, "issued_by").map(function (e) { return nodeLink(e.from); }));
    }
  }
  function clearDetails() {
    details.replaceChildren(el("p", "hint", "Nhấn vào một nút để xem chi tiết."));
  }

  function select(id) {
    var n = nodes.get(id);
    if (!n) return;
    if (n.hidden) { resetFilters(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400 } });
    highlight(id);
    showDetails(id);
  }
  network.on("click", function (p) {
    if (p.nodes.length) { highlight(p.nodes[0]); showDetails(p.nodes[0]); }
    else { unhighlight(); clearDetails(); }
  });

  // --- search ---------------------------------------------------------------------------
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  // "primary" is what names a node (key, type, label); a hit there outranks a hit in a
  // subject clause, so "ket luan 57" finds 57-KL/TW before a resolution about it.
  var haystack = DATA.nodes.map(function (n) {
    var primary = fold([n.label, n.key, n.name, typeLabel(n.type)].filter(Boolean).join(" \u0001 "));
    var rest = fold([n.subject, n.body, n.title, n.article_id].filter(Boolean).join(" \u0001 "));
    return { n: n, primary: primary, primaryCompact: primary.replace(/\s+/g, ""),
             text: primary + " \u0001 " + rest, compact: (primary + rest).replace(/\s+/g, "") };
  });
  var rank = { document: 0, body: 1, article: 2 };
  function runSearch() {
    var q = fold(search.value).trim();
    results.replaceChildren();
    if (!q) { results.hidden = true; return []; }
    var tokens = q.split(/\s+/);
    var hits = [];
    haystack.forEach(function (h) {
      if (!tokens.every(function (t) { return h.text.indexOf(t) >= 0 || h.compact.indexOf(t) >= 0; })) return;
      var score = tokens.filter(function (t) {
        return h.primary.indexOf(t) >= 0 || h.primaryCompact.indexOf(t) >= 0;
      }).length;
      if (fold(h.n.key) === q || fold(h.n.label) === q) score += 100;
      hits.push({ n: h.n, score: score });
    });
    hits.sort(function (a, b) {
      return (b.score - a.score) || (rank[a.n.kind] - rank[b.n.kind]) ||
        ((b.n.n_articles || 0) - (a.n.n_articles || 0));
    });
    hits = hits.map(function (h) { return h.n; });
    hits.slice(0, 15).forEach(function (n, k) {
      var li = el("li", k === 0 ? "active" : null, n.kind === "article" ? (n.title || n.article_id) : n.label);
      var sub = n.kind === "document" ? [typeLabel(n.type), n.body, dateText(n)].filter(Boolean).join(" · ")
        : n.kind === "body" ? "cơ quan" : "bài báo";
      li.append(el("span", "sub", sub));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(n.i); });
      results.append(li);
    });
    if (!hits.length) results.append(el("li", "sub", "Không tìm thấy"));
    results.hidden = false;
    return hits;
  }
  function pick(id) { results.hidden = true; select(id); }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var h = runSearch(); if (h.length) pick(h[0].i); }
    else if (ev.key === "Escape") { results.hidden = true; }
  });
  search.addEventListener("blur", function () { results.hidden = true; });

  // --- filters ------------------------------------------------------------------------
  var fType = document.getElementById("f-type"), fBody = document.getElementById("f-body");
  var fYear = document.getElementById("f-year"), fArticles = document.getElementById("f-articles");
  var UNKNOWN = "\u0000?";
  function fillSelect(sel, values, label) {
    var counts = new Map();
    values.forEach(function (v) { var k = v === undefined || v === null ? UNKNOWN : String(v); counts.set(k, (counts.get(k) || 0) + 1); });
    Array.from(counts.keys()).sort(function (a, b) {
      if (a === UNKNOWN) return 1; if (b === UNKNOWN) return -1;
      return label(a).localeCompare(label(b), "vi");
    }).forEach(function (k) {
      var o = el("option", null, (k === UNKNOWN ? "(không rõ)" : label(k)) + " (" + counts.get(k) + ")");
      o.value = k;
      sel.append(o);
    });
  }
  var docs = DATA.nodes.filter(function (n) { return n.kind === "document"; });
  fillSelect(fType, docs.map(function (n) { return n.type; }), typeLabel);
  fillSelect(fBody, docs.map(function (n) { return n.body; }), String);
  fillSelect(fYear, docs.map(function (n) { return n.year; }), String);
  if (!DATA.nodes.some(function (n) { return n.kind === "article"; })) fArticles.parentNode.hidden = true;

  function matches(v, want) {
    if (!want) return true;
    var k = v === undefined || v === null ? UNKNOWN : String(v);
    return k === want;
  }
  function applyFilters() {
    var t = fType.value, b = fBody.value, y = fYear.value, showArts = fArticles.checked;
    var visible = new Set();
    docs.forEach(function (n) {
      if (matches(n.type, t) && matches(n.body, b) && matches(n.year, y)) visible.add(n.i);
    });
    DATA.nodes.forEach(function (n) {
      if (n.kind === "body") {
        if (edgesIn(n.i, "issued_by").some(function (e) { return visible.has(e.from); })) visible.add(n.i);
      } else if (n.kind === "article" && showArts) {
        if (edgesOut(n.i, "cites").some(function (e) { return visible.has(e.to); })) visible.add(n.i);
      }
    });
    nodes.update(DATA.nodes.map(function (n) { return { id: n.i, hidden: !visible.has(n.i) }; }));
    updateStats(visible.size);
  }
  function resetFilters() {
    fType.value = fBody.value = fYear.value = "";
    fArticles.checked = true;
    applyFilters();
  }
  [fType, fBody, fYear, fArticles].forEach(function (s) { s.addEventListener("change", applyFilters); });
  document.getElementById("reset").addEventListener("click", function () {
    resetFilters(); unhighlight(); clearDetails(); search.value = ""; results.hidden = true; network.fit();
  });

  // --- stats and legend ------------------------------------------------------------------
  var stats = document.getElementById("stats");
  function updateStats(shown) {
    var c = { document: 0, article: 0, body: 0 };
    DATA.nodes.forEach(function (n) { c[n.kind]++; });
    var parts = [c.document + " văn bản", c.body + " cơ quan", c.article + " bài báo"];
    if (shown !== undefined && shown < DATA.nodes.length) parts.push("đang hiện " + shown + " nút");
    stats.textContent = parts.join(" · ") + (DATA.notes.length ? " — " + DATA.notes.join("; ") : "");
  }
  updateStats();

  var legend = document.getElementById("legend");
  function legendList(items) {
    var ul = el("ul");
    items.forEach(function (it) {
      var li = el("li");
      var sw = el("span", it.line ? "ln " + (it.dash || "") : "sw " + (it.shape || ""));
      if (it.line) sw.style.borderTopColor = it.color; else sw.style.background = it.color;
      li.append(sw, it.label);
      ul.append(li);
    });
    legend.append(ul);
  }
  var usedTypes = new Set(docs.map(function (n) { return n.type; }));
  var usedKinds = new Set(DATA.edges.map(function (e) { return e[2]; }));
  var kindItems = [];
  if (DATA.nodes.some(function (n) { return n.kind === "article"; })) kindItems.push({ color: S.article.color, label: S.article.label, shape: "square" });
  ["Party", "State"].forEach(function (k) {
    if (DATA.nodes.some(function (n) { return n.kind === "body" && n.body_kind === k; }))
      kindItems.push({ color: S.bodies[k].color, label: S.bodies[k].label, shape: "diamond" });
  });
  legendList(kindItems);
  legend.append(el("h2", null, "Loại văn bản"));
  legendList(Object.keys(S.types).filter(function (t) { return usedTypes.has(t); })
    .map(function (t) { return { color: S.types[t].color, label: S.types[t].label }; }));
  legend.append(el("h2", null, "Quan hệ"));
  legendList(Object.keys(S.edges).filter(function (k) { return usedKinds.has(k); }).map(function (k) {
    var st = S.edges[k];
    return { line: true, color: st.color, dash: st.line, label: st.label };
  }));

  // a handle for tests and for the console
  window.refgraph = { network: network, nodes: nodes, edges: edges, data: DATA, select: select, search: runSearch };
})();
