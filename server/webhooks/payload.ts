import { formatMoney } from '../../shared/format/money';
import type { Money, Percent, RequestStatus, RequestType } from '../../shared/schema';
import type { Static } from 'typebox';
import type { WebhookEventType } from './event-types';
import type { WebhookFormat } from './subscription';

/** One request event as an endpoint receives it (the `json` format's body; docs/webhooks.md). */
export type WebhookEvent = {
  /** Stable across retries and stores: the receiver's key for deduplication. */
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  request: {
    id: string;
    type: RequestType;
    title: string;
    /** As the event left it (a later event may have changed it since). */
    status: RequestStatus;
    currentStep: number;
    partnerId: string;
    partnerName: string | null;
    territoryId: string;
    amount: Static<typeof Money> | null;
    approvedAmount: Static<typeof Money> | null;
    discountPercent: Static<typeof Percent> | null;
  };
  /** Who did it; null for the store's own jobs (escalation, expiry). */
  actor: { id: string; name: string | null } | null;
  note: string;
};

const headlines: Record<WebhookEventType, string> = {
  'request.submitted': 'New request',
  'request.resubmitted': 'Resubmitted',
  'request.routed': 'Routed',
  'request.auto_approved': 'Approved automatically',
  'request.step_approved': 'Step approved',
  'request.approved': 'Approved',
  'request.rejected': 'Rejected',
  'request.returned': 'Returned for information',
  'request.withdrawn': 'Withdrawn',
  'request.escalated': 'Escalated',
  'request.reassigned': 'Reassigned',
  'request.extension_requested': 'Extension requested',
  'request.extended': 'Extended',
  'request.paid': 'Paid',
  'request.expired': 'Expired',
  'request.comment': 'Comment',
};

/** The body sent to an endpoint of this format, as JSON text. */
export function webhookBody(format: WebhookFormat, event: WebhookEvent): string {
  switch (format) {
    case 'json':
      return JSON.stringify(event);
    case 'slack':
      return JSON.stringify(slackMessage(event));
    case 'teams':
      return JSON.stringify(teamsMessage(event));
  }
}

/** The facts a chat message lists, in order, without empty ones. */
function facts(event: WebhookEvent): [string, string][] {
  const { request } = event;
  const rows: [string, string | null][] = [
    ['Partner', request.partnerName ?? request.partnerId],
    ['Amount', request.amount && formatMoney(request.amount, 'en')],
    ['Approved amount', request.approvedAmount && formatMoney(request.approvedAmount, 'en')],
    ['Discount', request.discountPercent === null ? null : `${request.discountPercent} %`],
    ['Status', request.status.replaceAll('_', ' ')],
    ['By', event.actor ? (event.actor.name ?? event.actor.id) : 'CAM Desk'],
    ['Note', event.note || null],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null && row[1] !== '');
}

/** Slack's mrkdwn treats these three as control characters (api.slack.com, "Escaping text"). */
function slackEscaped(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A Slack incoming webhook's message: a fallback `text` and Block Kit blocks. */
export function slackMessage(event: WebhookEvent) {
  const headline = `${headlines[event.type]}: ${event.request.title}`;
  return {
    text: slackEscaped(headline),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${slackEscaped(headline)}*` } },
      {
        type: 'section',
        fields: facts(event).map(([name, value]) => ({
          type: 'mrkdwn',
          text: `*${name}*\n${slackEscaped(value)}`,
        })),
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: slackEscaped(`${event.request.id} · ${event.type} · ${event.occurredAt}`),
          },
        ],
      },
    ],
  };
}

/** A Teams incoming webhook's message: one Adaptive Card (version 1.4). */
export function teamsMessage(event: WebhookEvent) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'TextBlock',
              text: `${headlines[event.type]}: ${event.request.title}`,
              weight: 'Bolder',
              size: 'Medium',
              wrap: true,
            },
            {
              type: 'FactSet',
              facts: facts(event).map(([title, value]) => ({ title, value })),
            },
            {
              type: 'TextBlock',
              text: `${event.request.id} · ${event.type} · ${event.occurredAt}`,
              isSubtle: true,
              size: 'Small',
              wrap: true,
            },
          ],
        },
      },
    ],
  };
}
