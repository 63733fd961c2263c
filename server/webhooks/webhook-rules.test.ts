import { describe, expect, it } from 'vitest';
import { requestStatuses } from '../../shared/schema';
import { parseWebhooksArguments, WebhooksUsageError } from './cli-args';
import { DeliveryFailed, deliverEvent } from './deliver';
import { historyActions, webhookEventType, webhookEventTypes } from './event-types';
import { slackMessage, teamsMessage, webhookBody, type WebhookEvent } from './payload';
import { signDelivery, verifyDelivery } from './signature';
import { checkSubscriptionDraft, receives, SubscriptionError } from './subscription';

const event: WebhookEvent = {
  id: 'request-event-7',
  type: 'request.approved',
  occurredAt: '2026-11-24T12:00:00.000Z',
  request: {
    id: 'request-a1',
    type: 'special_pricing',
    title: '8 % discount for Acme <Ltd> & Co',
    status: 'approved',
    currentStep: 2,
    partnerId: 'partner-a1',
    partnerName: 'Alpha <One>',
    territoryId: 'territory-a',
    amount: { amountMinor: 9_797_400, currency: 'EUR' },
    approvedAmount: null,
    discountPercent: 8,
  },
  actor: { id: 'user-rm-rita', name: 'Rita Regional' },
  note: '<!channel> approve *now*',
};

describe('event types', () => {
  it('names every history action, a final approval apart from a step', () => {
    for (const action of historyActions) {
      expect(webhookEventType(action, 'pending_approval'), action).toBeDefined();
    }
    expect(webhookEventType('approve', 'approved')).toBe('request.approved');
    for (const status of requestStatuses.filter((s) => s !== 'approved')) {
      expect(webhookEventType('approve', status)).toBe('request.step_approved');
    }
    expect(webhookEventType('reject', 'rejected')).toBe('request.rejected');
    expect(webhookEventType('return_for_info', 'info_requested')).toBe('request.returned');
    expect(webhookEventType('escalated', 'pending_approval')).toBe('request.escalated');
    expect(webhookEventType('teleported', 'approved')).toBeUndefined();
    expect(webhookEventType('constructor', 'approved')).toBeUndefined();
    expect(new Set(webhookEventTypes).size).toBe(webhookEventTypes.length);
  });
});

describe('subscriptions', () => {
  const draft = {
    url: 'https://hooks.slack.com/services/T000/B000/XXXX',
    secret: 'sixteen-chars-ok',
    format: 'slack' as const,
    eventTypes: [],
    territoryIds: [],
  };

  it.each([
    ['not a URL', { url: 'hooks.slack.com' }, /is not a URL/],
    ['another scheme', { url: 'ftp://example.com/hook' }, /must be https/],
    ['plain http elsewhere', { url: 'http://example.com/hook' }, /only for this machine/],
    ['credentials in the URL', { url: 'https://u:p@example.com/hook' }, /user name or password/],
    ['a short secret', { secret: 'fifteen-chars-x' }, /at least 16/],
    ['a control character', { secret: 'sixteen-chars-ok\u0000' }, /control characters/],
    ['an unknown event', { eventTypes: ['request.teleported'] }, /not an event type/],
    ['a hostile territory', { territoryIds: ["a'; DROP TABLE requests;--"] }, /not a territory/],
  ])('refuses %s', (_name, change, message) => {
    expect(() => checkSubscriptionDraft({ ...draft, ...change } as typeof draft)).toThrow(
      SubscriptionError,
    );
    expect(() => checkSubscriptionDraft({ ...draft, ...change } as typeof draft)).toThrow(message);
  });

  it('accepts https anywhere and http on this machine', () => {
    expect(checkSubscriptionDraft(draft).url).toBe(draft.url);
    expect(checkSubscriptionDraft({ ...draft, url: 'http://127.0.0.1:8080/hook' }).url).toBe(
      'http://127.0.0.1:8080/hook',
    );
    expect(checkSubscriptionDraft({ ...draft, secret: 'sixteen-chars-ok' }).secret).toHaveLength(
      16,
    );
  });

  it('receives by event type and territory, never once removed', () => {
    const all = { eventTypes: [], territoryIds: [], removedAt: null };
    expect(receives(all, 'request.paid', 'territory-a')).toBe(true);
    expect(receives({ ...all, removedAt: '2026-11-24T00:00:00Z' }, 'request.paid', 't')).toBe(
      false,
    );
    const narrow = {
      eventTypes: ['request.approved'],
      territoryIds: ['territory-b'],
      removedAt: null,
    };
    expect(receives(narrow, 'request.approved', 'territory-b')).toBe(true);
    expect(receives(narrow, 'request.approved', 'territory-a')).toBe(false);
    expect(receives(narrow, 'request.step_approved', 'territory-b')).toBe(false);
  });
});

