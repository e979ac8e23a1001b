import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { diffListEntries } from '@vigilo/domain/screening/index.ts';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectListFormat } from './detect-list-format.ts';
import { importListFile } from './import-list-file.ts';
import { ListImportError } from './list-import-error.ts';
import { BUNDLED_LISTS, FIXTURES } from './list-paths.test-support.ts';

const bytes = (text: string) => Readable.from([Buffer.from(text)]);

async function importError(input: Parameters<typeof importListFile>[0]): Promise<ListImportError> {
  const error = await importListFile(input).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ListImportError);
  return error as ListImportError;
}

describe('importListFile with the official files', () => {
  it('reads the EU consolidated list XML 1.1', async () => {
    const version = await importListFile(`${BUNDLED_LISTS}eu-fsf-1.1-20260501.xml.gz`);
    expect(version).toMatchObject({ source: 'eu', format: 'eu-fsf-xml', date: '2026-05-01' });
    expect(version.counts).toEqual({ entries: 5860, names: 29826, persons: 4341, entities: 1519 });
    expect(version.checksum).toMatch(/^[0-9a-f]{64}$/);
    const first = version.entries.find((entry) => entry.entryId === 'EU.1001.60');
    expect(first).toMatchObject({
      kind: 'person',
      birthDates: [{ from: '1962-09-03' }],
      countries: ['ID'],
      programmes: ['TAQA'],
    });
    expect(first?.names).toContainEqual(
      expect.objectContaining({ full: 'Yassin Syawal', firstName: 'Yassin', lastName: 'Syawal' }),
    );
  });

  it('reads the UN consolidated list XML', async () => {
    const version = await importListFile(`${BUNDLED_LISTS}un-consolidated-20260227.xml.gz`);
    expect(version).toMatchObject({ source: 'un', format: 'un-consolidated-xml', date: '2026-02-27' });
    expect(version.counts).toMatchObject({ entries: 1003, persons: 730, entities: 273 });
    const saddam = version.entries.find((entry) => entry.entryId === 'IQi.001');
    expect(saddam?.names[0]?.full).toMatch(/^SADDAM HUSSEIN AL-TIKRITI/);
    expect(saddam?.names).toContainEqual({
      full: 'صدام حسين التكريتي',
      quality: 'strong',
      language: 'original-script',
    });
    expect(saddam?.countries).toContain('IQ');
    const withRange = version.entries.find((entry) => entry.birthDates.some((date) => date.to));
    expect(withRange?.birthDates.find((date) => date.to)).toEqual({ from: '1973', to: '1974' });
    expect(version.entries.some((entry) => entry.names.some((name) => name.quality === 'weak'))).toBe(true);
  });

  it('reads the OFAC SDN CSV with birth dates and aliases from Remarks', async () => {
    const version = await importListFile(`${BUNDLED_LISTS}ofac-sdn-20240503/sdn.csv.gz`, {
      date: '2024-05-03',
    });
    expect(version).toMatchObject({ source: 'ofac', format: 'ofac-sdn-csv', date: '2024-05-03' });
    expect(version.counts.entries).toBe(14965);
    const bank = version.entries.find((entry) => entry.entryId === '306');
    expect(bank?.names.map((name) => name.full)).toEqual(['BANCO NACIONAL DE CUBA', 'BNC']);
    const person = version.entries.find((entry) => entry.kind === 'person' && entry.birthDates.length > 0);
    expect(person?.birthDates[0]?.from).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });

  it('reads the OFAC sdn + alt + add set from its folder', async () => {
    const version = await importListFile(`${FIXTURES}ofac-sdn-2021`);
    expect(version.counts.entries).toBe(8976);
    const aeroCaribbean = version.entries.find((entry) => entry.entryId === '36');
    expect(aeroCaribbean?.names.map((name) => name.full)).toEqual([
      'AEROCARIBBEAN AIRLINES',
      'AERO-CARIBBEAN',
    ]);
    expect(aeroCaribbean?.addressCountries).toEqual(['CU']);
  });

  it('reads Senzing JSON lines of OpenSanctions, skipping records that are not persons or organisations', async () => {
    const version = await importListFile(`${FIXTURES}pep/us_congress_senzing.json.gz`);
    expect(version).toMatchObject({ source: 'us_congress', format: 'senzing-jsonl' });
    expect(version.counts).toMatchObject({ entries: 1317, persons: 1317 });
    expect(version.entries[0]).toMatchObject({ countries: ['US'], programmes: ['role.pep'] });
  });
});

