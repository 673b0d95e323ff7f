// kg's HTML view: draws the graph embedded in #kg-data with Cytoscape.js,
// and wires the search box, the filters and the details panel to it.
// Every name, sentence and title comes from documents: it is put in the
// page with textContent and Cytoscape labels only, never as markup.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const N = data.nodes.length;
  const big = N > 1500;
  const colour = {};
  for (const t of data.types) colour[t.name] = t;
  const symmetric = {};
  for (const p of data.predicates) symmetric[p.name] = !!p.symmetric;

  // adj[i] lists the indexes of the edges at node i.
  const adj = data.nodes.map(() => []);
  data.edges.forEach((e, j) => {
    adj[e.source].push(j);
    if (e.target !== e.source) adj[e.target].push(j);
  });
  const other = (e, i) => (e.source === i ? e.target : e.source);

  // ---- small DOM helpers: text only, never HTML ----

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') el.className = v;
      else if (k === 'style') Object.assign(el.style, v);
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }
  const $ = (id) => document.getElementById(id);

  function docLabel(d) {
    const doc = data.documents[d];
    return doc ? doc.title : '?';
  }
  function docCite(d) {
    const doc = data.documents[d] || {};
    return [doc.title, doc.kind, doc.date || 'undated'].filter(Boolean).join(' · ');
  }

  // fold is the search key of a name: case, accents, the letters that do
  // not decompose (ø, æ, ß...) and punctuation are ignored, as kg's own
  // reconciliation ignores them.
  const letters = { 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i' };
  function fold(s) {
    return String(s).toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')
      .replace(/[øæœßłđðþı]/g, (c) => letters[c])
      .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }

  // Each node's search keys: its canonical name, aliases and spellings.
  const keys = data.nodes.map((n) => {
    const seen = new Map();
    const add = (name, via) => {
      const k = fold(name);
      if (k && !seen.has(k)) seen.set(k, { key: k, name: name, via: via });
    };
    add(n.name, 'name');
    for (const a of n.aliases || []) add(a, 'alias');
    for (const v of n.variants || []) add(v.name, 'spelling');
    return Array.from(seen.values());
  });

  // search returns the nodes matching q, best first: an exact name, then
  // a key starting with q, then a word starting with q, then q anywhere.
  function search(q) {
    const f = fold(q);
    if (!f) return [];
    const hits = [];
    data.nodes.forEach((n, i) => {
      let best = null;
      for (const k of keys[i]) {
        let rank = -1;
        if (k.key === f) rank = k.via === 'name' ? 0 : 1;
        else if (k.key.startsWith(f)) rank = 2;
        else if ((' ' + k.key).includes(' ' + f)) rank = 3;
        else if (k.key.includes(f)) rank = 4;
        if (rank >= 0 && (!best || rank < best.rank)) best = { i: i, rank: rank, key: k };
      }
      if (best) hits.push(best);
    });
    hits.sort((a, b) => a.rank - b.rank || data.nodes[b.i].degree - data.nodes[a.i].degree ||
      data.nodes[a.i].name.localeCompare(data.nodes[b.i].name));
    return hits.slice(0, 30);
  }

  // ---- the graph ----

  const elements = [];
  data.nodes.forEach((n, i) => {
    const c = colour[n.type] || { fill: '#FFFFFF', border: '#555555' };
    elements.push({
      group: 'nodes',
      data: { id: 'n' + i, i: i, label: n.name, size: n.size, font: n.font, fill: c.fill, border: c.border },
      position: { x: n.x || 0, y: n.y || 0 },
    });
  });
  data.edges.forEach((e, j) => {
    elements.push({
      group: 'edges',
      data: { id: 'e' + j, j: j, source: 'n' + e.source, target: 'n' + e.target, label: e.type },
      classes: symmetric[e.type] ? 'symmetric' : '',
    });
  });

  const cy = cytoscape({
    container: $('graph'),
    elements: elements,
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autoungrabify: big,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    pixelRatio: big ? 1 : 'auto',
    style: [
      { selector: 'node', style: {
        'width': 'data(size)', 'height': 'data(size)',
        'background-color': 'data(fill)', 'border-color': 'data(border)', 'border-width': 1.5,
        'label': 'data(label)', 'font-size': 'data(font)', 'color': '#1F2328',
        'font-family': '"Helvetica Neue", Helvetica, Arial, sans-serif',
        'text-valign': 'bottom', 'text-margin-y': 3,
        'text-outline-color': '#FBFCFD', 'text-outline-width': 2,
        'min-zoomed-font-size': big ? 6 : 5,
      } },
      { selector: 'edge', style: {
        'width': 1.2, 'line-color': '#A5ABB6', 'target-arrow-color': '#A5ABB6',
        'target-arrow-shape': big ? 'none' : 'triangle', 'arrow-scale': 0.8,
        'curve-style': big ? 'haystack' : 'bezier',
        'font-size': 9, 'color': '#57606A', 'text-rotation': 'autorotate',
        'text-background-color': '#FBFCFD', 'text-background-opacity': 1, 'text-background-padding': 1,
      } },
      { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: '.faded', style: { 'opacity': 0.15, 'text-opacity': 0 } },
      { selector: 'edge.named', style: { 'label': 'data(label)' } },
      { selector: 'edge.near', style: { 'line-color': '#6E7781', 'target-arrow-color': '#6E7781', 'width': 1.8, 'z-index': 5 } },
      { selector: 'node.focus', style: { 'border-width': 3.5, 'border-color': '#1F2328' } },
      { selector: 'node.chosen', style: { 'border-width': 4, 'border-color': '#1F2328', 'z-index': 10 } },
      { selector: 'edge.chosen', style: { 'label': 'data(label)', 'width': 3.5, 'line-color': '#0969DA', 'target-arrow-color': '#0969DA', 'color': '#0969DA', 'z-index': 10 } },
    ],
  });

  // ---- what is drawn: shown nodes whose type is on, and the edges of an
  // enabled predicate between two drawn nodes ----

  const initial = new Set();
  data.nodes.forEach((n, i) => { if (n.shown) initial.add(i); });
  const shown = new Set(initial);
  // placed holds the nodes that have a position: kg laid out those shown
  // first; the others get one when they are first drawn.
  const placed = new Set(initial);
  const typeOn = {};
  for (const t of data.types) typeOn[t.name] = true;
  const predOn = {};
  for (const p of data.predicates) predOn[p.name] = true;
  const drawn = (i) => shown.has(i) && typeOn[data.nodes[i].type];

  function apply() {
    let nodes = 0, edges = 0;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const on = drawn(n.data('i'));
        n.toggleClass('hidden', !on);
        if (on) nodes++;
      });
      cy.edges().forEach((el) => {
        const e = data.edges[el.data('j')];
        const on = predOn[e.type] && drawn(e.source) && drawn(e.target);
        el.toggleClass('hidden', !on);
        if (on) edges++;
      });
    });
    $('status').textContent = 'Showing ' + nodes.toLocaleString('en') + ' of ' + N.toLocaleString('en') +
      ' entities · ' + edges.toLocaleString('en') + ' of ' + data.edges.length.toLocaleString('en') + ' relations';
    view.drawnNodes = nodes;
    view.drawnEdges = edges;
    highlight();
  }

  // ---- placing nodes that were not laid out ----

  function centroid() {
    let x = 0, y = 0, k = 0;
    shown.forEach((i) => {
      if (placed.has(i)) {
        const p = cy.$id('n' + i).position();
        x += p.x; y += p.y; k++;
      }
    });
    return k ? { x: x / k, y: y / k } : { x: 0, y: 0 };
  }

  // box is the room node k takes, its circle and its name under it, as
  // kg's layout counts it: w wide, h high, centred dy below the node.
  function box(k) {
    const n = data.nodes[k];
    const h = n.size + 3 + 1.2 * n.font;
    return { w: Math.max(n.size, 0.56 * n.font * n.name.length), h: h, dy: h / 2 - n.size / 2 };
  }

  // Room is the drawn nodes' boxes in a grid of cells, to find free places.
  const cell = 300;
  function room() {
    const grid = new Map();
    const add = (p, b) => {
      const key = Math.floor(p.x / cell) + ',' + Math.floor(p.y / cell);
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push({ x: p.x, y: p.y, b: b });
    };
    shown.forEach((k) => { if (placed.has(k)) add(cy.$id('n' + k).position(), box(k)); });
    const free = (p, b) => {
      const ci = Math.floor(p.x / cell), cj = Math.floor(p.y / cell);
      for (let di = -1; di <= 1; di++) {
        for (let dj = -1; dj <= 1; dj++) {
          for (const t of grid.get((ci + di) + ',' + (cj + dj)) || []) {
            if (Math.abs(t.x - p.x) < (t.b.w + b.w) / 2 + 6 && Math.abs(t.y + t.b.dy - p.y - b.dy) < (t.b.h + b.h) / 2 + 6) return false;
          }
        }
      }
      return true;
    };
    return { add: add, free: free };
  }

  // placeAround puts the nodes in list around node i, on the side away
  // from the rest of the graph, each in the nearest place where it covers
  // no drawn node or name.
  function placeAround(i, list) {
    const c = cy.$id('n' + i).position();
    const mid = centroid();
    const out = Math.atan2(c.y - mid.y, c.x - mid.x) || 0;
    const spread = list.length < 6 ? Math.PI : 2 * Math.PI;
    const r0 = data.nodes[i].size / 2 + 50;
    const free = room();
    list.forEach((k, n) => {
      const b = box(k);
      const a = out - spread / 2 + spread * (n + 0.5) / list.length;
      let p = null;
      for (let r = r0; !p && r < r0 + 4000; r += 20) {
        for (const da of [0, 0.12, -0.12, 0.25, -0.25]) {
          const q = { x: c.x + r * Math.cos(a + da), y: c.y + r * Math.sin(a + da) };
          if (free.free(q, b)) { p = q; break; }
        }
      }
      p = p || { x: c.x + r0 * Math.cos(a), y: c.y + r0 * Math.sin(a) };
      free.add(p, b);
      cy.$id('n' + k).position(p);
      placed.add(k);
    });
  }

  // expand draws the neighbours of node i that the filters allow, and
  // returns how many were not drawn before.
  function expand(i) {
    const added = [];
    for (const j of adj[i]) {
      const e = data.edges[j];
      const k = other(e, i);
      if (predOn[e.type] && typeOn[data.nodes[k].type] && !shown.has(k)) {
        shown.add(k);
        if (!placed.has(k)) added.push(k);
      }
    }
    if (added.length) placeAround(i, added);
    return added.length;
  }

  // ---- selection ----

  let chosen = null; // {kind: 'node' | 'edge', index}

  function highlight() {
    cy.batch(() => {
      cy.elements().removeClass('faded near named chosen');
      if (!chosen) return;
      let keep;
      if (chosen.kind === 'node') {
        const n = cy.$id('n' + chosen.index);
        keep = n.closedNeighborhood(':visible');
        keep.edges().addClass('near');
        // Relation names only where they can be read.
        if (keep.edges().length <= 15) keep.edges().addClass('named');
        n.addClass('chosen');
      } else {
        const e = cy.$id('e' + chosen.index);
        keep = e.union(e.connectedNodes());
        e.addClass('chosen');
      }
      cy.elements(':visible').difference(keep).addClass('faded');
    });
  }

  // selectNode shows node i and its neighbours and opens its details; from
  // the search box it also moves the view onto them.
  function selectNode(i, move) {
    const n = data.nodes[i];
    if (!typeOn[n.type]) {
      typeOn[n.type] = true;
      const box = document.querySelector('#types input[data-name="' + CSS.escape(n.type) + '"]');
      if (box) box.checked = true;
    }
    if (!shown.has(i) || !placed.has(i)) {
      shown.add(i);
      if (!placed.has(i)) placeNear(i);
    }
    const added = expand(i);
    chosen = { kind: 'node', index: i };
    view.selected = { kind: 'node', id: n.id, name: n.name };
    apply();
    showNode(i);
    if (move || added) lookAt(i);
  }

  // lookAt moves the view onto node i, zoomed to show its neighbours, but
  // never so far out that names are unreadable nor so far in that the
  // neighbourhood is lost.
  function lookAt(i) {
    const node = cy.$id('n' + i);
    const bb = node.closedNeighborhood().nodes(':visible').boundingBox();
    const pad = 80;
    const fit = Math.min((cy.width() - 2 * pad) / Math.max(bb.w, 1), (cy.height() - 2 * pad) / Math.max(bb.h, 1));
    cy.stop();
    cy.animate({ zoom: Math.max(0.6, Math.min(1.1, fit)), center: { eles: node } }, { duration: 300 });
  }

  // placeNear puts a node that was never drawn next to a drawn neighbour,
  // or in the middle of the view.
  function placeNear(i) {
    for (const j of adj[i]) {
      const k = other(data.edges[j], i);
      if (shown.has(k) && placed.has(k) && k !== i) {
        placeAround(k, [i]);
        return;
      }
    }
    const ext = cy.extent();
    cy.$id('n' + i).position({ x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 });
    placed.add(i);
  }

  function selectEdge(j) {
    const e = data.edges[j];
    chosen = { kind: 'edge', index: j };
    view.selected = { kind: 'edge', type: e.type, source: data.nodes[e.source].id, target: data.nodes[e.target].id };
    highlight();
    showEdge(j);
  }

  function clearSelection() {
    chosen = null;
    view.selected = null;
    highlight();
    $('details').hidden = true;
    cy.resize();
  }

  // ---- the details panel ----

  function entityLink(i) {
    return h('a', { class: 'entity', href: '#', onclick: (ev) => { ev.preventDefault(); selectNode(i, true); } }, data.nodes[i].name);
  }
  function edgeLink(j, text) {
    return h('a', { class: 'entity pred', href: '#', onclick: (ev) => { ev.preventDefault(); selectEdge(j); } }, text);
  }
  function typeChip(type) {
    const c = colour[type] || { fill: '#FFFFFF', border: '#555555' };
    return h('span', { class: 'chip', style: { background: c.fill, borderColor: c.border } }, type);
  }
  function docList(list) {
    return list.map((dc) => docLabel(dc.doc) + (dc.count > 1 ? ' (' + dc.count + ')' : '')).join('; ');
  }

  function openDetails(...children) {
    const body = $('details-body');
    body.replaceChildren(...children.flat(Infinity).filter(Boolean));
    const panel = $('details');
    const wasHidden = panel.hidden;
    panel.hidden = false;
    panel.scrollTop = 0;
    if (wasHidden) cy.resize();
  }

  function showNode(i) {
    const n = data.nodes[i];
    const parts = [
      h('h2', {}, n.name),
      h('p', {}, typeChip(n.type), h('span', { class: 'id' }, n.id)),
    ];
    if (n.roles && n.roles.length) parts.push(h('p', {}, 'Roles: ' + n.roles.join(', ')));
    if (n.aliases && n.aliases.length) parts.push(h('p', {}, 'Also called: ' + n.aliases.join(', ')));
    parts.push(variantsSection(n), conflictsSection(n), relationsSection(i), mentionsSection(n));
    if (n.merges && n.merges.length) {
      parts.push(h('details', {}, h('summary', {}, 'Why these names were merged (' + n.merges.length + ')'),
        h('ul', {}, n.merges.map((m) => h('li', {}, m)))));
    }
    openDetails(parts);
  }

  function variantsSection(n) {
    const vs = n.variants || [];
    if (!vs.length) return null;
    return [h('h3', {}, 'Spellings (' + vs.length + ')'), h('ul', { class: 'variants' }, vs.map((v) =>
      h('li', {}, h('div', { class: 'variant' }, h('span', { class: 'name' }, v.name,
        v.name === n.name ? h('span', { class: 'canonical' }, 'canonical') : null)),
      h('div', { class: 'docs' }, docList(v.docs)))))];
  }

  function conflictsSection(n) {
    const cs = (n.conflicts || []).map((c) => data.conflicts[c]);
    if (!cs.length) return null;
    return [h('h3', {}, 'Conflicts (' + cs.length + ')'), cs.map((c) => h('div', { class: 'conflict' },
      h('div', { class: 'topic' }, c.topic || c.kind, h('span', { class: 'muted' }, ' · ' + c.kind)),
      c.values.map((v) => h('div', { class: 'claim' },
        h('span', { class: 'value' }, v.value), ' — ',
        h('span', { class: 'docs' }, v.docs.map(docCite).join('; ')),
        (v.evidence || []).length ? h('details', {}, h('summary', {}, 'sentences'),
          (v.evidence || []).map((s) => h('blockquote', {}, h('p', {}, s)))) : null))))];
  }

  // relationsSection lists node i's relations as sentences, "Maggie Q
  // PLAYS Renée Ballard", the predicate a link to the relation's evidence.
  function relationsSection(i) {
    if (!adj[i].length) return h('p', { class: 'muted' }, 'No relations.');
    const rows = adj[i].map((j) => ({ j: j, e: data.edges[j], k: other(data.edges[j], i) }));
    rows.sort((a, b) => a.e.type.localeCompare(b.e.type) || (a.e.source === i) - (b.e.source === i) ||
      data.nodes[a.k].name.localeCompare(data.nodes[b.k].name));
    const end = (k) => (k === i ? h('span', {}, data.nodes[k].name) : entityLink(k));
    return [h('h3', {}, 'Relations (' + rows.length + ')'), h('ul', { class: 'relations' }, rows.map((r) =>
      h('li', {}, end(r.e.source), ' ', edgeLink(r.j, r.e.type), ' ', end(r.e.target))))];
  }

  function mentionsSection(n) {
    const ms = n.mentions || [];
    if (!ms.length) return null;
    return [h('h3', {}, 'Mentioned in (' + ms.length + ')'), h('ul', {}, ms.map((m) =>
      h('li', {}, docCite(m.doc), h('span', { class: 'muted' }, ' — ' + m.count + '×'))))];
  }

  function showEdge(j) {
    const e = data.edges[j];
    const parts = [
      h('p', { class: 'edge-title' }, entityLink(e.source), h('span', { class: 'pred' }, e.type), entityLink(e.target)),
      h('p', { class: 'muted' }, symmetric[e.type] ? 'No direction.' : data.nodes[e.source].name + ' ' + e.type + ' ' + data.nodes[e.target].name + '.'),
    ];
    if (e.detail) parts.push(h('p', {}, 'Detail: ' + e.detail));
    if (e.confidence) parts.push(h('p', { class: 'muted' }, 'Confidence ' + e.confidence));
    const ev = e.evidence || [];
    parts.push(h('h3', {}, 'Evidence (' + ev.length + ')'));
    if (!ev.length) parts.push(h('p', { class: 'muted' }, 'No sentence was recorded.'));
    for (const s of ev) {
      parts.push(h('blockquote', { class: 'evidence' }, h('p', {}, s.text), h('cite', {}, docCite(s.doc))));
    }
    if ((e.sources || []).length) {
      parts.push(h('h3', {}, 'Sources (' + e.sources.length + ')'), h('ul', {}, e.sources.map((d) => h('li', {}, docCite(d)))));
    }
    openDetails(parts);
  }

  // ---- the sidebar ----

  function filterList(list, on, el, swatch) {
    for (const item of list) {
      const box = h('input', { type: 'checkbox', 'data-name': item.name });
      box.checked = true;
      box.addEventListener('change', () => { on[item.name] = box.checked; apply(); });
      el.append(h('li', {}, h('label', {}, box, swatch(item), h('span', {}, item.name),
        h('span', { class: 'count' }, item.count.toLocaleString('en')))));
    }
  }
  filterList(data.types, typeOn, $('types'), (t) => h('span', { class: 'swatch', style: { background: t.fill, borderColor: t.border } }));
  filterList(data.predicates, predOn, $('predicates'), () => null);
  for (const span of document.querySelectorAll('#predicates label > span:not(.count)')) span.className = 'pred';

  let hits = [], active = 0;
  function showResults() {
    const list = $('results');
    list.replaceChildren(...hits.map((hit, k) => {
      const n = data.nodes[hit.i];
      return h('li', { role: 'option', class: k === active ? 'active' : '', onclick: () => choose(k) },
        n.name, ' ', h('span', { class: 'muted' }, n.type),
        hit.key.via !== 'name' ? h('span', { class: 'via' }, hit.key.via + ': ' + hit.key.name) : null);
    }));
  }
  function choose(k) {
    const hit = hits[k];
    if (!hit) return;
    hits = [];
    showResults();
    selectNode(hit.i, true);
  }
  $('search').addEventListener('input', (ev) => { hits = search(ev.target.value); active = 0; showResults(); });
  $('search').addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (hits.length) active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      showResults();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!hits.length) hits = search(ev.target.value);
      choose(active);
    } else if (ev.key === 'Escape') {
      hits = [];
      showResults();
    }
  });

  function fit() {
    cy.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 250 });
  }
  $('fit').addEventListener('click', fit);
  $('show-all').addEventListener('click', () => {
    data.nodes.forEach((n, i) => { if (!placed.has(i)) placeNear(i); shown.add(i); });
    apply();
    fit();
  });
  $('reset').addEventListener('click', () => {
    shown.clear();
    initial.forEach((i) => shown.add(i));
    for (const box of document.querySelectorAll('.filters input')) box.checked = true;
    for (const k in typeOn) typeOn[k] = true;
    for (const k in predOn) predOn[k] = true;
    clearSelection();
    apply();
    fit();
  });
  $('close-details').addEventListener('click', clearSelection);

  cy.on('tap', 'node', (ev) => selectNode(ev.target.data('i'), false));
  cy.on('tap', 'edge', (ev) => selectEdge(ev.target.data('j')));
  cy.on('tap', (ev) => { if (ev.target === cy) clearSelection(); });

  // view is what tests and the browser console can read.
  const view = {
    cy: cy, data: data, drawnNodes: 0, drawnEdges: 0, selected: null, search: search, fold: fold,
    // select selects the entity with the given id, as a search would.
    select: (id) => {
      const i = data.nodes.findIndex((n) => n.id === id);
      if (i >= 0) selectNode(i, true);
      return i >= 0;
    },
  };
  window.kgView = view;

  apply();
  cy.fit(cy.elements(':visible'), 40);
  for (const i of data.focus || []) cy.$id('n' + i).addClass('focus');
  view.ready = true;
})();
