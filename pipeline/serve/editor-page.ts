/**
 * The editor page `wirelint serve` shows at `/`: one self-contained HTML
 * document (inline CSS and script, nothing fetched from elsewhere, so it
 * works without network access).  An editor pastes or drops a story, sees
 * every finding highlighted (`<mark data-rule="…">` with the rule and reason
 * in its title), reads the findings list and a summary by rule, applies one
 * fix or all safe fixes, and copies the clean text.
 *
 * It talks to POST /api/check and POST /api/fix, and applies a single fix in
 * the page from the finding's `fix` {start, end, text} (file offsets, UTF-16
 * code units, the same as JavaScript string indices), then checks again.
 * User text only ever reaches the DOM as text nodes (never as HTML).
 *
 * Keyboard: every control is a real button, select or textarea; the
 * findings list is a list of buttons (Tab, Enter) that move the focus to the
 * highlight; Ctrl+Enter (⌘+Enter) in the text checks at once.
 *
 * The script and style are covered by a Content-Security-Policy with their
 * hashes (`EDITOR_CSP`), so nothing else can run on the page.
 */
import {createHash} from 'node:crypto'

const STYLE = `
:root { color-scheme: light; --err: #b3261e; --warn: #8a5a00; --info: #0b5cad; --line: #c9c9c9; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f6f4; color: #1b1b1b; line-height: 1.45; }
header { padding: 0.8rem 1.2rem; background: #1f2a37; color: #fff; }
header h1 { margin: 0; font-size: 1.25rem; }
header p { margin: 0.2rem 0 0; color: #d8dee6; font-size: 0.9rem; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(16rem, 0.8fr); gap: 1rem; padding: 1rem 1.2rem; }
@media (max-width: 70rem) { main { grid-template-columns: minmax(0, 1fr); } }
section, aside { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem; min-width: 0; }
h2 { font-size: 1rem; margin: 0 0 0.5rem; }
.toolbar { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin-bottom: 0.5rem; }
button, select, .file { font: inherit; font-size: 0.9rem; padding: 0.35rem 0.7rem; border: 1px solid #6b7280; border-radius: 4px; background: #fff; color: #111; cursor: pointer; }
button.primary { background: #1f2a37; color: #fff; border-color: #1f2a37; }
button:disabled { opacity: 0.55; cursor: default; }
button:focus-visible, select:focus-visible, textarea:focus-visible, .file:focus-within, mark:focus, .view:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.file input { position: absolute; width: 1px; height: 1px; opacity: 0; }
.file { position: relative; display: inline-block; }
textarea { width: 100%; min-height: 28rem; font: 0.95rem/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; padding: 0.6rem; border: 1px solid var(--line); border-radius: 4px; resize: vertical; }
textarea.dragging { border: 2px dashed var(--info); background: #eef5ff; }
.view { white-space: pre-wrap; overflow-wrap: anywhere; font: 0.95rem/1.6 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; min-height: 28rem; max-height: 75vh; overflow: auto; padding: 0.6rem; border: 1px solid var(--line); border-radius: 4px; }
.view:empty::before { content: "Findings appear here, highlighted in the text."; color: #6b7280; }
mark { background: #fde2e1; color: inherit; border-bottom: 2px solid var(--err); cursor: pointer; border-radius: 2px; }
mark[data-severity="warning"] { background: #fff1cc; border-bottom-color: var(--warn); }
mark[data-severity="info"] { background: #e3efff; border-bottom-color: var(--info); }
mark.point::before { content: "\\2038"; color: var(--err); font-weight: bold; }
mark.active { outline: 3px solid #f59e0b; }
#status { min-height: 1.5em; margin: 0.4rem 0 0; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin-bottom: 0.8rem; }
th, td { text-align: left; padding: 0.2rem 0.35rem; border-bottom: 1px solid #e5e5e5; }
td.n, th.n { text-align: right; }
ol.findings { list-style: none; margin: 0; padding: 0; max-height: 60vh; overflow: auto; }
ol.findings li { border-left: 4px solid var(--err); padding: 0.35rem 0.5rem; margin-bottom: 0.5rem; background: #fafafa; }
ol.findings li.warning { border-left-color: var(--warn); }
ol.findings li.info { border-left-color: var(--info); }
ol.findings li.selected { background: #fff7e0; }
.go { border: 0; background: none; padding: 0; text-align: left; font-weight: 600; text-decoration: underline; }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; }
.sev { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.03em; }
.reason { margin: 0.2rem 0; font-size: 0.9rem; }
.change { margin: 0.2rem 0; font-size: 0.85rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
del { background: #fde2e1; } ins { background: #dcfce7; text-decoration: none; }
.actions { display: flex; flex-wrap: wrap; gap: 0.3rem; }
.actions button { font-size: 0.8rem; padding: 0.2rem 0.5rem; }
.hint { color: #4b5563; font-size: 0.85rem; margin: 0.3rem 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`

