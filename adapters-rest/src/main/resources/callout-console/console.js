// The operator console: everything goes through the public API (/api/v1) and its socket.
// Tokens live in sessionStorage (this tab only) and travel in the Authorization header, or as the
// socket's subprotocol; never in a URL.
(() => {
  'use strict';

  const API = '/api/v1';
  const SESSION_KEY = 'callout.console.session';
  const LIVE_JOB_STATUSES = new Set(['requested', 'accepted', 'en_route', 'in_progress']);
  const PAGE_LIMIT = 100;
  const MAX_PAGES = 10;
  // availability changes and positions going stale are not on the feed: the map is read again this often
  const MAP_REFRESH_MS = 60000;
  const $ = id => document.getElementById(id);

  // ---- small DOM helpers (text only: nothing from the API is ever parsed as HTML)
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === undefined || value === null || value === false) return;
      if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(name, value === true ? '' : value);
    });
    children.flat().forEach(child => {
      if (child !== undefined && child !== null && child !== false) node.append(child instanceof Node ? child : String(child));
    });
    return node;
  }
  const fill = (node, ...children) => { node.replaceChildren(); children.flat().forEach(c => c && node.append(c)); };
  const when = instant => instant ? new Date(instant).toLocaleString() : '';
  const money = m => m ? `${m.amount} ${m.currency}` : '';
  const status = value => el('span', { class: `status ${value}` }, (value || '').replaceAll('_', ' '));

  function notice(text, isError) {
    const box = $('notice');
    box.textContent = text;
    box.classList.toggle('error', !!isError);
    box.hidden = !text;
  }

  // ---- the session and the API
  class ApiFailure extends Error {
    constructor(status, error) {
      super(error && error.message ? error.message : `the server answered ${status}`);
      this.status = status;
      this.code = error && error.code;
      this.details = error && error.details;
    }
    describe() {
      const fields = this.details && this.details.fields ? Object.entries(this.details.fields).map(([f, p]) => `${f} ${p}`) : [];
      return `${this.code || this.status}: ${this.message}${fields.length ? ` (${fields.join('; ')})` : ''}`;
    }
  }

  let session = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
  let refreshing = null;
  let refreshTimer = null;
  let mapRefresh = null;

  function keep(tokens) {
    session = { access: tokens.access_token, refresh: tokens.refresh_token,
      expiresAt: Date.now() + tokens.expires_in * 1000, user: tokens.user || (session && session.user) };
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    scheduleRefresh();
  }

  function forget() {
    session = null;
    sessionStorage.removeItem(SESSION_KEY);
    clearTimeout(refreshTimer);
  }

  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    const due = Math.max(5000, session.expiresAt - Date.now() - 60000);
    refreshTimer = setTimeout(() => refresh().catch(() => signedOut('Your session ended; sign in again.')), due);
  }

  // Refresh tokens work once: one refresh at a time, shared by every caller that needs it.
  function refresh() {
    if (!refreshing) {
      refreshing = fetch(`${API}/auth/token/refresh`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refresh_token: session.refresh }) })
        .then(async response => {
          const body = await response.json().catch(() => ({}));
          if (!response.ok) throw new ApiFailure(response.status, body.error);
          keep(body);
          socket.renew();
        })
        .finally(() => { refreshing = null; });
    }
    return refreshing;
  }

  async function api(method, path, body, headers) {
    const send = () => fetch(API + path, { method, headers: Object.assign({ Authorization: `Bearer ${session.access}` },
      body === undefined ? {} : { 'Content-Type': 'application/json' }, headers || {}),
      body: body === undefined ? undefined : JSON.stringify(body) });
    let response = await send();
    if (response.status === 401 && session && session.refresh) {
      await refresh();
      response = await send();
    }
    if (response.status === 204) return null;
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      if (response.status === 401) signedOut('Your session ended; sign in again.');
      throw new ApiFailure(response.status, answer.error);
    }
    return answer;
  }

  async function all(path) {
    const items = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const answer = await api('GET', `${path}${path.includes('?') ? '&' : '?'}page=${page}&limit=${PAGE_LIMIT}`);
      items.push(...answer.data);
      if (items.length >= answer.meta.total || answer.data.length === 0) break;
    }
    return items;
  }

  // Runs an action, showing the API's own message when it refuses.
  async function act(what, action) {
    try {
      const result = await action();
      notice(what);
      return result;
    } catch (failure) {
      notice(failure instanceof ApiFailure ? failure.describe() : String(failure), true);
      return undefined;
    }
  }

  // ---- sign-in
  $('sign-in-form').addEventListener('submit', async event => {
    event.preventDefault();
    const error = $('sign-in-error');
    error.textContent = '';
    $('sign-in-button').disabled = true;
    try {
      const response = await fetch(`${API}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ identifier: $('identifier').value.trim(), password: $('password').value }) });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new ApiFailure(response.status, body.error);
      if (body.user.role !== 'admin') {
        await fetch(`${API}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${body.access_token}` } });
        error.textContent = `This console is for admins only: ${body.user.name} is a ${body.user.role}. You have been signed out.`;
        return;
      }
      keep(body);
      $('password').value = '';
      start();
    } catch (failure) {
      error.textContent = failure instanceof ApiFailure ? failure.describe() : String(failure);
    } finally {
      $('sign-in-button').disabled = false;
    }
  });

  $('sign-out').addEventListener('click', async () => {
    const token = session && session.access;
    signedOut('');
    if (token) await fetch(`${API}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => {});
  });

  function signedOut(message) {
    forget();
    clearInterval(mapRefresh);
    socket.close();
    $('console').hidden = true;
    $('sign-in').hidden = false;
    $('sign-in-error').textContent = message;
  }

  // ---- the live map and its lists
  const state = { providers: new Map(), jobs: new Map(), customers: new Map(), payments: [], disputes: [], selectedJob: null };
  let map = null;
  const markers = { providers: new Map(), jobs: new Map() };
  const PROVIDER_COLOURS = { online: '#1a7f37', busy: '#bf8700', offline: '#57606a' };

  function initMap() {
    if (map) return;
    const tileUrl = document.querySelector('meta[name=callout-tile-url]').content;
    map = L.map('map').setView([14.5995, 121.0300], 12);
    map.attributionControl.setPrefix('Leaflet');
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19,
        attribution: document.querySelector('meta[name=callout-tile-attribution]').content }).addTo(map);
    }
  }

  function placeProvider(provider) {
    let marker = markers.providers.get(provider.id);
    const visible = provider.lat !== null && provider.availability_status !== 'offline';
    if (!visible) {
      if (marker) { marker.remove(); markers.providers.delete(provider.id); }
      return;
    }
    const style = { radius: 9, color: '#fff', weight: 2, fillOpacity: 0.95,
      fillColor: PROVIDER_COLOURS[provider.availability_status], className: `provider-marker provider-${provider.id}` };
    if (!marker) {
      marker = L.circleMarker([provider.lat, provider.lng], style).addTo(map)
        .bindTooltip(provider.name, { permanent: true, direction: 'right', className: 'marker-label', offset: [8, 0] });
      markers.providers.set(provider.id, marker);
    } else {
      marker.setLatLng([provider.lat, provider.lng]).setStyle(style);
    }
  }

  function placeJob(job) {
    let marker = markers.jobs.get(job.id);
    if (!LIVE_JOB_STATUSES.has(job.status)) {
      if (marker) { marker.remove(); markers.jobs.delete(job.id); }
      return;
    }
    const point = [job.location.lat, job.location.lng];
    if (!marker) {
      marker = L.circleMarker(point, { radius: 7, color: '#0a3069', weight: 2, fillColor: '#54aeff', fillOpacity: 0.9,
        className: `job-marker job-${job.id}` }).addTo(map).on('click', () => showJob(job.id));
      markers.jobs.set(job.id, marker);
    }
    marker.setLatLng(point).bindTooltip(`${job.category}: ${job.status.replaceAll('_', ' ')}`);
  }

  async function loadMap() {
    const [providers, jobs] = await Promise.all([all('/admin/providers/map'), all('/jobs')]);
    state.providers = new Map(providers.map(p => [p.id, p]));
    state.jobs = new Map(jobs.map(j => [j.id, j]));
    [...markers.providers.keys()].filter(id => !state.providers.has(id)).forEach(id => { markers.providers.get(id).remove(); markers.providers.delete(id); });
    state.providers.forEach(placeProvider);
    state.jobs.forEach(placeJob);
    await customerNames(jobs);
    renderProviders();
    renderJobs();
  }

  async function customerNames(jobs) {
    const unknown = [...new Set(jobs.map(j => j.customer_id))].filter(id => !state.customers.has(id));
    await Promise.all(unknown.map(id => api('GET', `/users/${id}`)
      .then(user => state.customers.set(id, user.name), () => state.customers.set(id, id))));
  }

  function renderProviders() {
    const query = $('provider-search').value.trim().toLowerCase();
    const wanted = $('provider-filter').value;
    const shown = [...state.providers.values()]
      .filter(p => !wanted || p.availability_status === wanted)
      .filter(p => !query || p.name.toLowerCase().includes(query) || p.categories.some(c => c.includes(query)));
    $('providers-count').textContent = `${shown.length} of ${state.providers.size}`;
    fill($('provider-list'), shown.map(p => el('li', { dataset: { providerId: p.id }, onclick: () => focus(p) },
      el('div', { class: 'line' }, el('strong', {}, p.name), status(p.availability_status)),
      el('div', { class: 'muted' }, p.categories.join(', ')),
      el('div', { class: 'muted position' }, p.lat === null ? 'no position'
        : `${p.lat.toFixed(4)}, ${p.lng.toFixed(4)} (${p.position_source}${p.position_at ? `, ${new Date(p.position_at).toLocaleTimeString()}` : ''})`))));
  }

  function renderJobs() {
    const query = $('job-search').value.trim().toLowerCase();
    const wanted = $('job-filter').value;
    const shown = [...state.jobs.values()]
      .filter(j => wanted === '' || (wanted === 'live' ? LIVE_JOB_STATUSES.has(j.status) : j.status === wanted))
      .filter(j => !query || [j.description, j.title, j.category, state.customers.get(j.customer_id)]
        .some(text => text && text.toLowerCase().includes(query)));
    $('jobs-count').textContent = `${shown.length} of ${state.jobs.size}`;
    fill($('job-list'), shown.map(j => el('li', { dataset: { jobId: j.id }, class: j.id === state.selectedJob ? 'selected' : null,
      onclick: () => showJob(j.id) },
      el('div', { class: 'line' }, el('strong', {}, j.title || j.description || j.category), status(j.status)),
      el('div', { class: 'muted' }, `${j.category} · ${state.customers.get(j.customer_id) || j.customer_id}`))));
  }

  function focus(provider) {
    if (provider.lat !== null) map.setView([provider.lat, provider.lng], Math.max(map.getZoom(), 14));
  }

  ['provider-search', 'provider-filter'].forEach(id => $(id).addEventListener('input', renderProviders));
  ['job-search', 'job-filter'].forEach(id => $(id).addEventListener('input', renderJobs));
  $('close-details').addEventListener('click', () => { state.selectedJob = null; $('job-details').hidden = true; renderJobs(); });

  // ---- a job's details, timeline, chat and payment
  async function showJob(id) {
    state.selectedJob = id;
    renderJobs();
    $('job-details').hidden = false;
    const body = $('job-details-body');
    fill(body, el('p', { class: 'muted' }, 'Loading…'));
    let job;
    try {
      job = await api('GET', `/jobs/${id}`);
    } catch (failure) {
      fill(body, el('p', { class: 'error' }, failure.describe ? failure.describe() : String(failure)));
      return;
    }
    state.jobs.set(job.id, job);
    const [messages, payments, disputes] = await Promise.all([
      api('GET', `/jobs/${id}/messages?limit=50`).catch(failure => failure),
      all('/payments').catch(() => []), all('/disputes').catch(() => [])]);
    if (state.selectedJob !== id) return;
    const provider = job.provider_id && state.providers.get(job.provider_id);
    const payment = payments.filter(p => p.job_id === id);
    const dispute = disputes.filter(d => d.job_id === id);
    fill(body,
      el('h2', {}, job.title || job.description || job.category),
      el('dl', {},
        el('dt', {}, 'Status'), el('dd', {}, status(job.status)),
        el('dt', {}, 'Category'), el('dd', {}, job.category),
        el('dt', {}, 'Customer'), el('dd', {}, state.customers.get(job.customer_id) || job.customer_id),
        el('dt', {}, 'Provider'), el('dd', {}, provider ? provider.name : (job.provider_id || 'none yet')),
        el('dt', {}, 'Where'), el('dd', {}, job.location.address || `${job.location.lat}, ${job.location.lng}`),
        el('dt', {}, 'Price'), el('dd', {}, money(job.price && job.price.total)),
        el('dt', {}, 'Urgency'), el('dd', {}, job.urgency + (job.scheduled_at ? `, ${when(job.scheduled_at)}` : '')),
        el('dt', {}, 'Posted'), el('dd', {}, when(job.created_at)),
        el('dt', {}, 'Id'), el('dd', { class: 'muted' }, job.id)),
      el('h3', {}, 'Timeline'),
      timeline(job),
      el('h3', {}, 'Chat'),
      messages instanceof ApiFailure ? el('p', { class: 'muted' }, messages.describe())
        : messages.data.length === 0 ? el('p', { class: 'muted' }, 'No messages.')
          : el('ul', { class: 'chat' }, [...messages.data].reverse().map(m => el('li', {},
            el('strong', {}, m.sender_id === job.customer_id ? 'customer' : 'provider'), ` ${when(m.sent_at)}: `, m.content || '(image)'))),
      el('h3', {}, 'Payment'),
      payment.length === 0 ? el('p', { class: 'muted' }, 'No payment.') : el('ul', {}, payment.map(p => el('li', {},
        `${p.method} ${money(p.amount)}, `, status(p.status), p.refunded && p.refunded.amount !== '0.00' ? ` refunded ${money(p.refunded)}` : ''))),
      dispute.length === 0 ? null : el('h3', {}, 'Dispute'),
      dispute.map(d => el('p', {}, status(d.status), ` ${d.reason}`, d.resolution ? ` — ${d.resolution}` : '')));
  }

  // GET /jobs/{id} carries the job's timeline for admins; a job without one shows its own times.
  function timeline(job) {
    const entries = Array.isArray(job.timeline) ? job.timeline.map(entry => [entry.at,
      `${entry.status.replaceAll('_', ' ')} (${entry.actor_role})`])
      : [['created_at', 'posted'], ['accepted_at', 'accepted'], ['started_at', 'started'], ['completed_at', 'completed'],
        ['cancelled_at', `cancelled${job.cancellation_reason ? `: ${job.cancellation_reason}` : ''}`]]
        .filter(([field]) => job[field]).map(([field, what]) => [job[field], what]);
    return el('ol', { class: 'timeline' }, entries.map(([at, what]) => el('li', {}, `${when(at)}: ${what}`)));
  }

  // ---- queues
  async function loadApprovals() {
    const pending = await all('/admin/providers?status=pending_approval');
    $('approvals-count').textContent = pending.length || '';
    fill($('approvals'), pending.length === 0 ? el('tr', {}, el('td', { colspan: 7, class: 'muted' }, 'Nobody is waiting.'))
      : pending.map(p => {
        const note = el('input', { class: 'wide', placeholder: 'note for the audit log', 'aria-label': `note for ${p.name}` });
        const decide = (to, verb) => act(`${p.name} ${verb}.`, () => api('PATCH', `/admin/providers/${p.id}`, { status: to, note: note.value || null }))
          .then(done => done && Promise.all([loadApprovals(), loadMap()]));
        const v = p.provider_details;
        return el('tr', { dataset: { providerId: p.id } },
          el('td', {}, el('strong', {}, p.name)), el('td', {}, [p.email, p.phone].filter(Boolean).join(' · ')),
          el('td', {}, p.categories.join(', ')),
          el('td', {}, v ? `${v.vehicle_type}, ${v.vehicle_registration}; licence ${v.licence_category} ${v.licence_number} until ${v.licence_expiry}` : ''),
          el('td', {}, when(p.created_at)), el('td', {}, note),
          el('td', { class: 'actions' }, el('button', { class: 'approve', onclick: () => decide('active', 'approved') }, 'Approve'),
            el('button', { class: 'danger suspend', onclick: () => decide('suspended', 'suspended') }, 'Suspend')));
      }));
  }

  async function loadDisputes() {
    state.disputes = await all('/disputes');
    const open = state.disputes.filter(d => d.status !== 'resolved');
    $('disputes-count').textContent = open.length || '';
    fill($('disputes'), open.length === 0 ? el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'No open dispute.'))
      : open.map(d => {
        const action = el('select', { 'aria-label': 'decision' }, ['partial_refund', 'full_refund', 'no_action', 'provider_warning']
          .map(a => el('option', { value: a }, a.replaceAll('_', ' '))));
        const amount = el('input', { class: 'amount', placeholder: 'amount', inputmode: 'decimal', 'aria-label': 'refund amount' });
        const note = el('input', { class: 'wide note', placeholder: 'resolution note', 'aria-label': 'resolution note' });
        const resolve = () => act('Dispute resolved.', () => api('PATCH', `/disputes/${d.id}`, Object.assign(
          { status: 'resolved', action: action.value, resolution: note.value || null },
          action.value === 'partial_refund' ? { amount: { amount: amount.value.trim() } } : {})))
          .then(done => done && loadDisputes());
        const review = () => act('Review started.', () => api('PATCH', `/disputes/${d.id}`, { status: 'under_review' }))
          .then(done => done && loadDisputes());
        return el('tr', { dataset: { disputeId: d.id } },
          el('td', {}, when(d.created_at)),
          el('td', {}, el('button', { class: 'link', onclick: () => { show('map'); showJob(d.job_id); } },
            (state.jobs.get(d.job_id) || {}).description || d.job_id)),
          el('td', {}, d.reason), el('td', {}, status(d.status)),
          el('td', { class: 'actions' }, d.status === 'open' ? el('button', { class: 'secondary review', onclick: review }, 'Start review') : null,
            action, amount, note, el('button', { class: 'resolve', onclick: resolve }, 'Resolve')));
      }));
  }

  async function loadPayments() {
    const answer = await api('GET', `/payments?limit=${PAGE_LIMIT}`);
    state.payments = answer.data;
    $('payment-totals').textContent = (answer.totals || []).map(t => `platform received ${money(t.received)}`).join(' · ');
    fill($('payments'), state.payments.length === 0 ? el('tr', {}, el('td', { colspan: 7, class: 'muted' }, 'No payment yet.'))
      : state.payments.map(p => {
        const amount = el('input', { class: 'amount', placeholder: p.refundable.amount, inputmode: 'decimal', 'aria-label': 'refund amount' });
        const reason = el('input', { class: 'wide reason', placeholder: 'reason', 'aria-label': 'refund reason' });
        const key = crypto.randomUUID();
        const refund = () => act('Refund recorded.', () => api('POST', `/payments/${p.id}/refunds`,
          Object.assign({ reason: reason.value || null }, amount.value.trim() ? { amount: amount.value.trim() } : {}),
          { 'Idempotency-Key': key })).then(done => done && loadPayments());
        return el('tr', { dataset: { paymentId: p.id } },
          el('td', {}, when(p.created_at)),
          el('td', {}, el('button', { class: 'link', onclick: () => { show('map'); showJob(p.job_id); } },
            (state.jobs.get(p.job_id) || {}).description || p.job_id)),
          el('td', {}, p.method), el('td', {}, status(p.status)), el('td', {}, money(p.amount)),
          el('td', { class: 'refunded' }, money(p.refunded)),
          el('td', { class: 'actions' }, amount, reason, el('button', { class: 'refund', onclick: refund }, 'Refund')));
      }));
  }

  async function loadAudit() {
    const entries = await api('GET', `/admin/audit-log?limit=${PAGE_LIMIT}`);
    fill($('audit'), entries.data.map(e => el('tr', {}, el('td', {}, when(e.at)), el('td', {}, e.action),
      el('td', {}, e.target_id), el('td', {}, e.actor_id || 'system'), el('td', {}, e.note || ''))));
  }

  // ---- analytics
  const charts = [];
  const day = offset => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
  $('analytics-from').value = day(-6);
  $('analytics-to').value = day(0);
  $('analytics-form').addEventListener('submit', event => { event.preventDefault(); loadAnalytics().catch(report); });

  async function loadAnalytics() {
    const period = `from=${$('analytics-from').value}&to=${$('analytics-to').value}`;
    const [figures, series] = await Promise.all([api('GET', `/admin/analytics?${period}`),
      api('GET', `/admin/analytics/series?${period}&interval=${$('analytics-interval').value}`)]);
    const tile = (label, value) => el('div', { dataset: { figure: label } }, el('strong', {}, value === null ? '–' : value), label);
    fill($('analytics-summary'),
      tile('jobs', figures.jobs.total), tile('completed', figures.jobs.completed), tile('completion rate', figures.jobs.completion_rate),
      tile('avg acceptance (s)', figures.avg_job_acceptance_time_seconds), tile('payments captured', figures.payments.captured),
      tile('volume', money(figures.payments.total_volume) || null), tile('refunded', money(figures.payments.refunded) || null),
      tile('net volume', money(figures.payments.net_volume) || null));
    const x = series.data.map(step => Date.parse(step.start) / 1000);
    const currency = figures.payments.currency || (series.data.flatMap(s => s.payments)[0] || {}).currency;
    $('volume-currency').textContent = currency ? `(${currency})` : '';
    const volume = series.data.map(step => {
      const found = step.payments.find(p => p.currency === currency);
      return found ? Number(found.total_volume.amount) : 0;
    });
    const statuses = ['completed', 'cancelled', 'disputed', 'no_provider_found', 'open'];
    const colours = ['#1a7f37', '#cf222e', '#8250df', '#57606a', '#1f6feb'];
    charts.splice(0).forEach(chart => chart.destroy());
    draw('chart-jobs', [x, ...statuses.map(s => series.data.map(step => step.jobs[s]))],
      statuses.map((s, i) => ({ label: s.replaceAll('_', ' '), stroke: colours[i], width: 2 })));
    draw('chart-completion', [x, series.data.map(step => step.jobs.completion_rate === null ? null : Number(step.jobs.completion_rate))],
      [{ label: 'completion rate', stroke: '#1a7f37', width: 2, spanGaps: true }]);
    draw('chart-acceptance', [x, series.data.map(step => step.avg_job_acceptance_time_seconds)],
      [{ label: 'seconds', stroke: '#bf8700', width: 2, spanGaps: true }]);
    draw('chart-volume', [x, volume], [{ label: currency || 'volume', stroke: '#1f6feb', fill: 'rgba(31,111,235,.15)', width: 2 }]);
  }

  function draw(id, data, series) {
    const target = $(id);
    target.replaceChildren();
    target.dataset.points = String(data[0].length);
    target.dataset.values = JSON.stringify(data.slice(1));
    charts.push(new uPlot({ width: Math.max(320, target.clientWidth), height: 220, series: [{}, ...series],
      scales: { x: { time: true } }, axes: [{}, { size: 60 }] }, data, target));
  }

  // ---- the operators' socket feed
  const socket = (() => {
    let ws = null;
    let retry = 1000;
    let wanted = false;
    const stateLabel = (text, live) => { $('socket-state').textContent = text; $('socket-state').classList.toggle('live', live); };
    let reloadTimer = null;
    const reloadSoon = () => { clearTimeout(reloadTimer); reloadTimer = setTimeout(() => loadMap().catch(report), 300); };

    function open() {
      wanted = true;
      const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
      ws = new WebSocket(`${scheme}://${location.host}${API}/ws`, ['callout.bearer', session.access]);
      ws.addEventListener('message', event => handle(JSON.parse(event.data)));
      ws.addEventListener('close', event => {
        stateLabel('offline', false);
        ws = null;
        if (!wanted) return;
        if (event.code === 4001) { signedOut('Your session ended; sign in again.'); return; }
        const again = () => setTimeout(() => wanted && open(), retry);
        retry = Math.min(retry * 2, 30000);
        if (event.code === 4002) refresh().then(again, () => signedOut('Your session ended; sign in again.'));
        else again();
      });
    }

    function handle(frame) {
      const data = frame.data || {};
      switch (frame.event) {
        case 'connected': ws.send(JSON.stringify({ event: 'ops.subscribe' })); break;
        case 'ops.subscribed': retry = 1000; stateLabel('live', true); reloadSoon(); break;
        case 'provider.position': {
          const provider = state.providers.get(data.provider_id);
          if (!provider) { reloadSoon(); break; }
          Object.assign(provider, { lat: data.lat, lng: data.lng, position_source: 'live', position_at: data.at });
          placeProvider(provider);
          renderProviders();
          break;
        }
        case 'job.posted': case 'job.accepted': case 'job.status_changed': case 'job.provider_withdrew': case 'job.deleted':
          jobChanged(data.job_id, frame.event === 'job.deleted');
          break;
        case 'payment.updated': case 'dispute.updated':
          refreshVisibleQueue();
          if (state.selectedJob === data.job_id) showJob(data.job_id);
          break;
        case 'error': notice(`${data.code}: ${data.message}`, true); break;
        default: break;
      }
    }

    async function jobChanged(id, deleted) {
      if (deleted) {
        state.jobs.delete(id);
        const marker = markers.jobs.get(id);
        if (marker) { marker.remove(); markers.jobs.delete(id); }
      } else {
        const job = await api('GET', `/jobs/${id}`).catch(() => null);
        if (!job) return;
        state.jobs.set(id, job);
        await customerNames([job]);
        placeJob(job);
        if (state.selectedJob === id) showJob(id);
      }
      renderJobs();
      reloadSoon(); // a provider's availability follows their jobs
    }

    return {
      open,
      renew() { if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ event: 'auth.renew', data: { access_token: session.access } })); },
      close() { wanted = false; if (ws) ws.close(1000); }
    };
  })();

  // ---- views
  const loaders = { map: loadMap, approvals: loadApprovals, disputes: loadDisputes, payments: loadPayments, audit: loadAudit, analytics: loadAnalytics };
  let current = 'map';
  function report(failure) { notice(failure instanceof ApiFailure ? failure.describe() : String(failure), true); }

  function show(view) {
    current = view;
    document.querySelectorAll('#tabs button').forEach(b => b.classList.toggle('active', b.dataset.view === view));
    document.querySelectorAll('main > .view').forEach(v => { v.hidden = v.id !== `view-${view}`; });
    if (view === 'map') map.invalidateSize();
    loaders[view]().catch(report);
  }

  function refreshVisibleQueue() {
    if (current !== 'map') loaders[current]().catch(report);
    loadDisputes().catch(report);
  }

  document.querySelectorAll('#tabs button').forEach(b => b.addEventListener('click', () => show(b.dataset.view)));

  function start() {
    $('sign-in').hidden = true;
    $('console').hidden = false;
    $('who').textContent = session.user ? session.user.name : '';
    notice('');
    initMap();
    scheduleRefresh();
    show('map');
    loadApprovals().catch(report);
    loadDisputes().catch(report);
    socket.open();
    clearInterval(mapRefresh);
    mapRefresh = setInterval(() => { if (session) loadMap().catch(report); }, MAP_REFRESH_MS);
  }

  if (session && session.user && session.user.role === 'admin') start();
})();
