import { describe, expect, it } from 'vitest';
import { crossSiteRefusal } from './same-origin.ts';

describe('crossSiteRefusal', () => {
  const host = 'kg.example.org';

  it('lets a change from the same origin through, and one from a client that is not a browser', () => {
    expect(crossSiteRefusal({ origin: 'https://kg.example.org', 'sec-fetch-site': 'same-origin' }, host)).toBeNull();
    expect(crossSiteRefusal({ referer: 'https://kg.example.org/explore?x=1' }, host)).toBeNull();
    expect(crossSiteRefusal({}, host)).toBeNull();
  });

  it('refuses a change from another site, however the browser says so', () => {
    expect(crossSiteRefusal({ 'sec-fetch-site': 'cross-site' }, host)).toMatch(/another site/);
    expect(crossSiteRefusal({ 'sec-fetch-site': 'same-site' }, host)).toMatch(/another site/);
    expect(crossSiteRefusal({ origin: 'https://evil.example' }, host)).toMatch(/another site/);
    expect(crossSiteRefusal({ origin: 'null' }, host)).toMatch(/another site/);
    expect(crossSiteRefusal({ referer: 'https://kg.example.org.evil.example/' }, host)).toMatch(/another site/);
  });

  it('trusts the configured public origin behind a proxy that rewrites Host, and nothing that merely starts like it', () => {
    const trusted = ['https://kg.example.org'];
    expect(crossSiteRefusal({ origin: 'https://kg.example.org' }, 'app:8080', trusted)).toBeNull();
    expect(crossSiteRefusal({ origin: 'https://kg.example.org.evil.example' }, 'app:8080', trusted)).toMatch(/another site/);
  });
});
