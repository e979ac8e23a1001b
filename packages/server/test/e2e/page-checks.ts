import type { Page } from 'playwright-core';

/**
 * What the page tour looks for on a rendered page, measured in the browser. Each finding is one line a
 * reviewer can act on: the kind, then what was seen.
 */
export type TFinding = { kind: string; detail: string };

/**
 * Codes a user must never read as such: enum values the API sends and the interface must translate.
 * A visible element whose whole text is one of them is a missing label.
 */
export const bareCodes = [
  'buyer',
  'seller',
  'client',
  'counterparty',
  'sale',
  'purchase',
  'draft',
  'screened',
  'accepted',
  'refused',
  'blocked',
  'normal',
  'heightened',
  'topup',
  'debit',
  'adjustment',
  'officer',
  'collaborator',
  'none',
  'open',
  'proposed',
  'ended',
  'held',
  'matched',
  'unmatched',
  'assigned',
  'pending',
  'active',
  'true',
  'false',
  'null',
  'undefined',
];

/** Runs in the page: every check of the tour on what is on screen now. Self-contained (serialised). */
export async function inspectPage(page: Page): Promise<TFinding[]> {
  return page.evaluate((codes: string[]) => {
    const findings: { kind: string; detail: string }[] = [];
    const add = (kind: string, detail: string) => {
      if (!findings.some((f) => f.kind === kind && f.detail === detail)) findings.push({ kind, detail });
    };
    const isVisible = (el: Element) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
    };
    const describe = (el: Element) => {
      const id = el.closest('[data-testid]')?.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''} "${(el.textContent ?? '').trim().slice(0, 60)}"`;
    };

    // Raw codes: i18n keys, snake_case or dotted identifiers, UUIDs, JSON, "(buyer, v1)".
    const uuid = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
    const json = /[{[]\s*"[\w-]+"\s*:|"[\w-]+"\s*:\s*["{[\d]/;
    const identifier = /(?:^|[\s(:'"])([a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)+)(?=$|[\s),:;'"])/;
    const roleVersion = /\((?:[a-z_]+), v\d+\)/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [translate="no"], input, textarea')) continue;
      if (!isVisible(parent)) continue;
      // User data that legitimately carries dots: e-mail addresses, web and file names.
      const text = (node.textContent ?? '')
        .replace(/\S+@\S+/g, ' ')
        .replace(/\bhttps?:\/\/\S+/g, ' ')
        .replace(/\b[\w-]+\.(?:pdf|xml|csv|json|zip|png|jpe?g|docx?|be|com|eu|org|test)\b/g, ' ');
      const found =
        text.match(uuid)?.[0] ??
        text.match(json)?.[0] ??
        text.match(roleVersion)?.[0] ??
        text.match(identifier)?.[1];
      if (found) add('raw code', `${found} in ${describe(parent)}`);
    }
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.children.length > 0 || el.closest('[translate="no"], input, textarea, script, style')) continue;
      const text = (el.textContent ?? '').trim();
      if (codes.includes(text) && isVisible(el)) add('raw code', `${text} in ${describe(el)}`);
    }

    // Horizontal overflow of the page itself.
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1)
      add('horizontal overflow', `page is ${doc.scrollWidth}px wide in a ${window.innerWidth}px window`);
    for (const el of Array.from(document.body.querySelectorAll('main *, header *'))) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1 && isVisible(el)) {
        // Inside a box that scrolls or clips within the window (a wide table's scroll container), it is
        // reachable without the page itself overflowing.
        let clipped = false;
        for (let a = el.parentElement; a && a !== document.body && !clipped; a = a.parentElement) {
          const ox = getComputedStyle(a).overflowX;
          clipped = ox !== 'visible' && a.getBoundingClientRect().right <= window.innerWidth + 1;
        }
        if (!clipped) add('horizontal overflow', `${describe(el)} ends at ${Math.round(box.right)}px`);
      }
    }

    // The header must not cover the page title, nor its own parts overlap or clip.
    const header = document.querySelector('header');
    const title = document.querySelector('main h1, main h2');
    if (header && title && isVisible(title)) {
      const h = header.getBoundingClientRect();
      const tt = title.getBoundingClientRect();
      if (tt.top < h.bottom - 1)
        add('header overlaps title', `${describe(title)} top ${tt.top} < ${h.bottom}`);
    }
    if (header) {
      const parts = Array.from(header.querySelectorAll('a, button, p, h3, [data-header-part]')).filter(
        isVisible,
      );
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j < parts.length; j++) {
          const a = parts[i]!;
          const b = parts[j]!;
          if (a.contains(b) || b.contains(a)) continue;
          const ra = a.getBoundingClientRect();
          const rb = b.getBoundingClientRect();
          const overlap =
            Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1 &&
            Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1;
          if (overlap) add('header parts overlap', `${describe(a)} / ${describe(b)}`);
        }
      for (const el of Array.from(header.querySelectorAll('*')))
        if (isVisible(el) && el.children.length === 0 && el.scrollWidth > el.clientWidth + 1) {
          const style = getComputedStyle(el);
          if (style.overflow === 'hidden' || style.textOverflow === 'ellipsis')
            add('header text clipped', describe(el));
        }
    }

    // Buttons and status badges show their whole label.
    for (const el of Array.from(
      document.body.querySelectorAll(
        'button *, a.mantine-Button-root *, .mantine-Badge-root, .mantine-Badge-root *',
      ),
    )) {
      if (!isVisible(el)) continue;
      const style = getComputedStyle(el);
      const cut =
        el.scrollWidth > el.clientWidth + 1 &&
        (style.textOverflow === 'ellipsis' || style.overflow === 'hidden');
      if (cut && (el.textContent ?? '').trim()) add('label cut off', describe(el));
    }

    // An error shown on a page of the tour: seeded data must display without one.
    for (const el of Array.from(document.querySelectorAll('[data-testid="error-alert"]')))
      if (isVisible(el)) add('error shown', describe(el));
    return findings;
  }, bareCodes);
}
