/**
 * What the dashboard measurement installs in every document the app loads (before the app's
 * own scripts), read back through `window.camDashboardProbe`. "Painted" is the frame after the
 * DOM shows the change, as in ./probes.ts: a requestAnimationFrame callback, then a message.
 */
export type DashboardProbe = {
  /** Since navigation start: the dashboard's revenue figure painted; null until then. */
  figuresPaintedMs: number | null;
  /** Forgets figuresPaintedMs and watches again (the dashboard opened from its tab). */
  watchFigures(): void;
  /** The next `change` event of a filter until the partner count it changes is painted. */
  armFilter(): void;
  /** ms from the change event's timestamp to the frame showing the new count. */
  filterMs: number | null;
};

export type DashboardProbeWindow = Window & { camDashboardProbe?: DashboardProbe };

/** Serialised into the page by Playwright: everything it uses is defined inside it. */
export function installDashboardProbes(): void {
  const afterNextPaint = (then: (at: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        then(performance.now());
      };
      channel.port2.postMessage(null);
    });
  };
  const figureShown = () =>
    document.querySelector('[data-testid="figure-revenue"][data-exact]') !== null;
  const countText = () =>
    document.querySelector('[data-testid="dashboard-partner-count"]')?.textContent ?? '';
  let filterStartedAt: number | null = null;
  let countBefore = '';
  const probe: DashboardProbe = {
    figuresPaintedMs: null,
    filterMs: null,
    watchFigures() {
      probe.figuresPaintedMs = null;
      watching = true;
    },
    armFilter() {
      probe.filterMs = null;
      filterStartedAt = null;
      countBefore = countText();
      document.addEventListener(
        'change',
        (event) => {
          filterStartedAt = event.timeStamp;
        },
        { capture: true, once: true },
      );
    },
  };
  let watching = true;
  const observer = new MutationObserver(() => {
    if (watching && figureShown()) {
      watching = false;
      afterNextPaint((at) => {
        probe.figuresPaintedMs = at;
      });
    }
    if (filterStartedAt !== null && countText() !== countBefore) {
      const started = filterStartedAt;
      filterStartedAt = null;
      afterNextPaint((at) => {
        probe.filterMs = at - started;
      });
    }
  });
  // An init script may run before the document has its root element: observe the document.
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  (window as DashboardProbeWindow).camDashboardProbe = probe;
}
