import type { TConfig } from './config.ts';
import type { TDb } from './db/client.ts';

/** What every service needs from the running application. */
export type TAppContext = { db: TDb; config: TConfig };

/** Who is acting and from where, as recorded in the audit trail. */
export type TRequestMeta = { ip: string | null; userAgent: string | null };
