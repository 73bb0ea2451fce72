// 交易保障, in three rooms: the checked options (settings), the report fields built from a call (records, pure) and the bounded queue with its timer (queue).
export { REPORT_LEVELS, DEFAULT_REPORT_FLUSH_MS, DEFAULT_REPORT_MAX_QUEUE, REPORT_TIMEOUT_MS, reportSettingsOf } from './settings';
export type { ReportConfig, ReportFields, ReportLevel, ReportSettings } from './settings';
export { MICROPAY_BATCH_URL, failureFields, singleReport, batchReport } from './records';
export { Reporter } from './queue';
export type { ReportStats, SendReport } from './queue';