describe('importListFile with fixtures', () => {
  it('reads the consolidated list of the FPS Finance SIFI API: "Birth date", rows without Number', async () => {
    // The layout OpenSanctions reads from https://sifi.minfin.fgov.be/public/api/consolidated-list
    // (columns as in its be_fod_sanctions crawler); the rows are made up.
    const csv = [
      'Type;Wholename;Lastname;Firstname;Middlename;Gender;Birth place;Birth country;Birth date;Function;Number;Remark;Links;Publication date;Embargos;Regulation',
      'P;"Youssef EL AMRANI\nYoussef AMRANI";EL AMRANI;Youssef;;M;Tanger;Morocco;"02-11-88";;;Listed.;;12-05-26;BE;AR 28/12/2006',
      'E;Harbour Trading Ltd;;;;;;;;;;;;03-02-25;TERR;2580/2001',
    ].join('\n');
    const read = () => importListFile(bytes(csv), { source: 'be', today: new Date('2026-12-01') });
    const version = await read();
    expect(version).toMatchObject({ format: 'be-national-csv', date: '2026-05-12' });
    expect(version.counts).toEqual({ entries: 2, names: 3, persons: 1, entities: 1 });
    expect(version.entries[0]).toMatchObject({
      entryId: expect.stringMatching(/^be-[0-9a-f]{16}$/),
      kind: 'person',
      birthDates: [{ from: '1988-11-02' }],
      countries: ['MA'],
    });
    // The identifier of a row without Number is the same from one version to the next.
    expect((await read()).entries.map((e) => e.entryId)).toEqual(version.entries.map((e) => e.entryId));
  });

  it('reads the Belgian national list CSV with multi-line cells and two-digit years', async () => {
    const version = await importListFile(`${FIXTURES}be-national-list.csv`, {
      today: new Date('2026-01-01'),
    });
    expect(version).toMatchObject({ source: 'be', format: 'be-national-csv', date: '2023-09-20' });
    expect(version.counts).toEqual({ entries: 3, names: 7, persons: 2, entities: 1 });
    expect(version.entries[1]).toMatchObject({
      entryId: 'BE-2022-014',
      kind: 'person',
      birthDates: [{ from: '1988-11-02' }, { from: '1989' }],
      countries: ['MA', 'BE'],
    });
    expect(version.entries[1]?.names.map((name) => name.full)).toContain('كريم الموسوي');
  });

  it('reads an agency watch list CSV', async () => {
    const version = await importListFile(`${FIXTURES}watchlist.csv`, { date: '2026-03-01' });
    expect(version.entries.map((entry) => [entry.entryId, entry.kind, entry.countries])).toEqual([
      ['W-1', 'person', ['BE']],
      ['W-2', 'entity', ['BE', 'LU']],
      ['W-3', 'person', ['BE', 'FR']],
      ['W-4', 'unknown', []],
    ]);
    expect(version.entries[0]?.birthDates).toEqual([{ from: '1968-04-12' }]);
  });

  it('reads OpenSanctions FollowTheMoney JSON lines, naming the list after the dataset', async () => {
    const version = await importListFile(`${FIXTURES}opensanctions-ftm.jsonl`);
    expect(version).toMatchObject({
      source: 'be_parliament',
      format: 'opensanctions-ftm-jsonl',
      date: '2026-02-14',
    });
    expect(version.entries.map((entry) => entry.entryId)).toEqual(['Q-test-1', 'Q-test-3', 'Q-test-4']);
    expect(version.entries[0]?.names).toContainEqual({ full: 'Alex', quality: 'weak' });
    expect(version.entries[2]).toMatchObject({ birthDates: [{ from: '1975' }], countries: ['RU'] });
  });

  it('accepts a stream, with the SHA-256 of its bytes as checksum', async () => {
    const text = 'id,name\nW-9,Jan Peeters\n';
    const fromStream = await importListFile(bytes(text), { date: '2026-01-01' });
    expect(fromStream.checksum).toBe(createHash('sha256').update(text).digest('hex'));
  });
});

const consolidatedXml =
  '<?xml version="1.0"?><export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-11-20">' +
  '<sanctionEntity euReferenceNumber="BE.NAT.1" logicalId="1"><subjectType code="person"/>' +
  '<nameAlias wholeName="Jan Voorbeeld" firstName="Jan" lastName="Voorbeeld"/></sanctionEntity></export>';

