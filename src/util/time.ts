import { InvalidRequestError } from '../errors';

/** UTC+8: WeChat Pay writes every time in it. */
const OFFSET = 8 * 3_600_000;

function described(date: unknown, year: number): string {
  if (!(date instanceof Date)) return date === null ? 'null' : typeof date;
  return Number.isNaN(year) ? 'an invalid Date' : `a Date in the year ${year} (UTC+8)`;
}

function parts(date: Date, method: string): string[] {
  // A bad Date would print 'NaN-NaN-…', and a year past 9999 five digits: neither is a WeChat time.
  const shifted = new Date((date instanceof Date ? date.getTime() : Number.NaN) + OFFSET);
  const year = shifted.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) {
    throw new InvalidRequestError(`BeijingTime.${method}: expected a valid Date in the years 0000 to 9999, got ${described(date, year)}`);
  }
  const pad = (n: number, size = 2) => String(n).padStart(size, '0');
  return [
    pad(year, 4),
    pad(shifted.getUTCMonth() + 1),
    pad(shifted.getUTCDate()),
    pad(shifted.getUTCHours()),
    pad(shifted.getUTCMinutes()),
    pad(shifted.getUTCSeconds()),
  ];
}

/**
 * A `Date` written as WeChat Pay writes times: in China Standard Time (UTC+8), whatever the
 * machine's time zone, to the second. A value that is not a valid `Date` is an `InvalidRequestError`.
 *
 * @example
 * // APIv3 `time_expire`, 30 minutes from now: '2030-06-08T10:34:56+08:00'
 * const time_expire = BeijingTime.rfc3339(new Date(Date.now() + 30 * 60_000));
 * BeijingTime.compact(new Date(0)) // '19700101080000' (APIv2 time_start, time_expire)
 * BeijingTime.bill(new Date(0))    // '1970-01-01 08:00:00' (bill rows)
 * BeijingTime.day(new Date(0))     // '1970-01-01' (APIv3 bill_date)
 */
export const BeijingTime = {
  /**
   * RFC 3339 with the `+08:00` offset, as APIv3 wants `time_expire` (`toISOString()`'s `Z` and
   * milliseconds are not what it documents).
   * @example BeijingTime.rfc3339(new Date(0)) // '1970-01-01T08:00:00+08:00'
   */
  rfc3339(date: Date): string {
    const [y, mo, d, h, mi, s] = parts(date, 'rfc3339');
    return `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`;
  },
  /**
   * `yyyyMMddHHmmss`, as APIv2 writes `time_start`, `time_expire` and `time_end`.
   * @example BeijingTime.compact(new Date(0)) // '19700101080000'
   */
  compact(date: Date): string {
    return parts(date, 'compact').join('');
  },
  /**
   * `yyyy-MM-dd HH:mm:ss`, as the trade and fund-flow bills write times.
   * @example BeijingTime.bill(new Date(0)) // '1970-01-01 08:00:00'
   */
  bill(date: Date): string {
    const [y, mo, d, h, mi, s] = parts(date, 'bill');
    return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
  },
  /**
   * `yyyy-MM-dd`, the day in Beijing, as APIv3 wants `bill_date` (APIv2's is `compact(date).slice(0, 8)`).
   * @example BeijingTime.day(new Date(0)) // '1970-01-01'
   */
  day(date: Date): string {
    return parts(date, 'day').slice(0, 3).join('-');
  },
};
