import type { TXmlElement } from '@vigilo/domain/goaml/index.ts';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

function append(parent: XMLBuilder, el: TXmlElement): void {
  const child = parent.ele(el.name);
  // xmlbuilder2 leaves an "&" that already looks like an entity ("&amp;") as it is, so a user's literal
  // "&amp;" would come back as "&": escaping every "&" first keeps the text exactly as entered.
  if (el.text !== undefined) child.txt(el.text.replaceAll('&', '&amp;'));
  for (const c of el.children ?? []) append(child, c);
}

/** Element paths in document order, written as the domain writes them (`report_party[2]` when repeated). */
function elementPaths(el: TXmlElement, path: string, out: string[]): string[] {
  out.push(path);
  const children = el.children ?? [];
  const counts = new Map<string, number>();
  for (const c of children) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const c of children) {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    elementPaths(c, `${path}/${(counts.get(c.name) ?? 0) > 1 ? `${c.name}[${n}]` : c.name}`, out);
  }
  return out;
}

export type TGoAmlXml = {
  xml: string;
  /** Element path of the element that starts on each line (1-based), for explaining schema errors. */
  pathAtLine: (line: number) => string | null;
};

/**
 * Serialises a goAML element tree (UTF-8, one element per line). Text is escaped (`&`, `<`, `>`); the
 * domain has already removed characters XML cannot carry and fitted lengths.
 */
export function serialiseGoAmlTree(tree: TXmlElement): TGoAmlXml {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  append(doc, tree);
  const xml = doc.end({ prettyPrint: true, indent: '  ' });
  const paths = elementPaths(tree, tree.name, []);
  const startLines: number[] = [];
  xml.split('\n').forEach((text, index) => {
    for (const _ of text.matchAll(/<(?![/?!])[\w:.-]+/g)) startLines.push(index + 1);
  });
  return {
    xml,
    pathAtLine: (line) => {
      let found: string | null = null;
      startLines.forEach((start, k) => {
        if (start <= line) found = paths[k] ?? found;
      });
      return found;
    },
  };
}
