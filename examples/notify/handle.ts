/**
 * What every notification handler below does, framework aside: verify and decrypt with the
 * client's live platform keys, act once per notification id, answer as WeChat Pay expects
 * (204 when handled; 401/500 when not, so WeChat retries).
 */
import { notificationAnswer, verifyNotification, type Client, type NotificationAnswer, type NotificationHeaders } from 'wechatpay-ts';

export interface Paid {
  out_trade_no: string;
  trade_state: string;
}

/** Verify the raw body and headers of a notification, then hand a paid transaction to `onPaid`. */
export async function handleNotification(
  raw: Buffer | string,
  headers: NotificationHeaders,
  options: { wx: Client; apiv3Key: string; onPaid: (paid: Paid, id: string) => Promise<void> | void },
): Promise<NotificationAnswer> {
  try {
    const notice = verifyNotification<Paid>({ body: raw, headers, certs: options.wx, apiv3Key: options.apiv3Key });
    if (notice.event_type === 'TRANSACTION.SUCCESS') await options.onPaid(notice.resource, notice.id);
    return notificationAnswer();
  } catch (error) {
    return notificationAnswer(error);
  }
}
