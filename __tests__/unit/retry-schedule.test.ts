import { WECHAT_RETRY_DELAYS } from 'wechatpay-ts-simulator';

test("the simulator's default notification schedule is WeChat Pay's: 15 retries over 24 h 4 min", () => {
  const steps = ['15s', '15s', '30s', '3m', '10m', '20m', '30m', '30m', '30m', '60m', '3h', '3h', '3h', '6h', '6h'];
  const unit = { s: 1000, m: 60_000, h: 3_600_000 } as const;
  expect(WECHAT_RETRY_DELAYS).toEqual(steps.map((step) => Number(step.slice(0, -1)) * unit[step.at(-1) as keyof typeof unit]));
  expect(WECHAT_RETRY_DELAYS.reduce((sum, ms) => sum + ms, 0)).toBe((24 * 60 + 4) * 60_000);
});
