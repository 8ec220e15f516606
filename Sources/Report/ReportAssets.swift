/// The page's style and script, inline: the report loads nothing.
enum ReportAssets {
    static let css = #"""
:root{--ink:#1d2330;--muted:#5f6b7a;--line:#e3e6eb;--bg:#f4f5f7;--warn:#c2410c}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
body>header{padding:18px 28px 12px;background:#fff;border-bottom:1px solid var(--line);position:sticky;top:0;z-index:5}
h1{font-size:20px;margin:0 0 2px;letter-spacing:-.01em}
.summary{margin:0 0 10px;color:var(--muted)}
.controls{display:flex;flex-wrap:wrap;gap:10px 26px;align-items:center}
.filter{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.flabel{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-right:2px}
.chip{border:1px solid rgba(0,0,0,.12);background:var(--hl);border-radius:999px;padding:2px 10px;font:inherit;font-size:12.5px;cursor:pointer;color:var(--ink)}
.n{color:rgba(0,0,0,.5);font-size:11px;margin-left:4px}
.chip[aria-pressed=false]{background:#fff;color:#9aa3ad;text-decoration:line-through}
label{font-size:13px;cursor:pointer}
#clusters{margin:18px 28px;background:#fff;border:1px solid var(--line);border-radius:10px;padding:6px 0 8px}
.section-head{display:flex;justify-content:space-between;align-items:center;padding:6px 16px;gap:16px}
.section-head h2{font-size:15px;margin:0}
table{border-collapse:collapse;width:100%}
th{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);font-weight:600}
td{padding:7px 10px;border-bottom:1px solid #f0f2f5;vertical-align:top}
tbody tr{cursor:pointer}
tbody tr:hover{background:#f8fafc}
tbody tr.active{background:#fff7e0}
td.id{color:var(--muted);font-variant-numeric:tabular-nums;width:40px}
td.dot{text-align:center;font-size:15px;color:#cbd2d9;width:34px}
td.dot.yes{color:#2f855a}
td.dot.no{color:var(--warn);font-weight:700}
th.docol{text-align:center}
td.count{white-space:nowrap;color:var(--muted)}
.badge{font-size:10.5px;text-transform:uppercase;letter-spacing:.05em;padding:1px 6px;border-radius:4px;background:#eef2ff;color:#3949ab;vertical-align:1px}
.badge.quote{background:#fdf2f8;color:#a21caf}
td.fact{max-width:560px}
td.fact q{font-style:italic}
.conflict{display:inline-block;color:var(--warn);font-weight:600;margin-right:8px}
tr.has-conflict td.id{box-shadow:inset 3px 0 var(--warn)}
#articles{display:grid;grid-template-columns:repeat(auto-fill,minmax(400px,1fr));gap:18px;margin:0 28px 40px;align-items:start}
article.doc{background:#fff;border:1px solid var(--line);border-radius:10px;padding:16px 20px}
article.doc>header{display:grid;grid-template-columns:auto 1fr;column-gap:10px;margin-bottom:6px}
.letter{grid-row:span 2;width:28px;height:28px;border-radius:50%;background:var(--ink);color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;font-size:13px}
article h2{font-size:16px;margin:2px 0 0;line-height:1.3}
.meta{margin:2px 0 0;color:var(--muted);font-size:12px;overflow-wrap:anywhere}
.body{font:15.5px/1.62 Georgia,"Times New Roman",serif}
.body p,.body blockquote,.body h3,.body h4{white-space:pre-wrap;overflow-wrap:anywhere}
.body p,.body blockquote{margin:0 0 .8em}
.body blockquote{border-left:3px solid var(--line);padding-left:12px}
.body h3,.body h4{font:600 15px/1.4 system-ui,sans-serif;margin:1em 0 .4em}
.caption{font-size:13px;color:var(--muted);font-style:italic}
.residue{display:none;font-size:12px;color:#9aa3ad}
body.show-residue .residue{display:block}
.p{background:var(--hl);border-radius:3px;padding:1px 0;box-decoration-break:clone;-webkit-box-decoration-break:clone;cursor:pointer}
.p.nest{box-shadow:inset 0 -2px rgba(0,0,0,.3)}
.p.off{background:none;box-shadow:none}
.src{border-bottom:3px solid var(--ul);font-weight:600}
.cue{font-style:italic;text-decoration:underline dotted rgba(0,0,0,.55);text-underline-offset:3px}
.num{font-weight:700}
.st{text-decoration:underline dashed #7c8794;text-underline-offset:4px}
.hl{box-shadow:inset 0 -3px #ea580c}
.st.hl{background:#fde68a;text-decoration-color:#ea580c}
.anchor{scroll-margin-top:160px}
#tip{position:fixed;z-index:10;max-width:380px;background:#fff;border:1px solid #d6dbe1;border-radius:8px;box-shadow:0 8px 28px rgba(20,30,50,.18);padding:10px 12px;font-size:13px}
#tip .claim+.claim{border-top:1px solid var(--line);margin-top:8px;padding-top:8px}
#tip .who{font-weight:700}
#tip .dotc{display:inline-block;width:10px;height:10px;border-radius:50%;background:var(--hl);margin-right:6px;border:1px solid rgba(0,0,0,.2)}
#tip dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0 0}
#tip dt{color:var(--muted)}
#tip dd{margin:0}
.bar{display:inline-block;width:80px;height:6px;background:#e5e7eb;border-radius:3px;vertical-align:middle;margin-left:6px;overflow:hidden}
.bar i{display:block;height:100%;background:#4f46e5}
.empty{padding:4px 16px;color:var(--muted)}
.legend{flex-basis:100%;margin:2px 0 0;font-size:12px;color:var(--muted)}
.legend span{color:var(--ink)}

"""#

    static let script = #"""
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var tip = document.getElementById('tip');
  var offGroups = {};
  var kinds = { direct: true, indirect: true, mixed: true };
  var pieces = Array.prototype.slice.call(document.querySelectorAll('.body [data-c]'));
  var targets = '.body [data-c], .body [data-src], .body [data-cue], .body [data-st]';

  function ids(el, key) { var v = el.getAttribute(key); return v ? v.split(' ').map(Number) : []; }
  function visible(i) { var c = data.claims[i]; return kinds[c.kind] && !offGroups[c.g]; }
  function each(sel, f) { Array.prototype.forEach.call(document.querySelectorAll(sel), f); }

  // Each run of text takes the colour of the innermost claim still shown.
  function paint() {
    pieces.forEach(function (p) {
      var shown = ids(p, 'data-c').filter(visible);
      Array.prototype.slice.call(p.classList).forEach(function (c) { if (/^s(\d+|u)$/.test(c)) p.classList.remove(c); });
      p.classList.toggle('off', shown.length === 0);
      p.classList.toggle('nest', shown.length > 1);
      if (shown.length) p.classList.add(data.claims[shown[0]].c);
    });
  }

  each('#speakers .chip', function (b) {
    b.addEventListener('click', function () {
      var on = b.getAttribute('aria-pressed') === 'true';
      b.setAttribute('aria-pressed', on ? 'false' : 'true');
      offGroups[Number(b.dataset.g)] = on;
      paint();
    });
  });
  each('#kinds input[value]', function (cb) {
    cb.addEventListener('change', function () { kinds[cb.value] = cb.checked; paint(); });
  });
  document.getElementById('show-residue').addEventListener('change', function (e) {
    document.body.classList.toggle('show-residue', e.target.checked);
  });

  var kindSelect = document.getElementById('cluster-kind'), onlyConflicts = document.getElementById('only-conflicts');
  function filterRows() {
    each('#clusters tbody tr', function (r) {
      r.hidden = !((!kindSelect.value || r.dataset.kind === kindSelect.value) && (!onlyConflicts.checked || r.dataset.conflicts !== '0'));
    });
  }
  kindSelect.addEventListener('change', filterRows);
  onlyConflicts.addEventListener('change', filterRows);

  // A cluster row outlines its claims and statements in the articles.
  var active = null;
  function highlight(k, onlyIfHidden) {
    each('.hl', function (e) { e.classList.remove('hl'); });
    each('#clusters tr.active', function (e) { e.classList.remove('active'); });
    if (k === active) { active = null; return; }
    active = k;
    var c = data.clusters[k], first = null;
    each('.body [data-c], .body [data-st]', function (el) {
      var hit = ids(el, 'data-c').some(function (i) { return c.claims.indexOf(i) >= 0; }) ||
                ids(el, 'data-st').some(function (j) { return c.statements.indexOf(j) >= 0; });
      if (hit) { el.classList.add('hl'); if (!first) first = el; }
    });
    document.querySelector('#clusters tr[data-k="' + k + '"]').classList.add('active');
    if (first && !(onlyIfHidden && inView(first))) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  each('#clusters tbody tr', function (r) {
    r.addEventListener('click', function () { highlight(Number(r.dataset.k)); });
    r.addEventListener('keydown', function (e) { if (e.key === 'Enter') highlight(Number(r.dataset.k)); });
  });

  // Hover shows a claim's details; click pins them; Escape or a click elsewhere closes.
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function row(dl, key, value) {
    dl.appendChild(el('dt', null, key));
    var dd = el('dd');
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
    dl.appendChild(dd);
  }
  function clusterText(k) { var c = data.clusters[k]; return c.id + ' ' + c.label + ' (' + c.documents + ' sources)'; }
  function claimCard(i) {
    var c = data.claims[i], box = el('div', 'claim'), who = el('div', 'who');
    who.appendChild(el('span', 'dotc ' + c.c));
    who.appendChild(document.createTextNode(c.speaker || 'no speaker'));
    box.appendChild(who);
    var dl = el('dl');
    row(dl, 'kind', c.kind + ' · ' + c.type);
    if (c.cue) row(dl, 'cue', '“' + c.cue + '”');
    if (c.source) row(dl, 'source', c.source);
    var score = el('span', null, c.score.toFixed(2)), bar = el('span', 'bar'), fill = el('i');
    fill.style.width = Math.round(c.score * 100) + '%';
    bar.appendChild(fill); score.appendChild(bar);
    row(dl, 'score', score);
    if (c.numbers.length) row(dl, 'numbers', c.numbers.map(function (n) {
      return [n.approx, n.text, n.counts].filter(Boolean).join(' ') + ' (' + n.kind + ')';
    }).join('; '));
    if (c.clusters.length) row(dl, 'clusters', c.clusters.map(clusterText).join('; '));
    row(dl, 'claim', c.id);
    box.appendChild(dl);
    return box;
  }
  function fill(t) {
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    var shown = [];
    ids(t, 'data-c').filter(visible).concat(ids(t, 'data-src'), ids(t, 'data-cue')).forEach(function (i) {
      if (shown.indexOf(i) < 0) shown.push(i);
    });
    shown.forEach(function (i) { tip.appendChild(claimCard(i)); });
    ids(t, 'data-st').forEach(function (j) {
      var box = el('div', 'claim'), dl = el('dl');
      box.appendChild(el('div', 'who', 'Stated by the article'));
      row(dl, 'clusters', data.statements[j].clusters.map(clusterText).join('; '));
      box.appendChild(dl);
      tip.appendChild(box);
    });
    return tip.childNodes.length > 0;
  }
  function place(x, y) {
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(8, Math.min(x + 14, innerWidth - w - 8)) + 'px';
    tip.style.top = (y + 18 + h > innerHeight ? Math.max(8, y - h - 12) : y + 18) + 'px';
  }
  var pinned = null;
  function show(t, x, y) { if (fill(t)) { tip.hidden = false; place(x, y); } else { tip.hidden = true; } }
  document.addEventListener('mouseover', function (e) {
    if (pinned) return;
    var t = e.target.closest(targets);
    if (t) show(t, e.clientX, e.clientY); else tip.hidden = true;
  });
  document.addEventListener('mousemove', function (e) { if (!pinned && !tip.hidden) place(e.clientX, e.clientY); });
  document.addEventListener('click', function (e) {
    var t = e.target.closest(targets);
    if (t) { pinned = t; show(t, e.clientX, e.clientY); }
    else if (!e.target.closest('#tip')) { pinned = null; tip.hidden = true; }
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { pinned = null; tip.hidden = true; } });
  paint();

  // Links into the page: #C3 outlines cluster C3, #claim-12 opens claim 12's details; both: #C3&claim-12.
  function inView(e) { var r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }
  location.hash.slice(1).split('&').forEach(function (part) {
    var k = data.clusters.map(function (c) { return c.id; }).indexOf(decodeURIComponent(part));
    if (k >= 0) highlight(k, true);
    var m = /^claim-(\d+)$/.exec(part), anchor = m && document.getElementById(part);
    var piece = anchor && anchor.nextElementSibling;
    if (piece) {
      if (!inView(piece)) piece.scrollIntoView({ block: 'center' });
      var r = piece.getBoundingClientRect();
      pinned = piece;
      show(piece, r.left, r.bottom - 12);
    }
  });
})();

"""#
}
