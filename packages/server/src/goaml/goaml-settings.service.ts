import type { TGoAmlSettings } from '@vigilo/domain/contracts/goaml.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { goamlSettings } from './goaml.schema.ts';
import { findGoAmlSettings } from './goaml-build.ts';
import { activeProfile } from './goaml-profiles.service.ts';

/** The agency's goAML registration and the FIU profile in force (officer-only). */
export async function getGoAmlSettings(ctx: TAppContext, actor: TActor) {
  const settings = await findGoAmlSettings(ctx.db, actor.organisationId);
  const profile = await activeProfile(ctx.db);
  return { ...settings, profile: { name: profile.name, isBuiltIn: profile.id === null } };
}

/** Sets the reporting-entity id CTIF-CFI gave the agency on goAML registration, and its branch name. */
export async function updateGoAmlSettings(ctx: TAppContext, actor: TActor, input: TGoAmlSettings) {
  await ctx.db.transaction(async (tx) => {
    const values = { ...input, updatedBy: actor.userId, updatedAt: new Date() };
    await tx
      .insert(goamlSettings)
      .values({ organisationId: actor.organisationId, ...values })
      .onConflictDoUpdate({ target: goamlSettings.organisationId, set: values });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'goaml.settings_updated',
      subjectType: 'organisation',
      subjectId: actor.organisationId,
      payload: input,
      ip: actor.ip,
    });
  });
  return getGoAmlSettings(ctx, actor);
}
