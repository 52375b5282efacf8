import { describe, expect, it } from 'vitest';
import { orderClockwise, pickInDirection, type Placed } from './direction.ts';

const at = (id: string, x: number, y: number): Placed => ({ id, position: { x, y } });
const ORIGIN = { x: 0, y: 0 };

describe('pickInDirection', () => {
  // A cross of neighbours round the origin: y grows downwards, as on screen.
  const cross = [at('east', 100, 10), at('west', -100, -10), at('north', 10, -100), at('south', -10, 100)];

  it('gives each arrow the neighbour in its quarter of the screen', () => {
    expect(pickInDirection(ORIGIN, 'right', cross)).toBe('east');
    expect(pickInDirection(ORIGIN, 'left', cross)).toBe('west');
    expect(pickInDirection(ORIGIN, 'up', cross)).toBe('north');
    expect(pickInDirection(ORIGIN, 'down', cross)).toBe('south');
  });

  it('prefers the neighbour straight ahead to a nearer one off to the side', () => {
    const candidates = [at('ahead', 100, 0), at('aside', 40, 38)];
    expect(pickInDirection(ORIGIN, 'right', candidates)).toBe('ahead');
  });

  it('prefers the nearer of two neighbours straight ahead', () => {
    expect(pickInDirection(ORIGIN, 'right', [at('far', 300, 0), at('near', 80, 5)])).toBe('near');
  });

  it('never leads into the opposite quarter while the arrow has one of its own', () => {
    const candidates = [at('behind-near', -5, 0), at('ahead-far', 500, 400)];
    expect(pickInDirection(ORIGIN, 'right', candidates)).toBe('ahead-far');
  });

  it('with nothing in the arrow’s quarter, takes the neighbour whose bearing is nearest the arrow', () => {
    // Neither lies within 45° of "right"; the one 60° off beats the one 120° off, though farther away.
    const candidates = [at('sixty', 100, -173), at('one-twenty', -10, -17)];
    expect(pickInDirection(ORIGIN, 'right', candidates)).toBe('sixty');
  });

  it('leads somewhere whatever the arrow while there is one neighbour', () => {
    const only = [at('only', -50, 0)];
    for (const direction of ['left', 'right', 'up', 'down'] as const) expect(pickInDirection(ORIGIN, direction, only)).toBe('only');
  });

  it('breaks a tie on bearing by distance', () => {
    expect(pickInDirection(ORIGIN, 'up', [at('far', 200, 0), at('near', 20, 0)])).toBe('near');
  });

  it('puts a neighbour drawn on the very same spot last, and still reaches it', () => {
    expect(pickInDirection(ORIGIN, 'up', [at('same', 0, 0), at('below', 0, 50)])).toBe('below');
    expect(pickInDirection(ORIGIN, 'up', [at('same', 0, 0)])).toBe('same');
  });

  it('answers null when there is nowhere to go', () => {
    expect(pickInDirection(ORIGIN, 'left', [])).toBeNull();
  });
});

describe('orderClockwise', () => {
  it('goes round from twelve o’clock like a clock hand', () => {
    const placed = [at('nine', -10, 0), at('three', 10, 0), at('six', 0, 10), at('twelve', 0, -10), at('half-past-one', 10, -10)];
    expect(orderClockwise(ORIGIN, placed)).toEqual(['twelve', 'half-past-one', 'three', 'six', 'nine']);
  });

  it('keeps two relations to the same neighbour together, in id order, and puts one on the centre first', () => {
    const placed = [at('b', 10, 0), at('self', 0, 0), at('a', 10, 0), at('up', 0, -5)];
    expect(orderClockwise(ORIGIN, placed)).toEqual(['self', 'up', 'a', 'b']);
  });
});
