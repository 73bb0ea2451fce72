/**
 * An order's `time_expire`: once it passes, an unpaid order reads as CLOSED (`OrderMap` in
 * state.ts works that out when the order is looked at; no timer per order).
 */

/** APIv3: RFC 3339 with an offset, `2018-06-08T10:34:56+08:00`. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[+-]\d{2}:\d{2}|Z)$/;
/** APIv2: `yyyyMMddHHmmss` in UTC+8. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

function checked(at: number, text: string, now: number): Date | string {
  if (Number.isNaN(at)) return `不是有效的时间 (${JSON.stringify(text)} is not a valid time)`;
  if (at <= now) return `早于当前时间 (${text} has passed already)`;
  return new Date(at);
}

/**
 * The moment an APIv3 `time_expire` names, or why it cannot be one (a string).
 *
 * @example expiryOf('v3', '2030-06-08T10:34:56+08:00') // Date
 */
export function expiryOf(api: 'v2' | 'v3', text: string, now = Date.now()): Date | string {
  if (api === 'v3') {
    if (!RFC3339.test(text)) return `格式应为yyyy-MM-DDTHH:mm:ss+TIMEZONE (RFC 3339, e.g. 2018-06-08T10:34:56+08:00), got ${JSON.stringify(text)}`;
    return checked(Date.parse(text), text, now);
  }
  const parts = COMPACT.exec(text);
  if (!parts) return `格式应为yyyyMMddHHmmss (UTC+8, e.g. 20091227091010), got ${JSON.stringify(text)}`;
  const [, y, mo, d, h, mi, s] = parts;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`;
  const at = Date.parse(iso);
  // Date.parse rolls 2024-02-30 over to March: a date that does not exist is refused instead.
  if (!Number.isNaN(at) && new Date(at + 8 * 3_600_000).toISOString().slice(0, 19) !== iso.slice(0, 19)) return `不是有效的时间 (${text} is not a date)`;
  return checked(at, text, now);
}
