// Accounts and the audit trail, for admins.
import {
  AccountResponseSchema,
  AccountsResponseSchema,
  AuditResponseSchema,
  type AccountResponse,
  type AccountsResponse,
  type AuditResponse,
  type CreateAccountBody,
  type UpdateAccountBody,
} from '@kgx/contract';
import { getJson, patchJson, postJson, type RequestOptions } from './http.ts';

export function fetchAccounts(options: RequestOptions = {}): Promise<AccountsResponse> {
  return getJson('/accounts', AccountsResponseSchema, options);
}

export function createAccount(body: CreateAccountBody): Promise<AccountResponse> {
  return postJson('/accounts', body, AccountResponseSchema);
}

export function updateAccount(username: string, change: UpdateAccountBody): Promise<AccountResponse> {
  return patchJson(`/accounts/${encodeURIComponent(username)}`, change, AccountResponseSchema);
}

export function fetchAudit(limit: number, options: RequestOptions = {}): Promise<AuditResponse> {
  return getJson(`/audit?limit=${limit}`, AuditResponseSchema, options);
}
