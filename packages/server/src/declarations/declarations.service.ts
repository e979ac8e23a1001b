import type { TCaseOfficersResponse } from '@vigilo/domain/contracts/risk.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { findOfficers } from '../notifications/notifications.service.ts';

/** The active AML officers, by name (an employee's personal report names the one it concerns). */
export async function listCaseOfficers(ctx: TAppContext, actor: TActor): Promise<TCaseOfficersResponse> {
  const officers = await findOfficers(ctx.db, actor.organisationId);
  return {
    items: officers
      .map(({ user }) => ({ id: user.id, name: `${user.firstName} ${user.lastName}` }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
