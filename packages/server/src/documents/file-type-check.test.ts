import { describe, expect, it } from 'vitest';
import {
  checkDocumentFile,
  cleanFilename,
  detectDocumentKind,
  inflatesBeyondDeclared,
  isZipBomb,
  zipEntryNames,
} from './file-type-check.ts';
import {
  buildZip,
  sampleDocx,
  sampleElf,
  sampleExe,
  sampleOle,
  samplePdf,
  samplePng,
  sampleXlsx,
} from './sample-documents.fixture.ts';

const maxBytes = 1024 * 1024;
const check = (filename: string, bytes: Buffer) => checkDocumentFile({ filename, bytes, maxBytes });
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return (error as { code?: string } | null)?.code ?? 'accepted';
};

describe('detectDocumentKind decides from the bytes', () => {
  it('recognises PDF, DOC (OLE2 with a WordDocument stream) and DOCX (deflated or stored)', async () => {
    expect(await detectDocumentKind(samplePdf())).toBe('pdf');
    expect(await detectDocumentKind(sampleOle())).toBe('doc');
    expect(await detectDocumentKind(sampleDocx())).toBe('docx');
    expect(await detectDocumentKind(sampleDocx({ deflate: false }))).toBe('docx');
  });

  it('refuses images, executables, spreadsheets, macro-enabled documents and plain archives', async () => {
    expect(await detectDocumentKind(samplePng())).toBeNull();
    expect(await detectDocumentKind(sampleElf())).toBeNull();
    expect(await detectDocumentKind(sampleExe())).toBeNull();
    expect(await detectDocumentKind(sampleOle('Workbook'))).toBeNull();
    expect(await detectDocumentKind(sampleXlsx())).toBeNull();
    expect(await detectDocumentKind(sampleDocx({ macros: true }))).toBeNull();
    expect(await detectDocumentKind(buildZip([{ name: 'word/document.xml', content: '<x/>' }]))).toBeNull();
    expect(await detectDocumentKind(Buffer.from('just text, no magic'))).toBeNull();
  });

  it('reads entry names from the central directory and gives up on a truncated archive', () => {
    expect([...(zipEntryNames(sampleDocx()) ?? [])]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
    ]);
    expect(zipEntryNames(sampleDocx().subarray(0, 60))).toBeNull();
  });
});

describe('checkDocumentFile', () => {
  it('accepts each allowed type under its own extension, whatever its case', async () => {
    expect(await check('statuts.PDF', samplePdf())).toEqual({
      kind: 'pdf',
      mimeType: 'application/pdf',
      filename: 'statuts.PDF',
    });
    expect((await check('carte.doc', sampleOle())).mimeType).toBe('application/msword');
    expect((await check('registre UBO.docx', sampleDocx())).kind).toBe('docx');
  });

  it('refuses a PNG or an executable renamed .pdf / .docx', async () => {
    expect(await refusal(check('carte-identite.pdf', samplePng()))).toBe('document_type_not_allowed');
    expect(await refusal(check('contrat.docx', sampleExe()))).toBe('document_type_not_allowed');
    expect(await refusal(check('contrat.docx', sampleElf()))).toBe('document_type_not_allowed');
  });

  it('refuses an extension that contradicts the content, and any other extension', async () => {
    expect(await refusal(check('scan.docx', samplePdf()))).toBe('document_type_not_allowed');
    expect(await refusal(check('lettre.doc', sampleDocx()))).toBe('document_type_not_allowed');
    expect(await refusal(check('scan.exe', samplePdf()))).toBe('document_type_not_allowed');
  });

  it('names a file without extension after its content', async () => {
    expect((await check('scan', samplePdf())).filename).toBe('scan.pdf');
  });

  it('refuses an empty file and a file above the limit, before looking at the content', async () => {
    expect(await refusal(check('vide.pdf', Buffer.alloc(0)))).toBe('document_empty');
    const big = Buffer.concat([samplePdf(), Buffer.alloc(maxBytes)]);
    expect(await refusal(check('gros.pdf', big))).toBe('document_too_large');
    expect(await refusal(check('juste.pdf', big.subarray(0, maxBytes)))).toBe('accepted');
  });
});

describe('cleanFilename', () => {
  it('keeps the last path segment without control characters or quotes, never empty', () => {
    expect(cleanFilename('C:\\Users\\jan\\Carte d’identité.pdf')).toBe('Carte d’identité.pdf');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('a\u0000b\r\n"c".pdf')).toBe('abc.pdf');
    expect(cleanFilename('...')).toBe('document');
    expect(cleanFilename(`${'x'.repeat(300)}.docx`)).toMatch(/^x{195}\.docx$/);
  });

  it('refuses a DOCX that would inflate to an absurd size (zip bomb), before inflating it', async () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: Buffer.alloc(64 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(detectDocumentKind(bomb)).rejects.toMatchObject({ code: 'document_archive_too_large' });
    expect(isZipBomb(sampleDocx())).toBe(false);
  });

  it('refuses a DOCX whose headers understate what a part really inflates to, while inflating it', async () => {
    // 48 MB of zeros (about 47 KB deflated) declared as 900 KB: the declared sizes and ratio look sane.
    const lying = buildZip([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: Buffer.alloc(48 * 1024 * 1024), declaredSize: 900 * 1024 },
    ]);
    expect(isZipBomb(lying)).toBe(false);
    expect(await inflatesBeyondDeclared(lying)).toBe(true);
    await expect(detectDocumentKind(lying)).rejects.toMatchObject({ code: 'document_archive_too_large' });
    // Honest archives, deflated or stored, inflate to what they declare.
    expect(await inflatesBeyondDeclared(sampleDocx())).toBe(false);
    expect(await inflatesBeyondDeclared(sampleDocx({ deflate: false }))).toBe(false);
    expect(await detectDocumentKind(sampleDocx())).toBe('docx');
  });
});