describe('importListFile with a ZIP archive (the FPS Finance consolidated list)', () => {
  it('reads the one list file of the archive, with the checksum of the list itself', async () => {
    const zip = zipSync({ 'consolidated-list.xml': strToU8(consolidatedXml) });
    const version = await importListFile(Readable.from([Buffer.from(zip)]), { source: 'be' });
    expect(version).toMatchObject({ source: 'be', format: 'eu-fsf-xml', date: '2026-11-20' });
    expect(version.entries.map((entry) => entry.entryId)).toEqual(['BE.NAT.1']);
    expect(version.checksum).toBe(createHash('sha256').update(consolidatedXml).digest('hex'));
  });

  it('refuses an archive with two list files, or none, and a damaged archive', async () => {
    const two = zipSync({ 'a.xml': strToU8(consolidatedXml), 'b.xml': strToU8(consolidatedXml) });
    expect((await importError(Readable.from([Buffer.from(two)]))).code).toBe('LIST_FORMAT_UNKNOWN');
    const none = zipSync({ 'readme.txt': strToU8('no list here') });
    expect((await importError(Readable.from([Buffer.from(none)]))).code).toBe('LIST_FORMAT_UNKNOWN');
    const damaged = Buffer.from(zipSync({ 'list.xml': strToU8(consolidatedXml) })).subarray(0, 60);
    expect((await importError(Readable.from([damaged]))).code).toBe('LIST_UNREADABLE');
  });
});

describe('importListFile refuses malformed files whole', () => {
  it('refuses an unknown format', async () => {
    expect((await importError(bytes('hello,world\n1,2\n'))).code).toBe('LIST_FORMAT_UNKNOWN');
  });

  it('refuses a truncated XML file', async () => {
    const xml =
      '<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-05-01"><sanctionEntity euReferenceNumber="EU.1.1"><nameAlias wholeName="A B"/></sanctionEntity><sanctionEntity';
    expect((await importError(bytes(xml))).code).toBe('LIST_MALFORMED');
  });

  it('refuses an EU entity without reference number', async () => {
    const xml =
      '<export xmlns="http://eu.europa.ec/fpi/fsd/export"><sanctionEntity logicalId="7"><nameAlias wholeName="A B"/></sanctionEntity></export>';
    const error = await importError(bytes(xml));
    expect(error).toMatchObject({ code: 'LIST_MALFORMED', details: { logicalId: '7' } });
  });

  it('refuses a Belgian list with an invalid birth date, pointing at the line', async () => {
    const error = await importError(`${FIXTURES}be-national-list-malformed.csv`);
    expect(error).toMatchObject({ code: 'LIST_MALFORMED', details: { line: 2 } });
  });

  it('refuses a watch list with an unknown type', async () => {
    expect((await importError(`${FIXTURES}watchlist-bad-type.csv`)).code).toBe('LIST_MALFORMED');
  });

  it('refuses an OFAC row with a wrong column count, and a broken JSON line', async () => {
    expect((await importError(bytes('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\n'))).code).toBe(
      'LIST_MALFORMED',
    );
    const jsonl = '{"id":"a","schema":"Person","properties":{"name":["A B"]}}\n{"id":\n';
    expect(await importError(bytes(jsonl))).toMatchObject({ code: 'LIST_MALFORMED', details: { line: 2 } });
  });

  it('refuses an empty list and a missing file', async () => {
    expect((await importError(bytes('id,name,type\n'))).code).toBe('LIST_EMPTY');
    expect((await importError(`${FIXTURES}does-not-exist.csv`)).code).toBe('LIST_UNREADABLE');
  });
});

describe('detectListFormat', () => {
  it('recognises each format from its first bytes', () => {
    expect(
      detectListFormat('<?xml version="1.0"?>\n<export xmlns="http://eu.europa.ec/fpi/fsd/export">'),
    ).toBe('eu-fsf-xml');
    expect(detectListFormat('<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="x">')).toBe(
      'un-consolidated-xml',
    );
    expect(detectListFormat('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0-')).toBe('ofac-sdn-csv');
    expect(detectListFormat('type;Wholename;Lastname;Firstname;Number')).toBe('be-national-csv');
    expect(detectListFormat('\uFEFFid,name,type,birthDate,countries')).toBe('watchlist-csv');
    expect(detectListFormat('{"id":"x","schema":"Person","properties":{}}')).toBe('opensanctions-ftm-jsonl');
    expect(detectListFormat('{"DATA_SOURCE":"OS_X","RECORD_ID":"1"}')).toBe('senzing-jsonl');
    expect(detectListFormat(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
  });
});

describe('list versions', () => {
  it('diffs two versions of a list', async () => {
    const previous = await importListFile(bytes('id,name\nW-1,Jan Peeters\nW-2,Ann Maes\n'), {
      date: '2026-01-01',
    });
    const current = await importListFile(bytes('id,name,countries\nW-1,Jan Peeters,BE\nW-3,Lotte Claes,\n'), {
      date: '2026-02-01',
    });
    const diff = diffListEntries(previous.entries, current.entries);
    expect(
      [diff.added, diff.changed.map((c) => c.current), diff.removed].map((l) => l.map((e) => e.entryId)),
    ).toEqual([['W-3'], ['W-1'], ['W-2']]);
    expect(current.checksum).not.toBe(previous.checksum);
  });
});
