import { FAULT_KINDS, type FaultKind, type Faults } from './types';
import { ConfigurationError } from 'wechatpay-ts';

interface Switch {
  /** Answers left; Infinity until cleared. */
  left: number;
  delayMs: number;
  status: number;
}

/** The switches plus the one call the answer paths make: take a fault if it is on. */
export interface FaultBoard extends Faults {
  /** When `kind` is on, use it up for this answer and return its settings. */
  take(kind: FaultKind): { delayMs: number; status: number } | undefined;
}

const DEFAULT_DELAY = 1000;
const MAX_DELAY = 10 * 60_000;

function bad(message: string): never {
  throw new ConfigurationError(`faults.set: ${message}`);
}

function checkFault(kind: FaultKind, options: Parameters<Faults['set']>[1] = {}): Switch {
  if (!FAULT_KINDS.includes(kind)) bad(`unknown fault ${JSON.stringify(kind)}; expected ${FAULT_KINDS.join(', ')}`);
  if (options === null || typeof options !== 'object') bad('options must be { times?, delayMs?, status? }');
  if (kind === 'unreachable' && Object.keys(options).length > 0)
    bad('`unreachable` takes no options: the listener stays closed until faults.clear() (a refused connection carries no answer to count)');
  return checkSettings(options);
}

function checkSettings({ times, delayMs = DEFAULT_DELAY, status = 500 }: Parameters<Faults['set']>[1] & object): Switch {
  if (times !== undefined && !(Number.isInteger(times) && times >= 1)) bad(`times must be a whole number from 1, got ${String(times)}`);
  if (!(Number.isInteger(delayMs) && delayMs >= 0 && delayMs <= MAX_DELAY))
    bad(`delayMs must be whole milliseconds from 0 to ${MAX_DELAY}, got ${String(delayMs)}`);
  if (!(Number.isInteger(status) && status >= 400 && status <= 599)) bad(`status must be an HTTP error status from 400 to 599, got ${String(status)}`);
  return { left: times ?? Number.POSITIVE_INFINITY, delayMs, status };
}

/**
 * `onSwitch` hears a fault that acts on the listener rather than on an answer (`unreachable`)
 * being set or cleared.
 *
 * @example
 * const faults = createFaults();
 * faults.set('server-error', { times: 1, status: 503 });
 * faults.take('server-error') // { delayMs: 1000, status: 503 }, then undefined
 */
export function createFaults(onSwitch: (kind: FaultKind, on: boolean) => void = () => undefined): FaultBoard {
  const switches = new Map<FaultKind, Switch>();
  const off = (kind: FaultKind) => {
    if (switches.delete(kind)) onSwitch(kind, false);
  };
  return {
    set(kind, options = {}) {
      const fault = checkFault(kind, options);
      const was = switches.has(kind);
      switches.set(kind, fault);
      if (!was) onSwitch(kind, true);
    },
    clear(kind) {
      if (kind === undefined) for (const on of [...switches.keys()]) off(on);
      else off(kind);
    },
    active() {
      return FAULT_KINDS.filter((kind) => switches.has(kind));
    },
    take(kind) {
      const on = switches.get(kind);
      if (!on) return undefined;
      on.left -= 1;
      if (on.left <= 0) switches.delete(kind);
      return { delayMs: on.delayMs, status: on.status };
    },
  };
}
