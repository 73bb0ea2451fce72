import { deflateSync } from 'node:zlib';
import type { Operation } from './types';
import { BeijingTime } from 'wechatpay-ts';

/**
 * The files an operation answers with, of the kind it names: a CSV for bills and statements, a
 * PDF for receipts (电子回单), a PNG for images. Small, but each one a valid file of its kind.
 */

export interface FileAnswer {
  body: Buffer;
  contentType: string;
}

/** CRC-32 (ISO 3309), as PNG chunks carry it. */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([head, typed, crc]);
}

/**
 * A 1×1 PNG, one WeChat-green pixel.
 *
 * @example png().subarray(1, 4).toString() // 'PNG'
 */
export function png(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const pixels = deflateSync(Buffer.from([0, 0x07, 0xc1, 0x60])); // filter byte, then RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A one-page PDF saying what it stands for, with a correct cross-reference table.
 *
 * @example pdf('电子回单').subarray(0, 5).toString() // '%PDF-'
 */
export function pdf(title: string): Buffer {
  const text = title.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '');
  const stream = `BT /F1 12 Tf 36 800 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, at) => {
    offsets.push(out.length);
    out += `${at + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * A bill-shaped CSV (WeChat's layout: a header, rows whose values start with a backquote, then a
 * summary), with the merchant's id and today's date.
 *
 * @example csv('1900000109').split('\r\n')[0] // '交易时间,商户号,业务类型,金额(元),备注'
 */
export function csv(mchid: string): string {
  const now = BeijingTime.bill(new Date());
  return ['交易时间,商户号,业务类型,金额(元),备注', `\`${now},\`${mchid},\`交易,\`0.01,\`模拟器账单`, '总笔数,总金额(元)', '`1,`0.01', ''].join('\r\n');
}

/**
 * The file `operation` answers: a PDF when it produces one, a PNG for images, else a CSV.
 *
 * @example fileAnswer(operation, '/v3/transferdownload/signfile', '1900000109').contentType // 'application/pdf'
 */
export function fileAnswer(operation: Operation, template: string, mchid: string): FileAnswer {
  const produces = operation.produces ?? [];
  if (produces.includes('application/pdf')) return { body: pdf(`WeChat Pay simulator: ${template}`), contentType: 'application/pdf' };
  if (operation.kind === 'bytes' && !produces.some((type) => type.startsWith('text/'))) return { body: png(), contentType: 'image/png' };
  return { body: Buffer.from(csv(mchid), 'utf8'), contentType: 'text/plain; charset=utf-8' };
}