const SCRIPT = `
(function () {
  'use strict';
  var byId = function (id) { return document.getElementById(id); };
  var textEl = byId('text');
  var formatEl = byId('format');
  var viewEl = byId('view');
  var listEl = byId('findings');
  var summaryBody = byId('summary-body');
  var summaryCaption = byId('summary-caption');
  var statusEl = byId('status');
  var fixAllBtn = byId('fix-all');
  var state = { text: null, messages: [], seq: 0, rules: {}, timer: 0 };

  function setStatus(message) { statusEl.textContent = message; }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (json) {
          if (!res.ok) throw new Error(json.error || ('HTTP ' + res.status));
          return json;
        });
      });
  }

  fetch('/api/rules').then(function (r) { return r.json(); }).then(function (rules) {
    rules.forEach(function (r) { state.rules[r.id] = r; });
    if (state.text !== null) renderSummary();
  }).catch(function () {});

  function describe(summary) {
    var total = summary.errors + summary.warnings + summary.infos;
    if (total === 0) return 'No findings.';
    return plural(total, 'finding', 'findings') + ': ' + plural(summary.errors, 'error', 'errors') + ', ' +
      plural(summary.warnings, 'warning', 'warnings') + ', ' + summary.infos + ' info; ' +
      plural(summary.fixable, 'safe fix', 'safe fixes') + ' available.';
  }

  function summaryOf(messages) {
    var s = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
    messages.forEach(function (m) {
      if (m.severity === 'error') s.errors++; else if (m.severity === 'warning') s.warnings++; else s.infos++;
      if (m.fix) s.fixable++;
    });
    return s;
  }

  function check() {
    clearTimeout(state.timer);
    var text = textEl.value;
    var seq = ++state.seq;
    setStatus('Checking\\u2026');
    return post('/api/check', { text: text, format: formatEl.value }).then(function (r) {
      if (seq !== state.seq) return;
      state.text = text;
      state.messages = r.messages;
      render();
      setStatus(describe(r.summary));
    }).catch(function (e) {
      if (seq === state.seq) setStatus('Could not check: ' + e.message);
    });
  }

  function scheduleCheck() {
    clearTimeout(state.timer);
    state.timer = setTimeout(check, 500);
  }

  function offsets(m) {
    if (!m.place) return null;
    var s = m.place.start.offset, e = m.place.end.offset;
    if (typeof s !== 'number' || typeof e !== 'number' || s < 0) return null;
    return [s, Math.max(s, e)];
  }

  function rank(m) { return m.severity === 'error' ? 0 : m.severity === 'warning' ? 1 : 2; }

  function titleOf(m) {
    var t = (m.ruleId || 'wirelint') + ': ' + m.reason;
    if (m.fix) t += ' \\u2014 fix: ' + (m.fix.text === '' ? 'delete' : '\\u201c' + m.fix.text + '\\u201d');
    else if (m.expected && m.expected.length) t += ' \\u2014 suggestions: ' + m.expected.map(function (x) { return x === '' ? 'delete' : '\\u201c' + x + '\\u201d'; }).join(', ');
    return t;
  }

  function makeMark(m, index, severity, point) {
    var mark = document.createElement('mark');
    mark.setAttribute('data-rule', m.ruleId || 'wirelint');
    mark.setAttribute('data-severity', severity);
    mark.setAttribute('data-index', String(index));
    mark.setAttribute('tabindex', '-1');
    mark.title = titleOf(m);
    if (point) { mark.className = 'point'; mark.setAttribute('aria-label', titleOf(m)); }
    return mark;
  }

  // Split the text at every finding boundary; each piece covered by findings
  // becomes one <mark> for the most severe of them (a sweep: sort once, then linear).
  function renderView() {
    var text = state.text || '';
    var messages = state.messages;
    var spans = [];
    messages.forEach(function (m, i) {
      var o = offsets(m);
      if (o && o[1] <= text.length) spans.push({ s: o[0], e: o[1], i: i });
    });
    var bounds = [0, text.length];
    spans.forEach(function (x) { bounds.push(x.s, x.e); });
    bounds.sort(function (a, b) { return a - b; });
    var starts = spans.filter(function (x) { return x.e > x.s; }).sort(function (a, b) { return a.s - b.s || a.e - b.e; });
    var points = spans.filter(function (x) { return x.e === x.s; }).sort(function (a, b) { return a.s - b.s; });
    var frag = document.createDocumentFragment();
    var active = [];
    var next = 0, nextPoint = 0, first = {};
    for (var k = 0; k < bounds.length - 1; k++) {
      var a = bounds[k], b = bounds[k + 1];
      while (nextPoint < points.length && points[nextPoint].s <= a) {
        var p = points[nextPoint++];
        var pm = makeMark(messages[p.i], p.i, messages[p.i].severity, true);
        if (!first[p.i]) { pm.id = 'm-' + p.i; first[p.i] = true; }
        frag.appendChild(pm);
      }
      if (a === b) continue;
      while (next < starts.length && starts[next].s <= a) active.push(starts[next++]);
      active = active.filter(function (x) { return x.e > a; });
      var piece = document.createTextNode(text.slice(a, b));
      if (active.length === 0) { frag.appendChild(piece); continue; }
      var top = active[0];
      active.forEach(function (x) { if (rank(messages[x.i]) < rank(messages[top.i])) top = x; });
      var mark = makeMark(messages[top.i], top.i, messages[top.i].severity, false);
      if (active.length > 1) {
        mark.setAttribute('data-rules', active.map(function (x) { return messages[x.i].ruleId; }).join(' '));
        mark.title = active.map(function (x) { return titleOf(messages[x.i]); }).join('\\n');
      }
      active.forEach(function (x) { if (!first[x.i]) { first[x.i] = true; if (!mark.id) mark.id = 'm-' + x.i; else mark.setAttribute('data-also', (mark.getAttribute('data-also') || '') + ' m-' + x.i); } });
      mark.appendChild(piece);
      frag.appendChild(mark);
    }
    while (nextPoint < points.length) {
      var q = points[nextPoint++];
      var qm = makeMark(messages[q.i], q.i, messages[q.i].severity, true);
      if (!first[q.i]) { qm.id = 'm-' + q.i; first[q.i] = true; }
      frag.appendChild(qm);
    }
    viewEl.textContent = '';
    viewEl.appendChild(frag);
  }

  function markFor(index) {
    var el = byId('m-' + index);
    if (el) return el;
    var all = viewEl.querySelectorAll('mark[data-also]');
    for (var i = 0; i < all.length; i++) if ((' ' + all[i].getAttribute('data-also') + ' ').indexOf(' m-' + index + ' ') >= 0) return all[i];
    return null;
  }

  function select(index, focusMark) {
    var old = viewEl.querySelectorAll('mark.active');
    for (var i = 0; i < old.length; i++) old[i].classList.remove('active');
    var items = listEl.querySelectorAll('li.selected');
    for (var j = 0; j < items.length; j++) items[j].classList.remove('selected');
    var mark = markFor(index);
    var item = byId('f-' + index);
    if (item) item.classList.add('selected');
    if (mark) {
      mark.classList.add('active');
      if (focusMark) { mark.focus(); }
      mark.scrollIntoView({ block: 'center' });
    }
  }

  function quoteOf(s) { return s === '' ? '(delete)' : '\\u201c' + s + '\\u201d'; }

  function renderList() {
    listEl.textContent = '';
    state.messages.forEach(function (m, i) {
      var li = document.createElement('li');
      li.id = 'f-' + i;
      li.className = m.severity;
      li.setAttribute('data-rule', m.ruleId || 'wirelint');
      var go = document.createElement('button');
      go.type = 'button';
      go.className = 'go';
      go.id = 'go-' + i;
      go.setAttribute('aria-describedby', 'r-' + i);
      var where = m.line ? 'Line ' + m.line + ', column ' + m.column : 'Document';
      go.appendChild(document.createTextNode(where + ' \\u00b7 '));
      var rule = document.createElement('span'); rule.className = 'rule'; rule.textContent = m.ruleId || 'wirelint';
      var sev = document.createElement('span'); sev.className = 'sev'; sev.textContent = ' ' + m.severity;
      go.appendChild(rule); go.appendChild(sev);
      go.addEventListener('click', function () { select(i, true); });
      li.appendChild(go);
      var reason = document.createElement('p'); reason.className = 'reason'; reason.id = 'r-' + i; reason.textContent = m.reason;
      li.appendChild(reason);
      if (m.actual !== null && m.actual !== undefined) {
        var change = document.createElement('p'); change.className = 'change';
        var del = document.createElement('del'); del.textContent = m.actual.length > 120 ? m.actual.slice(0, 117) + '\\u2026' : m.actual;
        change.appendChild(del);
        var target = m.fix ? m.fix.text : (m.expected && m.expected.length === 1 ? m.expected[0] : null);
        if (target !== null) {
          change.appendChild(document.createTextNode(' \\u2192 '));
          var ins = document.createElement('ins'); ins.textContent = target === '' ? '(delete)' : target;
          change.appendChild(ins);
        }
        li.appendChild(change);
      }
      var actions = document.createElement('div'); actions.className = 'actions';
      if (m.fix) {
        var apply = document.createElement('button');
        apply.type = 'button';
        apply.className = 'apply';
        apply.textContent = 'Apply fix';
        apply.setAttribute('aria-label', 'Apply fix: ' + (m.fix.text === '' ? 'delete' : 'replace with ' + m.fix.text) + ' (' + (m.ruleId || '') + ')');
        apply.addEventListener('click', function () { applyOne(m.fix, i); });
        actions.appendChild(apply);
      } else if (m.expected && m.expected.length && offsets(m)) {
        var o = offsets(m);
        m.expected.slice(0, 4).forEach(function (candidate) {
          var use = document.createElement('button');
          use.type = 'button';
          use.className = 'use';
          use.textContent = candidate === '' ? 'Delete' : 'Use ' + quoteOf(candidate);
          use.title = 'Not applied automatically: check it fits';
          use.addEventListener('click', function () { applyOne({ start: o[0], end: o[1], text: candidate }, i); });
          actions.appendChild(use);
        });
      }
      if (actions.childNodes.length) li.appendChild(actions);
      listEl.appendChild(li);
    });
    if (state.messages.length === 0 && state.text !== null) {
      var none = document.createElement('li'); none.textContent = 'No findings.'; none.className = 'info';
      listEl.appendChild(none);
    }
  }

  function renderSummary() {
    summaryBody.textContent = '';
    var rows = {};
    var order = [];
    state.messages.forEach(function (m) {
      var id = m.ruleId || 'wirelint';
      if (!rows[id]) { rows[id] = { n: 0, errors: 0, warnings: 0, infos: 0, fixable: 0 }; order.push(id); }
      var r = rows[id];
      r.n++;
      if (m.severity === 'error') r.errors++; else if (m.severity === 'warning') r.warnings++; else r.infos++;
      if (m.fix) r.fixable++;
    });
    order.sort(function (a, b) { return rows[b].n - rows[a].n || (a < b ? -1 : 1); });
    order.forEach(function (id) {
      var tr = document.createElement('tr');
      var th = document.createElement('th'); th.scope = 'row'; th.className = 'rule'; th.textContent = id;
      if (state.rules[id]) th.title = state.rules[id].description;
      tr.appendChild(th);
      [rows[id].n, rows[id].errors, rows[id].warnings, rows[id].infos, rows[id].fixable].forEach(function (v) {
        var td = document.createElement('td'); td.className = 'n'; td.textContent = String(v); tr.appendChild(td);
      });
      summaryBody.appendChild(tr);
    });
    var s = summaryOf(state.messages);
    summaryCaption.textContent = state.text === null ? 'Not checked yet' : describe({ errors: s.errors, warnings: s.warnings, infos: s.infos, fixable: s.fixable });
    fixAllBtn.disabled = s.fixable === 0;
  }

  function render() { renderView(); renderList(); renderSummary(); }

  function applyOne(fix, index) {
    if (textEl.value !== state.text) { setStatus('The text changed since the last check: checking again.'); check(); return; }
    var text = state.text;
    if (fix.start < 0 || fix.end > text.length || fix.start > fix.end) return;
    textEl.value = text.slice(0, fix.start) + fix.text + text.slice(fix.end);
    setStatus('Applied 1 fix; checking again\\u2026');
    check().then(function () {
      var nextGo = byId('go-' + Math.min(index, state.messages.length - 1));
      if (nextGo) nextGo.focus(); else fixAllBtn.focus();
    });
  }

  function fixAll() {
    clearTimeout(state.timer);
    var text = textEl.value;
    var seq = ++state.seq;
    setStatus('Applying safe fixes\\u2026');
    post('/api/fix', { text: text, format: formatEl.value }).then(function (r) {
      if (seq !== state.seq) return;
      textEl.value = r.text;
      state.text = r.text;
      state.messages = r.remaining;
      render();
      setStatus('Applied ' + plural(r.fixed.length, 'safe fix', 'safe fixes') + '. ' + describe(r.summary));
    }).catch(function (e) { if (seq === state.seq) setStatus('Could not fix: ' + e.message); });
  }

  function copyText() {
    var text = textEl.value;
    var done = function () { setStatus('Copied the text (' + plural(text.length, 'character', 'characters') + ').'); };
    var fallback = function () {
      textEl.focus(); textEl.select();
      try { document.execCommand('copy'); done(); } catch (e) { setStatus('Select the text and copy it with Ctrl+C.'); }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }

  function formatOfName(name) {
    var n = name.toLowerCase();
    if (/\\.(md|markdown|mdown|mkd)$/.test(n)) return 'markdown';
    if (/\\.(html|htm|xhtml)$/.test(n)) return 'html';
    return 'text';
  }

  function load(file) {
    if (!file) return;
    if (file.size > 5 * 1024 * 1024) { setStatus('That file is too large for the editor.'); return; }
    file.text().then(function (content) {
      textEl.value = content;
      formatEl.value = formatOfName(file.name || '');
      setStatus('Loaded ' + (file.name || 'the file') + '.');
      check();
    }, function () { setStatus('Could not read that file.'); });
  }

  byId('check').addEventListener('click', check);
  fixAllBtn.addEventListener('click', fixAll);
  byId('copy').addEventListener('click', copyText);
  byId('file').addEventListener('change', function (e) { load(e.target.files && e.target.files[0]); e.target.value = ''; });
  formatEl.addEventListener('change', check);
  textEl.addEventListener('input', scheduleCheck);
  textEl.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
  });
  viewEl.addEventListener('click', function (e) {
    var mark = e.target && e.target.closest ? e.target.closest('mark') : null;
    if (!mark) return;
    var i = Number(mark.getAttribute('data-index'));
    select(i, false);
    var go = byId('go-' + i);
    if (go) { go.focus(); go.scrollIntoView({ block: 'nearest' }); }
  });
  ['dragenter', 'dragover'].forEach(function (type) {
    document.addEventListener(type, function (e) { e.preventDefault(); textEl.classList.add('dragging'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    document.addEventListener(type, function (e) { e.preventDefault(); textEl.classList.remove('dragging'); });
  });
  document.addEventListener('drop', function (e) {
    var files = e.dataTransfer && e.dataTransfer.files;
    if (files && files.length) load(files[0]);
  });
  renderSummary();
})();
`

