import * as oidc from 'openid-client';
import type { TOidcConfig } from '../../config.ts';

/** Claims about the authenticated person: the verified ID token's, completed by the userinfo endpoint's. */
export type TEidClaims = Record<string, unknown> & { iss: string; sub: string };

export type TAuthorizationChecks = { state: string; nonce: string; codeVerifier: string };

/** The relying party of the configured identity provider; every protocol check is openid-client's. */
export type TEidClient = {
  buildAuthorizationUrl(checks: TAuthorizationChecks): Promise<string>;
  /** Validates the authorization response and the ID token, redeems the code; throws when anything is off. */
  exchangeCode(callbackUrl: URL, checks: TAuthorizationChecks): Promise<TEidClaims>;
};

// Clock skew tolerated on the ID token's iat/exp/nbf, between us and the identity provider.
const clockToleranceSeconds = 60;
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Builds the client lazily: the provider's metadata is discovered at first use and kept, so an identity
 * provider that is down at start-up does not stop Vigilo (a failed discovery is retried next time).
 */
export function createEidClient(settings: TOidcConfig): TEidClient {
  let configuration: Promise<oidc.Configuration> | null = null;
  const configure = () => {
    configuration ??= discover(settings).catch((error: unknown) => {
      configuration = null;
      throw error;
    });
    return configuration;
  };

  return {
    async buildAuthorizationUrl(checks) {
      const config = await configure();
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl,
        response_type: 'code',
        scope: settings.scopes,
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      });
      return url.href;
    },

    async exchangeCode(callbackUrl, checks) {
      const config = await configure();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      // Providers such as the federal authentication service give the person's data at userinfo; the
      // subject of that answer must be the ID token's (checked by fetchUserInfo).
      const userinfo = config.serverMetadata().userinfo_endpoint
        ? await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub)
        : {};
      return { ...userinfo, ...idToken } as TEidClaims;
    },
  };
}

async function discover(settings: TOidcConfig): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  // Plain HTTP only for a provider on this machine (tests, local development); HTTPS everywhere else.
  const isLoopback = issuer.protocol === 'http:' && loopbackHosts.has(issuer.hostname);
  return oidc.discovery(
    issuer,
    settings.clientId,
    { [oidc.clockTolerance]: clockToleranceSeconds },
    oidc.ClientSecretBasic(settings.clientSecret),
    {
      // Verify the ID token's signature against the provider's published keys, even though it comes
      // straight from the token endpoint (OpenID Connect would allow relying on TLS alone).
      execute: isLoopback
        ? [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks]
        : [oidc.enableNonRepudiationChecks],
      timeout: 15,
    },
  );
}
