/**
 * A Peppol access point (issue 24), in the style of the payment providers: Vigilo hands over the UBL and
 * the receiver's participant identifier; the access point looks the receiver up (SMP) and delivers over
 * the network's AS4. Configured by PEPPOL_ACCESS_POINT_URL and PEPPOL_ACCESS_POINT_KEY; off by default.
 */
export type TPeppolSubmission = {
  /** `0208:<enterprise number>` of the receiver. */
  receiver: string;
  sender: string;
  documentNumber: string;
  kind: 'invoice' | 'credit_note';
  ubl: string;
};

export interface TPeppolAccessPoint {
  /** Resolves with the access point's message id once it has accepted the document. */
  submit(submission: TPeppolSubmission): Promise<{ messageId: string }>;
}

export class PeppolAccessPointError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PeppolAccessPointError';
  }
}

/**
 * A generic REST access point: `POST {url}/documents` with the UBL as body, the receiver and document
 * type in headers, `Authorization: Bearer <key>`; answers `{ "id": "…" }` (2xx) when accepted. Providers
 * with another API get their own adapter behind the same interface.
 */
export function httpAccessPoint(config: { url: string; key: string }): TPeppolAccessPoint {
  return {
    async submit(submission) {
      const res = await fetch(`${config.url.replace(/\/$/, '')}/documents`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${config.key}`,
          'content-type': 'application/xml; charset=utf-8',
          'x-peppol-receiver': `iso6523-actorid-upis::${submission.receiver}`,
          'x-peppol-sender': `iso6523-actorid-upis::${submission.sender}`,
          'x-document-number': submission.documentNumber,
          'x-document-kind': submission.kind,
        },
        body: submission.ubl,
        signal: AbortSignal.timeout(30_000),
      }).catch((error: unknown) => {
        throw new PeppolAccessPointError(`access point unreachable: ${String(error)}`);
      });
      const text = await res.text();
      if (!res.ok)
        throw new PeppolAccessPointError(
          `access point refused (${res.status}): ${text.slice(0, 500)}`,
          res.status,
        );
      try {
        const body = JSON.parse(text) as { id?: unknown };
        if (typeof body.id !== 'string' || !body.id) throw new Error('no id');
        return { messageId: body.id };
      } catch {
        throw new PeppolAccessPointError('access point answered without a message id', res.status);
      }
    },
  };
}
