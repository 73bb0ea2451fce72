/** UTC+8: WeChat Pay writes every time in it. */
const OFFSET = 8 * 3_600_000;

function parts(date: Date): string[] {
  const shifted = new Date(date.getTime() + OFFSET);
  const pad = (n: number, size = 2) => String(n).padStart(size, '0');
  return [
    pad(shifted.getUTCFullYear(), 4),
    pad(shifted.getUTCMonth() + 1),
    pad(shifted.getUTCDate()),
    pad(shifted.getUTCHours()),
    pad(shifted.getUTCMinutes()),
    pad(shifted.getUTCSeconds()),
  ];
}

/**
 * Times as WeChat Pay writes them, in UTC+8.
 *
 * @example
 * beijing.rfc3339(new Date(0))  // '1970-01-01T08:00:00+08:00' (APIv3)
 * beijing.compact(new Date(0))  // '19700101080000' (APIv2 time_end)
 * beijing.bill(new Date(0))     // '1970-01-01 08:00:00' (bills)
 * beijing.day(new Date(0))      // '1970-01-01' (bill_date)
 */
export const beijing = {
  rfc3339(date: Date): string {
    const [y, mo, d, h, mi, s] = parts(date);
    return `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`;
  },
  compact(date: Date): string {
    return parts(date).join('');
  },
  bill(date: Date): string {
    const [y, mo, d, h, mi, s] = parts(date);
    return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
  },
  day(date: Date): string {
    return parts(date).slice(0, 3).join('-');
  },
};
