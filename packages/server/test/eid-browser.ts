import type { InjectOptions } from 'fastify';
import type { TApp } from '../src/app.ts';

let browserCount = 1;

/**
 * A browser for eID flows: talks to Vigilo through app.inject and to the identity provider over HTTP,
 * each with its own cookie jar, and follows the provider's redirects back to Vigilo's callback.
 */
export class EidBrowser {
  private readonly appCookies = new Map<string, string>();
  private readonly providerCookies = new Map<string, string>();
  csrfToken: string | undefined;
  readonly ip = `10.200.${Math.floor(browserCount / 250) % 250}.${(browserCount++ % 250) + 1}`;

  constructor(
    private readonly app: TApp,
    private readonly redirectUri: string,
  ) {}

  async request(method: InjectOptions['method'], url: string, payload?: object) {
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      ...(payload ? { payload } : {}),
      headers: {
        'accept-language': 'fr',
        cookie: [...this.appCookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
      },
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const gone = !c.value || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (gone) this.appCookies.delete(c.name);
      else this.appCookies.set(c.name, c.value);
    }
    const body = res.headers['content-type']?.toString().includes('json') ? res.json() : res.body;
    if (body && typeof body === 'object' && typeof body.csrfToken === 'string')
      this.csrfToken = body.csrfToken;
    return { status: res.statusCode, body, headers: res.headers };
  }

  get(url: string) {
    return this.request('GET', url);
  }

  async signIn(login: string, password: string) {
    const res = await this.request('POST', '/api/auth/login', { login, password });
    if (res.status !== 200) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  }

  /** Forgets Vigilo's cookies for a name (e.g. to play a second browser without the state cookie). */
  dropAppCookie(name: string) {
    this.appCookies.delete(name);
  }

  /** Goes through the provider (login and consent answered by the test provider) up to Vigilo's callback. */
  async authenticateAt(authorizationUrl: string): Promise<URL> {
    let url = new URL(authorizationUrl);
    for (let hop = 0; hop < 20; hop++) {
      if (url.href.startsWith(this.redirectUri)) return url;
      const res = await fetch(url, { redirect: 'manual', headers: { cookie: this.providerCookieHeader() } });
      this.keepProviderCookies(res.headers.getSetCookie());
      const location = res.headers.get('location');
      if (!location)
        throw new Error(`provider stopped at ${url.pathname}: ${res.status} ${await res.text()}`);
      url = new URL(location, url);
    }
    throw new Error('too many redirects at the identity provider');
  }

  /** Lands on Vigilo's callback; returns where Vigilo sends the browser next (the web app's result page). */
  async deliverCallback(callbackUrl: URL) {
    const res = await this.get(`${callbackUrl.pathname}${callbackUrl.search}`);
    const location = String(res.headers.location ?? '');
    const params = new URL(location, 'http://web.invalid').searchParams;
    return { status: res.status, location, result: params.get('result'), purpose: params.get('purpose') };
  }

  /** "Link my eID" from the profile, the whole way round. */
  async linkEid(tamper: (url: URL) => void = () => {}) {
    const start = await this.request('POST', '/api/auth/eid/link/start');
    if (start.status !== 200) {
      return { status: start.status, location: '', result: null, purpose: null, body: start.body };
    }
    const url = new URL(start.body.authorizationUrl);
    tamper(url);
    return this.deliverCallback(await this.authenticateAt(url.href));
  }

  /** "Sign in with eID" from the login page, the whole way round. */
  async signInWithEid(tamper: (url: URL) => void = () => {}) {
    const url = await this.startEidLogin();
    tamper(url);
    return this.deliverCallback(await this.authenticateAt(url.href));
  }

  async startEidLogin(): Promise<URL> {
    const start = await this.get('/api/auth/eid/login/start');
    if (start.status !== 302) throw new Error(`login start failed: ${JSON.stringify(start.body)}`);
    return new URL(String(start.headers.location));
  }

  private providerCookieHeader() {
    return [...this.providerCookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepProviderCookies(setCookies: string[]) {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=.*1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
      if (expired || !value) this.providerCookies.delete(name);
      else this.providerCookies.set(name, value);
    }
  }
}
