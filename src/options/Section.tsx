// One section of the options page: a landmark named by its h2, so headings and regions both lead to it.
import type { ComponentChildren } from 'preact';

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  const headingId = `gtc-${id}-heading`;
  return (
    <section class="gtc-section" id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
