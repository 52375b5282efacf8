import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, localWriteRefusal } from './local-writes.ts';

const local = { remoteAddress: '127.0.0.1', headers: {}, host: '127.0.0.1:8080' };

describe('isLoopbackAddress', () => {
  it('knows loopback in IPv4, IPv6 and IPv6-mapped form, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.4.5.6', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ['10.0.0.1', '192.168.1.2', '::ffff:10.0.0.1', '1127.0.0.1', 'fe80::1', undefined]) {
      expect(isLoopbackAddress(address)).toBe(false);
    }
  });
});

describe('localWriteRefusal', () => {
  it('lets a direct request from this machine and from our own page write', () => {
    expect(localWriteRefusal(local)).toBeNull();
    expect(localWriteRefusal({ ...local, headers: { origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' } })).toBeNull();
  });

  it('refuses another machine', () => {
    expect(localWriteRefusal({ ...local, remoteAddress: '203.0.113.7' })).toMatch(/only from this machine/);
  });

  it('refuses a request relayed by a proxy, which would otherwise look local', () => {
    for (const header of ['forwarded', 'x-forwarded-for', 'x-real-ip']) {
      expect(localWriteRefusal({ ...local, headers: { [header]: '203.0.113.7' } })).toMatch(/proxy/);
    }
  });

  it('refuses a page of another site (cross-site request forgery against localhost)', () => {
    expect(localWriteRefusal({ ...local, headers: { origin: 'https://evil.example' } })).toMatch(/another site/);
    expect(localWriteRefusal({ ...local, headers: { origin: 'null' } })).toMatch(/another site/);
    expect(localWriteRefusal({ ...local, headers: { 'sec-fetch-site': 'cross-site' } })).toMatch(/another site/);
    expect(localWriteRefusal({ ...local, headers: { origin: 'http://127.0.0.1:9999' } })).toMatch(/another site/);
  });
});
