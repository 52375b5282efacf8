// Accounts, roles, sessions and the audit trail: who may read or change an investigation, and who did.
import { z } from 'zod';

/** What an account may do; each role includes the ones before it. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Whether a role includes another: an admin may do what an editor may. */
export function roleIncludes(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing it is no denial of service. */
export const MAX_PASSWORD_LENGTH = 1024;

export const UsernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'must be 2 to 64 lower-case letters, digits, dots, dashes or underscores');

export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

/** Sign-in: any string is accepted here, so that a malformed name gets the same answer as a wrong password. */
export const SignInBodySchema = z.strictObject({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;

/** Who is calling. With accounts off (on loopback only), the person at this machine may do everything but manage accounts. */
export const SessionResponseSchema = z.object({
  auth: z.enum(['on', 'off']),
  /** The signed-in account; null when nobody is signed in, or when accounts are off. */
  account: z.object({ username: z.string(), role: RoleSchema }).nullable(),
  /** What the caller may do now; null when signed out with accounts on. */
  role: RoleSchema.nullable(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const AccountSchema = z.object({
  username: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountsResponseSchema = z.object({ accounts: z.array(AccountSchema) });
export type AccountsResponse = z.infer<typeof AccountsResponseSchema>;

export const AccountResponseSchema = z.object({ account: AccountSchema });
export type AccountResponse = z.infer<typeof AccountResponseSchema>;

export const CreateAccountBodySchema = z.strictObject({
  username: UsernameSchema,
  password: PasswordSchema,
  role: RoleSchema,
});
export type CreateAccountBody = z.infer<typeof CreateAccountBodySchema>;

/** An admin's change to an account: a new role, a new password (which ends its sessions), disabled or enabled again. */
export const UpdateAccountBodySchema = z
  .strictObject({
    role: RoleSchema.optional(),
    password: PasswordSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((body) => body.role !== undefined || body.password !== undefined || body.disabled !== undefined, {
    message: 'must change at least one of role, password, disabled',
  });
export type UpdateAccountBody = z.infer<typeof UpdateAccountBodySchema>;

export const UsernameParamSchema = z.strictObject({ username: UsernameSchema });

/** What the audit trail records: every change, and every sign-in, whether it succeeded or not. */
export const AUDIT_ACTIONS = [
  'session.sign-in',
  'session.sign-out',
  'account.create',
  'account.update',
  'dataset.import',
  'dataset.preview',
  'dataset.remove',
  'dataset.extract',
  'candidate.decide',
  'candidate.undo',
  'entity.merge',
  'entity.unmerge',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEntrySchema = z.object({
  /** When, as an ISO instant. */
  at: z.string(),
  /** The account, `local` for the person at this machine while accounts are off, `cli` for the command line. */
  actor: z.string(),
  action: AuditActionSchema,
  /** `accepted` for work that goes on after the answer (an import), which then ends `done` or `failed`. */
  outcome: z.enum(['done', 'accepted', 'refused', 'failed']),
  /** What was acted on: a data set, an account. */
  target: z.object({ kind: z.enum(['dataset', 'account', 'candidate', 'entity']), id: z.string() }).optional(),
  /** What changed, in words: `role editor → admin`, `files register.csv`. */
  detail: z.string().optional(),
  requestId: z.string().optional(),
  address: z.string().optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const MAX_AUDIT_ENTRIES = 1000;

export const AuditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_ENTRIES).default(200),
  action: AuditActionSchema.optional(),
  actor: z.string().max(200).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditResponseSchema = z.object({
  /** Newest first. */
  entries: z.array(AuditEntrySchema),
  /** Whether older entries matched beyond the limit. */
  truncated: z.boolean(),
});
export type AuditResponse = z.infer<typeof AuditResponseSchema>;
