/** One Markdown page per path of the description (docs/api/…), a section per verb. */
import { answerOf } from '../endpoints';
import { quote } from '../format';
import { fileAnswerTypes, type Operation, type Spec } from '../load';
import { OVERRIDES } from '../overrides';
import { PAGE_NOTES, type PageNote } from '../page-notes';
import { deref } from '../schema-walk';
import { callLines, chainForms, type ChainForms, type Shown } from './calls';
import { objectRows, type Row } from './fields';
import { render, type Lit } from './literal';
import { cell, code, fence, officialLink, safeText, table, withoutOfficialLinks } from './markdown';
import { exampleOptions, isMediaForm, partsOf, requestRows, SDK_HEADER, type Parts } from './request';

export const API_HOST = 'https://api.mch.weixin.qq.com';

/** What every section of a page needs. */
interface Section {
  spec: Spec;
  operation: Operation;
  parts: Parts;
  note: PageNote;
  forms: ChainForms;
  /** WeChat's page for this verb, unless an earlier verb of the page links the same one. */
  official: { label: string; url: string } | undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The page title: the summaries of its verbs, then the path. */
export function pageTitle(operations: readonly Operation[]): string {
  const summaries = [...new Set(operations.map((o) => text(o.op.summary).trim()).filter(Boolean))];
  const path = operations[0]?.chainPath ?? '';
  return `${summaries.length ? `${safeText(summaries.join(' / '))} · ` : ''}${code(path)}`;
}

function facts({ operation, note, official }: Section): string {
  const { op, api, verb, urlPath } = operation;
  const roles = Array.isArray(op['x-role']) ? op['x-role'].map(String) : [];
  const tags = Array.isArray(op.tags) ? op.tags.map(String) : [];
  const lines = [
    `${code(`${verb.toUpperCase()} ${API_HOST}${urlPath}`)}`,
    api === 'v2' ? 'APIv2: XML, signed with the APIv2 key (`secret`)' : 'APIv3: JSON, signed with the merchant API private key; the answer is verified',
    op['x-api-cert-required'] === true
      ? 'Merchant API client certificate: **required** (`x-api-cert-required`): configure `merchant` on the client; the SDK presents it without `security: true`'
      : 'Merchant API client certificate: not required',
    ...(tags.length ? [`Product: ${tags.map(safeText).join(', ')}`] : []),
    ...(roles.length ? [`适用对象: ${roles.map(safeText).join(', ')}`] : []),
    ...(op.deprecated === true ? ['**Deprecated** in the description'] : []),
    ...(official ? [`${safeText(official.label)}: [${official.url.replace(/^https:\/\//, '')}](${official.url})`] : []),
  ];
  const description = safeText(withoutOfficialLinks(text(op.description)));
  return [description, note.about, lines.map((line) => `- ${line}`).join('\n')].filter(Boolean).join('\n\n');
}

/** `├`/`└` before nested names, so the table reads as a tree. */
function treeNames(rows: readonly Row[]): string[] {
  return rows.map((row, i) => {
    if (row.depth === 0) return code(row.name);
    const next = rows.slice(i + 1).find((other) => other.depth <= row.depth);
    const glyph = next && next.depth === row.depth ? '├' : '└';
    return `${'&emsp;'.repeat(row.depth - 1)}${glyph}&nbsp;${code(row.name)}`;
  });
}

function rowsTable(rows: readonly Row[], notes: Readonly<Record<string, string>> = {}, withRequired = true): string {
  const names = treeNames(rows);
  const body = rows.map((row, i) => {
    const description = [cell(row.description), notes[row.path] ? cell(notes[row.path] ?? '') : ''].filter(Boolean).join(' ');
    const values = row.values.map((v) => code(v)).join(', ');
    const cells = [names[i] ?? '', cell(row.type), ...(withRequired ? [row.required ? 'yes' : ''] : []), description, values];
    return cells;
  });
  return table(withRequired ? ['name', 'type', 'required', 'description', 'values'] : ['name', 'type', 'description', 'values'], body);
}

function requestNotes({ spec, operation, parts }: Section, rows: readonly Row[]): string[] {
  const notes: string[] = [];
  if (operation.api === 'v2' && parts.body) {
    notes.push(
      "`nonce_str` and `sign` are added by the SDK (`sign_type` in `xml` picks `MD5`, the default, or `HMAC-SHA256`); pass `nonceless: true` to leave out `nonce_str`. A `mch_id` (or `mchid`) must be the client's `mchid`: the SDK refuses to sign for another merchant.",
    );
  }
  if (rows.some((row) => row.type.startsWith('string(JSON'))) {
    notes.push(
      'A `string(JSON: …)` field is JSON text (`JSON.stringify` it); in `xml`, an array-valued one may also be given as the array, which the SDK encodes.',
    );
  }
  if (parts.placeholders.length) notes.push('Placeholder values are URL-encoded as one path segment each and sent nowhere else.');
  if (parts.headers.some((p) => p.schema.name === SDK_HEADER)) {
    notes.push(
      `\`${SDK_HEADER}\` is set by the SDK: to the platform key it encrypted with when \`json\` is built with \`encrypt\`, and to the \`PUB_KEY_ID_…\` in public-key mode.`,
    );
  }
  if (parts.form.length) {
    notes.push(
      isMediaForm(spec, parts.form)
        ? 'The form is the one `MediaUtil` builds (a `meta` JSON of `filename` and `sha256`, and the `file`); only `meta` is signed.'
        : 'This form is not the one `MediaUtil` builds (`meta` + `file`): build the `multipart/form-data` body with the fields above and pass it as `body`, with its `Content-Type`.',
    );
  }
  return notes;
}

function requestSection(section: Section): string {
  const rows = requestRows(section.spec, section.operation, section.parts);
  const fieldNotes = section.note.fields ?? {};
  const unknown = Object.keys(fieldNotes).filter((path) => !rows.some((row) => row.path === path));
  if (unknown.length) throw new Error(`page-notes.ts: ${section.operation.chainPath} has no request field ${unknown.join(', ')}`);
  const body = rows.length ? rowsTable(rows, fieldNotes) : 'The call takes no options beyond the common ones (`headers`, `timeout`, …).';
  return ['### Request', body, ...requestNotes(section, rows), section.note.request].filter(Boolean).join('\n\n');
}

function shownOf(spec: Spec, operation: Operation): Shown {
  const answer = answerOf(operation);
  const schema = answer ? deref(spec, answer.schema, operation.file) : undefined;
  if (!answer || answer.code === '204' || (!schema && fileAnswerTypes(operation) === undefined)) return 'status';
  // The APIv2 bills answer the file itself (overrides.ts), every other APIv2 call a dictionary.
  if (operation.api === 'v2' && OVERRIDES[operation.chainPath]?.[operation.verb]?.response !== 'V2BillFile') return 'dictionary';
  return 'data';
}

function clientLines(operation: Operation, mchid: string): string[] {
  if (operation.api === 'v3') {
    return [
      'const wx = Builder.factory({',
      `  mchid: ${quote(mchid)},`,
      "  serial: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C', // the merchant API certificate's serial",
      "  privateKey: 'file:///path/to/apiclient_key.pem',",
      "  certs: { PUB_KEY_ID_0114232134912410000000000000: 'file:///path/to/pub_key.pem' },",
      '});',
    ];
  }
  if (operation.op['x-api-cert-required'] !== true)
    return [`const wx = Builder.factory({ mchid: ${quote(mchid)}, secret: process.env.WECHATPAY_APIV2_KEY! });`];
  return [
    'const wx = Builder.factory({',
    `  mchid: ${quote(mchid)},`,
    '  secret: process.env.WECHATPAY_APIV2_KEY!,',
    "  merchant: { cert: 'file:///path/to/apiclient_cert.pem', key: 'file:///path/to/apiclient_key.pem' },",
    '});',
  ];
}

/** The merchant id the example names (payload, else query), so the client and the example agree. */
function merchantOf(options: Lit | undefined): string {
  const part = (name: string) => (options?.kind === 'object' ? options.entries.find(([key]) => key === name)?.[1] : undefined);
  for (const holder of [part('xml'), part('json'), part('query')]) {
    const value = holder?.kind === 'object' ? holder.entries.find(([key]) => key === 'mch_id' || key === 'mchid')?.[1] : undefined;
    if (value?.kind === 'raw' && /^'\d+'$/.test(value.text)) return value.text.slice(1, -1);
  }
  return '1900000109';
}

function mediaFile(chainPath: string): string {
  return /video/.test(chainPath) ? './video.mp4' : /fapiao|file/.test(chainPath) ? './file.pdf' : './image.jpg';
}

function callsSection({ spec, operation, parts, forms }: Section): string {
  const options = exampleOptions(spec, operation, parts);
  const shown = shownOf(spec, operation);
  const media = parts.form.length > 0 && isMediaForm(spec, parts.form);
  const values = ['Builder', ...(shown === 'dictionary' ? ['Transformer'] : []), ...(media ? ['MediaUtil'] : []), ...(options ? ['type Endpoints'] : [])];
  const lines = [`import { ${values.join(', ')} } from 'wechatpay-ts';`, '', ...clientLines(operation, merchantOf(options)), ''];
  if (media) lines.push(`const media = new MediaUtil(${quote(mediaFile(operation.chainPath))});`);
  else if (parts.form.length) lines.push("const multipart = Buffer.from('…'); // the multipart/form-data body, built from the fields above");
  if (options) {
    const head = `const options: Endpoints[${quote(operation.chainPath)}][${quote(operation.verb)}]['options'] = `;
    lines.push(`${head}${render(options, '', head.length)};`, '');
  } else if (parts.form.length) lines.push('');
  lines.push(...callLines({ chainPath: operation.chainPath, verb: operation.verb, forms, argument: options ? 'options' : '', shown }));
  const intro = forms.property
    ? `The six call styles of the PHP SDK, line for line: \`${operation.verb}\` and \`${operation.verb}Async\` (the same promise) on the property chain, \`chain('…')\` and the bracket path.`
    : `The call styles of the PHP SDK: \`${operation.verb}\` and \`${operation.verb}Async\` on \`chain('…')\` and the bracket path. There is no property chain: ${forms.whyNoProperty}.`;
  return ['### Call styles', intro, fence('ts', lines.join('\n'))].join('\n\n');
}

function answerBody(spec: Spec, operation: Operation): string {
  const answer = answerOf(operation);
  if (!answer) {
    const codes = Object.keys(typeof operation.op.responses === 'object' && operation.op.responses !== null ? operation.op.responses : {});
    return `The description gives no 2xx answer${codes.length ? ` (it lists ${codes.map(code).join(', ')})` : ''}.`;
  }
  if (answer.code === '204') return '`204 No Content`: no body; `response.data` is `undefined`.';
  const files = operation.api === 'v3' ? fileAnswerTypes(operation) : undefined;
  if (files) return `A file (${files.map(code).join(', ')}), unsigned by design: \`response.data\` is its bytes, or its text for \`text/*\`.`;
  const located = deref(spec, answer.schema, operation.file);
  const rows = located ? objectRows(spec, located.schema, located.file, { depth: -1, path: '' }, { answer: true }) : [];
  return rows.length ? rowsTable(rows, {}, false) : `\`${answer.code}\` with no described body.`;
}

function answerNotes(operation: Operation): string[] {
  if (operation.api === 'v3') return [];
  return ["A signed answer's `sign` is checked before you see it. A `return_code` or `result_code` other than `SUCCESS` rejects with a `BusinessError`."];
}

function answerSection(section: Section): string {
  const notes = section.note.answer ? [section.note.answer] : answerNotes(section.operation);
  return ['### Answer', answerBody(section.spec, section.operation), ...notes].join('\n\n');
}

function verbSection(spec: Spec, operation: Operation, several: boolean, linked: Set<string>): string {
  const note = PAGE_NOTES[operation.chainPath]?.[operation.verb] ?? {};
  const link = officialLink(text(operation.op.description), operation.chainPath);
  const official = link && !linked.has(link.url) ? link : undefined;
  if (link) linked.add(link.url);
  const section: Section = { spec, operation, parts: partsOf(spec, operation), note, forms: chainForms(operation.chainPath), official };
  const summary = text(operation.op.summary).trim();
  const heading = `## ${operation.verb.toUpperCase()}${several && summary ? ` · ${safeText(summary)}` : ''}`;
  return [heading, facts(section), requestSection(section), callsSection(section), answerSection(section)].filter(Boolean).join('\n\n');
}

/** The page of one path: its operations, sorted by verb. `indexLink` is the index, relative. */
export function emitPage(spec: Spec, operations: readonly Operation[], indexLink: string): string {
  const files = [...new Set(operations.map((o) => o.file))];
  const header = `<!-- Generated by scripts/generate.ts from vendor/openapi/${files.join(', vendor/openapi/')} and scripts/generate/page-notes.ts. Do not edit. -->`;
  const linked = new Set<string>();
  const sections = operations.map((operation) => verbSection(spec, operation, operations.length > 1, linked));
  const back = `[All endpoints](${indexLink}) · from the WeChat Pay OpenAPI description (MIT, see NOTICE)`;
  return `${[header, `# ${pageTitle(operations)}`, back, ...sections].join('\n\n')}\n`;
}