describe('payloads', () => {
  it('keeps Slack from reading a note as a mention or markup', () => {
    const message = slackMessage(event);
    expect(message.text).toBe('Approved: 8 % discount for Acme &lt;Ltd&gt; &amp; Co');
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('&lt;!channel&gt; approve *now*');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('Alpha &lt;One&gt;');
    expect(text).toContain('€97,974.00');
    expect(text).toContain('Rita Regional');
  });

  it('sends Teams one Adaptive Card with the facts', () => {
    const message = teamsMessage(event);
    expect(message.type).toBe('message');
    const attachment = message.attachments[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment?.content.type).toBe('AdaptiveCard');
    const factSet = attachment?.content.body[1];
    expect(factSet?.type).toBe('FactSet');
    expect(factSet && 'facts' in factSet ? factSet.facts : []).toEqual(
      expect.arrayContaining([
        { title: 'Partner', value: 'Alpha <One>' },
        { title: 'Discount', value: '8 %' },
        { title: 'By', value: 'Rita Regional' },
      ]),
    );
  });

  it('sends the event itself as JSON, and names the store for its own jobs', () => {
    expect(JSON.parse(webhookBody('json', event))).toEqual(event);
    const escalated = slackMessage({ ...event, type: 'request.escalated', actor: null, note: '' });
    expect(JSON.stringify(escalated.blocks)).toContain('CAM Desk');
    expect(JSON.stringify(escalated.blocks)).not.toContain('*Note*');
  });
});

describe('signatures', () => {
  const body = webhookBody('json', event);
  const now = new Date('2026-11-24T12:00:00.000Z');
  const timestamp = Math.floor(now.getTime() / 1000);
  const signature = signDelivery('the-endpoint-secret', timestamp, body);

  it('verifies the exact body under the secret within five minutes', () => {
    const headers = { signature, timestamp: String(timestamp) };
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyDelivery('the-endpoint-secret', headers, body, now)).toBe(true);
    expect(verifyDelivery('another-secret-xx', headers, body, now)).toBe(false);
    expect(verifyDelivery('the-endpoint-secret', headers, body.replace('8 %', '9 %'), now)).toBe(
      false,
    );
    const later = new Date(now.getTime() + 301_000);
    expect(verifyDelivery('the-endpoint-secret', headers, body, later)).toBe(false);
    const replayed = { signature, timestamp: String(timestamp + 1) };
    expect(verifyDelivery('the-endpoint-secret', replayed, body, now)).toBe(false);
    expect(
      verifyDelivery('the-endpoint-secret', { signature: undefined, timestamp: '1' }, body),
    ).toBe(false);
  });
});

describe('delivery', () => {
  const subscription = {
    url: 'https://example.com/hook',
    secret: 'x'.repeat(16),
    format: 'json' as const,
  };

  it('takes any 2xx, and turns anything else into DeliveryFailed with its reason', async () => {
    const answering = (status: number, text = '') =>
      (async () => new Response(status === 204 ? null : text, { status })) as typeof fetch;
    await expect(deliverEvent(subscription, event, { fetch: answering(204) })).resolves.toEqual({
      status: 204,
    });
    await expect(
      deliverEvent(subscription, event, { fetch: answering(410, 'Gone\n  for good') }),
    ).rejects.toThrow(new DeliveryFailed('the endpoint answered 410: Gone for good', 410));
    const refusing = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    }) as typeof fetch;
    await expect(deliverEvent(subscription, event, { fetch: refusing })).rejects.toThrow(
      'no answer from the endpoint: connect ECONNREFUSED',
    );
    // A redirect is not followed: the signed payload goes only where IT registered it.
    await expect(deliverEvent(subscription, event, { fetch: answering(302) })).rejects.toThrow(
      /answered 302/,
    );
  });
});

describe('npm run webhooks -- arguments', () => {
  it.each([
    [['add', '--url', 'https://x.example/h'], /--format json\|slack\|teams/],
    [['add', '--format', 'slack'], /needs --url/],
    [['add', '--url', 'https://x.example/h', '--format', 'email'], /--format/],
    [['add', '--url', 'https://x.example/h', '--format', 'json', '--dead'], /does not take --dead/],
    [['list', 'extra'], /takes no positional/],
    [['remove'], /one subscription id/],
    [['deliveries', '--limit', '0'], /--limit must be/],
    [['deliveries', '--limit', '1e3'], /--limit must be/],
    [['retry', 'webhook-1'], /a subscription id and an event number/],
    [['retry', 'webhook-1', '-3'], /./],
    [['retry', 'webhook-1', '12abc'], /not an event number/],
    [['retry', '--dead', 'webhook-1'], /no ids with --dead/],
    [['purge'], /Unknown command "purge"/],
    [['list', '--frobnicate'], /Unknown option/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseWebhooksArguments(argv)).toThrow(WebhooksUsageError);
    expect(() => parseWebhooksArguments(argv)).toThrow(message);
  });

  it('reads each command', () => {
    expect(parseWebhooksArguments([])).toEqual({ command: 'help' });
    expect(
      parseWebhooksArguments([
        'add',
        '--url',
        'https://x.example/h',
        '--format',
        'teams',
        '--events',
        'request.approved, request.rejected',
        '--territory',
        'territory-a',
        '--territory',
        'territory-b',
      ]),
    ).toEqual({
      command: 'add',
      draft: {
        url: 'https://x.example/h',
        format: 'teams',
        secret: undefined,
        eventTypes: ['request.approved', 'request.rejected'],
        territoryIds: ['territory-a', 'territory-b'],
      },
    });
    expect(parseWebhooksArguments(['deliveries', '--dead'])).toEqual({
      command: 'deliveries',
      dead: true,
      limit: 100,
    });
    expect(parseWebhooksArguments(['retry', 'webhook-1', '42'])).toEqual({
      command: 'retry',
      target: { subscriptionId: 'webhook-1', eventSeq: '42' },
    });
  });
});
