import { InvalidRequestError, WarningCode, isTransportError } from '../../errors';
import type { PayitilReportTrade } from '../../types';
import type { CallObserver } from '../observe';
import { batchReport, fitted, singleReport, tradesFit } from './records';
import { FIELD_MAX, REPORT_TIMEOUT_MS, type ReportFields, type ReportSettings } from './settings';

// 交易保障 in the background, from a bounded queue: a business call never waits for a report or sees one fail.

/** What a client's reporter has done, in reports (a batch of three trades counts three). */
export interface ReportStats {
  /** Accepted by WeChat Pay. */
  sent: number;
  /** Sent and refused, or not sent because the report call failed: told to `onError`, not retried. */
  failed: number;
  /** Pushed out of a full queue, oldest first. */
  dropped: number;
  /** Never queued because WeChat Pay could not take them (an `interface_url` over 127 characters): told to `onError`. */
  skipped: number;
  /** Still waiting. */
  queued: number;
}

type Item = { kind: 'single'; fields: Record<string, string> } | { kind: 'trade'; trade: PayitilReportTrade };

export type SendReport = (xml: Record<string, string>, timeout: number) => Promise<unknown>;

/**
 * One client's 交易保障 reporter: one report call at a time; its timer is unref'd (never keeps the process alive).
 *
 * @example
 * const reporter = new Reporter(settings, mchid, (xml, timeout) => client.send(['v2', 'payitil', 'report'], 'post', { xml, timeout }, { unobserved: true }));
 * client.observe(reporter.observer);
 */
export class Reporter {
  readonly #settings: ReportSettings;
  readonly #mchid: string;
  readonly #send: SendReport;
  readonly #queue: Item[] = [];
  readonly #counts = { sent: 0, failed: 0, dropped: 0, skipped: 0 };
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;

  constructor(settings: ReportSettings, mchid: string, send: SendReport) {
    this.#settings = settings;
    this.#mchid = mchid;
    this.#send = send;
  }

  get level(): ReportSettings['level'] {
    return this.#settings.level;
  }

  readonly observer: CallObserver = {
    finished: (event, outcome) => {
      try {
        const fields = singleReport(event, outcome, this.#settings, this.#mchid);
        if (fields === undefined) return;
        if ([...(fields.interface_url ?? '')].length > FIELD_MAX.interface_url) {
          this.#counts.skipped += 1;
          this.#tell(
            new InvalidRequestError(`Not reported: interface_url has more than ${FIELD_MAX.interface_url} characters, which WeChat Pay refuses`),
            fields,
          );
          return;
        }
        this.#enqueue({ kind: 'single', fields });
      } catch (error) {
        this.#tell(error, {});
      }
    },
  };

  trade(trade: PayitilReportTrade): void {
    if (this.#settings.level === 'errors' && trade.state === 'OK') return;
    const fit = fitted(trade);
    if (!fit) {
      this.#counts.skipped += 1;
      this.#tell(new InvalidRequestError(`Not reported: the trade ${trade.out_trade_no} does not fit the ${FIELD_MAX.trades} characters of \`trades\``), {});
      return;
    }
    this.#enqueue({ kind: 'trade', trade: fit });
  }

  stats(): ReportStats {
    return { ...this.#counts, queued: this.#queue.length };
  }

  /** A report server that cannot be reached ends the sending: what is left stays queued. */
  async flush(): Promise<ReportStats> {
    if (this.#draining) await this.#draining;
    // Joins a sending another flush started meanwhile, or starts one over what is left.
    if (this.#queue.length > 0) await this.#drainNow();
    // A sending that took the rest off the queue before this one looked: it is done when that is.
    if (this.#draining) await this.#draining;
    return this.stats();
  }

  #enqueue(item: Item): void {
    this.#queue.push(item);
    if (this.#queue.length > this.#settings.maxQueue) {
      this.#queue.shift();
      this.#counts.dropped += 1;
    }
    if (this.#queue.length >= this.#settings.maxQueue) void this.#drainNow();
    else this.#arm();
  }

  #arm(): void {
    if (this.#timer !== undefined || this.#draining !== undefined || this.#queue.length === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#drainNow();
    }, this.#settings.flushMs);
    this.#timer.unref();
  }

  #drainNow(): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
      this.#arm();
    });
    return this.#draining;
  }

  async #drain(): Promise<void> {
    let budget = this.#queue.length;
    while (budget > 0 && this.#queue.length > 0) {
      const { xml, count } = this.#next();
      budget -= count;
      try {
        await this.#send(xml, REPORT_TIMEOUT_MS);
        this.#counts.sent += count;
      } catch (error) {
        this.#counts.failed += count;
        this.#tell(error, xml);
        // Unreachable: the rest waits for the next sending rather than failing one by one now.
        if (isTransportError(error)) return;
      }
    }
  }

  #next(): { xml: Record<string, string>; count: number } {
    const head = this.#queue[0]!;
    if (head.kind === 'single') {
      this.#queue.shift();
      return { xml: head.fields, count: 1 };
    }
    const trades: PayitilReportTrade[] = [];
    for (let item = this.#queue[0]; item?.kind === 'trade'; item = this.#queue[0]) {
      if (trades.length > 0 && !tradesFit([...trades, item.trade])) break;
      trades.push(item.trade);
      this.#queue.shift();
    }
    return { xml: batchReport(trades, this.#settings, this.#mchid), count: trades.length };
  }

  #tell(error: unknown, report: ReportFields): void {
    const warn = (what: unknown) =>
      process.emitWarning(`a wechatpay-ts 交易保障 report was not sent: ${what instanceof Error ? what.message : String(what)}`, { code: WarningCode.REPORT });
    if (!this.#settings.onError) return warn(error);
    try {
      this.#settings.onError(error, { ...report });
    } catch (thrown) {
      warn(thrown);
    }
  }
}
