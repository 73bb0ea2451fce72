import { REFUND_SCENARIOS, type RefundScenarios } from './types';
import { ConfigurationError } from 'wechatpay-ts';

/** `sim.refundScenarios`: whether the next refunds succeed at once or are held PROCESSING. */

/** The switch board plus the one call the refund handlers make: the status of the next refund. */
export interface RefundBoard extends RefundScenarios {
  /** PROCESSING while a `processing` script has refunds left (using one), else SUCCESS. */
  take(): 'SUCCESS' | 'PROCESSING';
}

const MAX_TIMES = 1000;

function bad(message: string): never {
  throw new ConfigurationError(`refundScenarios.set: ${message}`);
}

/**
 * @example
 * const board = createRefundBoard();
 * board.set('processing', { times: 1 });
 * board.take() // 'PROCESSING', then 'SUCCESS'
 */
export function createRefundBoard(): RefundBoard {
  let current: { left: number } | undefined;
  return {
    set(scenario, options = {}) {
      if (!REFUND_SCENARIOS.includes(scenario)) bad(`unknown scenario ${JSON.stringify(scenario)}; expected ${REFUND_SCENARIOS.join(', ')}`);
      if (options === null || typeof options !== 'object') bad('options must be { times? }');
      const unknown = Object.keys(options).filter((key) => key !== 'times');
      if (unknown.length) bad(`unknown option ${JSON.stringify(unknown[0])}; expected times`);
      const { times } = options;
      if (times !== undefined && !(Number.isInteger(times) && times >= 1 && times <= MAX_TIMES))
        bad(`times must be a whole number from 1 to ${MAX_TIMES}, got ${String(times)}`);
      current = scenario === 'processing' ? { left: times ?? Number.POSITIVE_INFINITY } : undefined;
    },
    clear() {
      current = undefined;
    },
    active() {
      return current ? 'processing' : undefined;
    },
    take() {
      if (!current) return 'SUCCESS';
      current.left -= 1;
      if (current.left <= 0) current = undefined;
      return 'PROCESSING';
    },
  };
}
