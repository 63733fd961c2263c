import type { RxCollection } from 'rxdb';
import type { ReportSources } from '../../../shared/reports/report-sources';
import type { CamDatabase } from '../../db/database';

/** Every stored document of a collection as a plain object: what a worker can be sent. */
async function plainDocuments<Document>(collection: RxCollection<Document>): Promise<Document[]> {
  const documents = await collection.find().exec();
  return documents.map((document) => document.toJSON() as Document);
}

/**
 * What a report is built from: the local database only, so a report works offline. RxDB lives
 * on the main thread; the worker gets these arrays (structured-cloned) and does the rest.
 */
export async function readReportSources(database: CamDatabase): Promise<ReportSources> {
  const [territories, partners, programs, deals, requests, funds, contacts, users] =
    await Promise.all([
      plainDocuments(database.territories),
      plainDocuments(database.partners),
      plainDocuments(database.programs),
      plainDocuments(database.deals),
      plainDocuments(database.requests),
      plainDocuments(database.funds),
      plainDocuments(database.contacts),
      plainDocuments(database.users),
    ]);
  return { territories, partners, programs, deals, requests, funds, contacts, users };
}
