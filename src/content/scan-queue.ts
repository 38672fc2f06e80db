// Scans run one after another: a mutation batch never races a full rescan. An aborted task is dropped
// quietly; any other failure is logged and the queue goes on.

export class ScanQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void = (error) => console.error('[Gaza Talks Context]', error)) {}

  /** Runs `task` after everything queued before it, unless `signal` has been aborted by then. */
  enqueue(task: () => Promise<void>, signal: AbortSignal): void {
    this.tail = this.tail
      .then(() => (signal.aborted ? undefined : task()))
      .catch((error: unknown) => {
        if ((error as Error | undefined)?.name !== 'AbortError') this.onError(error);
      });
  }

  /** Resolves once everything queued so far has run. */
  idle(): Promise<void> {
    return this.tail;
  }
}
