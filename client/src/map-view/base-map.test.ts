import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { loadCountries } from './base-map.ts';

describe('loadCountries', () => {
  it('reads Natural Earth’s countries from the installed package, with Armenia where Yerevan is', async () => {
    const countries = await loadCountries();
    expect(countries.length).toBeGreaterThan(150);
    const armenia = countries.find((c) => c.properties.name === 'Armenia');
    expect(armenia).toBeDefined();
    if (armenia) expect(geoContains(armenia, [44.4991, 40.1792])).toBe(true);
  });

  it('loads the package once however often it is asked', async () => {
    expect(loadCountries()).toBe(loadCountries());
    expect(await loadCountries()).toBe(await loadCountries());
  });
});
