// Signing in and out, and who is signed in.
import { SessionResponseSchema, type SessionResponse, type SignInBody } from '@kgx/contract';
import { deleteJson, getJson, postJson, type RequestOptions } from './http.ts';

export function fetchSession(options: RequestOptions = {}): Promise<SessionResponse> {
  return getJson('/session', SessionResponseSchema, options);
}

export function signIn(body: SignInBody): Promise<SessionResponse> {
  return postJson('/session', body, SessionResponseSchema);
}

export function signOut(): Promise<SessionResponse> {
  return deleteJson('/session', SessionResponseSchema);
}
