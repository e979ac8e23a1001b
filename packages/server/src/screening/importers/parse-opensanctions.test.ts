import { describe, expect, it } from 'vitest';
import { ListImportError } from './list-import-error.ts';
import { parseFtmJsonl } from './parse-ftm-jsonl.ts';
import { parseSenzingJsonl } from './parse-senzing-jsonl.ts';

async function* lines(...records: object[]): AsyncGenerator<string> {
  yield `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

const person = (id: string, extra: object, topics: string[] = []) => ({
  id,
  schema: 'Person',
  properties: { name: [`Person ${id}`], topics },
  datasets: ['test_dataset'],
  ...extra,
});

describe('OpenSanctions FollowTheMoney: target and topics decide', () => {
  it('screens targets only, as sanctioned, PEP or other by their topics', async () => {
    const parsed = await parseFtmJsonl(
      lines(
        person('s', { target: true }, ['sanction']),
        person('l', { target: true }, ['sanction.linked']),
        person('p', { target: true }, ['role.pep']),
        person('r', { target: true }, ['role.rca']),
        person('c', { target: true }, ['crime']),
        person('relative', { target: false }, ['role.pep']),
      ),
    );
    expect(parsed.entries.map((e) => [e.entryId, e.category])).toEqual([
      ['s', 'sanctions'],
      ['l', 'sanctions'],
      ['p', 'pep'],
      ['r', 'pep'],
      ['c', 'other'],
    ]);
  });

  it('leaves the category to the dataset when an export has neither target nor topics', async () => {
    const parsed = await parseFtmJsonl(lines(person('x', {})));
    expect(parsed.entries[0]!.category).toBeUndefined();
  });

  it('refuses a dataset with nothing screenable, saying why', async () => {
    const refused = parseFtmJsonl(lines(person('a', { target: false }), person('b', { target: false })));
    await expect(refused).rejects.toBeInstanceOf(ListImportError);
    await expect(parseFtmJsonl(lines(person('a', { target: false })))).rejects.toThrow(
      /none of its 1 .* target/,
    );
  });
});

describe('Senzing records', () => {
  it('reads top-level NAME_FIRST / NAME_LAST and NAME_ORG', async () => {
    const parsed = await parseSenzingJsonl(
      lines(
        {
          DATA_SOURCE: 'OS_TEST',
          RECORD_ID: 'p1',
          RECORD_TYPE: 'PERSON',
          NAME_FIRST: 'Marie',
          NAME_LAST: 'Dubois',
          DATE_OF_BIRTH: '1970-01-02',
          NATIONALITY: 'BE',
        },
        { DATA_SOURCE: 'OS_TEST', RECORD_ID: 'o1', RECORD_TYPE: 'ORGANIZATION', NAME_ORG: 'Acme SA' },
      ),
    );
    expect(parsed.source).toBe('test');
    expect(parsed.entries).toMatchObject([
      {
        entryId: 'p1',
        kind: 'person',
        names: [{ full: 'Marie Dubois', quality: 'strong' }],
        birthDates: [{ from: '1970-01-02' }],
        countries: ['BE'],
      },
      { entryId: 'o1', kind: 'entity', names: [{ full: 'Acme SA', quality: 'strong' }] },
    ]);
  });

  it('reads the FEATURES form', async () => {
    const parsed = await parseSenzingJsonl(
      lines({
        DATA_SOURCE: 'OS_TEST',
        RECORD_ID: 'f1',
        FEATURES: [
          { RECORD_TYPE: 'PERSON' },
          { NAME_TYPE: 'PRIMARY', NAME_FULL: 'Jan Peeters' },
          { NAME_TYPE: 'ALIAS', NAME_FIRST: 'Johannes', NAME_LAST: 'Peeters' },
          { DATE_OF_BIRTH: '1961-05-02' },
          { CITIZENSHIP: 'Belgium' },
        ],
      }),
    );
    expect(parsed.entries).toMatchObject([
      {
        entryId: 'f1',
        kind: 'person',
        names: [
          { full: 'Jan Peeters', quality: 'strong' },
          { full: 'Johannes Peeters', quality: 'strong' },
        ],
        birthDates: [{ from: '1961-05-02' }],
        countries: ['BE'],
      },
    ]);
  });
});
