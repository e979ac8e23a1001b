/**
 * The client's own identification link (B5): who may do what with it, and when it stops working.
 * Pure; the caller passes the clock.
 */

/** A link is valid 14 days unless the collaborator chooses otherwise (1 to 30 days). */
export const CLIENT_LINK_DEFAULT_DAYS = 14;
export const CLIENT_LINK_MAX_DAYS = 30;

export const clientLinkStatuses = ['open', 'submitted', 'returned', 'accepted', 'revoked'] as const;
export type TClientLinkStatus = (typeof clientLinkStatuses)[number];

type TLinkClock = { status: TClientLinkStatus; expiresAt: Date };

export function isClientLinkExpired(link: TLinkClock, now: Date): boolean {
  return now.getTime() >= link.expiresAt.getTime();
}

/**
 * The client may fill in and submit while the link is open or was sent back with a comment, and not
 * expired. Any other state looks the same from outside ("this link is no longer valid"): the page never
 * tells a stranger whether a token existed, nor a client what the agency did with their data.
 */
export function canClientUse(link: TLinkClock, now: Date): boolean {
  return (link.status === 'open' || link.status === 'returned') && !isClientLinkExpired(link, now);
}

/** The agency reviews a submission: accept it into a contact version, or send it back with a comment. */
export function canReview(link: TLinkClock): boolean {
  return link.status === 'submitted';
}

/** Revoking is possible until the submission is accepted; revoking twice is refused. */
export function canRevoke(link: TLinkClock): boolean {
  return link.status === 'open' || link.status === 'returned' || link.status === 'submitted';
}
