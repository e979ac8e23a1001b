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
    // FPS Finance publishes the national list as a spreadsheet, and the consolidated EU + Belgian list as
    // a ZIP of FSF XML 1.1, both at addresses that change with each upload: the source is off until an
    // operator points it at the consolidated ZIP, a CSV export or a mirror.
    label: 'Belgian national list (FPS Finance: consolidated ZIP or CSV export)',
    defaultUrl: '',
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
