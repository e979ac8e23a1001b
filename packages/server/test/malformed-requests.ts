/**
 * The fixed set of malformed requests the fuzz walk sends to one operation, built from its OpenAPI
 * description: every string field of the body, every query and path parameter, and the headers each get
 * NUL bytes and lone UTF-16 surrogates; date fields get impossible dates; bodies come empty, cut off, of the
 * wrong JSON type, and multipart routes get multipart bodies without boundary or cut off mid-part.
 */
export type TSchema = {
  type?: string | string[];
  format?: string;
  properties?: Record<string, TSchema>;
  required?: string[];
  items?: TSchema;
  anyOf?: TSchema[];
  oneOf?: TSchema[];
  allOf?: TSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  default?: unknown;
};
export type TOperation = {
  parameters?: { in: string; name: string; schema?: TSchema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: TSchema }> };
};
export type TFuzzRequest = {
  label: string;
  method: string;
  url: string;
  payload?: string | Buffer;
  headers?: Record<string, string>;
};

const nul = 'a\u0000b';
const loneSurrogate = 'a\ud800b';
const impossibleDates = ['2026-13-45', '2026-02-30'];
const json = { 'content-type': 'application/json' };

export function malformedRequests(
  route: { method: string; url: string },
  url: string,
  operation: TOperation | undefined,
): TFuzzRequest[] {
  const { method } = route;
  const requests: TFuzzRequest[] = [
    ...queryRequests(method, url, operation),
    ...pathRequests(method, route.url),
    { label: 'header NUL', method, url, headers: { 'x-fuzz': 'a\u0000b', 'accept-language': nul } },
  ];
  if (method !== 'GET' && method !== 'DELETE') requests.push(...bodyRequests(method, url, operation));
  return requests;
}

function queryRequests(method: string, url: string, operation: TOperation | undefined): TFuzzRequest[] {
  const requests: TFuzzRequest[] = [
    { label: 'query NUL', method, url: `${url}?fuzz=a%00b` },
    { label: 'query surrogate (UTF-8)', method, url: `${url}?fuzz=a%ED%A0%80b` },
  ];
  for (const p of operation?.parameters?.filter((p) => p.in === 'query') ?? []) {
    const q = (value: string) => `${url}?${p.name}=${value}`;
    requests.push(
      { label: `query ${p.name} NUL`, method, url: q('%00') },
      { label: `query ${p.name} surrogate`, method, url: q('%ED%B0%80') },
      { label: `query ${p.name} array`, method, url: `${q('x')}&${p.name}=%00` },
    );
    if (isDate(p.schema)) {
      for (const d of impossibleDates) requests.push({ label: `query ${p.name} ${d}`, method, url: q(d) });
    }
    if (isNumber(p.schema)) requests.push({ label: `query ${p.name} 1e999`, method, url: q('1e999x') });
  }
  return requests;
}

function pathRequests(method: string, template: string): TFuzzRequest[] {
  if (!template.includes(':')) return [];
  const withValue = (value: string) => template.replace(/:(\w+)/g, value);
  return [
    { label: 'path NUL', method, url: withValue('a%00b') },
    { label: 'path surrogate', method, url: withValue('a%ED%A0%80b') },
    { label: 'path impossible date', method, url: withValue('2026-02-30') },
  ];
}

