import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { bufferTime, filter, type Subscription } from 'rxjs';
import { statusesAwaitingDecision } from '../../../shared/rules/request-status';
import type { Request } from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { platform } from '../../platform';
import { toInboxEntry, type Decider, type InboxEntry } from '../approvals/inbox/inbox-entry';
import { requestTitle } from '../approvals/inbox/request-text';
import {
  DUE_SOON_MS,
  arrivalKey,
  arrivals,
  dueSoon,
  dueSoonKey,
  type RequestChange,
} from './notification-rules';
import { rememberShown, shownNotifications } from './notification-settings';

/** Arrivals close together (a reconnect, a routing burst) make one notification. */
const GATHER_MS = 2000;
const DUE_CHECK_MS = 5 * 60_000;
/** Titles listed in a notification about several requests. */
const LISTED = 3;

/**
 * While `enabled`: a desktop notification when requests start waiting for me, and when one's
 * SLA is about to run out (within 4 hours). Only what happens after the local database has
 * caught up with the store counts: what the first sync (or a reopening) brings is the inbox
 * itself, not news. Each request is notified once per event, remembered across reloads.
 */
export function useDesktopNotifications(enabled: boolean): void {
  const { database, sync, userId } = useCamSession();
  const { t, i18n } = useTranslation();

  useEffect(() => {
    if (!enabled) return;
    const run = { stopped: false };
    // Read through a call: the effect's clean-up may stop it between two awaits.
    const stopped = () => run.stopped;
    const subscriptions: Subscription[] = [];
    let timer: ReturnType<typeof setInterval> | undefined;
    let notified = new Set(shownNotifications(userId));

    const titleOf = async (entries: readonly InboxEntry[]) => {
      const partners = await database.partners.findByIds(entries.map((e) => e.partnerId)).exec();
      return entries.map((entry) =>
        requestTitle(t, entry, partners.get(entry.partnerId)?.name, i18n.language),
      );
    };
    const show = async (kind: 'arrived' | 'dueSoon', entries: readonly InboxEntry[]) => {
      if (entries.length === 0 || stopped()) return;
      notified = rememberShown(
        userId,
        entries.map((entry) => (kind === 'arrived' ? arrivalKey(entry) : dueSoonKey(entry))),
      );
      const titles = await titleOf(entries);
      const hours = DUE_SOON_MS / 3_600_000;
      const [first] = entries;
      const single = entries.length === 1 && first !== undefined;
      const notification =
        kind === 'arrived'
          ? single
            ? { title: t('notifications.newRequest.title'), body: titles[0] ?? '' }
            : {
                title: t('notifications.newRequests.title', { count: entries.length }),
                body: titles.slice(0, LISTED).join('\n'),
              }
          : single
            ? {
                title: t('notifications.dueSoon.title', { hours }),
                body: t('notifications.dueSoon.body', {
                  title: titles[0] ?? '',
                  when: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(
                    first.dueAtMs,
                  ),
                }),
              }
            : {
                title: t('notifications.dueSoonMany.title', { count: entries.length, hours }),
                body: titles.slice(0, LISTED).join('\n'),
              };
      await platform.notify(notification);
    };

    void (async () => {
      await sync.awaitInSync();
      const user = await database.users.findOne(userId).exec();
      if (stopped() || !user) return;
      const me: Decider = { id: user.id, role: user.role, territoryIds: [...user.territoryIds] };

      subscriptions.push(
        database.requests.$.pipe(
          bufferTime(GATHER_MS),
          filter((events) => events.length > 0),
        ).subscribe((events) => {
          const changes: RequestChange[] = events.flatMap((event) =>
            event.operation === 'DELETE'
              ? []
              : [
                  {
                    entry: toInboxEntry(event.documentData as Request),
                    previous: event.previousDocumentData
                      ? toInboxEntry(event.previousDocumentData as Request)
                      : undefined,
                  },
                ],
          );
          void show('arrived', arrivals(changes, me, notified));
        }),
      );

      // Requests due in the next hours, by the indexed status and dueAt: a few documents.
      const checkDueSoon = async () => {
        const now = Date.now();
        const documents = await database.requests
          .find({
            selector: {
              status: { $in: [...statusesAwaitingDecision] },
              dueAt: {
                $gt: new Date(now).toISOString(),
                $lte: new Date(now + DUE_SOON_MS).toISOString(),
              },
            },
          })
          .exec();
        const entries = documents.map((document) => toInboxEntry(document.toJSON() as Request));
        await show('dueSoon', dueSoon(entries, me, now, notified));
      };
      await checkDueSoon();
      if (!stopped()) timer = setInterval(() => void checkDueSoon(), DUE_CHECK_MS);
    })();

    return () => {
      run.stopped = true;
      for (const subscription of subscriptions) subscription.unsubscribe();
      if (timer !== undefined) clearInterval(timer);
    };
  }, [enabled, database, sync, userId, t, i18n.language]);
}
