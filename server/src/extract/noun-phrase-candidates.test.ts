import { describe, expect, it } from 'vitest';
import { candidatesOf } from './entity-candidates.test-support.ts';

const named = (text: string) => candidatesOf(text).map((c) => `${c.type}:${c.name}`);

describe('groups and events named by common nouns', () => {
  it('names an event with the people and places its complement gives', () => {
    expect(named('We watched the evacuation of Veldan refugees.')).toContain('Event:evacuation of Veldan refugees');
    expect(named('It was the flight of Ostranis from Morna to Kessa.')).toContain('Event:flight of Ostranis from Morna to Kessa');
    expect(named('Traders hailed the sudden reopening of the Kessa bridge.')).toContain('Event:reopening of the Kessa bridge');
  });

  it('keeps a population named by its place inside the event', () => {
    expect(named('They decried the forced exodus of the Morna population.')).toContain('Event:forced exodus of the Morna population');
  });

  it('names people by a short relative clause that places them', () => {
    expect(named('Ostranis who stayed in Morna have no phones.')).toContain('Group:Ostranis who stayed in Morna');
    expect(named('Refugees who fled to Kessa were counted.')).toContain('Group:Refugees who fled to Kessa');
  });

  it('names people by their situation alone after an article or an ordinal', () => {
    expect(named('The first evacuees reached the coast.')).toContain('Group:evacuees');
    expect(named('Many people reached the coast.')).not.toContain('Group:people');
  });

  it('names a site the text describes, without the words that judge it', () => {
    expect(named('Drones filmed a large and abandoned airfield near the river.')).toContain('Place:abandoned airfield');
    expect(named('Troops left the adjacent occupied territories.')).toContain('Place:adjacent occupied territories');
    expect(named('Troops left the territories.')).toEqual([]);
  });

  it('keeps the month and year that date an event in its name', () => {
    expect(named('Judges upheld the March 2021 ruling.')).toContain('Event:March 2021 ruling');
  });

  it('names a conflict by the place it is over or in, with its parties inside', () => {
    expect(named('Talks on the conflict between Meridia and Tarsk over Kessa stalled.')).toContain('Event:Kessa conflict');
    expect(named('As the war in Kessa dragged on, prices rose.')).toContain('Event:Kessa war');
    expect(named('Talks on the dispute over Kessa stalled.')).toContain('Event:Kessa dispute');
    expect(named('As the war in Tarsk’s north dragged on, prices rose.')).toContain('Event:war');
  });

  it('does not name a conflict by a month or by anything "in" it that is not proposed as a place', () => {
    expect(named('Talks on the conflict in September stalled.')).toEqual(['Event:conflict']);
    expect(named('Talks on the crisis in the Tarsk Council stalled.')).toEqual(['Event:crisis', 'Organisation:Tarsk Council']);
  });

  it('does not name a conflict after the place where it is talked about ("talks on the conflict in X")', () => {
    expect(named('Talks on the conflict in Geneva stalled.')).toEqual(['Event:conflict', 'Place:Geneva']);
    expect(named('Delegates discussed the war in Vienna.')).toEqual(['Event:war', 'Place:Vienna']);
    expect(named('A summit about the crisis in Tarsk opened.')).toContain('Event:crisis');
    // Where nobody talks about it, the place "in" it is where it is fought.
    expect(named('Fighting in the conflict in Tarsk grew.')).toContain('Event:Tarsk conflict');
    expect(named('Talks on the dispute over Kessa in Geneva stalled.')).toContain('Event:Kessa dispute');
  });

  it('names an event with the opening year when the sentence says it began then', () => {
    expect(named('In 1991, a coup broke out in Tarsk.')).toContain('Event:1991 coup');
    expect(named('In 1993, another strike began at the port.')).toContain('Event:1993 strike');
    expect(named('In 1991, the coup broke out in Tarsk.')).toContain('Event:coup');
    expect(named('Later a coup broke out in Tarsk in 1991.')).toContain('Event:coup');
  });

  it('does not name an event with the opening year when the sentence only mentions it then', () => {
    expect(named('In 2020, historians revisited a massacre committed in 1915.')).toContain('Event:massacre');
    expect(named('In 1991, a coup toppled the Tarsk Council.')).toContain('Event:coup');
  });
});
