/**
 * A wait of a fresh random length each time, cut short by `wake` (the sync stopping, or the
 * store reachable again).
 */
export function interruptibleDelay(lengthMs: () => number) {
  const sleepers = new Set<() => void>();
  return {
    wait(): Promise<void> {
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          sleepers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, lengthMs());
        sleepers.add(wake);
      });
    },
    wake() {
      for (const wake of [...sleepers]) wake();
    },
  };
}
