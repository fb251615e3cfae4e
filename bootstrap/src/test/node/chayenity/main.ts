// Runs the document's ApiClient against a Callout started with --profile chayenity (API_BASE) and prints
// what each call answered, one JSON line each, for ChayenityClientEndToEndTest to check. The calls are
// the document's Usage lines (login, then createGig with its gig) plus refreshAccessToken and
// uploadProfileImage; the gig starts tomorrow, since the document's 2025 date is now past.
import { ApiClient } from './api.ts';

// Node 20 has fetch, FormData, Blob and File, but no localStorage: the client stores its refresh token there.
const stored = new Map<string, string>();
(globalThis as any).localStorage = {
  getItem: (key: string) => stored.get(key) ?? null,
  setItem: (key: string, value: string) => { stored.set(key, String(value)); },
  removeItem: (key: string) => { stored.delete(key); },
};

const report = (step: string, value: unknown) => console.log(JSON.stringify({ step, value }));

const api = new ApiClient();

const loginResult = await api.login(process.env.EMAIL!, process.env.PASSWORD!);
report('login', { ok: loginResult.data !== undefined, error: loginResult.error ?? null,
  token_type: loginResult.data?.token_type ?? null, stored_refresh_token: localStorage.getItem('refresh_token') });

const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 19);
const gigResult = await api.createGig({
  title: 'Help move furniture',
  description: 'Need help moving',
  duration_hours: 3,
  budget: 1500,
  latitude: 13.7563,
  longitude: 100.5018,
  address_text: '123 Main St',
  starts_at: tomorrow,
});
report('createGig', gigResult);

report('refreshAccessToken', await api.refreshAccessToken());
report('refreshAccessTokenAgain', await api.refreshAccessToken());

const afterRefresh = await api.createGig({
  title: 'Walk my dog',
  description: 'Two walks a day',
  duration_hours: 1,
  budget: 300.5,
  latitude: 13.7563,
  longitude: 100.5018,
  address_text: '123 Main St',
  starts_at: tomorrow,
});
report('createGigAfterRefresh', afterRefresh);

// a 1x1 PNG
const png = Uint8Array.from(Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64'));
report('uploadProfileImage', await api.uploadProfileImage(new File([png], 'my-photo.png', { type: 'image/png' })));
