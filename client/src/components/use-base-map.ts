// The map's base layer as a component sees it: loading, the countries, or failed (the markers are drawn all the same).
import { useEffect, useState } from 'react';
import { loadCountries, type CountryShape } from '../map-view/base-map.ts';

export type BaseMap = { status: 'loading' } | { status: 'ready'; countries: CountryShape[] } | { status: 'failed' };

export function useBaseMap(): BaseMap {
  const [baseMap, setBaseMap] = useState<BaseMap>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    loadCountries()
      .then((countries) => {
        if (current) setBaseMap({ status: 'ready', countries });
      })
      .catch((error: unknown) => {
        console.warn('The base map could not be loaded', error);
        if (current) setBaseMap({ status: 'failed' });
      });
    return () => {
      current = false;
    };
  }, []);
  return baseMap;
}
