import { z } from 'zod';
import { usernamePattern } from '../accounts/username.ts';
import { ZLanguage } from './common.ts';

const ZName = z.string().trim().min(1).max(100);
const ZEmail = z.string().trim().toLowerCase().max(254).email();
const ZPassword = z.string().min(10).max(200);
const ZUsername = z.string().trim().toLowerCase().regex(usernamePattern);
const ZCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/);

export const ZSignUpRequest = z.object({
  firstName: ZName,
  lastName: ZName,
  username: ZUsername,
  email: ZEmail,
  password: ZPassword,
  passwordConfirmation: z.string(),
  language: ZLanguage.optional(),
});
export type TSignUpRequest = z.infer<typeof ZSignUpRequest>;

export const ZActivateRequest = z.object({ login: z.string().trim().min(1).max(254), code: ZCode });
export type TActivateRequest = z.infer<typeof ZActivateRequest>;

export const ZResendActivationRequest = z.object({ login: z.string().trim().min(1).max(254) });

export const ZLoginRequest = z.object({
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: ZPassword,
  newPasswordConfirmation: z.string(),
});

export const ZChangeEmailRequest = z.object({ newEmail: ZEmail, password: z.string().min(1).max(200) });
export const ZConfirmEmailRequest = z.object({ code: ZCode });

export const ZUpdateProfileRequest = z.object({
  firstName: ZName.optional(),
  lastName: ZName.optional(),
  language: ZLanguage.optional(),
});

export const ZUsernameSuggestionQuery = z.object({
  firstName: z.string().max(100),
  lastName: z.string().max(100),
});
export const ZUsernameSuggestionResponse = z.object({ username: z.string() });

export const ZMe = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  language: ZLanguage,
  isPlatformAdmin: z.boolean(),
  pendingEmail: z.string().nullable(),
  /** Once an eID is linked, names, birth date and sex come from it and are read-only (M1b). */
  eidLinked: z.boolean(),
  /** ISO date (YYYY-MM-DD) read from the eID; null when no eID is linked or the eID gives none. */
  birthDate: z.string().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZSessionResponse = z.object({
  user: ZMe.nullable(),
  csrfToken: z.string().nullable(),
  activeOrganisationId: z.string().nullable(),
});
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

export const ZSignUpResponse = z.object({ username: z.string(), email: z.string() });
