import { ConfigurationError } from '../errors/errors';
import { describe } from './object';

/**
 * A limit: a whole number in range, `fallback` when undefined, else an error naming it and its range.
 *
 * @example wholeNumber(options.flushMs, { name: '`report.flushMs`', min: 100, max: 600_000, unit: 'milliseconds' }, 5000)
 */
export function wholeNumber(value: unknown, limit: { name: string; min: number; max: number; unit: string }, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < limit.min || value > limit.max) {
    const got = typeof value === 'number' ? String(value) : describe(value);
    throw new ConfigurationError(`${limit.name} must be a whole number of ${limit.unit} from ${limit.min} to ${limit.max}, got ${got}`);
  }
  return value;
}
