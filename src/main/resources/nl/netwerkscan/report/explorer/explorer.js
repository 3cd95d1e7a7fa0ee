// The explorer of one netwerkscan report. Every figure comes from the JSON block the report
// writer made from the analysis results; the only computation here is the departure
// simulation (maximum bipartite matching per organisation, as analyse --leave does).
// Survey text is only ever set as textContent, never parsed as markup.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('explorer-data').textContent);
  const RISK_COLOURS = { high: '#c00000', medium: '#f07800' };
  const EFFECT_ORDER = ['lost_contact', 'weakened', 'fewer_contacts'];
  const LARGE = 1000; // organisations above which panning draws a snapshot
  const SHOWN_RESULTS = 30;
  const leaving = new Set(); // matching keys of the people ticked as leaving

  // One pass, so that a name containing "{1}" is never filled in itself.
  function t(key, ...args) {
    return data.texts[key].replace(/\{(\d)\}/g, (whole, i) => (i < args.length ? String(args[i]) : whole));
  }

  function largest(values) {
    return values.reduce((most, value) => Math.max(most, value), 1);
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (name === 'text') node.textContent = value;
      else if (name === 'className') node.className = value;
      else node.setAttribute(name, value);
    });
    children.forEach((child) => node.append(child));
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function format(value, digits) {
    if (value === null || value === undefined) return '';
    return Number(value).toLocaleString(data.language, {
      minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0 });
  }

  // Who works where: the organisations of each staff member, from the organisations' people.
  const organisationsOfStaff = data.staff.map(() => []);
  data.organisations.forEach((organisation, index) => {
    if (organisation.people) {
      organisation.people.staff.forEach((s) => organisationsOfStaff[s].push(index));
    }
  });

  // ---- The network ----------------------------------------------------------------------
  function elements() {
    const nodes = [{ data: { id: 'home', label: data.home }, position: { x: 0, y: 0 }, classes: 'home' }];
    const edges = [];
    const mostStaff = largest(data.organisations.map((o) => o.staff));
    data.organisations.forEach((o, i) => {
      nodes.push({
        data: {
          id: 'o' + i, index: i, label: o.name, colour: data.types[o.type].colour, diameter: 2 * o.size,
          // Labels run outwards along the radius, read left to right on both halves.
          rotation: o.angle < Math.PI ? o.angle - Math.PI / 2 : o.angle + Math.PI / 2
        },
        position: { x: o.x, y: o.y },
        classes: 'organisation risk-' + o.risk + (o.angle < Math.PI ? ' right' : ' left')
      });
      edges.push({ data: { id: 'e' + i, source: 'home', target: 'o' + i, width: 1.2 + 8.8 * o.staff / mostStaff } });
    });
    return nodes.concat(edges);
  }

  const cy = cytoscape({
    container: document.getElementById('network'),
    minZoom: 0.02,
    maxZoom: 6,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', width: 'data(diameter)', height: 'data(diameter)',
        label: 'data(label)', 'font-size': 13, 'text-valign': 'center', 'min-zoomed-font-size': 7,
        'text-rotation': 'data(rotation)',
        'border-width': 2, 'border-color': '#ffffff' } },
      { selector: 'node.right', style: { 'text-halign': 'right', 'text-margin-x': 8 } },
      { selector: 'node.left', style: { 'text-halign': 'left', 'text-margin-x': -8 } },
      { selector: 'node.home', style: {
        'background-color': '#333333', width: 90, height: 90, color: '#ffffff', 'text-halign': 'center',
        'text-margin-x': 0, 'font-weight': 'bold', 'text-wrap': 'wrap', 'text-max-width': 80 } },
      { selector: 'node.risk-high', style: {
        'border-width': 5, 'border-color': RISK_COLOURS.high, 'font-weight': 'bold' } },
      { selector: 'node.risk-medium', style: {
        'border-width': 4, 'border-color': RISK_COLOURS.medium, 'border-style': 'dashed' } },
      { selector: 'node.lost', style: { 'background-color': '#ffffff', 'border-color': '#000000', 'border-width': 6, 'border-style': 'double' } },
      { selector: 'node.weakened', style: { 'background-opacity': 0.45 } },
      { selector: 'node.found', style: { 'underlay-color': '#0072b2', 'underlay-opacity': 0.35, 'underlay-padding': 10 } },
      { selector: 'node:selected', style: { 'underlay-color': '#000000', 'underlay-opacity': 0.25, 'underlay-padding': 12 } },
      // Haystack edges: every line is straight from us to a partner, and they draw fastest.
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#b0b0b0', 'curve-style': 'haystack' } }
    ],
    // A roll-up of many municipalities has thousands of partners: while panning and zooming
    // draw a snapshot and leave out the lines, so the page stays smooth.
    textureOnViewport: data.organisations.length > LARGE,
    hideEdgesOnViewport: data.organisations.length > LARGE
  });
  // Added after construction: for 5,000 partners this takes a third of the time that passing
  // them to the constructor does (0.5 s against 1.4 s in headless Chromium).
  cy.add(elements());
  cy.on('tap', 'node.organisation', (event) => showOrganisation(event.target.data('index')));

  // ---- Filters and legend ---------------------------------------------------------------
  const shownTypes = new Set(data.types.map((type, i) => i));
  const shownRisks = new Set(['high', 'medium', 'low']);

  function applyFilters() {
    cy.batch(() => {
      data.organisations.forEach((o, i) => {
        const shown = shownTypes.has(o.type) && shownRisks.has(o.risk);
        cy.getElementById('o' + i).style('display', shown ? 'element' : 'none');
      });
    });
  }

  function filterBox(checked, onChange, marker, text, value) {
    const box = el('input', { type: 'checkbox', 'data-filter': value });
    box.checked = checked;
    box.addEventListener('change', () => { onChange(box.checked); applyFilters(); });
    return el('label', { className: 'filter' }, box, marker, el('span', { text: text }));
  }

  function buildFilters() {
    document.getElementById('types-heading').textContent = t('explorer.types');
    document.getElementById('risks-heading').textContent = t('explorer.risks');
    const types = document.getElementById('type-filters');
    data.types.forEach((type, i) => {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = type.colour;
      types.append(filterBox(true, (on) => (on ? shownTypes.add(i) : shownTypes.delete(i)), swatch, type.name, 'type-' + i));
    });
    const risks = document.getElementById('risk-filters');
    ['high', 'medium', 'low'].forEach((risk) => {
      const count = data.organisations.filter((o) => o.risk === risk).length;
      risks.append(filterBox(true, (on) => (on ? shownRisks.add(risk) : shownRisks.delete(risk)),
        el('span', { className: 'ring-' + risk }), t('risk.' + risk) + ' (' + count + ')', 'risk-' + risk));
    });
  }

  function buildLegend() {
    const legend = document.getElementById('legend');
    const home = el('span', { className: 'swatch' });
    home.style.background = '#333333';
    legend.append(el('h2', { text: t('explorer.legend') }),
      el('div', { className: 'filter' }, home, el('span', { text: t('explorer.legend.home') })),
      el('div', { className: 'filter' }, el('span', { className: 'ring-high' }), el('span', { text: t('diagram.legend.risk.high') })),
      el('div', { className: 'filter' }, el('span', { className: 'ring-medium' }), el('span', { text: t('diagram.legend.risk.medium') })),
      el('p', { className: 'note', text: t('explorer.legend.size') }),
      el('p', { className: 'note', text: t('explorer.legend.width') }),
      el('div', { className: 'filter' }, el('span', { className: 'ring-lost' }), el('span', { text: t('scenario.effect.lost.contact') })));
  }

  function buildSummary() {
    const table = el('table', { className: 'figures' });
    data.summary.forEach(([label, value]) =>
      table.append(el('tr', {}, el('td', { text: label }), el('td', { className: 'number', text: format(value) }))));
    document.getElementById('summary').append(el('h2', { text: t('explorer.summary') }), table);
  }

  // A single-hue scale: the closer (0), the darker; text flips to white on dark cells.
  function distanceCell(value) {
    const cell = el('td', { className: 'cell', text: value === null ? '' : format(value, 2) });
    if (value !== null) {
      const lightness = 30 + 65 * value;
      cell.style.background = 'hsl(205, 60%, ' + lightness + '%)';
      cell.style.color = lightness < 55 ? '#ffffff' : '#222222';
    }
    return cell;
  }

  function buildDistances() {
    const head = el('tr', {}, el('th', { text: t('distances.type') }));
    data.aspects.forEach((aspect) => head.append(el('th', { className: 'aspect', text: aspect })));
    head.append(el('th', { className: 'aspect', text: t('distances.mean') }));
    const table = el('table', {}, head);
    data.distances.forEach((row) => {
      const tr = el('tr', {}, el('td', { text: row.type }));
      row.values.forEach((value) => tr.append(distanceCell(value)));
      tr.append(distanceCell(row.mean));
      table.append(tr);
    });
    document.getElementById('distances').append(el('h2', { text: t('explorer.distances') }), table,
      el('p', { className: 'note', text: t('explorer.distances.note') }));
  }

  // ---- Search ---------------------------------------------------------------------------
  // As names are matched: without case, accents, spaces or punctuation ("geld zorg" = GeldZorg).
  function searchKey(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  }

  const searchable = [];
  data.organisations.forEach((o, i) => searchable.push({ key: searchKey(o.name), text: o.name, kind: data.types[o.type].name, open: () => showOrganisation(i) }));
  data.staff.forEach((s, i) => searchable.push({ key: searchKey(s.name), text: s.name, kind: t('explorer.ours'), open: () => showStaff(i) }));
  data.persons.forEach((p, i) => searchable.push({ key: searchKey(p.name), text: p.name, kind: data.organisations[p.organisation].name, open: () => showPerson(i) }));

  function search(query) {
    const results = clear(document.getElementById('results'));
    const wanted = searchKey(query.trim());
    cy.nodes().removeClass('found');
    if (!wanted) { results.hidden = true; return; }
    const matching = searchable.filter((item) => item.key.includes(wanted));
    const found = matching.slice(0, SHOWN_RESULTS);
    if (found.length === 0) results.append(el('li', { text: t('explorer.search.none', query.trim()) }));
    found.forEach((item) => {
      const li = el('li', { tabindex: '0', className: 'result' }, el('span', { text: item.text }), el('span', { className: 'kind', text: item.kind }));
      const open = () => { results.hidden = true; item.open(); };
      li.addEventListener('click', open);
      li.addEventListener('keydown', (event) => { if (event.key === 'Enter') open(); });
      results.append(li);
    });
    if (matching.length > found.length) results.append(el('li', { className: 'note', text: t('explorer.search.more', matching.length - found.length) }));
    data.organisations.forEach((o, i) => { if (searchKey(o.name).includes(wanted)) cy.getElementById('o' + i).addClass('found'); });
    results.hidden = false;
  }

  // ---- Panels ---------------------------------------------------------------------------
  function linkButton(text, onClick) {
    const button = el('button', { type: 'button', className: 'linklike', text: text });
    button.addEventListener('click', onClick);
    return button;
  }

  function leaveBox(key, name) {
    const box = el('input', { type: 'checkbox', className: 'leave', 'data-key': key, title: t('explorer.simulation.leaving') + ': ' + name });
    box.checked = leaving.has(key);
    box.addEventListener('change', () => {
      if (box.checked) leaving.add(key); else leaving.delete(key);
      document.querySelectorAll('input.leave').forEach((other) => { if (other.dataset.key === key) other.checked = box.checked; });
      showSimulation();
    });
    return box;
  }

  function figureRow(label, value, className) {
    return el('tr', {}, el('td', { text: label }), el('td', { className: 'number ' + (className || ''), text: String(value) }));
  }

  function showOrganisation(index) {
    const o = data.organisations[index];
    cy.nodes().unselect();
    const node = cy.getElementById('o' + index);
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.8) }, { duration: 250 });
    const details = clear(document.getElementById('details'));
    details.dataset.organisation = o.name;
    details.append(el('h2', { text: o.name }), el('p', { className: 'note', text: data.types[o.type].name }));
    const figures = el('table', { className: 'figures' },
      figureRow(t('fragile.staff'), o.staff), figureRow(t('fragile.contacts'), o.contacts),
      figureRow(t('fragile.persons'), o.persons), figureRow(t('fragile.resilience'), o.resilience),
      figureRow(t('fragile.risk'), t('risk.' + o.risk), 'risk-' + o.risk));
    details.append(figures);
    if (o.explanation) details.append(el('p', { className: 'explanation', text: o.explanation }));
    details.append(el('h3', { text: t('explorer.means') }));
    const means = el('table', { className: 'figures' });
    data.aspects.forEach((aspect, i) => means.append(figureRow(aspect, o.means[i] === null ? '' : format(o.means[i], 1))));
    details.append(means);
    details.append(el('h3', { text: t('explorer.carriers') }));
    if (o.people) details.append(bipartite(o), peopleLists(o));
    else details.append(el('p', { className: 'note', text: t('explorer.people.absent') }));
    details.append(el('h3', { text: t('explorer.actions') }));
    if (o.actions.length === 0) details.append(el('p', { className: 'note', text: t('explorer.no.actions') }));
    o.actions.forEach((action) => details.append(el('div', { className: 'action ' + o.risk },
      el('strong', { text: action.priority + '. ' + action.action }),
      el('div', { text: t('actions.who') + ': ' + action.who + (action.with ? ' \u2192 ' + action.with : '') }),
      el('div', { text: t('actions.steps') + ': ' + action.steps }),
      el('div', { className: 'note', text: action.why }))));
  }

  function personName(p) {
    return p < 0 ? t('explorer.unnamed') : data.persons[p].name;
  }

  function peopleLists(o) {
    const ours = el('ul', { className: 'people staff' });
    o.people.staff.forEach((s) => {
      const carrier = o.people.carryingStaff.includes(s);
      ours.append(el('li', { className: carrier ? 'carrier' : '' }, leaveBox(data.staff[s].key, data.staff[s].name),
        linkButton(data.staff[s].name, () => showStaff(s)),
        carrier ? el('span', { className: 'marker', text: t('explorer.only.link') }) : ''));
    });
    const theirs = el('ul', { className: 'people persons' });
    o.people.persons.forEach((p) => {
      const carrier = o.people.carryingPersons.includes(p);
      theirs.append(el('li', { className: carrier ? 'carrier' : '' },
        p < 0 ? '' : leaveBox(data.persons[p].key, data.persons[p].name),
        p < 0 ? el('span', { text: personName(p) }) : linkButton(personName(p), () => showPerson(p)),
        carrier ? el('span', { className: 'marker', text: t('explorer.only.link') }) : ''));
    });
    return el('div', {}, el('h3', { text: t('explorer.ours') }), ours, el('h3', { text: t('explorer.theirs') }), theirs);
  }

  // The bipartite picture of the risk diagrams: our staff left, their people right, a line per
  // link as wide as its rows, the carrier ringed in red.
  function bipartite(o) {
    const ns = 'http://www.w3.org/2000/svg';
    const rowHeight = 24;
    const rows = Math.max(o.people.staff.length, o.people.persons.length);
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'bipartite');
    svg.setAttribute('width', '390');
    svg.setAttribute('height', String(rows * rowHeight + 10));
    const y = (i) => 16 + i * rowHeight;
    const most = largest(o.people.links.map((link) => link[2]));
    const add = (tag, attributes, text) => {
      const node = document.createElementNS(ns, tag);
      Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
      if (text !== undefined) node.textContent = text;
      svg.append(node);
    };
    o.people.links.forEach(([s, p, count]) => add('line', {
      x1: 150, y1: y(o.people.staff.indexOf(s)), x2: 240, y2: y(o.people.persons.indexOf(p)),
      stroke: '#8a8a8a', 'stroke-width': 1 + 5 * count / most }));
    const dot = (x, row, carrier, fill) => {
      add('circle', { cx: x, cy: y(row), r: 6, fill: fill, stroke: '#ffffff', 'stroke-width': 1.5 });
      if (carrier) add('circle', { cx: x, cy: y(row), r: 10, fill: 'none', stroke: RISK_COLOURS.high, 'stroke-width': 3 });
    };
    o.people.staff.forEach((s, row) => {
      dot(150, row, o.people.carryingStaff.includes(s), '#333333');
      add('text', { x: 136, y: y(row) + 4, 'text-anchor': 'end', 'font-weight': o.people.carryingStaff.includes(s) ? 'bold' : 'normal' }, data.staff[s].name);
    });
    o.people.persons.forEach((p, row) => {
      dot(240, row, o.people.carryingPersons.includes(p), data.types[o.type].colour);
      add('text', { x: 254, y: y(row) + 4, 'font-weight': o.people.carryingPersons.includes(p) ? 'bold' : 'normal' }, personName(p));
    });
    return svg;
  }

  function organisationList(indices) {
    const list = el('ul', { className: 'people' });
    indices.forEach((i) => list.append(el('li', {}, linkButton(data.organisations[i].name, () => showOrganisation(i)),
      el('span', { className: 'kind note', text: ' ' + t('risk.' + data.organisations[i].risk) }))));
    return list;
  }

  function showStaff(s) {
    const staff = data.staff[s];
    const details = clear(document.getElementById('details'));
    details.dataset.organisation = '';
    details.append(el('h2', {}, leaveBox(staff.key, staff.name), el('span', { text: ' ' + staff.name })),
      el('p', { className: 'note', text: t('explorer.ours') + ', ' + staff.function }));
    details.append(el('h3', { text: t('explorer.portfolio') }), el('table', { className: 'figures' },
      figureRow(t('staff.contacts'), staff.contacts), figureRow(t('staff.organisations'), staff.organisations),
      figureRow(t('staff.types'), staff.types),
      figureRow(t('staff.sole.link.organisations'), staff.soleLinkAt.map((i) => data.organisations[i].name).join('; ')),
      figureRow(t('staff.in.house'), staff.inHouseShare === null ? '' : format(100 * staff.inHouseShare) + ' %'),
      figureRow(t('staff.spread'), format(staff.spread, 2)),
      figureRow(t('staff.key.person'), t(staff.keyPerson ? 'staff.yes' : 'staff.no'))));
    details.append(el('h3', { text: t('explorer.organisations.of') }), organisationList(organisationsOfStaff[s]));
    if (!data.wholeNetwork) details.append(el('p', { className: 'note', text: t('explorer.partial') }));
  }

  function showPerson(p) {
    const person = data.persons[p];
    const o = data.organisations[person.organisation];
    const details = clear(document.getElementById('details'));
    details.dataset.organisation = '';
    details.append(el('h2', {}, leaveBox(person.key, person.name), el('span', { text: ' ' + person.name })),
      el('p', { className: 'note', text: t('explorer.theirs') + ', ' + data.types[o.type].name }));
    details.append(el('h3', { text: t('explorer.organisations.of') }), organisationList([person.organisation]));
    const named = o.people.links.filter((link) => link[1] === p).map((link) => link[0]);
    const list = el('ul', { className: 'people' });
    named.forEach((s) => list.append(el('li', {}, linkButton(data.staff[s].name, () => showStaff(s)))));
    details.append(el('h3', { text: t('explorer.ours') }), list);
  }

  // ---- Departure simulation -------------------------------------------------------------
  // The size of a maximum matching (augmenting paths): the people who must leave before no
  // contact is left, by Konig's theorem, the resilience of the fragility analysis.
  function matching(links) {
    const adjacent = new Map();
    links.forEach(([s, p]) => {
      if (!adjacent.has(s)) adjacent.set(s, []);
      adjacent.get(s).push(p);
    });
    const partner = new Map(); // person -> staff
    const augment = (s, seen) => {
      for (const p of adjacent.get(s)) {
        if (seen.has(p)) continue;
        seen.add(p);
        if (!partner.has(p) || augment(partner.get(p), seen)) { partner.set(p, s); return true; }
      }
      return false;
    };
    let size = 0;
    adjacent.forEach((persons, s) => { if (augment(s, new Set())) size++; });
    return size;
  }

  function simulate(keys) {
    const changes = [];
    data.organisations.forEach((o, index) => {
      if (!o.people) return;
      const staffGone = (s) => keys.has(data.staff[s].key);
      const personGone = (p) => p >= 0 && keys.has(data.persons[p].key);
      if (!o.people.staff.some(staffGone) && !o.people.persons.some(personGone)) return;
      const remaining = o.people.links.filter(([s, p]) => !staffGone(s) && !personGone(p));
      const lost = o.people.links.filter(([s, p]) => staffGone(s) || personGone(p)).reduce((sum, link) => sum + link[2], 0);
      const after = remaining.length === 0 ? 0 : matching(remaining);
      const effect = after === 0 ? 'lost_contact' : after < o.resilience ? 'weakened' : 'fewer_contacts';
      const who = o.people.staff.filter(staffGone).map((s) => t('scenario.leaving.person', data.staff[s].name, t('side.internal')))
        .concat(o.people.persons.filter(personGone).map((p) => t('scenario.leaving.person', data.persons[p].name, t('side.external'))));
      changes.push({ index: index, organisation: o, before: o.resilience, after: after, lost: lost, effect: effect, who: who });
    });
    changes.sort((a, b) => EFFECT_ORDER.indexOf(a.effect) - EFFECT_ORDER.indexOf(b.effect)
      || b.organisation.contacts - a.organisation.contacts
      || (a.organisation.name < b.organisation.name ? -1 : a.organisation.name > b.organisation.name ? 1 : 0));
    return changes;
  }

  function leavingNames() {
    const names = [];
    const seen = new Set();
    data.staff.concat(data.persons).forEach((person) => {
      if (leaving.has(person.key) && !seen.has(person.key)) { seen.add(person.key); names.push(person.name); }
    });
    return names;
  }

  function showSimulation() {
    const section = clear(document.getElementById('simulation'));
    const clearButton = el('button', { type: 'button', id: 'simulation-clear', text: t('explorer.simulation.clear') });
    clearButton.addEventListener('click', () => {
      leaving.clear();
      document.querySelectorAll('input.leave').forEach((box) => { box.checked = false; });
      showSimulation();
    });
    section.append(el('h2', { text: t('explorer.simulation') }), el('p', { className: 'note', text: t('explorer.simulation.hint') }));
    if (!data.wholeNetwork) section.append(el('p', { className: 'note', text: t('explorer.partial') }));
    cy.nodes().removeClass('lost weakened');
    if (leaving.size === 0) {
      section.append(el('p', { id: 'simulation-empty', text: t('explorer.simulation.none') }));
      return;
    }
    section.append(el('p', { id: 'simulation-leaving', text: t('explorer.simulation.leaving') + ': ' + leavingNames().join(', ') }), clearButton);
    const changes = simulate(leaving);
    const lostNames = changes.filter((c) => c.effect === 'lost_contact').map((c) => c.organisation.name);
    const weakenedNames = changes.filter((c) => c.effect === 'weakened').map((c) => c.organisation.name);
    if (lostNames.length) section.append(el('p', { className: 'risk-high', text: t('explorer.simulation.lost', lostNames.join(', ')) }));
    if (weakenedNames.length) section.append(el('p', { className: 'risk-medium', text: t('explorer.simulation.weakened', weakenedNames.join(', ')) }));
    const total = changes.reduce((sum, c) => sum + c.lost, 0);
    section.append(el('p', { id: 'simulation-total', text: t(total === 1 ? 'explorer.simulation.contact.lost' : 'explorer.simulation.contacts.lost', format(total)) }));
    const table = el('table', { id: 'simulation-results' }, el('tr', {},
      el('th', { text: t('fragile.organisation') }), el('th', { className: 'number', text: t('scenario.resilience.before') }),
      el('th', { className: 'number', text: t('scenario.resilience.after') }), el('th', { className: 'number', text: t('scenario.contacts.lost') })));
    changes.forEach((c) => {
      const row = el('tr', { className: c.effect, 'data-organisation': c.organisation.name, 'data-effect': c.effect },
        el('td', {}, linkButton(c.organisation.name, () => showOrganisation(c.index)),
          el('div', { className: 'note effect', text: t('scenario.effect.' + c.effect.replace('_', '.')) }),
          el('div', { className: 'note leaving', text: c.who.join('; ') })),
        el('td', { className: 'number', text: String(c.before) }), el('td', { className: 'number', text: String(c.after) }),
        el('td', { className: 'number', text: String(c.lost) }));
      table.append(row);
      if (c.effect !== 'fewer_contacts') cy.getElementById('o' + c.index).addClass(c.effect === 'lost_contact' ? 'lost' : 'weakened');
    });
    section.append(table);
  }

  // ---- Start ----------------------------------------------------------------------------
  document.title = t('explorer.title', data.home) + (data.year ? ' ' + data.year : '');
  document.documentElement.lang = data.language;
  document.getElementById('title').textContent = document.title;
  const privacy = document.getElementById('privacy');
  privacy.className = data.privacy;
  privacy.textContent = t(data.privacy === 'names' ? 'explorer.warning.names' : 'explorer.notice.codes');
  const searchBox = document.getElementById('search');
  searchBox.placeholder = t('explorer.search');
  searchBox.setAttribute('aria-label', t('explorer.search'));
  searchBox.addEventListener('input', () => search(searchBox.value));
  const resultList = document.getElementById('results');
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') resultList.hidden = true; });
  document.addEventListener('click', (event) => {
    if (!resultList.contains(event.target) && event.target !== searchBox) resultList.hidden = true;
  });
  const fit = document.getElementById('fit');
  fit.textContent = t('explorer.fit');
  fit.addEventListener('click', () => cy.fit(undefined, 30));
  const print = document.getElementById('print');
  print.textContent = t('explorer.print');
  print.addEventListener('click', () => window.print());
  buildFilters();
  buildLegend();
  buildSummary();
  buildDistances();
  showSimulation();
  cy.fit(undefined, 30);
  // For tests and for the curious: the graph and the simulation, read-only in spirit.
  window.netwerkscanExplorer = { cy: cy, simulate: (keys) => simulate(new Set(keys)) };
  // When the page was ready, from the start of loading: src/bench/explorer-open.sh reads it.
  requestAnimationFrame(() => { document.body.dataset.readyMs = String(Math.round(performance.now())); });
}());
