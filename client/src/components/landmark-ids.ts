// The ids of the places skip links and toggles lead to: one list, so a link and its target never disagree.
import { SEARCH_INPUT_ID } from './SearchBox.tsx';

export const LANDMARK_IDS = {
  canvas: 'graph-canvas',
  details: 'details-panel',
  tools: 'tools-panel',
  search: SEARCH_INPUT_ID,
  toolsToggle: 'tools-toggle',
} as const;
