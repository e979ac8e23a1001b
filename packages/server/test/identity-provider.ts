import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata, type JWK } from 'oidc-provider';

/** A person known to the test identity provider, with the claims an eID provider gives. */
export type TTestPerson = {
  sub: string;
  given_name: string;
  family_name: string;
  birthdate?: string;
  gender?: string;
  national_number: string;
};

export type TTestIdentityProvider = {
  issuer: string;
  client: { id: string; secret: string };
  /** A second client of the same provider: its ID tokens carry another audience. */
  otherClient: { id: string; secret: string; redirectUri: string };
  /** Adds (or replaces) a person; `signInAs` chooses who authenticates at the next login prompt. */
  addPerson(person: TTestPerson): void;
  signInAs(sub: string): void;
  /** Lifetime of the next ID tokens, in seconds (default 600). */
  setIdTokenLifetime(seconds: number): void;
  /** Moves the provider's clock when it issues tokens (negative: behind Vigilo's), for clock skew tests. */
  setClockOffset(seconds: number): void;
  close(): Promise<void>;
};

/**
 * A real OpenID Connect provider (`oidc-provider`) on a loopback port, standing in for the federal
 * authentication service: authorization code flow with PKCE required, RS256-signed ID tokens, userinfo.
 * Its login and consent prompts are answered at once for the chosen person, so a test drives the whole
 * flow with plain HTTP requests.
 */
export async function startIdentityProvider(options: {
  redirectUri: string;
  nationalNumberClaim?: string;
}): Promise<TTestIdentityProvider> {
  const claim = options.nationalNumberClaim ?? 'national_number';
  const people = new Map<string, TTestPerson>();
  let current: string | null = null;
  let idTokenSeconds = 600;
  let clockOffsetMs = 0;
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const client = { id: 'vigilo-test', secret: randomBytes(24).toString('hex') };
  const otherClient = {
    id: 'other-relying-party',
    secret: randomBytes(24).toString('hex'),
    redirectUri: 'http://127.0.0.1:9/elsewhere/callback',
  };
  const registered = (id: string, secret: string, redirectUri: string): ClientMetadata => ({
    client_id: id,
    client_secret: secret,
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  });
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      registered(client.id, client.secret, options.redirectUri),
      registered(otherClient.id, otherClient.secret, otherClient.redirectUri),
    ],
    jwks: { keys: [{ ...(privateKey.export({ format: 'jwk' }) as JWK), kid: 'test-key', use: 'sig' }] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['given_name', 'family_name', 'birthdate', 'gender', claim] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    features: { devInteractions: { enabled: false } },
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: () => idTokenSeconds,
      AuthorizationCode: 60,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      if (!person) return undefined;
      const { national_number, ...standard } = person;
      return { accountId: sub, claims: async () => ({ ...standard, [claim]: national_number }) };
    },
  });
  const providerCallback = provider.callback();

  handler = (req, res) => {
    if (clockOffsetMs && req.url?.startsWith('/token')) {
      // Vigilo only awaits this answer meanwhile, so shifting the process clock affects the provider alone.
      const realNow = Date.now;
      const offset = clockOffsetMs;
      Date.now = () => realNow() + offset;
      res.on('close', () => {
        Date.now = realNow;
      });
    }
    if (!req.url?.startsWith('/interaction/')) return void providerCallback(req, res);
    answerInteraction(provider, req, res, () => current).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  };

  return {
    issuer,
    client,
    otherClient,
    addPerson: (person) => people.set(person.sub, person),
    signInAs: (sub) => {
      current = sub;
    },
    setIdTokenLifetime: (seconds) => {
      idTokenSeconds = seconds;
    },
    setClockOffset: (seconds) => {
      clockOffsetMs = seconds * 1000;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The provider's login prompt signs in the chosen person; its consent prompt grants what is asked. */
async function answerInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  who: () => string | null,
) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    const accountId = who();
    if (!accountId) throw new Error('test identity provider: call signInAs() first');
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const grant = new provider.Grant({
    accountId: details.session!.accountId,
    clientId: details.params.client_id as string,
  });
  const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}
