// Tells the background how many entries this page shows (the toolbar badge), only when the count changes.

export type SendCount = (count: number) => void;

export function badgeReporter(send: SendCount): (count: number) => void {
  // A new page starts with no badge: nothing to send until something is shown.
  let last = 0;
  return (count) => {
    if (count === last) return;
    last = count;
    send(count);
  };
}
