// Answers the popup's get-findings request for this page. The reply is sent through `respond` (and the
// listener returns true), which both Chromium's and Firefox's native message APIs understand.
import { type FindingsResponse, parseRequest } from '../messaging/messages';

export type Respond = (reply: FindingsResponse) => void;
export type FindingsListener = (message: unknown, sender: unknown, respond: Respond) => true | undefined;

export function findingsResponder(answer: () => Promise<FindingsResponse>): FindingsListener {
  return (message, _sender, respond) => {
    if (parseRequest(message)?.type !== 'get-findings') return undefined;
    answer().then(respond, (error: unknown) => console.error('[Gaza Talks Context]', error));
    return true;
  };
}
