// End to end with accounts on: sign in to a shared view, what a viewer and an admin see, and a session that ends midway.
import { describe, expect, it } from 'vitest';
import { accountsOn, PASSWORDS } from '../support/accounts.ts';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, waitForCanvas } from './explorer-page.ts';
import type { Page } from 'playwright-core';

const VIEW = '/?panel=data&e=person:nikol-pashinyan';

async function signInOnPage(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

describe('accounts in the explorer', () => {
  const explorer = useExplorer(async () => ({ access: (await accountsOn()).access }));

  it('asks a viewer to sign in, opens the shared view after, and hides what a viewer may not do', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto(VIEW);
      await page.getByTestId('sign-in-page').waitFor({ timeout: UI_TIMEOUT_MS });
      await signInOnPage(page, 'viewer', 'not the password at all');
      const error = page.getByTestId('sign-in-error');
      await error.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await error.textContent()).toContain('username or password is wrong');
      await session.screenshot('wrong password');

      await signInOnPage(page, 'viewer', PASSWORDS.viewer);
      await waitForCanvas(page, { minNodes: 1 });
      expect(new URL(page.url()).searchParams.get('panel')).toBe('data');
      expect(await page.getByTestId('account-name').textContent()).toBe('viewer');
      expect(await page.getByTestId('account-role').textContent()).toBe('viewer');
      await page.getByTestId('dataset-item').first().waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.getByTestId('data-read-only').isVisible()).toBe(true);
      expect(await page.getByTestId('dataset-remove').count()).toBe(0);
      expect(await page.getByTestId('upload-files').count()).toBe(0);
      expect(await page.getByTestId('tab-admin').count()).toBe(0);
      await session.screenshot('signed in as a viewer');

      await page.getByTestId('sign-out').click();
      await page.getByTestId('sign-in-page').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(session.problems([{ method: 'POST', path: '/api/session', status: 401 }])).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('lets an admin create an account and read it in the audit trail', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/?panel=admin');
      await signInOnPage(page, 'admin', PASSWORDS.admin);
      await page.getByTestId('admin-panel').waitFor({ timeout: UI_TIMEOUT_MS });
      await page.getByTestId('account-username').fill('e2e-analyst');
      await page.getByTestId('account-password').fill('a passphrase for e2e');
      await page.getByTestId('account-role-new').selectOption('editor');
      await page.getByTestId('account-create-submit').click();
      await page.locator('[data-testid="account-item"][data-username="e2e-analyst"]').waitFor({ timeout: UI_TIMEOUT_MS });
      const created = page.locator('[data-testid="audit-item"][data-action="account.create"]', { hasText: 'e2e-analyst' });
      await created.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await created.textContent()).toContain('admin');
      await session.screenshot('account created, in the audit trail');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('returns to sign-in when the session ends midway, and to the same view after signing in again', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page, context } = session;
    try {
      await page.goto(VIEW);
      await signInOnPage(page, 'editor', PASSWORDS.editor);
      await waitForCanvas(page, { minNodes: 1 });
      // The session ends elsewhere (signed out from another tab, say): its cookie no longer counts.
      const cookie = (await context.cookies()).find((c) => c.name === 'kgx_session');
      expect(cookie).toBeDefined();
      const ended = await fetch(`${baseUrl}/api/session`, { method: 'DELETE', headers: { cookie: `kgx_session=${cookie?.value ?? ''}` } });
      expect(ended.status).toBe(200);

      // The next request the user makes gets a 401.
      await page.getByTestId('search-input').fill('Pashinyan');
      await page.getByTestId('sign-in-page').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.getByTestId('sign-in-page').textContent()).toContain('session ended');
      await signInOnPage(page, 'editor', PASSWORDS.editor);
      await waitForCanvas(page, { minNodes: 1 });
      expect(new URL(page.url()).searchParams.get('panel')).toBe('data');
      expect(new URL(page.url()).searchParams.get('e')).toContain('person:nikol-pashinyan');
      expect(await page.getByTestId('upload-files').count()).toBe(1);
    } finally {
      await session.close();
    }
  });
});
