/**
 * Runs asynchronous tasks one at a time, in the order they were queued, with
 * a bound on how many may wait: a flood of requests is refused at once
 * instead of piling up in memory. A failed task does not stop the next one.
 */
export class QueueFullError extends Error {
  constructor(readonly limit: number) {
    super(`${limit} tasks are already waiting`);
    this.name = 'QueueFullError';
  }
}

export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** @param maxWaiting how many tasks may wait behind the running one */
  constructor(private readonly maxWaiting: number) {}

  /** Tasks running or waiting. */
  get size(): number {
    return this.pending;
  }

  /** Queues `task`; rejects with QueueFullError, without running it, when maxWaiting tasks already wait. */
  run<T>(task: () => Promise<T>): Promise<T> {
    if (this.pending > this.maxWaiting) return Promise.reject(new QueueFullError(this.maxWaiting));
    this.pending++;
    const result = this.tail.then(task);
    this.tail = result.then(
      () => this.pending--,
      () => this.pending--,
    );
    return result;
  }
}
