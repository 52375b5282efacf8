// Accounts and the audit trail, for admins.
import {
  AccountResponseSchema,
  AccountsResponseSchema,
  AuditQuerySchema,
  AuditResponseSchema,
  CreateAccountBodySchema,
  UpdateAccountBodySchema,
  UsernameParamSchema,
} from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

const ACCOUNTS_OFF = { status: 409, description: 'Accounts are off (AUTH=off)' } as const;

export const ACCOUNT_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/accounts',
    summary: 'Every account: name, role, whether disabled, when created and changed and by whom (never a password)',
    role: 'admin',
    accountsOnly: true,
    usesDatabase: false,
    response: AccountsResponseSchema,
    errors: [ACCOUNTS_OFF],
    example: {},
    handle: async (_input, s) => ({ accounts: await s.access.listAccounts() }),
  }),
  defineEndpoint({
    method: 'post',
    path: '/accounts',
    summary: 'Creates an account with a role; the password needs at least 12 characters',
    role: 'admin',
    accountsOnly: true,
    usesDatabase: false,
    body: CreateAccountBodySchema,
    response: AccountResponseSchema,
    errors: [{ status: 409, description: 'An account of that name exists, or accounts are off' }],
    audit: { action: 'account.create', byService: true },
    example: { body: { username: 'example-viewer', password: 'an example passphrase', role: 'viewer' } },
    handle: async ({ body, caller, request }, s) => ({ account: await s.access.createAccount(body, { actor: caller.actor, ...request }) }),
  }),
  defineEndpoint({
    method: 'patch',
    path: '/accounts/:username',
    summary:
      'Changes an account: its role, its password, or disables (or enables) it. A new password or disabling ends its sessions; the last enabled admin stays one',
    role: 'admin',
    accountsOnly: true,
    usesDatabase: false,
    params: UsernameParamSchema,
    body: UpdateAccountBodySchema,
    response: AccountResponseSchema,
    errors: [
      { status: 404, description: 'No account of that name' },
      { status: 409, description: 'The change would leave no enabled admin, or accounts are off' },
    ],
    audit: { action: 'account.update', byService: true },
    example: { params: { username: 'example-viewer' }, body: { role: 'editor' } },
    handle: async ({ params, body, caller, request }, s) => ({
      account: await s.access.updateAccount(params.username, body, { actor: caller.actor, ...request }),
    }),
  }),
  defineEndpoint({
    method: 'get',
    path: '/audit',
    summary: 'The audit trail, newest first: every change and sign-in, who, when, on what, with the request id. It cannot be edited',
    role: 'admin',
    usesDatabase: false,
    query: AuditQuerySchema,
    response: AuditResponseSchema,
    example: { query: { limit: '50' } },
    handle: ({ query }, s) => s.access.audit.read(query),
  }),
];
