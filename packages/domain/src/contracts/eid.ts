import { z } from 'zod';

/** Whether this installation has an eID identity provider configured (buttons are hidden otherwise). */
export const ZEidConfigResponse = z.object({ enabled: z.boolean() });
export type TEidConfigResponse = z.infer<typeof ZEidConfigResponse>;

/** Where the browser goes to authenticate at the identity provider. */
export const ZEidStartResponse = z.object({ authorizationUrl: z.string() });

/** What the callback did, sent to the web app's result page as `?result=…`. */
export const eidSuccessResults = ['linked', 'signed_in'] as const;
export const eidFailureResults = [
  'eid_failed',
  'eid_state_expired',
  'eid_identity_taken',
  'eid_already_linked',
  'eid_not_linked',
] as const;
export type TEidResult = (typeof eidSuccessResults)[number] | (typeof eidFailureResults)[number];
