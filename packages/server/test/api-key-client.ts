import type { InjectOptions } from 'fastify';
import type { TestClient, TTestApp } from './harness.ts';

/** An integrator's client: no cookie, no CSRF token, only `Authorization: Bearer <token>`. */
export class ApiKeyClient {
  constructor(
    private readonly t: TTestApp,
    readonly token: string,
  ) {}

  async request(method: InjectOptions['method'], url: string, payload?: object) {
    const res = await this.t.app.inject({
      method,
      url,
      remoteAddress: '192.0.2.10',
      headers: { authorization: `Bearer ${this.token}`, 'accept-language': 'en' },
      ...(payload === undefined ? {} : { payload }),
    });
    const body = res.headers['content-type']?.toString().includes('json') ? res.json() : res.body;
    return { status: res.statusCode, body, headers: res.headers };
  }

  /** A request with a body already encoded (a multipart upload, for instance). */
  async send(method: InjectOptions['method'], url: string, payload: Buffer, contentType: string) {
    const res = await this.t.app.inject({
      method,
      url,
      remoteAddress: '192.0.2.10',
      headers: {
        authorization: `Bearer ${this.token}`,
        'accept-language': 'en',
        'content-type': contentType,
      },
      payload,
    });
    const body = res.headers['content-type']?.toString().includes('json') ? res.json() : res.body;
    return { status: res.statusCode, body, headers: res.headers };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload: object = {}) {
    return this.request('POST', url, payload);
  }
  put(url: string, payload: object) {
    return this.request('PUT', url, payload);
  }
}

/** Creates a key through the API as `creator` (a signed-in manager or officer) and returns its client. */
export async function createApiKeyClient(
  t: TTestApp,
  creator: TestClient,
  scopes: string[],
  options: { name?: string; rateLimitPerMinute?: number } = {},
) {
  const res = await creator.post('/api/org/api-keys', {
    name: options.name ?? 'CRM sync',
    scopes,
    ...options,
  });
  if (res.status !== 201) throw new Error(`key creation failed: ${JSON.stringify(res.body)}`);
  return { client: new ApiKeyClient(t, res.body.token as string), key: res.body.key as { id: string } };
}
