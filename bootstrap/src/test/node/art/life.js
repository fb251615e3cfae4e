// How the server ends ART's Socket.IO clients, seen by the official socket.io-client (default transports):
// the per-user socket cap, the frame budget, the token's expiry, a client that stops answering pings, and
// an operator's positions taken up to its disconnect. Prints one JSON line of what each client saw.
import { io } from 'socket.io-client';

const url = process.env.ART_URL;
const accounts = JSON.parse(process.env.ART_ACCOUNTS);
const lats = JSON.parse(process.env.ART_LATS);
const WAIT_MS = 20000;

/** A client of its own (no shared manager) that keeps its events, how it connected and why it disconnected. */
function open(token, userType) {
  const socket = io(url, { auth: { token }, query: { userType }, reconnection: false, forceNew: true });
  const events = [];
  socket.onAny((event, data) => events.push({ event, data }));
  const ended = new Promise((resolve) => socket.once('disconnect', resolve));
  const connected = new Promise((resolve) => {
    socket.once('connect', () => resolve({ connected: true }));
    socket.once('connect_error', (error) => resolve({ connected: false, message: error.message, data: error.data }));
  });
  return { socket, events, ended, connected };
}

function within(promise, what) {
  return Promise.race([promise, new Promise((resolve, reject) => setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS))]);
}

async function connected(client, what) {
  const outcome = await within(client.connected, `connect of ${what}`);
  if (!outcome.connected) {
    throw new Error(`${what} was refused: ${JSON.stringify(outcome)}`);
  }
  return client;
}

function errors(client) {
  return client.events.filter((entry) => entry.event === 'error').map((entry) => entry.data.error);
}

async function cap() {
  const first = await connected(open(accounts.customer.token, 'customer'), 'the first');
  const second = await connected(open(accounts.customer.token, 'customer'), 'the second');
  const third = open(accounts.customer.token, 'customer');
  const refused = await within(third.connected, 'connect of the third');
  third.socket.close();
  first.socket.disconnect();
  const deadline = Date.now() + WAIT_MS;
  let again = false;
  while (!again && Date.now() < deadline) {
    const next = open(accounts.customer.token, 'customer');
    again = (await within(next.connected, 'connect after a place was given back')).connected;
    next.socket.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { refused, again, second };
}

async function budget() {
  const chatty = await connected(open(accounts.chatty.token, 'customer'), 'the chatty one');
  for (let i = 0; i < 100 && chatty.socket.connected; i++) {
    chatty.socket.emit('location:updated', { lat: 'north' });
  }
  return { reason: await within(chatty.ended, 'disconnect of the chatty one'), errors: errors(chatty) };
}

/** Connected first: its token expires a few seconds after the program starts. */
async function expiry(expiring) {
  await connected(expiring, 'the expiring one');
  return { reason: await within(expiring.ended, 'disconnect at the expiry'), errors: errors(expiring) };
}

/** Once the client is on its WebSocket (packets emitted during the upgrade are the client's to lose). */
async function upgraded(client, what) {
  const engine = client.socket.io.engine;
  if (engine.transport.name !== 'websocket') {
    await within(new Promise((resolve) => engine.once('upgrade', resolve)), `upgrade of ${what}`);
  }
  return engine;
}

/** Upgraded to a WebSocket, the client stops answering the server's pings, as a phone that lost its network. */
async function silent() {
  const quiet = await connected(open(accounts.silent.token, 'customer'), 'the silent one');
  const engine = await upgraded(quiet, 'the silent one');
  const sendPacket = engine._sendPacket.bind(engine);
  engine._sendPacket = (type, ...rest) => (type === 'pong' ? undefined : sendPacket(type, ...rest));
  return { reason: await within(quiet.ended, 'drop of the silent one') };
}

async function positionsUpToTheDisconnect() {
  const operator = await connected(open(accounts.operator.token, 'operator'), 'the operator');
  const engine = await upgraded(operator, 'the operator');
  const written = new Promise((resolve) => engine.once('close', resolve));
  lats.forEach((lat) => operator.socket.emit('location:updated', { lat, lng: -0.225 }));
  operator.socket.disconnect();
  await within(written, 'close of the operator once its packets went out');
  return { errors: errors(operator) };
}

const result = {};
const expiring = expiry(open(accounts.expiring.token, 'customer'));
expiring.catch(() => {}); // awaited below; a failure is reported there
try {
  const capped = await cap();
  result.cap = { refused: capped.refused, again: capped.again };
  result.budget = await budget();
  result.expiry = await expiring;
  result.silent = await silent();
  result.positions = await positionsUpToTheDisconnect();
  result.stayed = capped.second.socket.connected;
  capped.second.socket.close();
  console.log(JSON.stringify(result));
  process.exit(0);
} catch (error) {
  console.log(JSON.stringify({ failed: String(error), result }));
  process.exit(1);
}
