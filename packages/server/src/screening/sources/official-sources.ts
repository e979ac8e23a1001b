/**
 * The lists Vigilo keeps current by itself, with the publisher's own address as default. Each can be
 * switched off or pointed at a mirror through the environment (README "List sources"): an air-gapped
 * installation switches them all off and imports files by hand.
 */
export type TListSourceId = 'eu' | 'un' | 'ofac' | 'be' | 'pep';

export type TListSourceDefinition = {
  id: TListSourceId;
  /** What the administrator sees. */
  label: string;
  /** The official download; empty when the publisher has no stable address (then off until one is set). */
  defaultUrl: string;
  enabledByDefault: boolean;
  /** Files published beside the main one and read with it (OFAC aliases and addresses). */
  companions: readonly string[];
};

export const officialListSources: readonly TListSourceDefinition[] = [
  {
    id: 'eu',
    label: 'EU Financial Sanctions Files (XML 1.1)',
    // The public token is part of the address the Commission publishes for anonymous download.
    defaultUrl:
      'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
    enabledByDefault: true,
    companions: [],
  },
  {
    id: 'un',
    label: 'UN Security Council consolidated list (XML)',
    defaultUrl: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
    enabledByDefault: true,
    companions: [],
  },
  {
    id: 'ofac',
    label: 'OFAC SDN list (CSV, with alt.csv and add.csv)',
    defaultUrl: 'https://www.treasury.gov/ofac/downloads/sdn.csv',
    enabledByDefault: true,
    companions: ['alt.csv', 'add.csv'],
  },
  {
    id: 'be',
    // FPS Finance's SIFI application serves the consolidated EU + Belgian list as a semicolon CSV at a fixed
    // address (the one OpenSanctions reads; the spreadsheet and ZIP links of the FPS Finance pages change
    // with each upload). Off by default: its live layout could not be checked from here, and it repeats
    // the whole EU list, so with both sources on an EU listing is reported twice. One switch turns it on.
    label: 'Belgian national list (FPS Finance consolidated EU + Belgian list, CSV)',
    defaultUrl: 'https://sifi.minfin.fgov.be/public/api/consolidated-list',
    enabledByDefault: false,
    companions: [],
  },
  {
    id: 'pep',
    // OpenSanctions data need a licence for business use: off unless the operator has one.
    label: 'PEP dataset (OpenSanctions FollowTheMoney)',
    defaultUrl: 'https://data.opensanctions.org/datasets/latest/peps/entities.ftm.json',
    enabledByDefault: false,
    companions: [],
  },
];
