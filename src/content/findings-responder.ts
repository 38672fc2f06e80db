// Answers the popup's get-findings request for this page, and starts keyboard browsing when the command asks. The reply is sent through `respond` (and the
// listener returns true), which both Chromium's and Firefox's native message APIs understand.
import type { FindingsResponse, Request } from '../messaging/messages';

export type Respond = (reply: FindingsResponse) => void;
export type FindingsListener = (message: unknown, sender: unknown, respond: Respond) => true | undefined;

export interface PageActions {
  /** Keyboard browsing (the command shortcut). */
  browse: () => void;
  /** The popup's "go to this entry's first mention". */
  reveal: (id: string) => void;
  /** The popup's "show on this page anyway". */
  showAnyway: () => void;
}

export function findingsResponder(answer: () => Promise<FindingsResponse>, actions: PageActions): FindingsListener {
  return (message, _sender, respond) => {
    // Messages reach the engine only from the extension itself (the popup), so the type is all to check: the
    // engine ships no zod (the schemas are where requests come from outside: the background).
    const request = message as Partial<Request> | null;
    const type = request?.type;
    if (type === 'browse-findings') {
      actions.browse();
      return undefined;
    }
    if (type === 'show-anyway') {
      actions.showAnyway();
      return undefined;
    }
    if (type === 'reveal-finding') {
      const id = (request as { id?: unknown }).id;
      if (typeof id === 'string') actions.reveal(id);
      return undefined;
    }
    if (type !== 'get-findings') return undefined;
    answer().then(respond, (error: unknown) => console.error('[Gaza Talks Context]', error));
    return true;
  };
}
