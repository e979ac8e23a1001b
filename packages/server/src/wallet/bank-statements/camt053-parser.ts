import { createHash } from 'node:crypto';
import { SaxesParser } from 'saxes';

/** Why a file is refused as a whole; `wallet:statementErrors.<reason>` says it in words. */
export type TStatementErrorReason =
  | 'empty_file'
  | 'not_xml'
  | 'not_camt053'
  | 'missing_message_id'
  | 'no_statement'
  | 'invalid_amount'
  | 'invalid_currency'
  | 'invalid_indicator'
  | 'invalid_date';

/** A malformed statement: nothing of it is imported. `entry` is 1-based within the file. */
export class StatementMalformedError extends Error {
  // Plain fields, not constructor parameter properties: this file also runs in a worker thread, where
  // Node strips types natively and refuses TypeScript-only syntax.
  readonly reason: TStatementErrorReason;
  readonly location: { line?: number; entry?: number };

  constructor(reason: TStatementErrorReason, location: { line?: number; entry?: number } = {}) {
    super(
      `${reason}${location.entry ? ` (entry ${location.entry})` : ''}${location.line ? ` (line ${location.line})` : ''}`,
    );
    this.name = 'StatementMalformedError';
    this.reason = reason;
    this.location = location;
  }
}

/** One transaction detail of an entry: a batch entry carries several, a single transfer one or none. */
export type TStatementDetail = {
  /** In the entry's currency, or null when the bank gives none (or only in another currency). */
  amountCents: number | null;
  direction: 'credit' | 'debit' | null;
  /** Structured communication (creditor reference) or the unstructured remittance text. */
  communication: string | null;
  debtorName: string | null;
  debtorIban: string | null;
};

/** One entry (`Ntry`) of a statement: what the bank booked, with its transaction details. */
export type TStatementEntry = {
  /**
   * Unique per bank account: the IBAN and the bank's own reference (`AcctSvcrRef`); without one, the
   * statement id, the entry's position and a hash of its content, so that re-importing finds it again.
   */
  entryReference: string;
  direction: 'credit' | 'debit';
  isBooked: boolean;
  bookingDate: string;
  /** The booked amount, always `Ntry/Amt`: never a detail's (gross, original-currency) amount. */
  amountCents: number;
  currency: string;
  details: TStatementDetail[];
};

export type TParsedStatement = {
  messageId: string;
  statementIds: string[];
  accountIban: string | null;
  entries: TStatementEntry[];
};

type TNode = { name: string; attrs: Record<string, string>; children: TNode[]; text: string; line: number };

const camt053Namespace = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(0[2-9]|1[0-3])$/;

/**
 * Parses an ISO 20022 CAMT.053 bank-to-customer statement (versions .001.02 to .001.13, as banks export
 * them). Strict on what decides money: an entry without a valid amount, currency, direction or booking
 * date makes the whole file malformed, so a statement is imported completely or not at all.
 */
export function parseCamt053(bytes: Buffer | string): TParsedStatement {
  const text = (typeof bytes === 'string' ? bytes : bytes.toString('utf8')).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new StatementMalformedError('empty_file');
  const root = readTree(text);
  const namespace = root.attrs.xmlns ?? '';
  const statement = child(root, 'BkToCstmrStmt');
  if (root.name !== 'Document' || !camt053Namespace.test(namespace) || !statement) {
    throw new StatementMalformedError('not_camt053');
  }
  const messageId = textAt(statement, 'GrpHdr', 'MsgId');
  if (!messageId) throw new StatementMalformedError('missing_message_id');
  const statements = children(statement, 'Stmt');
  if (statements.length === 0) throw new StatementMalformedError('no_statement');
  const entries: TStatementEntry[] = [];
  let entryNo = 0;
  let accountIban: string | null = null;
  const statementIds: string[] = [];
  for (const stmt of statements) {
    const statementId = textAt(stmt, 'Id') ?? '';
    statementIds.push(statementId);
    const iban = textAt(stmt, 'Acct', 'Id', 'IBAN') ?? textAt(stmt, 'Acct', 'Id', 'Othr', 'Id') ?? '';
    accountIban ??= iban || null;
    const statementDate = statementDay(stmt) ?? textAt(statement, 'GrpHdr', 'CreDtTm')?.slice(0, 10) ?? null;
    children(stmt, 'Ntry').forEach((entry, position) => {
      entryNo += 1;
      const where = { entry: entryNo, line: entry.line };
      const bankRef = textAt(entry, 'AcctSvcrRef');
      const identity = bankRef ?? `${statementId}:${position + 1}:${contentHash(entry)}`;
      entries.push(readEntry(entry, where, `${iban}:${identity}`, statementDate));
    });
  }
  return { messageId, statementIds, accountIban, entries };
}

