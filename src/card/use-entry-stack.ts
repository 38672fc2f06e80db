// The card's own navigation: a related entry opens in place on top of a stack, and "back" pops it. The
// stack belongs to the entry the card was opened for; a new one starts a new stack.
import { useRef, useState } from 'preact/hooks';
import type { EntryView } from '../dataset/entry-view';

export type LoadRelated = (id: string) => Promise<EntryView | undefined>;

export type RelatedStatus = { state: 'loading' | 'failed'; name: string } | undefined;

interface StackState {
  root: EntryView;
  stack: EntryView[];
  status: RelatedStatus;
  /** Counts moves, so the card can move focus after one (and not on first showing). */
  moves: number;
}

export interface EntryStack {
  shown: EntryView;
  /** The entry "back" returns to, when the card is showing a related one. */
  previous: EntryView | undefined;
  status: RelatedStatus;
  moves: number;
  open: ((id: string, name: string) => Promise<void>) | undefined;
  back: () => void;
}

export function useEntryStack(root: EntryView, load: LoadRelated | undefined): EntryStack {
  const [state, setState] = useState<StackState>({ root, stack: [], status: undefined, moves: 0 });
  const current: StackState = state.root === root ? state : { root, stack: [], status: undefined, moves: state.moves };
  // Only the latest request may land: a reader who clicks again or goes back meanwhile wins.
  const request = useRef(0);

  const open = async (id: string, name: string) => {
    if (!load) return;
    const ticket = ++request.current;
    setState({ ...current, status: { state: 'loading', name } });
    let next: EntryView | undefined;
    try {
      next = await load(id);
    } catch {
      next = undefined;
    }
    if (ticket !== request.current) return;
    setState((s) => {
      if (s.root !== root) return s;
      return next
        ? { root, stack: [...s.stack, next], status: undefined, moves: s.moves + 1 }
        : { ...s, status: { state: 'failed', name } };
    });
  };

  const back = () => {
    request.current++;
    setState({ ...current, stack: current.stack.slice(0, -1), status: undefined, moves: current.moves + 1 });
  };

  const depth = current.stack.length;
  return {
    shown: current.stack[depth - 1] ?? root,
    previous: depth === 0 ? undefined : (current.stack[depth - 2] ?? root),
    status: current.status,
    moves: current.moves,
    open: load ? open : undefined,
    back,
  };
}
