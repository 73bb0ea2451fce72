/**
 * The offline WeChat Pay simulator, published as the package `wechatpay-ts-simulator`.
 *
 * @example
 * import { startSimulator } from 'wechatpay-ts-simulator';
 * const sim = await startSimulator({ mchid: '1900000109', secret, apiv3Key, merchantPublicKey });
 */
export { startSimulator } from './server';
export { startControl, CONTROL_DEFAULT_LIMIT, CONTROL_MAX_BODY, CONTROL_MAX_LIMIT, CONTROL_TOKEN_BYTES } from './control';
export type { Control, ControlOptions } from './control';
export { FAULT_KINDS, MICROPAY_SCENARIOS, REFUND_SCENARIOS, REFUND_STATUSES } from './types';
export { MAX_SUB_MCHIDS, WECHAT_RETRY_DELAYS } from './options';
export { MAX_COMBINES, MAX_ORDERS, MAX_PROFITSHARING_ORDERS, MAX_PROFITSHARING_RECEIVERS, MAX_TRANSFERS } from './state';
export { MAX_SHARING_RECEIVERS } from './v3/profitsharing';
export { MAX_COMBINE_SUB_ORDERS } from './v3/combine';
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
  RefundScenario,
  RefundScenarios,
  RefundStatus,
  RefundOutcome,
  SimTransfer,
  SimTransfers,
  TransferState,
  SimCombine,
  SimCombines,
  SimProfitSharing,
  SimProfitSharingReturn,
  SimProfitSharings,
  SimReceiver,
  SimShare,
} from './types';
