import { defer, map, startWith, Subject, type Observable } from 'rxjs';
import type { Decision } from '../../../shared/schema';

/**
 * How long a recorded decision is still shown from here at most: the live query that reads it
 * back from the outbox normally takes it over within milliseconds (see `forgetStored`).
 */
export const SHOWN_AFTER_WRITE_MS = 10_000;

/**
 * Decisions the CAM has made that the outbox may not show yet: from the click until the live
 * query of the outbox reads them back. The inbox shows them at once, from here, so a decision
 * is on the screen in the frame after the click rather than after the IndexedDB write and the
 * queries that see it. A write that fails takes its decision away again, and its reason is kept
 * for the request's controls (`failureFor`).
 */
export class DecisionsBeingRecorded {
  private shown: ReadonlyMap<string, Decision> = new Map();
  private readonly changed = new Subject<void>();
  private readonly failures = new Map<string, RecordingFailure>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** The decisions shown from here, by decision id. */
  readonly decisions$: Observable<ReadonlyMap<string, Decision>> = defer(() =>
    this.changed.pipe(
      startWith(undefined),
      map(() => this.shown),
    ),
  );

  /** At the click: shown until the outbox has it. */
  add(decision: Decision): void {
    this.failures.delete(failureKey(decision));
    this.change((next) => next.set(decision.id, decision));
  }

  /** The write succeeded: the live query takes over; this copy goes after a while at most. */
  written(decisionId: string): void {
    if (!this.shown.has(decisionId)) return;
    clearTimeout(this.timers.get(decisionId));
    this.timers.set(
      decisionId,
      setTimeout(() => {
        this.remove(decisionId);
      }, SHOWN_AFTER_WRITE_MS),
    );
  }

  /** Nothing was recorded for it (the write failed, or another decision already waits). */
  withdraw(decision: Decision, problem?: string): void {
    if (problem !== undefined) {
      this.failures.set(failureKey(decision), { problem, comment: decision.comment });
    }
    this.remove(decision.id);
  }

  /**
   * The outbox's live query shows these decisions now: the copies here are dropped without a
   * new emission (the caller's result already holds the stored ones), so when the store's
   * answer takes a decision out of that query, no stale copy shows it as still sending.
   */
  forgetStored(storedIds: Iterable<string>): void {
    const current = this.shown;
    if (current.size === 0) return;
    let next: Map<string, Decision> | undefined;
    for (const id of storedIds) {
      if (!current.has(id)) continue;
      next ??= new Map(current);
      next.delete(id);
      clearTimeout(this.timers.get(id));
      this.timers.delete(id);
    }
    // No emission: the caller's result already shows the stored ones.
    if (next) this.shown = next;
  }

  /**
   * Why the last decision on this request step could not be recorded, and its comment, for
   * the controls shown again in its place; kept until the next decision on that step.
   */
  failureFor(requestId: string, stepIndex: number, userId: string): RecordingFailure | undefined {
    return this.failures.get(`${requestId}#${String(stepIndex)}#${userId}`);
  }

  private remove(decisionId: string): void {
    clearTimeout(this.timers.get(decisionId));
    this.timers.delete(decisionId);
    if (this.shown.has(decisionId)) this.change((next) => next.delete(decisionId));
  }

  private change(edit: (next: Map<string, Decision>) => void): void {
    const next = new Map(this.shown);
    edit(next);
    this.shown = next;
    this.changed.next();
  }
}

export type RecordingFailure = { problem: string; comment: string };

const failureKey = (decision: Decision) =>
  `${decision.requestId}#${String(decision.stepIndex)}#${decision.decidedBy}`;

/** The window's one instance: decisions are recorded and shown in the same window. */
export const decisionsBeingRecorded = new DecisionsBeingRecorded();
