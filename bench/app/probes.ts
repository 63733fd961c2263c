/**
 * What the inbox measurement installs in every document the app loads (Playwright's init
 * script, before the app's own scripts), and reads back through `window.camInboxProbe`.
 *
 * "Painted" is the next frame after the DOM shows the change: a requestAnimationFrame callback
 * runs just before the frame is drawn, and a message posted from it is delivered once the
 * frame has been handed to the compositor, so the time read then includes the render work, the
 * style and layout of that frame. Times are performance.now() values: milliseconds since the
 * document's navigation started.
 */

export type ProbeConfig = {
  /** The accessible name of the inbox list (its aria-label or the text it is labelled by). */
  listLabel: string;
  /** Texts a row shows once it is decided locally (waiting, sending, applied ...). */
  decidedTexts: string[];
};

/** One timed interaction: from the input event's timestamp to the frame that shows it. */
export type InteractionResult = {
  ms: number;
  /** Chromium's Event Timing duration for the same interaction (null: under 16 ms). */
  eventTimingMs: number | null;
  /** How the interaction ended: 'painted', 'row removed' ... */
  how: string;
  /** Rows the interaction covered (bulk approve). */
  rows: number;
};

export type LongTask = { startMs: number; ms: number };

export type InboxProbe = {
  /** The inbox's first rows painted, since navigation start; null until then. */
  rowsPaintedMs: number | null;
  /** The first button painted (the app shell: the header, or the sign-in screen). */
  shellPaintedMs: number | null;
  longTasks: LongTask[];
  /** The next keydown until the next frame after its input event. */
  armKey(): void;
  /** The next click until its row (or every selected row, with `selected`) shows decided. */
  armDecide(selected: boolean): void;
  result: InteractionResult | null;
  /** Rows of the inbox list now in the DOM. */
  rowCount(): number;
  /** Forgets rowsPaintedMs and watches for the rows again (the inbox opened from a tab). */
  watchRows(): void;
};

export type ProbeWindow = Window & { camInboxProbe?: InboxProbe };

