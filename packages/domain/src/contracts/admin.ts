import { z } from 'zod';

export const ZAllowedNumber = z.object({
  enterpriseNumber: z.string(),
  enterpriseNumberFormatted: z.string(),
  note: z.string(),
  organisationName: z.string().nullable(),
  createdAt: z.string(),
});
export const ZAllowedNumbersResponse = z.object({ numbers: z.array(ZAllowedNumber) });
export type TAllowedNumber = z.infer<typeof ZAllowedNumber>;

export const ZAddAllowedNumberRequest = z.object({
  enterpriseNumber: z.string().trim().min(1).max(20),
  note: z.string().trim().max(200).default(''),
});
export const ZEnterpriseNumberParams = z.object({ enterpriseNumber: z.string().regex(/^\d{10}$/) });

export const ZRecognitionType = z.object({
  code: z.string(),
  labelFr: z.string(),
  labelNl: z.string(),
  labelEn: z.string(),
  requiredForToolAccess: z.boolean(),
});
export type TRecognitionType = z.infer<typeof ZRecognitionType>;
export const ZRecognitionTypesResponse = z.object({ types: z.array(ZRecognitionType) });
export const ZCreateRecognitionTypeRequest = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{2,40}$/),
  labelFr: z.string().trim().min(1).max(100),
  labelNl: z.string().trim().min(1).max(100),
  labelEn: z.string().trim().min(1).max(100),
  requiredForToolAccess: z.boolean().default(false),
});
export const ZUpdateRecognitionTypeRequest = ZCreateRecognitionTypeRequest.omit({ code: true }).partial();
export const ZRecognitionCodeParams = z.object({ code: z.string().regex(/^[a-z0-9_]{2,40}$/) });

export const ZAdminUsersQuery = z.object({ q: z.string().trim().max(100).default('') });
export const ZAdminUser = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  status: z.string(),
  isPlatformAdmin: z.boolean(),
  recognitions: z.array(z.object({ code: z.string(), reference: z.string(), grantedAt: z.string() })),
});
export type TAdminUser = z.infer<typeof ZAdminUser>;
export const ZAdminUsersResponse = z.object({ users: z.array(ZAdminUser) });
export const ZUserIdParams = z.object({ userId: z.string().uuid() });
export const ZUserRecognitionParams = z.object({
  userId: z.string().uuid(),
  code: z.string().regex(/^[a-z0-9_]{2,40}$/),
});
export const ZGrantRecognitionRequest = z.object({
  code: z.string().regex(/^[a-z0-9_]{2,40}$/),
  reference: z.string().trim().max(100).default(''),
});
