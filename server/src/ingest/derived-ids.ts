// Entity ids made from what a row says when it gives none: its type and name, or its type and a key such as a registration number.
import { createHash } from 'node:crypto';

/** Room left in an id (at most 200 characters) after the type and a `:key:` marker. */
const MAX_SLUG_LENGTH = 150;

function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** `PublicBody` → `public-body`, as the demo's ids begin (`person:`, `organisation:`). */
export function typeSlug(type: string): string {
  return type.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * `Rubén Vardanyan` → `ruben-vardanyan`: accents dropped, lower case, anything else between words a `-`. A text with
 * no Latin letters or digits (`Рубен Варданян`) has no slug of this kind and gets a digest of itself instead, so it
 * still has a stable id; a slug too long for an id is cut, with a digest of the whole text so that two long texts stay apart.
 */
export function slug(text: string): string {
  const normalised = text.normalize('NFC').trim();
  const words = normalised
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words === '') return `h-${digest(normalised, 12)}`;
  if (words.length <= MAX_SLUG_LENGTH) return words;
  return `${words.slice(0, MAX_SLUG_LENGTH - 9).replace(/-+$/, '')}-${digest(normalised, 8)}`;
}

/** The id of an entity known only by its type and name: `person:ruben-vardanyan`. Two of the same type and name are one id. */
export function nameEntityId(type: string, name: string): string {
  return `${typeSlug(type)}:${slug(name)}`;
}

/**
 * The id of an entity known by a key that names it beyond one file: `company:key:gb-01234567`. The `key` marker keeps
 * it apart from a name-made id, so a key never meets an entity that only shares its name.
 */
export function keyEntityId(type: string, key: string): string {
  return `${typeSlug(type)}:key:${slug(key)}`;
}
