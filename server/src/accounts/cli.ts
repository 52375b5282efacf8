// `npm run user -- <command>`: accounts from the command line, where the first admin is made. Changes go to the audit trail as `cli`.
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PasswordSchema, RoleSchema, UsernameSchema, type UpdateAccountBody } from '@kgx/contract';
import { EnvSchema, parseSettings } from '../env.ts';
import { AccountAdmin } from './account-admin.ts';
import { AccountStore } from './account-store.ts';
import { AuditLog } from './audit-log.ts';

const USAGE = `usage:
  npm run user -- add NAME --role viewer|editor|admin   (asks for the password; or pipe it on stdin)
  npm run user -- password NAME                         (a new password; ends the account's sessions)
  npm run user -- role NAME viewer|editor|admin
  npm run user -- disable NAME | enable NAME
  npm run user -- list
The accounts live in SERVER_DATA_DIR (default .data/server), which the server must share.`;

class UsageError extends Error {}

function parsed<T>(schema: z.core.$ZodType<T>, value: unknown, what: string): T {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new UsageError(`${what} ${result.error.issues[0]?.message ?? 'is invalid'}`);
  return result.data;
}

/** Reads a password without echoing it on a terminal; from a pipe, its first line. */
async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new UsageError('cancelled'));
        value = char === '\u007f' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function newPassword(): Promise<string> {
  const password = parsed(PasswordSchema, await readPassword('password: '), 'the password');
  if (process.stdin.isTTY && (await readPassword('again: ')) !== password) throw new UsageError('the two passwords differ');
  return password;
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string' } } });
  const [command, name, extra] = positionals;
  const env = parseSettings(EnvSchema.pick({ SERVER_DATA_DIR: true }), process.env);
  await mkdir(env.SERVER_DATA_DIR, { recursive: true, mode: 0o700 });
  const store = new AccountStore(env.SERVER_DATA_DIR);
  await store.checkPermissions();
  const admin = new AccountAdmin(store, new AuditLog(env.SERVER_DATA_DIR));
  const by = { actor: 'cli' };
  const username = () => parsed(UsernameSchema, name, 'NAME');
  const change = async (update: UpdateAccountBody) => {
    const account = await admin.update(username(), update, by);
    process.stdout.write(`${account.username}: ${account.role}${account.disabled ? ', disabled' : ''}\n`);
  };
  switch (command ?? '') {
    case 'add': {
      const role = parsed(RoleSchema, values.role, '--role');
      const account = await admin.create({ username: username(), role, password: await newPassword() }, by);
      process.stdout.write(`created ${account.username} (${account.role})\n`);
      return;
    }
    case 'password':
      return change({ password: await newPassword() });
    case 'role':
      return change({ role: parsed(RoleSchema, extra, 'the role') });
    case 'disable':
      return change({ disabled: true });
    case 'enable':
      return change({ disabled: false });
    case 'list':
      for (const account of await admin.list()) {
        process.stdout.write(`${account.username}\t${account.role}${account.disabled ? '\tdisabled' : ''}\n`);
      }
      return;
    default:
      throw new UsageError(command === undefined ? 'no command' : `unknown command '${command}'`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
