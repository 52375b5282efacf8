// Names, dates and sentences made of syllables, so full-text search over a generated graph has words to find (some accented).
import type { Random } from './prng.ts';

/** The demo corpus's entity types: the generated graphs read like it. */
export const DEMO_ENTITY_TYPES = ['Person', 'Organisation', 'Group', 'Place', 'Event'] as const;
export type DemoEntityType = (typeof DEMO_ENTITY_TYPES)[number];
export const DEMO_ID_PREFIX: Record<DemoEntityType, string> = {
  Person: 'person',
  Organisation: 'organisation',
  Group: 'group',
  Place: 'place',
  Event: 'event',
};

export const ROLES = ['Director', 'Spokesperson', 'Chair', 'Minister', 'Envoy', 'Commander'];

const SYLLABLES = [
  'ka',
  'ri',
  'mo',
  'ten',
  'var',
  'lu',
  'sa',
  'dor',
  'mi',
  'nek',
  'ol',
  'ba',
  'zan',
  'te',
  'vi',
  'ro',
  'gan',
  'el',
  'sha',
  'tur',
  'pe',
  'lin',
  'dra',
  'ko',
  'mar',
  'ti',
  'bel',
  'ur',
  'na',
  'gor',
  'fe',
  'ly',
  'ha',
  'sem',
  'do',
  'ar',
  'vel',
  'ma',
  'ru',
  'sti',
  'ne',
  'kor',
  'an',
  'pol',
  'ze',
  'yu',
  'bra',
  'ce',
  'lo',
  'tav',
];
/** Accented syllables, so search also exercises the accent-folding analyzer ("mijatovic" meets "Mijatović"). */
const ACCENTED_SYLLABLES = ['vić', 'šan', 'lé', 'mür', 'ñez', 'rā'];
const ORGANISATION_KINDS = ['Council', 'Ministry', 'Union', 'Institute', 'Agency', 'Committee', 'Tribunal', 'Foundation'];
const GROUP_KINDS = ['Brigade', 'Movement', 'Association', 'Front', 'Collective', 'Diaspora'];
const PLACE_SUFFIXES = ['', '', '', ' Valley', ' District', ' Heights', 'grad', 'ava'];
const EVENT_KINDS = ['Offensive', 'Summit', 'Blockade', 'Ceasefire', 'Accord', 'Protests', 'Evacuation', 'Hearing'];
const VERBS = ['met', 'warned', 'visited', 'accused', 'thanked', 'reported on', 'called on', 'left'];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function word(random: Random, minSyllables: number, maxSyllables: number): string {
  const count = minSyllables + random.below(maxSyllables - minSyllables + 1);
  let text = '';
  for (let i = 0; i < count; i++) text += random.next() < 0.04 ? random.pick(ACCENTED_SYLLABLES) : random.pick(SYLLABLES);
  return capitalize(text);
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function day(random: Random): string {
  const year = 2015 + random.below(10);
  const month = 1 + random.below(12);
  const dayOfMonth = 1 + random.below(28);
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

export function entityName(random: Random, type: DemoEntityType): { name: string; aliases: string[] } {
  switch (type) {
    case 'Person': {
      const family = word(random, 2, 3);
      const name = `${word(random, 1, 2)} ${family}`;
      return { name, aliases: random.next() < 0.4 ? [family] : [] };
    }
    case 'Organisation': {
      const root = word(random, 2, 3);
      const kind = random.pick(ORGANISATION_KINDS);
      const name = random.next() < 0.5 ? `${root} ${kind}` : `${kind} of ${root}`;
      return { name, aliases: random.next() < 0.3 ? [`${root.charAt(0)}${kind.charAt(0)}`.toUpperCase()] : [] };
    }
    case 'Group':
      return { name: `${word(random, 2, 3)} ${random.pick(GROUP_KINDS)}`, aliases: [] };
    case 'Place': {
      const root = word(random, 2, 3);
      return { name: `${root}${random.pick(PLACE_SUFFIXES)}`, aliases: random.next() < 0.1 ? [`${root}${random.pick(SYLLABLES)}`] : [] };
    }
    case 'Event':
      return { name: `${word(random, 2, 3)} ${random.pick(EVENT_KINDS)} ${2015 + random.below(10)}`, aliases: [] };
  }
}

/** A sentence of a generated document; relation evidence quotes whole sentences, so every quote is verbatim. */
export function sentence(random: Random): string {
  return `${word(random, 2, 3)} ${random.pick(VERBS)} ${word(random, 2, 3)} ${word(random, 1, 2)} in ${word(random, 2, 3)} on ${day(random)}.`;
}
