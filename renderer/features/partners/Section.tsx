import type { ReactNode } from 'react';

/** One section of the partner 360: a titled region reachable by its heading. */
export function Section({
  id,
  title,
  wide = false,
  children,
}: {
  id: string;
  title: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      className={`p360-section${wide ? ' p360-section--wide' : ''}`}
      aria-labelledby={`p360-${id}`}
    >
      <h3 id={`p360-${id}`}>{title}</h3>
      {children}
    </section>
  );
}

/** What a section says when it has no records: in words, never a blank space. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="p360-empty">{children}</p>;
}