function bodyRequests(method: string, url: string, operation: TOperation | undefined): TFuzzRequest[] {
  const content = operation?.requestBody?.content ?? {};
  // Sent to every route: those that take no multipart body must refuse it as well (415).
  const requests: TFuzzRequest[] = [
    ...multipartRequests(method, url),
    { label: 'json empty', method, url, payload: '', headers: json },
    { label: 'json cut off', method, url, payload: '{"a":', headers: json },
    { label: 'json NUL', method, url, payload: JSON.stringify({ fuzz: nul }), headers: json },
    { label: 'json surrogate', method, url, payload: '{"fuzz":"a\\ud800b"}', headers: json },
    { label: 'json proto', method, url, payload: '{"__proto__":{"x":1}}', headers: json },
  ];
  const schema = content['application/json']?.schema;
  if (!schema) return requests;
  requests.push({
    label: 'text body',
    method,
    url,
    payload: 'a=b',
    headers: { 'content-type': 'text/plain' },
  });
  if (operation?.requestBody?.required !== false) {
    requests.push({ label: 'no body', method, url });
    for (const value of ['null', '[]', '"x"', '1e999'])
      requests.push({ label: `json ${value}`, method, url, payload: value, headers: json });
  }
  const sample = sampleOf(schema);
  for (const [path, leaf] of leaves(schema)) {
    const bad: [string, unknown][] = [
      [`${path} NUL`, nul],
      [`${path} surrogate`, loneSurrogate],
    ];
    if (isDate(leaf)) for (const d of impossibleDates) bad.push([`${path} ${d}`, d]);
    for (const [label, value] of bad) {
      // JSON.stringify writes NUL as \u0000 and a lone surrogate as \ud800: what a client would send.
      const payload = JSON.stringify(withLeaf(sample, path.split('.'), value));
      requests.push({ label: `body ${label}`, method, url, payload, headers: json });
    }
  }
  return requests;
}

function multipartRequests(method: string, url: string): TFuzzRequest[] {
  const boundary = 'fuzzboundary';
  const part = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xml"\r\nContent-Type: application/xml\r\n\r\n<a>`;
  return [
    {
      label: 'multipart without boundary',
      method,
      url,
      payload: part,
      headers: { 'content-type': 'multipart/form-data' },
    },
    {
      label: 'multipart cut off',
      method,
      url,
      payload: part,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    },
    {
      label: 'multipart empty',
      method,
      url,
      payload: '',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    },
    {
      label: 'multipart NUL field',
      method,
      url,
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="source"\r\n\r\na\u0000b\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    },
  ];
}

function variants(schema: TSchema): TSchema[] {
  return schema.anyOf ?? schema.oneOf ?? schema.allOf ?? [schema];
}

function isDate(schema: TSchema | undefined): boolean {
  return !!schema && variants(schema).some((s) => s.format === 'date' || s.format === 'date-time');
}

function isNumber(schema: TSchema | undefined): boolean {
  return !!schema && variants(schema).some((s) => s.type === 'number' || s.type === 'integer');
}

/** Every string leaf of a body schema, as a dotted path (array items as `0`). */
function leaves(schema: TSchema, path = ''): [string, TSchema][] {
  const found: [string, TSchema][] = [];
  for (const s of variants(schema).slice(0, 1)) {
    if (s.properties) {
      for (const [name, child] of Object.entries(s.properties))
        found.push(...leaves(child, path ? `${path}.${name}` : name));
    } else if (s.items) {
      found.push(...leaves(s.items, path ? `${path}.0` : '0'));
    } else if (s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string'))) {
      found.push([path, s]);
    }
  }
  return found;
}

/** A plausible value for a schema, so that the one bad field is the only thing wrong. */
function sampleOf(schema: TSchema): unknown {
  const s = variants(schema)[0]!;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined) return s.default;
  if (s.properties) {
    return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, sampleOf(v)]));
  }
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'array' || s.items) return s.items ? [sampleOf(s.items)] : [];
  if (type === 'number' || type === 'integer') return s.minimum ?? 1;
  if (type === 'boolean') return true;
  if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (s.format === 'date') return '2026-01-15';
  if (s.format === 'date-time') return '2026-01-15T10:00:00Z';
  if (s.format === 'email') return 'fuzz@example.be';
  return 'fuzz';
}

function withLeaf(value: unknown, path: string[], leaf: unknown): unknown {
  if (path.length === 0 || path[0] === '') return leaf;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(head)] = withLeaf(copy[Number(head)], rest, leaf);
    return copy;
  }
  const object = (value ?? {}) as Record<string, unknown>;
  return { ...object, [head]: withLeaf(object[head], rest, leaf) };
}
