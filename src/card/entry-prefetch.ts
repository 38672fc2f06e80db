// The entries the pointer is resting on, asked for before the hover delay ends: the card then shows the entry
// at once instead of a loading state followed by a round trip to the background. A few are kept, so moving
// back and forth over the same names asks once; a failed ask is forgotten, and a new dataset empties it.
import type { EntryView } from '../dataset/entry-view';
import type { LoadEntry } from './card-module';

const KEEP = 8;

export class EntryPrefetch {
  private readonly asked = new Map<string, Promise<EntryView | undefined>>();

  constructor(private readonly loadEntry: LoadEntry) {}

  /** Starts asking for an entry (no-op if it was asked for already). */
  prefetch(id: string): void {
    void this.load(id).catch(() => {});
  }

  /** The entry, from what was prefetched or by asking now. */
  readonly load: LoadEntry = (id) => {
    let pending = this.asked.get(id);
    if (pending) {
      // The most recent last, so the oldest is the one let go.
      this.asked.delete(id);
      this.asked.set(id, pending);
      return pending;
    }
    pending = this.loadEntry(id);
    this.asked.set(id, pending);
    pending.then(
      (view) => {
        if (view === undefined && this.asked.get(id) === pending) this.asked.delete(id);
      },
      () => {
        if (this.asked.get(id) === pending) this.asked.delete(id);
      },
    );
    if (this.asked.size > KEEP) {
      const oldest = this.asked.keys().next().value;
      if (oldest !== undefined) this.asked.delete(oldest);
    }
    return pending;
  };

  /** Another dataset is in use: what was asked for may have changed. */
  forget(): void {
    this.asked.clear();
  }
}
