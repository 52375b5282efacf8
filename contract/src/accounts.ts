// Accounts, roles, sessions and the audit trail: who may read or change an investigation, and who did.
import { z } from 'zod/mini';

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

/** Who is calling. With accounts off (on loopback only), the person at this machine may do everything but manage accounts. */
export const SessionResponseSchema = z.object({
  auth: z.enum(['on', 'off']),
  /** The signed-in account; null when nobody is signed in, or when accounts are off. */
  account: z.nullable(z.object({ username: z.string(), role: RoleSchema })),
  /** What the caller may do now; null when signed out with accounts on. */
  role: z.nullable(RoleSchema),
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
  target: z.optional(z.object({ kind: z.enum(['dataset', 'account', 'candidate', 'entity']), id: z.string() })),
  /** What changed, in words: `role editor → admin`, `files register.csv`. */
  detail: z.optional(z.string()),
  requestId: z.optional(z.string()),
  address: z.optional(z.string()),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const MAX_AUDIT_ENTRIES = 1000;

export const AuditResponseSchema = z.object({
  /** Newest first. */
  entries: z.array(AuditEntrySchema),
  /** Whether older entries matched beyond the limit. */
  truncated: z.boolean(),
});
export type AuditResponse = z.infer<typeof AuditResponseSchema>;
