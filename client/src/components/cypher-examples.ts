// Example read-only queries offered in the Cypher console.

export interface CypherExample {
  title: string;
  query: string;
  params?: Record<string, unknown>;
}

export const CYPHER_EXAMPLES: readonly CypherExample[] = [
  {
    title: 'Who detained whom',
    query: 'MATCH (a)-[r:DETAINED]->(b)\nRETURN a, r, b\nLIMIT 25',
  },
  {
    title: 'Events and where they took place',
    query: 'MATCH (e:Event)-[r:TOOK_PLACE_IN]->(p:Place)\nRETURN e, r, p\nLIMIT 50',
  },
  {
    title: 'Statements, accusations and denials',
    query: 'MATCH (s)-[r:STATED|ACCUSED|DENIED|WARNED|CALLED_FOR|URGED]->(t)\nRETURN s, r, t\nLIMIT 50',
  },
  {
    title: 'Most connected entities',
    query:
      'MATCH (n)-[r]-(m)\nWHERE NOT n:Document AND NOT m:Document\nRETURN n.name AS name, labels(n) AS labels, count(r) AS relations\nORDER BY relations DESC\nLIMIT 20',
  },
  {
    title: 'Two steps around an entity (parameter)',
    query: 'MATCH p = (n {id: $id})-[*1..2]-(m)\nWHERE NOT m:Document\nRETURN p\nLIMIT 40',
    params: { id: 'person:ruben-vardanyan' },
  },
];
