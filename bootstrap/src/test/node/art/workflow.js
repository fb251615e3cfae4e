// ART's breakdown workflow as its apps run it: the operator and the customer on socket.io-client
// (default transports: long-polling, then the upgrade to WebSocket), the requests over REST.
// Prints one JSON line: what each socket received, and the answers the steps got.
import { io } from 'socket.io-client';

const url = process.env.ART_URL;
const accounts = JSON.parse(process.env.ART_ACCOUNTS);
const place = JSON.parse(process.env.ART_PLACE);
const WAIT_MS = 30000;
const received = {};
const transports = {};

function connect(who, token, userType) {
  const socket = io(url, { auth: token === undefined ? undefined : { token }, query: { userType }, reconnection: false });
  // this socket's own lists: a refused socket may still finish its upgrade after its entries are dropped
  const events = [];
  const seen = [];
  received[who] = events;
  transports[who] = seen;
  socket.io.once('open', () => {
    seen.push(socket.io.engine.transport.name);
    socket.io.engine.once('upgrade', (transport) => seen.push(transport.name));
  });
  socket.onAny((event, data) => events.push({ event, data }));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => { socket.close(); reject(error); });
  });
}

async function refusal(token, userType) {
  try {
    const socket = await connect('refused', token, userType);
    socket.close();
    return 'connected';
  } catch (error) {
    return error.message;
  } finally {
    delete transports.refused;
    delete received.refused;
  }
}

async function upgraded(who) {
  const deadline = Date.now() + WAIT_MS;
  while (!transports[who].includes('websocket')) {
    if (Date.now() > deadline) {
      throw new Error(`${who} never upgraded: ${transports[who]}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function until(who, event, test) {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const found = received[who].find((entry) => entry.event === event && test(entry.data));
    if (found) {
      return found.data;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${who} never received ${event}; received ${JSON.stringify(received[who])}`);
}

async function call(method, path, token, body) {
  const response = await fetch(url + path, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const sockets = {};
const result = { transports };
try {
  for (const [who, userType] of [['operator', 'operator'], ['farOperator', 'operator'], ['customer', 'customer'],
    ['otherCustomer', 'customer']]) {
    sockets[who] = await connect(who, accounts[who].token, userType);
    await upgraded(who);
  }
  result.refusals = {
    badToken: await refusal('not-a-token', 'customer'),
    noToken: await refusal(undefined, 'customer'),
    wrongUserType: await refusal(accounts.customer.token, 'operator'),
  };

  result.badPosition = await sockets.operator.emitWithAck('location:updated', { lat: 'north', lng: 0 });
  result.operatorPosition = await sockets.operator.emitWithAck('location:updated', place.operator);
  await sockets.farOperator.emitWithAck('location:updated', place.farOperator);

  const created = await call('POST', '/v1/requests', accounts.customer.token, {
    category: 'towing', description: 'Flat tyre on the A40, no spare', location: place.breakdown, urgency: 'immediate' });
  result.createdStatus = created.status;
  const id = created.body.id;
  result.requestCreated = await until('operator', 'request:created', (data) => data.job_id === id);

  const taken = await call('PUT', `/v1/requests/${id}/status`, accounts.operator.token, { status: 'accepted' });
  result.taken = { status: taken.status, request: taken.body.status };
  result.requestAssigned = await until('customer', 'request:assigned', (data) => data.job_id === id);

  const moved = await call('POST', `/v1/requests/${id}/location`, accounts.operator.token, place.enRoute);
  result.locationStatus = moved.status;
  result.locationUpdated = await until('customer', 'location:updated', (data) => data.job_id === id && data.lat === place.enRoute.lat);
  result.etaUpdated = await until('customer', 'eta:updated', (data) => data.job_id === id);
  result.operatorSawLocation = await until('operator', 'location:updated', (data) => data.job_id === id);
  await sockets.operator.emitWithAck('location:updated', place.nearer);
  result.emittedLocation = await until('customer', 'location:updated', (data) => data.job_id === id && data.lat === place.nearer.lat);

  const intent = await call('POST', '/v1/payments/intent', accounts.customer.token, { request_id: id });
  result.intent = { status: intent.status, body: intent.body };
  result.requestId = id;
  result.received = received;
  console.log(JSON.stringify(result));
} catch (error) {
  console.log(JSON.stringify({ failed: error.message, result, received }));
  process.exitCode = 1;
} finally {
  Object.values(sockets).forEach((socket) => socket.close());
}
