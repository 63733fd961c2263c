import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportCsvFiles, reportCsvZip, sheetCsv } from './csv';
import { reportFixture } from './report-fixture';

describe('report CSV', () => {
  const report = reportFixture();

  it('writes RFC 4180 with CRLF, a header of labels, money in decimals and a totals row', () => {
    const [summary] = report.sections;
    if (!summary) throw new Error('no summary');
    const text = sheetCsv(report, summary);
    expect(text).toBe(
      'Month,Won revenue,Deals won,Win rate\r\n' +
        '2026-09,12345.67,4,0.5\r\n' +
        '2026-10,2500.00,1,0.25\r\n' +
        '2026-11,0.00,0,\r\n' +
        'Total,14845.67,5,\r\n',
    );
  });

  it('starts every file with a BOM and quotes what needs quoting', () => {
    const files = reportCsvFiles(report);
    expect(files.map((file) => file.name)).toEqual([
      'territory-report-iberia-latam-2026-09-2026-11-summary.csv',
      'territory-report-iberia-latam-2026-09-2026-11-deals.csv',
    ]);
    const deals = files[1];
    if (!deals) throw new Error('no deals');
    expect([...deals.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(strFromU8(deals.bytes), { bom: true });
    expect(records[2]?.[0]).toBe('Beta "quoted"');
    expect(strFromU8(deals.bytes)).toContain('"Beta ""quoted"""');
    expect(unzipSync(reportCsvZip(report))).toHaveProperty([files[0]?.name ?? '']);
  });
});
