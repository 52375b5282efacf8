// Runs force-directed layouts in a worker, one at a time: a new layout or a cancel ends the one running (a layout cannot
// be paused mid-computation, so its worker is stopped and a fresh one takes the next job). Where no worker can run, the
// same computation runs on the page's thread, loaded only then.
import type { ForceLayoutJob, ForceLayoutOutcome } from './force-layout-job.ts';
import { LAYOUT_COMPUTED_MEASURE } from './layouts.ts';

/** Where layouts are computed: in a worker (the default), or on the page's thread (the fallback, and a benchmark's baseline). */
export type LayoutThread = 'worker' | 'page';

interface Pending {
  job: ForceLayoutJob;
  startedAt: number;
  resolve(outcome: ForceLayoutOutcome | null): void;
}

function workersAvailable(): boolean {
  return typeof Worker === 'function';
}

export class ForceLayoutRunner {
  #worker: Worker | null = null;
  #pending: Pending | null = null;
  #seq = 0;
  #thread: LayoutThread = workersAvailable() ? 'worker' : 'page';

  get thread(): LayoutThread {
    return this.#thread;
  }

  /** Chooses where the next layouts run; the page's thread is the baseline `npm run bench:ui` measures the worker against. */
  set thread(thread: LayoutThread) {
    this.cancel();
    this.#thread = thread === 'worker' && workersAvailable() ? 'worker' : 'page';
  }

  /** Lays out; resolves with the outcome, or with null when a later layout or a cancel took over first. */
  run(job: Omit<ForceLayoutJob, 'seq'>): Promise<ForceLayoutOutcome | null> {
    this.cancel();
    const numbered = { ...job, seq: ++this.#seq };
    return new Promise((resolve) => {
      this.#pending = { job: numbered, startedAt: performance.now(), resolve };
      if (this.#thread === 'worker') this.#post(numbered);
      else void this.#runOnPage(numbered);
    });
  }

  /** Ends the layout running now, if any; its caller gets null. */
  cancel(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    // The worker is busy inside the computation and would finish it before reading anything else: stop it.
    this.#worker?.terminate();
    this.#worker = null;
    pending.resolve(null);
  }

  dispose(): void {
    this.cancel();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #settle(outcome: ForceLayoutOutcome): void {
    const pending = this.#pending;
    if (!pending || pending.job.seq !== outcome.seq) return;
    this.#pending = null;
    performance.measure(LAYOUT_COMPUTED_MEASURE, {
      start: pending.startedAt,
      detail: { thread: this.#thread, nodes: pending.job.nodes.length },
    });
    pending.resolve(outcome);
  }

  #post(job: ForceLayoutJob): void {
    if (!this.#worker) {
      const worker = new Worker(new URL('./force-layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
      worker.onmessage = (event: MessageEvent<ForceLayoutOutcome>) => this.#settle(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        console.error('The layout worker failed; layouts now run on the page', event.message);
        if (this.#worker === worker) this.#worker = null;
        worker.terminate();
        this.#thread = 'page';
        if (this.#pending) void this.#runOnPage(this.#pending.job);
      };
      this.#worker = worker;
    }
    this.#worker.postMessage(job);
  }

  async #runOnPage(job: ForceLayoutJob): Promise<void> {
    const { computeForceLayout } = await import('./force-layout-job.ts');
    // Another layout may have taken over while the module loaded.
    if (this.#pending?.job.seq !== job.seq) return;
    this.#settle(computeForceLayout(job));
  }
}