const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`

/** Only this page's own script and style run; it may only talk to its own server. */
export const EDITOR_CSP = [
  "default-src 'none'",
  `script-src ${hash(SCRIPT)}`,
  `style-src ${hash(STYLE)}`,
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

export const EDITOR_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>wirelint — check a story before publication</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>wirelint</h1>
<p>Paste or drop a story to find what machine translation and HTML stripping left behind. Nothing leaves this server.</p>
</header>
<main>
<section aria-labelledby="story-heading">
<h2 id="story-heading">Story</h2>
<div class="toolbar" role="toolbar" aria-label="Story actions">
<label for="format">Format</label>
<select id="format">
<option value="text">Plain text</option>
<option value="markdown">Markdown</option>
<option value="html">HTML</option>
</select>
<button type="button" id="check" class="primary">Check</button>
<button type="button" id="fix-all" disabled>Apply all safe fixes</button>
<button type="button" id="copy">Copy clean text</button>
<label class="file">Open a file…<input type="file" id="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"></label>
</div>
<label for="text" class="visually-hidden">Story text</label>
<textarea id="text" spellcheck="false" placeholder="Paste the story here, or drop a .txt, .md or .html file on the page." aria-describedby="text-hint"></textarea>
<p class="hint" id="text-hint">Checks as you type; Ctrl+Enter checks at once.</p>
<p id="status" role="status" aria-live="polite"></p>
</section>
<section aria-labelledby="view-heading">
<h2 id="view-heading">Findings in the text</h2>
<div id="view" class="view" tabindex="0" role="document" aria-label="The story with findings highlighted"></div>
</section>
<aside aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary by rule</h2>
<table>
<caption id="summary-caption" class="hint">Not checked yet</caption>
<thead><tr><th scope="col">Rule</th><th scope="col" class="n">All</th><th scope="col" class="n">Errors</th><th scope="col" class="n">Warnings</th><th scope="col" class="n">Info</th><th scope="col" class="n">Safe fixes</th></tr></thead>
<tbody id="summary-body"></tbody>
</table>
<h2 id="findings-heading">Findings</h2>
<ol id="findings" class="findings" aria-labelledby="findings-heading"></ol>
</aside>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`
