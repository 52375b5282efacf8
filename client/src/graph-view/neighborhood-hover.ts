// Hovering a node lights up its neighborhood and dims everything else, until the pointer leaves it or it goes away.
import type { Core, EventObject, NodeSingular } from 'cytoscape';

/** Past this many elements the restyling costs more than the hint is worth. */
const MAX_ELEMENTS_FOR_HOVER = 4000;

export function bindNeighborhoodHover(cy: Core): void {
  let hovered: NodeSingular | null = null;

  function clear(): void {
    hovered = null;
    cy.batch(() => {
      cy.elements('.faded').removeClass('faded');
      cy.elements('.neighborhood').removeClass('neighborhood');
    });
  }

  cy.on('mouseover', 'node', (event) => {
    if (cy.elements().length > MAX_ELEMENTS_FOR_HOVER) return;
    const node: NodeSingular = event.target;
    hovered = node;
    const neighborhood = node.closedNeighborhood();
    cy.batch(() => {
      cy.elements().difference(neighborhood).addClass('faded');
      neighborhood.edges().addClass('neighborhood');
    });
  });
  cy.on('mouseout', 'node', clear);
  // A node hidden or removed under the pointer never reports the pointer leaving (bug: the rest of the canvas stayed
  // faded, on screen and in the exported picture).
  cy.on('remove class', 'node', (event: EventObject) => {
    if (hovered === null || !(event.target as NodeSingular).same(hovered)) return;
    // The classes, not visible(): inside a batch the style that hides it is applied only after this event.
    if (event.type === 'remove' || hovered.hasClass('hidden') || hovered.hasClass('timeline-hidden')) clear();
  });
}