/** Serialised by Playwright into the page: everything it uses is defined inside it. */
export function installProbes(config: ProbeConfig): void {
  type EventEntry = PerformanceEntry & { interactionId?: number };
  const events: EventEntry[] = [];

  const afterNextPaint = (then: (at: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        then(performance.now());
      };
      channel.port2.postMessage(null);
    });
  };

  const listElement = (): Element | null => {
    const listLike = 'ul, ol, table, [role=list], [role=grid], [role=table], [role=listbox]';
    for (const element of document.querySelectorAll(listLike)) {
      const labelledBy = element.getAttribute('aria-labelledby');
      const label = labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : (element.getAttribute('aria-label') ?? '');
      if (label.trim() === config.listLabel) return element;
    }
    return null;
  };
  const rowsOf = (list: Element): Element[] =>
    [
      ...list.querySelectorAll(
        'li, [role=listitem], [role=option], [role=row]:has([role=gridcell]), tr:has(td)',
      ),
    ].filter(
      (row) => row.closest('ul, ol, table, [role=list], [role=grid], [role=listbox]') === list,
    );
  const rowOf = (target: Element): Element | null =>
    target.closest('li, [role=listitem], [role=option], [role=row], tr');
  const decided = (row: Element) => {
    return config.decidedTexts.some((candidate) => row.textContent.includes(candidate));
  };
  // The Event Timing duration of the interaction that started at `startedAt` (the longest of
  // its entries: keydown, input, keyup, pointer, click), as INP counts it.
  const eventTimingOf = (startedAt: number): number | null => {
    const durations = events
      .filter((entry) => Math.abs(entry.startTime - startedAt) < 2 || entry.startTime > startedAt)
      .filter((entry) => (entry.interactionId ?? 0) > 0 || entry.name === 'input')
      .map((entry) => entry.duration);
    return durations.length > 0 ? Math.max(...durations) : null;
  };

  // Each arm starts a generation; what an older one still observes stops counting.
  let generation = 0;
  const probe: InboxProbe = {
    rowsPaintedMs: null,
    shellPaintedMs: null,
    longTasks: [],
    result: null,
    watchRows() {
      probe.rowsPaintedMs = null;
      watcher.observe(document, { subtree: true, childList: true });
    },
    rowCount: () => {
      const list = listElement();
      return list ? rowsOf(list).length : 0;
    },
    armKey() {
      probe.result = null;
      const mine = (generation += 1);
      let startedAt: number | undefined;
      const onKey = (event: KeyboardEvent) => {
        startedAt = event.timeStamp;
        document.removeEventListener('keydown', onKey, true);
      };
      // Bubbling on window: after the app's own handlers (React listens on its root).
      const onInput = () => {
        window.removeEventListener('input', onInput);
        afterNextPaint((at) => {
          const start = startedAt ?? at;
          // Event Timing entries arrive after the frame: read them a moment later.
          setTimeout(() => {
            if (mine !== generation) return;
            probe.result = {
              ms: at - start,
              eventTimingMs: eventTimingOf(start),
              how: 'painted',
              rows: 1,
            };
          }, 200);
        });
      };
      document.addEventListener('keydown', onKey, true);
      window.addEventListener('input', onInput);
    },
    armDecide(selected) {
      probe.result = null;
      const mine = (generation += 1);
      const onClick = (event: MouseEvent) => {
        document.removeEventListener('click', onClick, true);
        const start = event.timeStamp;
        const list = listElement();
        const clicked = event.target instanceof Element ? rowOf(event.target) : null;
        const rows = selected
          ? (list ? rowsOf(list) : []).filter(
              (row) =>
                row.querySelector('input[type=checkbox]:checked, [aria-checked=true]') !== null ||
                row.getAttribute('aria-selected') === 'true',
            )
          : clicked && list?.contains(clicked)
            ? [clicked]
            : // Decided in a detail pane: the row the pane shows, as the list marks it.
              [list?.querySelector('[aria-current=true], [aria-selected=true]')].filter(
                (row): row is Element => row instanceof Element,
              );
        const finish = (how: string) => {
          afterNextPaint((at) => {
            setTimeout(() => {
              if (mine !== generation) return;
              probe.result = {
                ms: at - start,
                eventTimingMs: eventTimingOf(start),
                how,
                rows: rows.length,
              };
            }, 200);
          });
        };
        if (rows.length === 0) {
          if (mine !== generation) return;
          probe.result = {
            ms: 0,
            eventTimingMs: null,
            how: 'no row was clicked or selected',
            rows: 0,
          };
          return;
        }
        const check = () => {
          if (mine !== generation) return true;
          const open = rows.filter((row) => row.isConnected && !decided(row));
          if (open.length > 0) return false;
          finish(rows.some((row) => !row.isConnected) ? 'decided (some rows removed)' : 'decided');
          return true;
        };
        if (check()) return;
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe(list ?? document, { subtree: true, childList: true, characterData: true });
      };
      document.addEventListener('click', onClick, true);
    },
  };
  (window as Window & { camInboxProbe?: InboxProbe }).camInboxProbe = probe;

  const watcher = new MutationObserver(() => {
    if (probe.shellPaintedMs === null && document.querySelector('button')) {
      probe.shellPaintedMs = Number.NaN;
      afterNextPaint((at) => (probe.shellPaintedMs = at));
    }
    const list = listElement();
    if (probe.rowsPaintedMs === null && list && rowsOf(list).length > 0) {
      probe.rowsPaintedMs = Number.NaN;
      watcher.disconnect();
      afterNextPaint((at) => (probe.rowsPaintedMs = at));
    }
  });
  watcher.observe(document, { subtree: true, childList: true });

  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void, extra = {}) => {
    try {
      new PerformanceObserver((list) => {
        list.getEntries().forEach(onEntry);
      }).observe({ type, buffered: true, ...extra });
    } catch {
      // An entry type this Chromium does not know: that figure reports nothing.
    }
  };
  observe('longtask', (entry) =>
    probe.longTasks.push({ startMs: entry.startTime, ms: entry.duration }),
  );
  observe('event', (entry) => events.push(entry), { durationThreshold: 16 });
}
