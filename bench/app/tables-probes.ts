/**
 * What the tables measurement installs in every document the app loads (before the app's own
 * scripts), used through `window.camTablesProbe`: the partner 360's opening, timed from the
 * click, and the deals table's scroll, driven frame by frame. Nothing observes the DOM until a
 * measurement is armed, so the scroll's frames carry no observer of ours.
 */
export type PartnerOpened = {
  /** From the click's timestamp to the frame showing the heading, revenue and contacts. */
  headingMs: number;
  /** The same, to the frame showing the partner's deals table too (every section filled). */
  completeMs: number;
  contactRows: number;
  /** Rows of the deals table in the DOM (it renders those in view); 0: the partner has none. */
  dealRows: number;
  /** The deals section's heading, which counts them ("23 deal registrations"). */
  dealsHeading: string;
};

export type ScrollOptions = {
  /** The table's accessible name. */
  label: string;
  /**
   * Scrolled by this much each frame from the top: once to the bottom, or to and fro between
   * the ends until `minFrames` frames when the table is shorter than that.
   */
  stepPx: number;
  minFrames: number;
};

export type ScrollResult = {
  /** requestAnimationFrame deltas, ms, one per frame after the first. */
  frames: number[];
  /** Durations of the long tasks (≥ 50 ms) seen while scrolling. */
  longTasks: number[];
  /** Frames whose view showed a row (not the padding) when the next frame began. */
  framesWithRowInView: number;
  /** The most rows the table's body held in the DOM at once. */
  mostRowsInDom: number;
  /** Rows the table says it has (aria-rowcount less the header row). */
  rowCount: number;
  scrollHeight: number;
  /** Once scrolled to the bottom: the last row's index and its first cell's text. */
  lastRowIndex: number;
  lastRowText: string;
};

export type TablesProbe = {
  /** Times the next click until the 360 of the partner named `name` shows its data. */
  armPartnerOpen(name: string): void;
  partnerOpened: PartnerOpened | null;
  scroll(options: ScrollOptions): Promise<ScrollResult>;
};

export type TablesProbeWindow = Window & { camTablesProbe?: TablesProbe };

/** Serialised into the page by Playwright: everything it uses is defined inside it. */
export function installTablesProbes(): void {
  const afterNextPaint = (then: (at: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        then(performance.now());
      };
      channel.port2.postMessage(null);
    });
  };
  const nextFrame = () =>
    new Promise<number>((resolve) => {
      requestAnimationFrame(resolve);
    });
  const section = (id: string) => document.querySelector(`section[aria-labelledby="p360-${id}"]`);
  /** Rows of a section's table, or 0 for its "none" message; null while it is loading. */
  const sectionRows = (id: string): number | null => {
    const found = section(id);
    if (!found) return null;
    const rows = found.querySelectorAll('tbody tr[data-index]').length;
    if (rows > 0) return rows;
    return found.querySelector('.data-table__empty') ? 0 : null;
  };

  const probe: TablesProbe = {
    partnerOpened: null,
    armPartnerOpen(name) {
      probe.partnerOpened = null;
      let clickedAt: number | null = null;
      let heading: { at: number | null; contactRows: number } | null = null;
      document.addEventListener(
        'click',
        (event) => {
          clickedAt = event.timeStamp;
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        if (clickedAt === null) return;
        const started = clickedAt;
        const title = document.getElementById('p360-title')?.textContent.trim();
        if (title !== name) return;
        const facts = document.querySelector('.p360-header__facts')?.textContent ?? '';
        const contactRows = sectionRows('contacts');
        if (heading === null && /\d/.test(facts) && contactRows !== null) {
          const shown = { at: null as number | null, contactRows };
          heading = shown;
          afterNextPaint((at) => {
            shown.at = at - started;
          });
        }
        const dealRows = sectionRows('deals');
        if (heading !== null && dealRows !== null) {
          observer.disconnect();
          const shown = heading;
          afterNextPaint((at) => {
            probe.partnerOpened = {
              headingMs: shown.at ?? at - started,
              completeMs: at - started,
              contactRows: shown.contactRows,
              dealRows,
              dealsHeading: document.getElementById('p360-deals')?.textContent ?? '',
            };
          });
        }
      });
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    },
    async scroll({ label, stepPx, minFrames }) {
      const table = [...document.querySelectorAll('table')].find(
        (candidate) => candidate.getAttribute('aria-label') === label,
      );
      const scroller = table?.parentElement;
      if (!table || !scroller) throw new Error(`No table named "${label}"`);
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const box = scroller.getBoundingClientRect();
      const viewMiddle = { x: box.left + box.width / 2, y: box.top + box.height * 0.6 };
      const rowInView = () =>
        document.elementFromPoint(viewMiddle.x, viewMiddle.y)?.closest('tr[data-index]') != null;
      const rowsInDom = () => table.querySelectorAll('tbody tr[data-index]').length;
      const frames: number[] = [];
      let framesWithRowInView = 0;
      let mostRowsInDom = rowsInDom();
      scroller.scrollTop = 0;
      await nextFrame();
      let previous = await nextFrame();
      const sweep = Math.ceil((scroller.scrollHeight - scroller.clientHeight) / stepPx);
      const frameCount = Math.max(minFrames, sweep);
      for (let frame = 1; frame <= frameCount; frame += 1) {
        const bottom = scroller.scrollHeight - scroller.clientHeight;
        // To and fro: a table shorter than the sweep is scrolled back up at the same speed.
        const travelled = (frame * stepPx) % (2 * bottom || 1);
        scroller.scrollTop = travelled <= bottom ? travelled : 2 * bottom - travelled;
        const now = await nextFrame();
        frames.push(now - previous);
        previous = now;
        if (rowInView()) framesWithRowInView += 1;
        mostRowsInDom = Math.max(mostRowsInDom, rowsInDom());
      }
      observer.disconnect();
      scroller.scrollTop = scroller.scrollHeight;
      await nextFrame();
      await nextFrame();
      const rows = table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-index]');
      const last = rows[rows.length - 1];
      return {
        frames,
        longTasks,
        framesWithRowInView,
        mostRowsInDom,
        rowCount: Number(table.getAttribute('aria-rowcount')) - 1,
        scrollHeight: scroller.scrollHeight,
        lastRowIndex: Number(last?.getAttribute('data-index') ?? -1),
        lastRowText: last?.querySelector('td')?.textContent.trim() ?? '',
      };
    },
  };
  (window as TablesProbeWindow).camTablesProbe = probe;
}
