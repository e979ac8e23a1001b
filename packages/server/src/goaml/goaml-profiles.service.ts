import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import {
  GENERIC_GOAML_501_MAPPING,
  type TGoAmlCodeMapping,
  ZGoAmlCodeMapping,
} from '@vigilo/domain/goaml/index.ts';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import { goamlProfiles } from './goaml.schema.ts';
import { validateWithXsd } from './xsd-validation.ts';

/** The schema and codes every report is built and validated with. `id` is null for the built-in one. */
export type TGoAmlProfile = {
  id: string | null;
  name: string;
  xsdFilename: string;
  xsd: string;
  xsdSha256: string;
  mapping: TGoAmlCodeMapping;
  createdAt: Date | null;
};

const builtInXsdUrl = new URL('./profiles/unodc-5.0.1/goAMLSchema.xsd', import.meta.url);
let builtIn: TGoAmlProfile | undefined;

/** The generic UNODC goAML 5.0.1 profile shipped with Vigilo (see profiles/unodc-5.0.1/README.md). */
export function builtInProfile(): TGoAmlProfile {
  if (!builtIn) {
    const xsd = readFileSync(builtInXsdUrl, 'utf8');
    builtIn = {
      id: null,
      name: 'UNODC goAML 5.0.1 (generic)',
      xsdFilename: 'goAMLSchema.xsd',
      xsd,
      xsdSha256: createHash('sha256').update(xsd).digest('hex'),
      mapping: GENERIC_GOAML_501_MAPPING,
      createdAt: null,
    };
  }
  return builtIn;
}

function toProfile(row: typeof goamlProfiles.$inferSelect): TGoAmlProfile {
  return {
    id: row.id,
    name: row.name,
    xsdFilename: row.xsdFilename,
    xsd: row.xsd,
    xsdSha256: row.xsdSha256,
    mapping: ZGoAmlCodeMapping.parse(row.mapping),
    createdAt: row.createdAt,
  };
}

/** The profile in force: the uploaded one the administrator activated, else the built-in one. */
export async function activeProfile(db: TDbOrTx): Promise<TGoAmlProfile> {
  const [row] = await db.select().from(goamlProfiles).where(eq(goamlProfiles.isActive, true));
  return row ? toProfile(row) : builtInProfile();
}

export async function listProfiles(ctx: TAppContext) {
  const rows = await ctx.db.select().from(goamlProfiles).orderBy(desc(goamlProfiles.createdAt));
  const anyActive = rows.some((r) => r.isActive);
  const base = builtInProfile();
  return {
    items: [
      {
        id: null,
        name: base.name,
        xsdFilename: base.xsdFilename,
        xsdSha256: base.xsdSha256,
        isActive: !anyActive,
        isBuiltIn: true,
        createdAt: null,
      },
      ...rows.map((r) => ({
        id: r.id,
        name: r.name,
        xsdFilename: r.xsdFilename,
        xsdSha256: r.xsdSha256,
        isActive: r.isActive,
        isBuiltIn: false,
        createdAt: r.createdAt.toISOString(),
      })),
    ],
  };
}

/**
 * Adds an FIU profile (platform administrator): the mapping must be complete, and the XSD must compile
 * (it is tried on an empty report; a schema that does not compile is refused, never stored).
 */
export async function uploadProfile(
  ctx: TAppContext,
  admin: { userId: string; ip: string | null },
  input: { name: string; xsdFilename: string; xsd: string; mapping: unknown; activate: boolean },
) {
  const mapping = ZGoAmlCodeMapping.safeParse(input.mapping);
  if (!mapping.success) {
    throw new AppError('goaml_profile_invalid', {
      fields: mapping.error.issues.map((issue) => ({
        field: ['mapping', ...issue.path.map(String)].join('.'),
        code: 'invalid',
      })),
    });
  }
  await validateWithXsd('<report/>', input.xsd);
  const xsdSha256 = createHash('sha256').update(input.xsd).digest('hex');
  return ctx.db.transaction(async (tx) => {
    if (input.activate)
      await tx.update(goamlProfiles).set({ isActive: false }).where(eq(goamlProfiles.isActive, true));
    const [row] = await tx
      .insert(goamlProfiles)
      .values({
        name: input.name,
        xsdFilename: input.xsdFilename,
        xsd: input.xsd,
        xsdSha256,
        mapping: mapping.data,
        isActive: input.activate,
        createdBy: admin.userId,
      })
      .returning();
    await recordAudit(tx, {
      actorUserId: admin.userId,
      action: 'admin.goaml_profile_uploaded',
      subjectType: 'goaml_profile',
      subjectId: row!.id,
      payload: { name: input.name, xsdFilename: input.xsdFilename, xsdSha256, activated: input.activate },
      ip: admin.ip,
    });
    return { id: row!.id };
  });
}

/** Makes one uploaded profile active, or (null) goes back to the built-in generic profile. */
export async function activateProfile(
  ctx: TAppContext,
  admin: { userId: string; ip: string | null },
  profileId: string | null,
) {
  await ctx.db.transaction(async (tx) => {
    if (profileId) {
      const [row] = await tx
        .select({ id: goamlProfiles.id })
        .from(goamlProfiles)
        .where(eq(goamlProfiles.id, profileId));
      if (!row) throw new AppError('not_found');
    }
    await tx.update(goamlProfiles).set({ isActive: false }).where(eq(goamlProfiles.isActive, true));
    if (profileId)
      await tx.update(goamlProfiles).set({ isActive: true }).where(eq(goamlProfiles.id, profileId));
    await recordAudit(tx, {
      actorUserId: admin.userId,
      action: 'admin.goaml_profile_activated',
      subjectType: 'goaml_profile',
      subjectId: profileId,
      payload: { profileId },
      ip: admin.ip,
    });
  });
  return listProfiles(ctx);
}
