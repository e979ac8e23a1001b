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
  | 'invalid_date'
  | 'missing_reference';

/** A malformed statement: nothing of it is imported. `entry` is 1-based within the file. */
export class StatementMalformedError extends Error {
  constructor(
    readonly reason: TStatementErrorReason,
    readonly location: { line?: number; entry?: number } = {},
  ) {
    super(
      `${reason}${location.entry ? ` (entry ${location.entry})` : ''}${location.line ? ` (line ${location.line})` : ''}`,
    );
    this.name = 'StatementMalformedError';
  }
}

/** One credit or debit of a statement, per transaction detail (a batch entry gives several). */
export type TStatementLineInput = {
  /** Unique per bank account: the account IBAN and the bank's own reference of the entry/transaction. */
  entryReference: string;
  direction: 'credit' | 'debit';
  isBooked: boolean;
  bookingDate: string;
  amountCents: number;
  currency: string;
  /** Structured communication (creditor reference) or the unstructured remittance text. */
  communication: string | null;
  debtorName: string | null;
  debtorIban: string | null;
};

export type TParsedStatement = {
  messageId: string;
  statementIds: string[];
  accountIban: string | null;
  lines: TStatementLineInput[];
};

type TNode = { name: string; attrs: Record<string, string>; children: TNode[]; text: string; line: number };

const camt053Namespace = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.\d{2}$/;

/**
 * Parses an ISO 20022 CAMT.053 bank-to-customer statement (versions .001.02 to .001.13, as Belgian
 * banks export them). Strict: any entry without a valid amount, currency, direction, booking date or
 * bank reference makes the whole file malformed, so a statement is imported completely or not at all.
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
  const lines: TStatementLineInput[] = [];
  let entryNo = 0;
  let accountIban: string | null = null;
  const statementIds: string[] = [];
  for (const stmt of statements) {
    statementIds.push(textAt(stmt, 'Id') ?? '');
    const iban = textAt(stmt, 'Acct', 'Id', 'IBAN') ?? textAt(stmt, 'Acct', 'Id', 'Othr', 'Id') ?? '';
    accountIban ??= iban || null;
    for (const entry of children(stmt, 'Ntry')) {
      entryNo += 1;
      lines.push(...readEntry(entry, entryNo, iban));
    }
  }
  return { messageId, statementIds, accountIban, lines };
}

function readEntry(entry: TNode, entryNo: number, iban: string): TStatementLineInput[] {
  const where = { entry: entryNo, line: entry.line };
  const amount = readAmount(child(entry, 'Amt'), where);
  const indicator = textAt(entry, 'CdtDbtInd');
  if (indicator !== 'CRDT' && indicator !== 'DBIT')
    throw new StatementMalformedError('invalid_indicator', where);
  // camt.053.001.02: <Sts>BOOK</Sts>; later versions: <Sts><Cd>BOOK</Cd></Sts>.
  const status = textAt(entry, 'Sts', 'Cd') ?? textAt(entry, 'Sts');
  const bookingDate = (textAt(entry, 'BookgDt', 'Dt') ?? textAt(entry, 'BookgDt', 'DtTm') ?? '').slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(bookingDate) || Number.isNaN(Date.parse(bookingDate))) {
    throw new StatementMalformedError('invalid_date', where);
  }
  const entryRef = textAt(entry, 'AcctSvcrRef') ?? textAt(entry, 'NtryRef');
  const details = children(entry, 'NtryDtls').flatMap((d) => children(d, 'TxDtls'));
  const transactions = details.length > 0 ? details : [null];
  return transactions.map((tx, index) => {
    const txRef = tx ? textAt(tx, 'Refs', 'AcctSvcrRef') : null;
    const reference =
      txRef ?? (entryRef ? (transactions.length > 1 ? `${entryRef}/${index + 1}` : entryRef) : null);
    if (!reference) throw new StatementMalformedError('missing_reference', where);
    const txAmountNode = tx ? (findPath(tx, ['AmtDtls', 'TxAmt', 'Amt']) ?? child(tx, 'Amt')) : null;
    const txAmount = txAmountNode ? readAmount(txAmountNode, where) : null;
    const single = transactions.length === 1;
    if (!txAmount && !single) throw new StatementMalformedError('invalid_amount', where);
    const { cents, currency } = txAmount ?? amount;
    return {
      entryReference: `${iban}:${reference}`,
      direction: indicator === 'CRDT' ? 'credit' : 'debit',
      isBooked: status === 'BOOK',
      bookingDate,
      amountCents: cents,
      currency,
      communication: tx ? readCommunication(tx) : null,
      debtorName: tx
        ? (findText(tx, ['RltdPties', 'Dbtr', 'Nm']) ?? findText(tx, ['RltdPties', 'Dbtr', 'Pty', 'Nm']))
        : null,
      debtorIban: tx ? findText(tx, ['RltdPties', 'DbtrAcct', 'Id', 'IBAN']) : null,
    };
  });
}

function readAmount(node: TNode | undefined, where: { entry: number; line: number }) {
  const value = node?.text.trim() ?? '';
  const currency = node?.attrs.Ccy ?? '';
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(value)) throw new StatementMalformedError('invalid_amount', where);
  if (!/^[A-Z]{3}$/.test(currency)) throw new StatementMalformedError('invalid_currency', where);
  const [units, decimals = ''] = value.split('.');
  return { cents: Number(units) * 100 + Number(decimals.padEnd(2, '0')), currency };
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
