/* Détente dashboard: type-ahead, sparklines, the relations chart and the article highlights.
   Everything taken from data is put in the page as text (textContent), never as HTML. */
(function () {
  "use strict";

  function data(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function seconds(day) {
    return Date.parse(day + "T00:00:00Z") / 1000;
  }

  function signed(x) {
    return (x > 0 ? "+" : "") + Number(x).toFixed(1);
  }

  /* -- type-ahead on actor inputs ------------------------------------------------------------------- */
  function typeAhead() {
    var list = document.getElementById("actor-names");
    if (!list) return;
    var timer = null;
    document.querySelectorAll(".actor-input").forEach(function (input) {
      input.addEventListener("input", function () {
        clearTimeout(timer);
        var q = input.value.trim();
        if (q.length < 2) return;
        timer = setTimeout(function () {
          fetch("/api/actors?limit=12&q=" + encodeURIComponent(q), {credentials: "same-origin"})
            .then(function (r) { return r.ok ? r.json() : {items: []}; })
            .then(function (page) {
              list.replaceChildren();
              page.items.forEach(function (a) {
                var option = el("option");
                option.value = a.kind === "state" && a.country ? a.country : a.name;
                option.label = a.name + (a.country ? " · " + a.country : "") + " · " + a.kind;
                list.appendChild(option);
              });
            });
        }, 150);
      });
    });
  }

  /* -- overview sparklines ---------------------------------------------------------------------------- */
  function sparklines() {
    var sparks = data("sparks");
    if (!sparks) return;
    document.querySelectorAll(".spark").forEach(function (box) {
      var s = sparks[box.dataset.pair];
      if (!s || !s.periods.length) return;
      new uPlot({
        width: 220, height: 40, legend: {show: false}, cursor: {show: false},
        scales: {x: {time: true}},
        axes: [{show: false}, {show: false}],
        series: [{}, {stroke: "#0f5c8a", width: 1.5, fill: "rgba(59,130,196,0.15)"}]
      }, [s.periods.map(seconds), s.net], box);
    });
  }

  /* -- the relations chart ---------------------------------------------------------------------------- */
  function relationsChart() {
    var box = document.getElementById("chart");
    var series = data("series");
    if (!box || !series) return;
    var xs = series.periods.map(seconds);
    var coop = series.points.map(function (p) { return p.cooperation; });
    var conf = series.points.map(function (p) { return p.conflict; });
    var net = series.points.map(function (p) { return p.net; });
    var bars = uPlot.paths.bars({size: [0.7, 60]});
    var moves = {};
    series.moves.forEach(function (m) { moves[m.period] = m; });
    var pad = xs.length > 1 ? (xs[1] - xs[0]) / 2 : 43200;  /* half a period each side, so no bar is cut */
    var chart = new uPlot({
      width: Math.max(box.clientWidth - 20, 320), height: 360,
      scales: {x: {time: true, range: function (u, min, max) { return [min - pad, max + pad]; }}},
      series: [
        {label: "period", value: function (u, v, i, idx) { return idx == null ? "" : series.labels[idx]; }},
        {label: "cooperation", stroke: "#3b82c4", fill: "rgba(59,130,196,0.55)", paths: bars, points: {show: false}},
        {label: "conflict", stroke: "#d9534f", fill: "rgba(217,83,79,0.55)", paths: bars, points: {show: false}},
        {label: "net cooperation", stroke: "#1d232b", width: 2, points: {show: true, size: 5}}
      ],
      hooks: {draw: [function (u) { markMoves(u, series, moves); }]}
    }, [xs, coop, conf, net], box);
    chart.over.addEventListener("click", function () {
      var idx = chart.cursor.idx;
      if (idx != null) showEvidence(box.dataset, series.periods[idx], series.labels[idx]);
    });
    box.dataset.drawn = "1";
  }

  function markMoves(u, series, moves) {
    var ctx = u.ctx;
    ctx.save();
    ctx.font = Math.round(11 * devicePixelRatio) + "px system-ui, sans-serif";
    ctx.textAlign = "center";
    series.periods.forEach(function (period, i) {
      var m = moves[period];
      if (!m) return;
      var x = u.valToPos(seconds(period), "x", true);
      var y = u.valToPos(series.points[i].net, "y", true);
      var up = m.change > 0;
      ctx.fillStyle = up ? "#1f7a3a" : "#b3261e";
      ctx.beginPath();
      ctx.arc(x, y, 6 * devicePixelRatio, 0, 2 * Math.PI);
      ctx.fill();
      var main = m.events[0];
      var text = m.label + " " + signed(m.change) + (main ? " " + main.type : "");
      ctx.fillText(text, x, y + (up ? -14 : 22) * devicePixelRatio);
    });
    ctx.restore();
  }

  function showEvidence(params, period, label) {
    var url = "/api/relations/evidence?a=" + encodeURIComponent(params.a) + "&b=" + encodeURIComponent(params.b) +
      "&freq=" + encodeURIComponent(params.freq) + "&period=" + encodeURIComponent(period);
    fetch(url, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (result) {
      var section = document.getElementById("evidence");
      document.getElementById("evidence-title").textContent =
        label + ": " + result.events.length + " events, " + result.quotes.length + " quotes";
      var events = document.getElementById("evidence-events");
      var quotes = document.getElementById("evidence-quotes");
      events.replaceChildren();
      quotes.replaceChildren();
      result.events.forEach(function (e) {
        var item = el("li");
        item.appendChild(el("span", e.type, "type"));
        item.appendChild(document.createTextNode(" " + signed(e.intensity) + " " + e.source + " (" +
          e.source_country + ") → " + e.target + " (" + e.target_country + "), " + e.day + " "));
        var link = el("a", e.evidence.text);
        link.href = "/articles/" + encodeURIComponent(e.article_id) + "#s" + e.evidence.start;
        item.appendChild(el("br"));
        item.appendChild(link);
        events.appendChild(item);
      });
      result.quotes.forEach(function (q) {
        var item = el("li", (q.speaker || "?") + " (" + q.country + "): ");
        var link = el("a", q.text);
        link.href = "/articles/" + encodeURIComponent(q.article_id) + "#s" + q.start;
        item.appendChild(link);
        quotes.appendChild(item);
      });
      section.hidden = false;
      section.scrollIntoView({behavior: "smooth", block: "nearest"});
    });
  }

  /* -- article highlights ----------------------------------------------------------------------------- */
  function articleHighlights() {
    var record = data("record");
    var tip = document.getElementById("tip");
    if (!record || !tip) return;
    var fields = describe(record);
    document.querySelectorAll(".seg").forEach(function (seg) {
      seg.addEventListener("mouseenter", function () { show(seg, fields, tip, true); });
      seg.addEventListener("mouseleave", function () { show(seg, fields, tip, false); });
    });
    if (location.hash) {
      var target = document.getElementById(location.hash.slice(1));
      if (target) target.classList.add("on");
    }
  }

  function describe(record) {
    var out = {};
    record.actors.forEach(function (a) {
      out[a.id] = ["actor", {name: a.name, kind: a.kind, country: a.country, sector: a.sector, role: a.role, key: a.key}];
    });
    record.times.forEach(function (t, i) { out["t" + (i + 1)] = ["time", {text: t.text, type: t.type, value: t.value}]; });
    record.quotes.forEach(function (q) {
      out[q.id] = ["quote", {speaker: q.speaker.name, country: q.speaker.country, kind: q.kind, cue: q.cue,
                             date: q.date, "date basis": q.date_basis}];
    });
    record.events.forEach(function (e, i) {
      out["e" + (i + 1)] = ["event", {type: e.type, intensity: e.intensity, source: e.source.name,
                                      "source country": e.source.country, target: e.target ? e.target.name : null,
                                      "target country": e.target ? e.target.country : null, date: e.date,
                                      modality: e.modality, negated: e.negated}];
    });
    return out;
  }

  function show(seg, fields, tip, on) {
    var refs = (seg.dataset.refs || "").split(" ");
    document.querySelectorAll('[data-ref]').forEach(function (item) {
      item.classList.toggle("on", on && refs.indexOf(item.dataset.ref) >= 0);
    });
    seg.classList.toggle("on", on);
    if (!on) { tip.hidden = true; return; }
    tip.replaceChildren();
    refs.forEach(function (ref) {
      var f = fields[ref];
      if (!f) return;
      tip.appendChild(el("b", f[0]));
      var list = el("dl");
      Object.keys(f[1]).forEach(function (k) {
        if (f[1][k] === null || f[1][k] === undefined) return;
        list.appendChild(el("dt", k));
        list.appendChild(el("dd", f[1][k]));
      });
      tip.appendChild(list);
    });
    tip.hidden = false;
  }

  document.addEventListener("DOMContentLoaded", function () {
    typeAhead();
    sparklines();
    relationsChart();
    articleHighlights();
  });
})();
