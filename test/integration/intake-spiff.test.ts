import { beforeEach, describe, expect, it } from 'vitest';
import type { IntakeSubmission } from '../../shared/api/intake';
import { decisionService } from '../../server/decisions/decision-service';
import { aSpiffProgram, aWonDeal, usd } from '../../server/decisions/effects/claim-fixtures';
import { documentStore } from '../../server/sync/document-store';
import {
  decisionsCollection,
  requestsCollection,
  type Decision,
  type Request,
} from '../../shared/schema';
import { engines } from '../support/databases';
import { aDecision, ana } from '../support/scenario';
import { expectCreated, useIntakeStore } from './intake-setup';

/** A SPIFF claim of partner-a1 for 4 Edge Firewall units (USD 200), paying `payee`. */
function aSpiffSubmission(externalId: string, payee?: unknown): IntakeSubmission {
  return {
    externalId,
    type: 'spiff_claim',
    partnerId: 'partner-a1',
    subjectId: 'program-spiff-1',
    amount: usd(20_000),
    submittedBy: 'Pat Partner',
    ...(payee === undefined ? {} : { payee: payee as IntakeSubmission['payee'] }),
  };
}

const ana_ruiz = { name: 'Ana Ruiz', email: 'ana.ruiz@partner-a1.example' };

describe.each(engines)('the rep a SPIFF claim pays, through the intake API, on %s', (engine) => {
  const intake = useIntakeStore(engine);
  const { post, counts } = intake;

  beforeEach(async () => {
    const app = intake.store.app();
    await app.storeOf('programs').put([aSpiffProgram({ validTo: null })]);
    await app.storeOf('deals').put([aWonDeal('deal-won', 30, '2026-08-01')]);
  });

  it('keeps the rep with the claim, the name trimmed and the email in lower case', async () => {
    const created = expectCreated(
      await post(
        '/intake/requests',
        aSpiffSubmission('spiff-1', {
          name: '  Ana   Ruiz ',
          email: ' Ana.Ruiz@Partner-A1.example',
        }),
      ),
    );
    expect(created.request.payee).toEqual(ana_ruiz);
    expect((await intake.store.app().storeOf('requests').get(created.request.id))?.payee).toEqual(
      ana_ruiz,
    );
  });

  it('leaves every other type without a rep', async () => {
    const mdf = {
      externalId: 'mdf-1',
      type: 'mdf_preapproval',
      partnerId: 'partner-a1',
      subjectId: 'fund-a1',
      amount: usd(100_000),
      submittedBy: 'Pat Partner',
    };
    expect(expectCreated(await post('/intake/requests', mdf)).request.payee).toBe(null);
  });

  const hostile = [
    ['no rep', aSpiffSubmission('bad-1'), '/body/payee', /is required: the partner sales rep/],
    [
      'a rep on an MDF pre-approval',
      {
        ...aSpiffSubmission('bad-2', ana_ruiz),
        type: 'mdf_preapproval',
        subjectId: 'fund-a1',
      },
      '/body/payee',
      /only for SPIFF claims/,
    ],
    ['an empty name', aSpiffSubmission('bad-3', { ...ana_ruiz, name: '   ' }), '/body/payee/name'],
    [
      'a name with a control character',
      aSpiffSubmission('bad-4', { ...ana_ruiz, name: 'Ana\u001b[2JRuiz' }),
      '/body/payee/name',
    ],
    ['a NUL in the name', aSpiffSubmission('bad-5', { ...ana_ruiz, name: 'Ana\u0000' }), '/body'],
    ['no email', aSpiffSubmission('bad-6', { name: 'Ana Ruiz' }), '/body/payee'],
    [
      'an email without a domain',
      aSpiffSubmission('bad-7', { ...ana_ruiz, email: 'ana.ruiz@' }),
      '/body/payee/email',
      /must be the rep’s email address/,
    ],
    [
      'markup for an email',
      aSpiffSubmission('bad-8', { ...ana_ruiz, email: '<img src=x onerror=alert(1)>@x.io' }),
      '/body/payee/email',
    ],
    [
      'a header injected into the email',
      aSpiffSubmission('bad-9', { ...ana_ruiz, email: 'ana@x.io\r\nBcc: all@x.io' }),
      '/body/payee/email',
    ],
    [
      'an email too long',
      aSpiffSubmission('bad-10', { ...ana_ruiz, email: `${'a'.repeat(300)}@x.io` }),
      '/body',
    ],
    [
      'a field the rep does not have',
      aSpiffSubmission('bad-11', { ...ana_ruiz, iban: 'ES00 0000' }),
      '/body',
    ],
    ['a rep that is a string', aSpiffSubmission('bad-12', 'ana.ruiz@partner-a1.example'), '/body'],
  ] as const;
  it.each(hostile)(
    'refuses %s with a 400 naming the field, and changes nothing',
    async (_case, body, path, message?: RegExp) => {
      const before = await counts();
      const answer = await post('/intake/requests', body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.code).toBe('bad_request');
      expect(answer.body.message).toContain(path);
      if (message) expect(answer.body.message).toMatch(message);
      expect(await counts()).toEqual(before);
    },
  );

  it('takes the rep again when a returned claim is resubmitted', async () => {
    const created = expectCreated(
      await post('/intake/requests', aSpiffSubmission('r-1', ana_ruiz)),
    );
    const database = intake.store.database();
    const service = decisionService(database, {
      decisions: documentStore<Decision>(database, decisionsCollection),
      requests: documentStore<Request>(database, requestsCollection),
    });
    const [returned] = await service.submit(
      [
        {
          newDocumentState: aDecision({
            id: 'decision-return-r-1',
            requestId: created.request.id,
            action: 'return_for_info',
            comment: 'Ana Ruiz left in October: who sold these units?',
          }),
        },
      ],
      ana,
    );
    expect(returned?.outcome).toMatchObject({ status: 'applied' });
    const resubmit = (body: object) =>
      post('/intake/requests/partner-portal/r-1/resubmit', { note: 'Luis sold them', ...body });

    const before = await counts();
    const bad = await resubmit({ payee: { name: 'Luis Pardo', email: 'luis' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('/body/payee/email');
    expect(await counts()).toEqual(before);

    const again = await resubmit({
      payee: { name: 'Luis Pardo', email: 'Luis.Pardo@partner-a1.example ' },
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.request.payee).toEqual({
      name: 'Luis Pardo',
      email: 'luis.pardo@partner-a1.example',
    });
  });
});
