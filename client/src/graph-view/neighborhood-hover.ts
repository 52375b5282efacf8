// Hovering a node lights up its neighborhood and dims everything else.
import type { Core, NodeSingular } from 'cytoscape';

/** Past this many elements the restyling costs more than the hint is worth. */
const MAX_ELEMENTS_FOR_HOVER = 4000;

export function bindNeighborhoodHover(cy: Core): void {
  cy.on('mouseover', 'node', (event) => {
    if (cy.elements().length > MAX_ELEMENTS_FOR_HOVER) return;
    const node: NodeSingular = event.target;
    const neighborhood = node.closedNeighborhood();
    cy.batch(() => {
      cy.elements().difference(neighborhood).addClass('faded');
      neighborhood.edges().addClass('neighborhood');
    });
  });
  cy.on('mouseout', 'node', () => {
    cy.batch(() => {
      cy.elements('.faded').removeClass('faded');
      cy.elements('.neighborhood').removeClass('neighborhood');
    });
  });
}
