/**
 * The offline WeChat Pay simulator, published as `wechatpay-ts/simulator`.
 *
 * @example
 * import { startSimulator } from 'wechatpay-ts/simulator';
 * const sim = await startSimulator({ mchid: '1900000109', secret, apiv3Key, merchantPublicKey });
 */
export { startSimulator } from './server';
export { FAULT_KINDS, MICROPAY_SCENARIOS } from './types';
export type {
  Simulator,
  SimulatorOptions,
  SimOrder,
  SimRefund,
  NotificationAttempt,
  Faults,
  FaultKind,
  StoredReport,
  MicropayScenario,
  MicropayScenarioOptions,
  MicropayScenarios,
  SimTransfer,
  SimTransfers,
  TransferState,
} from './types';