/**
 * The day a statement reports: its period's end, else its closing balance's date, else when it was made.
 * Some banks (e.g. the Lithuanian samples of camt-to-coda) give their entries no date of their own.
 */
function statementDay(stmt: TNode): string | null {
  const closing = children(stmt, 'Bal').find((b) => findText(b, ['Tp', 'CdOrPrtry', 'Cd']) === 'CLBD');
  const day =
    textAt(stmt, 'FrToDt', 'ToDtTm') ??
    (closing ? (findText(closing, ['Dt', 'Dt']) ?? findText(closing, ['Dt', 'DtTm'])) : null) ??
    textAt(stmt, 'CreDtTm');
  return day ? day.slice(0, 10) : null;
}

function readEntry(
  entry: TNode,
  where: TWhere,
  entryReference: string,
  statementDate: string | null,
): TStatementEntry {
  const { cents, currency } = readAmount(child(entry, 'Amt'), where);
  const direction = readIndicator(textAt(entry, 'CdtDbtInd'));
  if (!direction) throw new StatementMalformedError('invalid_indicator', where);
  // camt.053.001.02: <Sts>BOOK</Sts>; later versions: <Sts><Cd>BOOK</Cd></Sts>. A statement (unlike an
  // intraday report) reports booked entries: an entry whose bank leaves the status out is booked.
  const status = textAt(entry, 'Sts', 'Cd') ?? textAt(entry, 'Sts') ?? 'BOOK';
  // A booked entry has a booking date; some banks give only the value date, some only the statement's.
  const bookingDate = (
    textAt(entry, 'BookgDt', 'Dt') ??
    textAt(entry, 'BookgDt', 'DtTm') ??
    textAt(entry, 'ValDt', 'Dt') ??
    textAt(entry, 'ValDt', 'DtTm') ??
    statementDate ??
    ''
  ).slice(0, 10);
  if (!isCalendarDate(bookingDate)) throw new StatementMalformedError('invalid_date', where);
  const details = children(entry, 'NtryDtls')
    .flatMap((d) => children(d, 'TxDtls'))
    .map((tx) => readDetail(tx, currency, where));
  return {
    entryReference,
    direction,
    isBooked: status === 'BOOK',
    bookingDate,
    amountCents: cents,
    currency,
    details,
  };
}

type TWhere = { entry: number; line: number };

function readDetail(tx: TNode, entryCurrency: string, where: TWhere): TStatementDetail {
  // .001.04 and later: TxDtls/Amt in the entry's currency; .001.02: AmtDtls/TxAmt/Amt.
  const amountNode = child(tx, 'Amt') ?? findPath(tx, ['AmtDtls', 'TxAmt', 'Amt']);
  const amount = amountNode ? readAmount(amountNode, where) : null;
  return {
    amountCents: amount && amount.currency === entryCurrency ? amount.cents : null,
    direction: readIndicator(textAt(tx, 'CdtDbtInd')),
    communication: readCommunication(tx),
    debtorName: findText(tx, ['RltdPties', 'Dbtr', 'Nm']) ?? findText(tx, ['RltdPties', 'Dbtr', 'Pty', 'Nm']),
    debtorIban: findText(tx, ['RltdPties', 'DbtrAcct', 'Id', 'IBAN']),
  };
}

