// The canvas's keyboard focus: one entity or relation, apart from the selection, that the keys move along relations and
// act on. It is outlined (`keyboard-focus`) while the canvas has the focus from the keyboard, and reported for
// announcing; what a key does to the explorer (select, expand, open a quote) goes out as an action.
import type { Core, EdgeCollection, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import { canvasKeyCommand, type CanvasKeyCommand } from './canvas-keys.ts';
import { orderClockwise, pickInDirection, type ArrowDirection } from './direction.ts';

export const KEYBOARD_FOCUS_CLASS = 'keyboard-focus';

export interface EntityFocusReport {
  kind: 'entity';
  id: string;
  /** Where it stands among the entities shown, in order of name (from 0), and how many are shown. */
  index: number;
  total: number;
  /** Its relations shown, in the order the brackets step round them (clockwise from twelve o'clock). */
  relationIds: string[];
  /** An arrow found no relation to follow from the entity before and led to the nearest entity instead. */
  unrelated: boolean;
}

export interface RelationFocusReport {
  kind: 'relation';
  id: string;
  /** The entity whose relations the brackets step round, where this one stands among them (from 0), and how many. */
  anchorId: string;
  index: number;
  total: number;
}

export type FocusReport = EntityFocusReport | RelationFocusReport;

export type KeyboardAction = 'select' | 'expand' | 'evidence';

export interface KeyboardFocusEvents {
  /** The focus moved (or was asked for again); `empty` when the canvas shows nothing to focus. */
  onFocus(report: FocusReport | { kind: 'empty' }): void;
  onAction(action: KeyboardAction, focus: FocusReport): void;
}

export interface KeyboardFocusOptions {
  container: HTMLElement;
  /** The Cytoscape instance now: the view replaces it when the graph outgrows its renderer settings. */
  cy: () => Core;
  /** The selection, the last one the one shown in the details panel. */
  selection: () => readonly string[];
  events: KeyboardFocusEvents;
}

type Focusable = NodeSingular | EdgeSingular;

/** How close to the canvas's edge the focused element may come before the view pans (the toolbar lies over the top). */
const REVEAL_MARGIN = 56;

function isShownNode(node: NodeSingular): boolean {
  return !node.hasClass('hidden') && !node.hasClass('timeline-hidden');
}

function isShownEdge(edge: EdgeSingular): boolean {
  return !edge.hasClass('timeline-hidden') && isShownNode(edge.source()) && isShownNode(edge.target());
}

function isShown(ele: Focusable): boolean {
  return ele.isNode() ? isShownNode(ele) : isShownEdge(ele);
}

function byName(a: NodeSingular, b: NodeSingular): number {
  const [nameA, nameB] = [String(a.data('label')), String(b.data('label'))];
  return nameA.localeCompare(nameB) || (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);
}

export class KeyboardFocus {
  readonly #options: KeyboardFocusOptions;
  #focusId: string | null = null;
  /** With a relation in focus: the entity whose relations the brackets step round. */
  #anchorId: string | null = null;
  /** Whether the outline is drawn: the canvas has the focus, and got it (or was last used) from the keyboard. */
  #outlined = false;
  /** A press of the pointer gave the canvas the focus: the click says where the focus goes, and nothing is announced. */
  #pressed = false;

  constructor(options: KeyboardFocusOptions) {
    this.#options = options;
    const { container } = options;
    container.addEventListener('keydown', this.#onKeyDown);
    container.addEventListener('focus', this.#onFocus);
    container.addEventListener('blur', this.#onBlur);
    container.addEventListener('pointerdown', this.#onPointerDown, { capture: true });
  }

  get #cy(): Core {
    return this.#options.cy();
  }

  /** The pointer chose an element: the keys carry on from there, with no outline until one is pressed. */
  follow(id: string): void {
    const ele = this.#cy.getElementById(id);
    if (ele.empty()) return;
    this.#focusId = id;
    this.#anchorId = ele.isEdge() ? ele.source().id() : null;
    this.#outlined = false;
    this.#draw();
  }

  /** After the canvas changed: the focus lets go of what went or was hidden, and a focused canvas finds another. */
  refresh(): void {
    if (this.#focusId !== null && this.#current() === null) {
      this.#focusId = null;
      this.#anchorId = null;
      if (this.#outlined && document.activeElement === this.#options.container) {
        this.#land();
        return;
      }
    }
    this.#draw();
  }

  destroy(): void {
    const { container } = this.#options;
    container.removeEventListener('keydown', this.#onKeyDown);
    container.removeEventListener('focus', this.#onFocus);
    container.removeEventListener('blur', this.#onBlur);
    container.removeEventListener('pointerdown', this.#onPointerDown, { capture: true });
  }

  readonly #onPointerDown = (): void => {
    this.#pressed = true;
  };

  readonly #onFocus = (): void => {
    const pressed = this.#pressed;
    this.#pressed = false;
    if (pressed) return;
    this.#outlined = true;
    if (this.#current() === null) this.#land();
    else this.#announce();
  };

  readonly #onBlur = (): void => {
    this.#pressed = false;
    this.#outlined = false;
    this.#draw();
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.target !== this.#options.container) return;
    const command = canvasKeyCommand(event);
    if (command === null) return;
    event.preventDefault();
    this.#pressed = false;
    this.#outlined = true;
    this.#run(command);
  };

  #run(command: CanvasKeyCommand): void {
    const current = this.#current();
    if (current === null) {
      // The first key on a canvas with nothing in focus says where the focus starts, whatever the key.
      this.#land();
      return;
    }
    switch (command.kind) {
      case 'move':
        this.#move(current, command.direction);
        return;
      case 'relation':
        this.#stepRelation(current, command.step);
        return;
      case 'entity':
        this.#stepEntity(current, command.to);
        return;
      case 'select':
      case 'expand':
      case 'evidence':
        this.#options.events.onAction(command.kind, this.#reportOf(current, false));
    }
  }

  /** The focused element if it is still on the canvas and shown. */
  #current(): Focusable | null {
    if (this.#focusId === null) return null;
    const ele = this.#cy.getElementById(this.#focusId);
    return ele.nonempty() && isShown(ele) ? ele : null;
  }

  #shownNodes(): NodeCollection {
    return this.#cy.nodes().filter(isShownNode);
  }

  /** The entities shown, in order of name: the order Home, End and the page keys go in. */
  #entityOrder(): string[] {
    return this.#shownNodes()
      .map((node) => node)
      .sort(byName)
      .map((node) => node.id());
  }

  #shownEdgesOf(node: NodeSingular): EdgeCollection {
    return node.connectedEdges().filter(isShownEdge);
  }

  /** Where the focus starts: the last selected element shown, else the entity with the most relations shown. */
  #land(): void {
    const cy = this.#cy;
    const selection = this.#options.selection();
    for (let i = selection.length - 1; i >= 0; i--) {
      const ele = cy.getElementById(selection[i] ?? '');
      if (ele.nonempty() && isShown(ele)) {
        this.#focusOn(ele, ele.isEdge() ? ele.source().id() : null);
        return;
      }
    }
    let best: NodeSingular | null = null;
    let bestCount = -1;
    for (const node of this.#shownNodes()
      .map((n) => n)
      .sort(byName)) {
      const count = this.#shownEdgesOf(node).length;
      if (count > bestCount) [best, bestCount] = [node, count];
    }
    if (best === null) {
      this.#focusId = null;
      this.#draw();
      this.#options.events.onFocus({ kind: 'empty' });
      return;
    }
    this.#focusOn(best, null);
  }

  #focusOn(ele: Focusable, anchorId: string | null, unrelated = false): void {
    this.#focusId = ele.id();
    this.#anchorId = anchorId;
    this.#draw();
    this.#reveal(ele);
    this.#announce(unrelated);
  }

  #announce(unrelated = false): void {
    const current = this.#current();
    this.#draw();
    this.#options.events.onFocus(current ? this.#reportOf(current, unrelated) : { kind: 'empty' });
  }

  #move(current: Focusable, direction: ArrowDirection): void {
    if (current.isEdge()) {
      const ends = current.connectedNodes().map((n) => ({ id: n.id(), position: n.renderedPosition() }));
      const id = pickInDirection(current.renderedMidpoint(), direction, ends);
      if (id !== null) this.#focusOn(this.#cy.getElementById(id), null);
      return;
    }
    const node = current;
    const neighbours = this.#shownEdgesOf(node)
      .connectedNodes()
      .filter((n) => n.id() !== node.id());
    const unrelated = neighbours.empty();
    // An entity with no relation shown is not a dead end: the arrow leads to the nearest entity that way.
    const pool: NodeCollection = unrelated ? this.#shownNodes().filter((n) => n.id() !== node.id()) : neighbours;
    const candidates = pool.map((n) => ({ id: n.id(), position: n.renderedPosition() }));
    const id = pickInDirection(node.renderedPosition(), direction, candidates);
    if (id === null) this.#announce();
    else this.#focusOn(this.#cy.getElementById(id), null, unrelated);
  }

  /** The relations of an entity shown, in the order the brackets step round them. */
  #relationsRound(node: NodeSingular): string[] {
    const centre = node.renderedPosition();
    const placed = this.#shownEdgesOf(node).map((edge) => {
      const other = edge.source().id() === node.id() ? edge.target() : edge.source();
      return { id: edge.id(), position: other.renderedPosition() };
    });
    return orderClockwise(centre, placed);
  }

  #anchorOf(current: Focusable): NodeSingular {
    if (current.isNode()) return current;
    return current.connectedNodes().filter((n) => n.id() === this.#anchorId)[0] ?? current.source();
  }

  #stepRelation(current: Focusable, step: 1 | -1): void {
    const anchor = this.#anchorOf(current);
    const round = this.#relationsRound(anchor);
    if (round.length === 0) {
      this.#announce();
      return;
    }
    const at = current.isEdge() ? round.indexOf(current.id()) : -1;
    const next = at === -1 ? (step === 1 ? 0 : round.length - 1) : (at + step + round.length) % round.length;
    this.#focusOn(this.#cy.getElementById(round[next] ?? ''), anchor.id());
  }

  #stepEntity(current: Focusable, to: 'first' | 'last' | 'next' | 'previous'): void {
    const order = this.#entityOrder();
    const at = order.indexOf(this.#anchorOf(current).id());
    const index = {
      first: 0,
      last: order.length - 1,
      next: (at + 1) % order.length,
      previous: (at - 1 + order.length) % order.length,
    }[to];
    const target = order[index];
    if (target !== undefined) this.#focusOn(this.#cy.getElementById(target), null);
  }

  #reportOf(current: Focusable, unrelated: boolean): FocusReport {
    if (current.isNode()) {
      const node = current;
      const order = this.#entityOrder();
      return {
        kind: 'entity',
        id: node.id(),
        index: order.indexOf(node.id()),
        total: order.length,
        relationIds: this.#relationsRound(node),
        unrelated,
      };
    }
    const anchor = this.#anchorOf(current);
    const round = this.#relationsRound(anchor);
    return { kind: 'relation', id: current.id(), anchorId: anchor.id(), index: round.indexOf(current.id()), total: round.length };
  }

  /** Outlines the focused element while the canvas has the focus from the keyboard, and says which it is on the container. */
  #draw(): void {
    const cy = this.#cy;
    const current = this.#current();
    cy.batch(() => {
      cy.elements(`.${KEYBOARD_FOCUS_CLASS}`).removeClass(KEYBOARD_FOCUS_CLASS);
      if (current && this.#outlined) current.addClass(KEYBOARD_FOCUS_CLASS);
    });
    const { container } = this.#options;
    if (this.#focusId === null) delete container.dataset.keyboardFocus;
    else container.dataset.keyboardFocus = this.#focusId;
  }

  /**
   * Pans, as little as needed, so the focused element is in view; at once rather than animated, so that keys pressed
   * in quick succession each pan from where the view really is.
   */
  #reveal(ele: Focusable): void {
    const cy = this.#cy;
    const box = ele.renderedBoundingBox({ includeLabels: ele.isNode() });
    const shift = (low: number, high: number, size: number): number => {
      if (high - low > size - 2 * REVEAL_MARGIN) return size / 2 - (low + high) / 2;
      if (low < REVEAL_MARGIN) return REVEAL_MARGIN - low;
      if (high > size - REVEAL_MARGIN) return size - REVEAL_MARGIN - high;
      return 0;
    };
    const dx = shift(box.x1, box.x2, cy.width());
    const dy = shift(box.y1, box.y2, cy.height());
    if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
  }
}
