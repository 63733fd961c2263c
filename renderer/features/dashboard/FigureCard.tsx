import type { ReactNode } from 'react';

type FigureCardProps = {
  figureId: string;
  title: string;
  value: string;
  /** The figure unformatted (a count, or minor units of the reporting currency), for checks. */
  exact?: number | undefined;
  /** A second line: against what, of what. */
  detail?: string | undefined;
  /** The original amounts behind a converted total. */
  originals?: string | undefined;
  openLabel: string;
  onOpen: (figureId: string) => void;
  children?: ReactNode;
};

/** One figure; the whole card is a button that opens the records behind it. */
export function FigureCard(props: FigureCardProps) {
  const { figureId, title, value, exact, detail, originals, openLabel, onOpen, children } = props;
  return (
    <section className="figure-card" aria-labelledby={`figure-${figureId}`}>
      <button
        type="button"
        className="figure-card__open"
        aria-label={`${title}: ${value}. ${openLabel}`}
        data-figure={figureId}
        onClick={() => {
          onOpen(figureId);
        }}
      >
        <h3 className="figure-card__title" id={`figure-${figureId}`}>
          {title}
        </h3>
        <p className="figure-card__value" data-testid={`figure-${figureId}`} data-exact={exact}>
          {value}
        </p>
        {detail ? <p className="figure-card__detail">{detail}</p> : null}
        {originals ? (
          <p className="figure-card__originals" data-testid={`originals-${figureId}`}>
            {originals}
          </p>
        ) : null}
      </button>
      {children}
    </section>
  );
}
