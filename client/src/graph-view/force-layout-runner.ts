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
    pending.resolve(outcome);
    try {
      performance.measure(LAYOUT_COMPUTED_MEASURE, {
        start: pending.startedAt,
        detail: { thread: this.#thread, nodes: pending.job.nodes.length },
      });
    } catch {
      // A measure is for profiles and benchmarks; a browser that refuses it loses nothing else.
    }
  }

  /** Layouts go on on the page's thread from now on, starting with the one waiting, if any. */
  #fallBackToPage(reason: unknown): void {
    console.error('The layout worker failed; layouts now run on the page', reason);
    this.#worker?.terminate();
    this.#worker = null;
    this.#thread = 'page';
    if (this.#pending) void this.#runOnPage(this.#pending.job);
  }

  #post(job: ForceLayoutJob): void {
    try {
      if (!this.#worker) {
        // Some browsers refuse a module worker, or one from another origin, on the spot.
        const worker = new Worker(new URL('./force-layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
        worker.onmessage = (event: MessageEvent<ForceLayoutOutcome>) => this.#settle(event.data);
        const failed = (event: Event, reason: unknown) => {
          event.preventDefault();
          // A worker already replaced (its layout was cancelled) is no reason to give up on workers.
          if (worker !== this.#worker) return;
          this.#fallBackToPage(reason);
        };
        worker.onerror = (event) => failed(event, event.message);
        worker.onmessageerror = (event) => failed(event, 'a message could not be read');
        this.#worker = worker;
      }
      this.#worker.postMessage(job);
    } catch (error) {
      this.#fallBackToPage(error);
    }
  }

  async #runOnPage(job: ForceLayoutJob): Promise<void> {
    let compute: typeof import('./force-layout-job.ts').computeForceLayout;
    try {
      ({ computeForceLayout: compute } = await import('./force-layout-job.ts'));
    } catch (error) {
      // The module could not be loaded (the server went away): the layout ends with an error rather than never.
      this.#settle({ seq: job.seq, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    // Another layout may have taken over while the module loaded.
    if (this.#pending?.job.seq !== job.seq) return;
    this.#settle(compute(job));
  }
}
