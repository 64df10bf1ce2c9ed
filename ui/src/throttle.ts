// Redrawing a streaming reply on every batch of text (a few tokens every 40 ms) makes the web
// process lay out and paint that often, and on a two-core machine that time is taken from the
// model. A Throttle runs its task at most once per interval while updates keep coming.

export class Throttle {
  private last = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly task: () => void,
    private readonly intervalMs: number,
  ) {}

  /** Asks for the task to run: now if it has not run for a while, else at the interval's end. */
  request(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, this.last + this.intervalMs - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Runs a pending request at once (e.g. when the reply has ended). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.last = Date.now();
    this.task();
  }
}
