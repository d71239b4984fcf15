import { useId, type ReactNode } from 'react';

/** Props of `OutsideZendesk`: already-translated text. */
export interface OutsideZendeskProps {
  title: ReactNode;
  body?: ReactNode;
}

/** Minimal page for "this app runs inside Zendesk": a heading and an optional explanation, no styling dependency. */
export function OutsideZendesk({ title, body }: OutsideZendeskProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} style={{ padding: '16px', lineHeight: 1.5 }}>
      <h1 id={headingId} style={{ fontSize: '1rem', margin: '0 0 8px' }}>
        {title}
      </h1>
      {body === undefined || body === null ? null : <div>{body}</div>}
    </section>
  );
}
