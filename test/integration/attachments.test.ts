import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../server/files/attachment-rules';
import type { Request, RequestAttachment } from '../../shared/schema';
import { PROTOCOL_VERSION_HEADER, type PullResponse } from '../../shared/sync/protocol';
import { signedInAs } from '../support/auth';
import { engines } from '../support/databases';
import { useScenarioApp } from '../support/scenario-app';
import { ana, bob, rita } from '../support/scenario';
import type { Decider } from '../../server/decisions/judge-decision';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const csv = Buffer.from('lead,email\nJosé Núñez,jose@example.com\n');
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

describe.each(engines)('files kept with requests, on %s', (engine) => {
  const store = useScenarioApp(engine);
  // File contents are server-only, so the scenario's truncate of replicated tables leaves them.
  beforeEach(async () => {
    await store.database().exec('TRUNCATE attachment_contents');
  });

  async function upload(
    who: Decider,
    fileName: string,
    mediaType: string,
    content: Buffer,
    requestId = 'request-a1',
  ) {
    return store.app().inject({
      method: 'PUT',
      url: `/requests/${requestId}/attachments`,
      headers: {
        ...(await signedInAs(store.app(), who)),
        'content-type': mediaType,
        'x-file-name': encodeURIComponent(fileName),
      },
      payload: content,
    });
  }
  const download = async (who: Decider, hash: string) =>
    store
      .app()
      .inject({ url: `/attachments/${hash}`, headers: await signedInAs(store.app(), who) });

  it('keeps an upload with its request, which replicates its description, and serves it to the territory', async () => {
    const uploaded = await upload(ana, 'Factura evento Núñez.pdf', 'application/pdf', pdf);
    expect(uploaded.statusCode).toBe(201);
    const attachment = uploaded.json<RequestAttachment>();
    expect(attachment).toMatchObject({
      fileName: 'Factura evento Núñez.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.byteLength,
      sha256: sha256(pdf),
    });

    const pulled = await store.app().inject({
      url: '/sync/requests/pull',
      headers: { [PROTOCOL_VERSION_HEADER]: '4', ...(await signedInAs(store.app(), ana)) },
    });
    const request = pulled
      .json<PullResponse<Request>>()
      .documents.find((doc) => doc.id === 'request-a1');
    expect(request?.attachments).toEqual([attachment]);

    for (const who of [ana, rita]) {
      const file = await download(who, attachment.sha256);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.rawPayload.equals(pdf)).toBe(true);
    }
    // Another territory's CAM learns nothing, not even that the file exists.
    const hidden = await download(bob, attachment.sha256);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toMatchObject({ code: 'not_found' });
    expect((await download(ana, sha256(png))).statusCode).toBe(404);
  });

  it('keeps PNG, JPEG, CSV and XLSX files, and the same file once', async () => {
    expect((await upload(ana, 'booth.png', 'image/png', png)).statusCode).toBe(201);
    expect((await upload(ana, 'leads.csv', 'text/csv; charset=utf-8', csv)).statusCode).toBe(201);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    expect((await upload(ana, 'photo.JPG', 'image/jpeg', jpeg)).statusCode).toBe(201);
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]);
    const sheet = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect((await upload(ana, 'attendees.xlsx', sheet, xlsx)).statusCode).toBe(201);
    const again = await upload(ana, 'booth.png', 'image/png', png);
    expect(again.statusCode).toBe(200);
    const count = await store
      .database()
      .query<{ n: number }>('SELECT count(*)::int AS n FROM attachment_contents');
    expect(count[0]?.n).toBe(4);
  });

  it.each<[string, string, string, Buffer, number, RegExp]>([
    [
      'an executable',
      'setup.exe',
      'application/octet-stream',
      Buffer.from('MZ'),
      415,
      /application\/octet-stream cannot be kept/,
    ],
    ['HTML', 'page.html', 'text/html', Buffer.from('<script>'), 415, /cannot be kept/],
    [
      'a PDF that is not one',
      'invoice.pdf',
      'application/pdf',
      Buffer.from('MZ\x90\x00'),
      400,
      /not a application\/pdf file/,
    ],
    ['a PDF named otherwise', 'invoice.exe', 'application/pdf', pdf, 400, /must end in \.pdf/],
    [
      'a CSV with binary content',
      'leads.csv',
      'text/csv',
      Buffer.from([0x61, 0, 0x62]),
      400,
      /not a text\/csv/,
    ],
    ['an empty file', 'empty.csv', 'text/csv', Buffer.alloc(0), 400, /empty/],
    ['a path for a name', '../../etc/passwd.pdf', 'application/pdf', pdf, 400, /bare name/],
  ])(
    'refuses %s and keeps nothing',
    async (_case, fileName, mediaType, content, status, reason) => {
      const refused = await upload(ana, fileName, mediaType, content);
      expect(refused.statusCode).toBe(status);
      expect(refused.json<{ message: string }>().message).toMatch(reason);
      const kept = await store
        .database()
        .query<{ n: number }>('SELECT count(*)::int AS n FROM attachment_contents');
      expect(kept[0]?.n).toBe(0);
    },
  );

  it('refuses a file over the limit with 413', async () => {
    const large = Buffer.concat([pdf, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const refused = await upload(ana, 'huge.pdf', 'application/pdf', large);
    expect(refused.statusCode).toBe(413);
    expect(refused.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it("refuses an upload to another territory's request with 404, and one without credentials with 401", async () => {
    const refused = await upload(bob, 'invoice.pdf', 'application/pdf', pdf);
    expect(refused.statusCode).toBe(404);
    const anonymous = await store.app().inject({
      method: 'PUT',
      url: '/requests/request-a1/attachments',
      headers: { 'content-type': 'application/pdf', 'x-file-name': 'invoice.pdf' },
      payload: pdf,
    });
    expect(anonymous.statusCode).toBe(401);
    expect(
      (await upload(ana, 'invoice.pdf', 'application/pdf', pdf, 'request-b1')).statusCode,
    ).toBe(404);
  });
});
