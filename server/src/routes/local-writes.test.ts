import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHost, localWriteRefusal } from './local-writes.ts';

const local = { remoteAddress: '127.0.0.1', headers: {}, host: '127.0.0.1:8080' };

describe('isLoopbackAddress', () => {
  it('knows loopback in IPv4, IPv6 and IPv6-mapped form, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.4.5.6', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ['10.0.0.1', '192.168.1.2', '::ffff:10.0.0.1', '1127.0.0.1', 'fe80::1', undefined]) {
      expect(isLoopbackAddress(address)).toBe(false);
    }
  });
});

describe('isLoopbackHost', () => {
  it('accepts the names of this machine with or without a port, and nothing else', () => {
    for (const host of ['localhost', 'localhost:8080', '127.0.0.1:5173', '127.1.2.3', '[::1]:8080', 'LOCALHOST']) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ['attacker.example:8080', '192.168.1.5:5173', 'localhost.attacker.example', '127.0.0.1.nip.io', '', undefined]) {
      expect(isLoopbackHost(host)).toBe(false);
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

  it('refuses a page whose domain was rebound to this machine (DNS rebinding): its Host is its own domain', () => {
    const rebound = { remoteAddress: '127.0.0.1', host: 'attacker.example:8080', headers: { origin: 'http://attacker.example:8080' } };
    expect(localWriteRefusal(rebound)).toMatch(/loopback address/);
  });

  it('refuses a request from another machine relayed by a proxy that keeps Host and adds no forwarding header', () => {
    const relayed = { remoteAddress: '127.0.0.1', host: '192.168.1.5:5173', headers: { origin: 'http://192.168.1.5:5173' } };
    expect(localWriteRefusal(relayed)).not.toBeNull();
  });

  it('refuses a request relayed by a proxy, which would otherwise look local', () => {
    for (const header of ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via']) {
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
