import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';

const sourcesOf = (env: NodeJS.ProcessEnv = {}) =>
  Object.fromEntries(loadConfig(env).lists.sources.map((s) => [s.id, { url: s.url, enabled: s.enabled }]));

describe('list sources configuration', () => {
  it('checks the EU, UN and OFAC lists at their official addresses; the Belgian list and the PEP dataset stay off', () => {
    const sources = sourcesOf();
    expect(sources.eu).toEqual({
      url: expect.stringMatching(/^https:\/\/webgate\.ec\.europa\.eu\/fsd\/fsf\//),
      enabled: true,
    });
    expect(sources.un).toEqual({
      url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
      enabled: true,
    });
    expect(sources.ofac).toEqual({ url: 'https://www.treasury.gov/ofac/downloads/sdn.csv', enabled: true });
    // FPS Finance's SIFI consolidated list (EU + Belgian): a fixed address, off unless switched on.
    expect(sources.be).toEqual({
      url: 'https://sifi.minfin.fgov.be/public/api/consolidated-list',
      enabled: false,
    });
    // OpenSanctions data need a licence for business use: off unless the operator switches it on.
    expect(sources.pep).toEqual({
      url: 'https://data.opensanctions.org/datasets/latest/peps/entities.ftm.json',
      enabled: false,
    });
    expect(loadConfig({}).lists).toMatchObject({ autoUpdate: true, checkMinutes: 15 });
  });

  it('switches a source off or on, points one at a mirror', () => {
    const sources = sourcesOf({
      LIST_SOURCE_OFAC_ENABLED: 'false',
      LIST_SOURCE_EU_URL: 'https://mirror.example.be/eu.xml',
      LIST_SOURCE_BE_URL: 'https://mirror.example.be/be-consolidated.zip',
    });
    expect(sources.ofac!.enabled).toBe(false);
    expect(sources.eu).toEqual({ url: 'https://mirror.example.be/eu.xml', enabled: true });
    // An address alone does not switch the Belgian source on.
    expect(sources.be).toEqual({ url: 'https://mirror.example.be/be-consolidated.zip', enabled: false });
    expect(
      sourcesOf({ LIST_SOURCE_BE_URL: 'https://m.example/be.zip', LIST_SOURCE_BE_ENABLED: 'true' }).be,
    ).toEqual({ url: 'https://m.example/be.zip', enabled: true });
    expect(sourcesOf({ LIST_SOURCE_BE_ENABLED: 'true' }).be).toEqual({
      url: 'https://sifi.minfin.fgov.be/public/api/consolidated-list',
      enabled: true,
    });
    expect(() => loadConfig({ LIST_SOURCE_UN_URL: 'not an address' })).toThrow();
  });
});
