// Links that appear on the first Tab press and jump past the header to the canvas, the details or the tools.
import type { MouseEvent } from 'react';
import { LANDMARK_IDS } from './landmark-ids.ts';

/** Each target is focusable (tabIndex -1 where it is not a control). */
const LINKS: { target: string; label: string }[] = [
  { target: LANDMARK_IDS.canvas, label: 'Skip to the canvas' },
  { target: LANDMARK_IDS.details, label: 'Skip to the details' },
  { target: LANDMARK_IDS.tools, label: 'Skip to the tools' },
  { target: LANDMARK_IDS.search, label: 'Skip to search' },
];

export function SkipLinks({ onBeforeSkip }: { onBeforeSkip: (target: string) => void }) {
  function skip(event: MouseEvent<HTMLAnchorElement>, target: string) {
    // Focus moves by script: the hash would otherwise land in the link a user shares.
    event.preventDefault();
    onBeforeSkip(target);
    // A drawer opened for the jump is drawn on the next frame; focus waits for it.
    requestAnimationFrame(() => document.getElementById(target)?.focus());
  }
  return (
    <ul className="skip-links" data-testid="skip-links">
      {LINKS.map((link) => (
        <li key={link.target}>
          <a href={`#${link.target}`} className="skip-link" onClick={(event) => skip(event, link.target)}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
