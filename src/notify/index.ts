export { verifyNotification, NOTIFICATION_ALGORITHM, type Notification, type EncryptedResource, type VerifyNotificationInput } from './v3';
export { verifyV2Notification, decryptRefundReqInfo } from './v2';
export { notificationAnswer, v2NotificationAnswer, type NotificationAnswer } from './answer';
export { platformKeysOf, type PlatformKeys } from './platform-keys';
export type { NotificationHeaders } from './headers';
export { signNotification, signV2Notification, type TestNotification, type TestNotificationKeys } from './sign';
