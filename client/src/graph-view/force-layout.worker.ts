// The layout worker: runs force-directed layouts off the page's thread, so the canvas answers while one is computed.
import { computeForceLayout, type ForceLayoutJob, type ForceLayoutOutcome } from './force-layout-job.ts';

// The client is typed against the page's globals; a dedicated worker's own are these two.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ForceLayoutJob>) => void) | null;
  postMessage(outcome: ForceLayoutOutcome): void;
};

scope.onmessage = (event) => {
  scope.postMessage(computeForceLayout(event.data));
};
