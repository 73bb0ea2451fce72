import type { BillProgress } from '../helpers/bill/bill';
import type { Output } from './io';

/** `1536` -> `1.5 KiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * One frame of the bar, `width` columns at most; just the bytes when the size is unknown.
 *
 * @example renderBar({ received: 512, total: 1024 }, 40) // '[#########---------]  50%  512 B / 1.0 KiB'
 */
export function renderBar(progress: BillProgress, width: number): string {
  const { received, total } = progress;
  if (total === undefined || total <= 0) return `${formatBytes(received)} received`.slice(0, width);
  const ratio = Math.min(1, received / total);
  const tail = ` ${String(Math.floor(ratio * 100)).padStart(3)}%  ${formatBytes(received)} / ${formatBytes(total)}`;
  const cells = Math.max(0, Math.min(40, width - tail.length - 2));
  if (cells < 5) return tail.trim().slice(0, width);
  const filled = Math.round(ratio * cells);
  return `[${'#'.repeat(filled)}${'-'.repeat(cells - filled)}]${tail}`;
}

export interface ProgressReporter {
  update(progress: BillProgress): void;
  done(): void;
}

/**
 * A bar on a terminal (10 frames a second at most); elsewhere a line every 2 s, so a fast download prints nothing.
 *
 * @example const bar = progressReporter(io.stderr); await downloadBill(wx, bill, { to, onProgress: bar.update }); bar.done();
 */
export function progressReporter(out: Output, label: string, now: () => number = Date.now): ProgressReporter {
  const tty = out.isTTY === true;
  const interval = tty ? 100 : 2000;
  const started = now();
  let last: BillProgress | undefined;
  let drawnAt = tty ? -Infinity : started;
  let drawn = false;
  const draw = (progress: BillProgress) => {
    if (tty) {
      // Never the last column: some terminals wrap there, and \r would then redraw the wrong line.
      const width = (out.columns && out.columns > 0 ? out.columns : 80) - 1;
      const room = width - label.length - 1;
      out.write(`\r${room >= 20 ? `${label} ${renderBar(progress, room).padEnd(room)}` : renderBar(progress, width).padEnd(width)}`);
    } else {
      const of = progress.total ? ` of ${formatBytes(progress.total)} (${Math.floor((progress.received / progress.total) * 100)}%)` : '';
      out.write(`${label}: ${formatBytes(progress.received)}${of}\n`);
    }
    drawn = true;
  };
  return {
    update(progress) {
      last = progress;
      const time = now();
      if (time - drawnAt < interval) return;
      drawnAt = time;
      draw(progress);
    },
    done() {
      // The last frame shows where it stopped; only a bar that was drawn needs its line ended.
      if (tty && last) {
        draw(last);
        out.write('\n');
      } else if (tty && drawn) out.write('\n');
    },
  };
}