function readIndicator(text: string | null): 'credit' | 'debit' | null {
  return text === 'CRDT' ? 'credit' : text === 'DBIT' ? 'debit' : null;
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * ISO 20022 amounts have up to 5 decimals; banks write `150.000` or `150.00000`. Accepted when exact in
 * cents; `150.001` is not money the ledger can hold, so the file is refused rather than rounded.
 */
function readAmount(node: TNode | undefined, where: TWhere) {
  const value = node?.text.trim() ?? '';
  const currency = node?.attrs.Ccy ?? '';
  const match = /^(\d{1,13})(?:\.(\d{1,5}))?$/.exec(value);
  if (!match || !/^0*$/.test((match[2] ?? '').slice(2)))
    throw new StatementMalformedError('invalid_amount', where);
  if (!/^[A-Z]{3}$/.test(currency)) throw new StatementMalformedError('invalid_currency', where);
  const decimals = (match[2] ?? '').slice(0, 2).padEnd(2, '0');
  return { cents: Number(match[1]) * 100 + Number(decimals), currency };
}

/** A stable digest of an entry's elements and text, whitespace aside: the same entry hashes the same. */
function contentHash(node: TNode): string {
  const canonical = (n: TNode): string =>
    `<${n.name}${Object.entries(n.attrs)
      .filter(([k]) => !k.startsWith('xmlns'))
      .sort()
      .map(([k, v]) => ` ${k}=${v}`)
      .join('')}>${n.text.trim()}${n.children.map(canonical).join('')}`;
  return createHash('sha256').update(canonical(node)).digest('hex').slice(0, 16);
}

/** The Belgian structured communication travels as a creditor reference (`Strd/CdtrRefInf/Ref`). */
function readCommunication(tx: TNode): string | null {
  const rmt = child(tx, 'RmtInf');
  if (!rmt) return null;
  for (const strd of children(rmt, 'Strd')) {
    const ref = findText(strd, ['CdtrRefInf', 'Ref']);
    if (ref) return ref;
  }
  const unstructured = children(rmt, 'Ustrd')
    .map((n) => n.text.trim())
    .join(' ')
    .trim();
  if (!unstructured) return null;
  return unstructured.match(/[+*]{3}\s*\d{3}\s*\/\s*\d{4}\s*\/\s*\d{5}\s*[+*]{3}/)?.[0] ?? unstructured;
}

function readTree(text: string): TNode {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: TNode[] = [];
  let root: TNode | undefined;
  parser.on('opentag', (tag) => {
    const colon = tag.name.indexOf(':');
    const name = colon >= 0 ? tag.name.slice(colon + 1) : tag.name;
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attrs[key] = String(value);
    // The element's own namespace, whether declared as default or for its prefix.
    const ownNamespace = colon >= 0 ? attrs[`xmlns:${tag.name.slice(0, colon)}`] : attrs.xmlns;
    if (ownNamespace !== undefined) attrs.xmlns = ownNamespace;
    const node: TNode = { name, attrs, children: [], text: '', line: parser.line };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(text).close();
  } catch {
    throw new StatementMalformedError('not_xml', { line: parser.line });
  }
  if (!root) throw new StatementMalformedError('not_xml');
  return root;
}

function child(node: TNode | undefined, name: string): TNode | undefined {
  return node?.children.find((c) => c.name === name);
}

function children(node: TNode | undefined, name: string): TNode[] {
  return node?.children.filter((c) => c.name === name) ?? [];
}

function findPath(node: TNode, path: string[]): TNode | undefined {
  let current: TNode | undefined = node;
  for (const name of path) current = child(current, name);
  return current;
}

function findText(node: TNode, path: string[]): string | null {
  const value = findPath(node, path)?.text.trim();
  return value ? value : null;
}

function textAt(node: TNode, ...path: string[]): string | null {
  return findText(node, path);
}
