import { BeijingTime, InvalidRequestError } from '../../src';

// 2030-06-08 02:34:56 UTC is 10:34:56 in Beijing; 16:00 UTC on 31 December is already the next year there.
const MORNING = new Date(Date.UTC(2030, 5, 8, 2, 34, 56, 789));
const NEW_YEAR = new Date(Date.UTC(2030, 11, 31, 16, 0, 0));

describe('BeijingTime', () => {
  test('writes APIv3 time_expire as RFC 3339 at +08:00, to the second', () => {
    expect(BeijingTime.rfc3339(MORNING)).toBe('2030-06-08T10:34:56+08:00');
    expect(BeijingTime.rfc3339(NEW_YEAR)).toBe('2031-01-01T00:00:00+08:00');
    // The same instant read back: only the milliseconds are dropped.
    expect(new Date(BeijingTime.rfc3339(MORNING)).getTime()).toBe(MORNING.getTime() - 789);
  });

  test('writes the APIv2, bill and bill_date forms of the same Beijing time', () => {
    expect(BeijingTime.compact(MORNING)).toBe('20300608103456');
    expect(BeijingTime.bill(MORNING)).toBe('2030-06-08 10:34:56');
    expect(BeijingTime.day(MORNING)).toBe('2030-06-08');
    expect(BeijingTime.day(NEW_YEAR)).toBe('2031-01-01');
    expect(BeijingTime.compact(new Date(0))).toBe('19700101080000');
  });

  test('refuses what is not a valid Date, naming the method and what came', () => {
    expect(() => BeijingTime.rfc3339(new Date('not a date'))).toThrow(InvalidRequestError);
    expect(() => BeijingTime.rfc3339(new Date('not a date'))).toThrow(
      'BeijingTime.rfc3339: expected a valid Date in the years 0000 to 9999, got an invalid Date',
    );
    expect(() => BeijingTime.compact('2030-06-08' as unknown as Date)).toThrow(
      'BeijingTime.compact: expected a valid Date in the years 0000 to 9999, got string',
    );
    expect(() => BeijingTime.day(null as unknown as Date)).toThrow('got null');
    expect(() => BeijingTime.bill(new Date(Date.UTC(9999, 11, 31, 16)))).toThrow('got a Date in the year 10000 (UTC+8)');
  });
});
