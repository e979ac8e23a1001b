import { z } from 'zod';
import { FREEZE_DUTIES } from '../risk/freeze-duties.ts';
import { ZIsoDate } from './common.ts';

/** The officer records a duty done after an asset-freeze match: when, and the reference received. */
export const ZRecordFreezeDutyRequest = z.object({
  duty: z.enum(FREEZE_DUTIES),
  doneOn: ZIsoDate,
  reference: z.string().trim().min(1).max(200),
});
export type TRecordFreezeDutyRequest = z.infer<typeof ZRecordFreezeDutyRequest>;

/** Each match confirmed on an asset-freeze list, with its duties done or due (issue 14, item 2). */
export const ZFreezeDutiesResponse = z.object({
  items: z.array(
    z.object({
      hitId: z.string(),
      partyName: z.string(),
      list: z.string(),
      matchedName: z.string(),
      confirmedAt: z.string().nullable(),
      duties: z.array(
        z.object({
          duty: z.enum(FREEZE_DUTIES),
          article: z.string(),
          record: z
            .object({
              doneOn: z.string(),
              reference: z.string(),
              recordedByName: z.string().nullable(),
              recordedAt: z.string(),
            })
            .nullable(),
        }),
      ),
    }),
  ),
});
export type TFreezeDutiesResponse = z.infer<typeof ZFreezeDutiesResponse>;
