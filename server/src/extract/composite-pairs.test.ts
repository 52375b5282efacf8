import { DEFAULT_VOCABULARY } from '@kgx/contract';
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from './extract-document.ts';
import { findRelationCandidates } from './relation-candidates.ts';
import { splitSentences } from './sentences.ts';

const vocabulary = {
  entityTypes: DEFAULT_VOCABULARY.entityTypes.map((t) => t.name),
  relationTypes: DEFAULT_VOCABULARY.relationTypes.map((r) => ({ type: r.type, sourceTypes: r.sourceTypes, targetTypes: r.targetTypes })),
};
const relationsOf = (text: string) =>
  extractFromDocument({ text, knownEntities: [], vocabulary }).relations.map((r) => `${r.subject.name} ${r.type ?? '?'} ${r.object.name}`);

describe('compositePairs', () => {
  it('relates an event to the place it is "of" and a movement to its people', () => {
    const found = relationsOf('Aid stopped during the blockade of Morna. The evacuation of Veldan refugees took a week.');
    expect(found).toContain('blockade of Morna TARGETED Morna');
    expect(found).toContain('Veldan refugees PARTICIPATED_IN evacuation of Veldan refugees');
  });

  it('reads the residents of a place who flee as fleeing that place, not when someone else flees or they flee elsewhere', () => {
    expect(relationsOf('Footage shows residents of Morna packing their bags as they prepare to flee.')).toContain(
      'residents of Morna FLED_FROM Morna',
    );
    expect(relationsOf('Residents of Morna watched as Veldan soldiers fled.')).not.toContain('Residents of Morna FLED_FROM Morna');
    const elsewhere = relationsOf('Residents of Morna fled from Kessa.');
    expect(elsewhere).toContain('Residents of Morna FLED_FROM Kessa');
    expect(elsewhere).not.toContain('Residents of Morna FLED_FROM Morna');
  });

  it('does not read the residents of a place as fleeing it when they refuse to, or when others flee from elsewhere', () => {
    expect(relationsOf('Residents of Morna refused to flee.')).not.toContain('Residents of Morna FLED_FROM Morna');
    expect(relationsOf('Residents of Morna did not flee.')).not.toContain('Residents of Morna FLED_FROM Morna');
    expect(relationsOf('Residents of Morna sheltered families fleeing Kessa.')).not.toContain('Residents of Morna FLED_FROM Morna');
    expect(relationsOf('Residents of Morna welcomed the families who fled.')).not.toContain('Residents of Morna FLED_FROM Morna');
    expect(relationsOf('Residents of Morna, who feared the floods, fled.')).toContain('Residents of Morna FLED_FROM Morna');
  });

  it('places a departure where it starts, not where it ends', () => {
    const found = relationsOf('Traders decried the flight of Ostranis from Morna to Kessa.');
    expect(found).toContain('flight of Ostranis from Morna to Kessa TOOK_PLACE_IN Morna');
    expect(found).not.toContain('flight of Ostranis from Morna to Kessa TOOK_PLACE_IN Kessa');
    const exodus = relationsOf('The siege caused a mass exodus of ethnic Ostranis from Morna.');
    expect(exodus).toContain('mass exodus TOOK_PLACE_IN Morna');
    expect(relationsOf('The siege caused a mass exodus of ethnic Ostranis to Morna.')).not.toContain('mass exodus TOOK_PLACE_IN Morna');
  });

  it('reads the fall of a place as happening there, not as aimed at it', () => {
    expect(relationsOf('Prices rose after the collapse of Morna.')).toContain('collapse of Morna TOOK_PLACE_IN Morna');
    expect(relationsOf('Prices rose after the collapse of the Vell Republic.')).toContain('collapse of the Vell Republic ? Vell Republic');
    expect(relationsOf('Trade grew after the reopening of the Kessa bridge.')).toContain(
      'reopening of the Kessa bridge TOOK_PLACE_IN Kessa bridge',
    );
  });

  it('relates people "who stayed in" a place to it by the verb of the clause', () => {
    expect(relationsOf('Few Ostranis who stayed in Morna have phones.')).toContain('Ostranis who stayed in Morna REMAINED_IN Morna');
  });

  it("makes a place's army an organ of it, and a body named after an acronym an organ of what the acronym names", () => {
    expect(relationsOf('On Monday Meridia’s army crossed the river.')).toContain('Meridia’s army ORGAN_OF Meridia');
    expect(relationsOf('Later the KTO mission left Kessa.')).toContain('KTO mission ORGAN_OF KTO');
    expect(relationsOf('Later the KTO refugee agency left Kessa.')).toContain('KTO refugee agency ORGAN_OF KTO');
  });

  it('never pairs a composite with its own head word', () => {
    const text = 'The Ostranis in Kessa marched.';
    const end = (name: string, type: string, from = 0) => {
      const start = text.indexOf(name, from);
      return { start, end: start + name.length, name, type };
    };
    const ends = [end('Ostranis in Kessa', 'Group'), end('Ostranis', 'Group'), end('Kessa', 'Place')];
    const found = findRelationCandidates({ text, sentences: splitSentences(text), ends, vocabulary }).map(
      (r) => `${r.subject.name} ${r.type ?? '?'} ${r.object.name}`,
    );
    expect(found).toContain('Ostranis in Kessa REMAINED_IN Kessa');
    expect(found.filter((r) => r.startsWith('Ostranis in Kessa') && r.endsWith(' Ostranis'))).toEqual([]);
  });

  it('makes the parties "between" whom a conflict is its participants, and the place it is over its site', () => {
    expect(relationsOf('Talks on the conflict between Meridia and Tarsk over Kessa stalled.')).toEqual(
      expect.arrayContaining([
        'Meridia PARTICIPATED_IN Kessa conflict',
        'Tarsk PARTICIPATED_IN Kessa conflict',
        'Kessa conflict TOOK_PLACE_IN Kessa',
      ]),
    );
  });

  it("makes a people's body an organ of the state the adjective names", () => {
    expect(relationsOf('Later Peruvian troops crossed the river.')).toContain('Peruvian troops ORGAN_OF Peru');
  });
});
