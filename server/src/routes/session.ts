// Signing in and out, and who is signed in.
import { SessionResponseSchema, SignInBodySchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const EXAMPLE_SIGN_IN = { username: 'example-admin', password: 'an example passphrase' };

export const SESSION_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/session',
    summary: 'Who is signed in, with which role, and whether accounts are on',
    role: 'public',
    usesDatabase: false,
    response: SessionResponseSchema,
    example: {},
    handle: ({ caller }, s) => s.access.sessionOf(caller),
  }),
  defineEndpoint({
    method: 'post',
    path: '/session',
    summary:
      'Signs in with a username and password; sets an HttpOnly, SameSite=Strict session cookie. Failed attempts are limited per account and per address (429)',
    role: 'public',
    accountsOnly: true,
    usesDatabase: false,
    body: SignInBodySchema,
    response: SessionResponseSchema,
    errors: [
      { status: 401, description: 'The username or password is wrong (the same answer for an account that does not exist)' },
      { status: 409, description: 'Accounts are off' },
      { status: 429, description: 'Too many failed attempts for this account or from this address; try again later' },
    ],
    audit: { action: 'session.sign-in', byService: true },
    example: { body: EXAMPLE_SIGN_IN },
    handle: async ({ body, request, session }, s) => {
      const signedIn = await s.access.signIn(body, request);
      session.set(signedIn.token, s.access.sessionTtlMs);
      return signedIn.session;
    },
  }),
  defineEndpoint({
    method: 'delete',
    path: '/session',
    summary: 'Signs out: the session ends on every server that shares the account store, and the cookie is cleared',
    role: 'public',
    usesDatabase: false,
    response: SessionResponseSchema,
    audit: { action: 'session.sign-out', byService: true },
    example: {},
    handle: async ({ caller, session, request }, s) => {
      session.clear();
      return s.access.signOut(caller, request);
    },
  }),
];
