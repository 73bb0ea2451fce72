/**
 * WeChat Pay's platform-certificate CA, as data: every platform certificate `GET /v3/certificates`
 * lists is issued by it. Published by WeChat Pay in its trust chain `CertTrustChain.p7b`
 * (https://wx.gtimg.com/mch/files/CertTrustChain.p7b, https://pay.weixin.qq.com/doc/v3/merchant/4012072597)
 * and pinned as the trust anchor by the official Java SDK (wechatpay-apiv3/wechatpay-java,
 * core/.../certificate/RSACertificateHandler.java); NOTICE names the source.
 *
 * - subject: C=CN, O=Tenpay.com, OU=Tenpay.com CA Center, CN=Tenpay.com Root CA
 * - issuer: C=CN, O=iTrusChina, OU=China Trust Network, CN=iTrusChina Class 2 Enterprise CA - G3
 *   (its signature checks with that CA's key, whose own checks with iTrusChina Class 2 Root CA - G3:
 *   the test fixture `__tests__/fixtures/cert-trust-chain.pem` holds the chain)
 * - valid 2017-08-09T09:15:55Z to 2032-08-09T09:15:55Z; basicConstraints CA, pathlen 0
 * - serial 1BD4220E50DBC04B06AD397549846C01C3E8EBD2
 * - SHA-256 fingerprint B2:9F:8B:25:13:EB:2F:7C:49:C0:7C:7C:20:F4:02:7C:A9:03:D0:71:DF:72:CA:A0:B2:B9:24:EF:F4:3A:94:52
 *
 * Only this certificate is trusted, not the iTrusChina CAs above it: they issue for other companies too.
 *
 * @example new X509Certificate(TENPAY_ROOT_CA).subject // 'C=CN\nO=Tenpay.com\nOU=Tenpay.com CA Center\nCN=Tenpay.com Root CA'
 */
export const TENPAY_ROOT_CA = `-----BEGIN CERTIFICATE-----
MIIEcDCCA1igAwIBAgIUG9QiDlDbwEsGrTl1SYRsAcPo69IwDQYJKoZIhvcNAQEL
BQAwcDELMAkGA1UEBhMCQ04xEzARBgNVBAoMCmlUcnVzQ2hpbmExHDAaBgNVBAsM
E0NoaW5hIFRydXN0IE5ldHdvcmsxLjAsBgNVBAMMJWlUcnVzQ2hpbmEgQ2xhc3Mg
MiBFbnRlcnByaXNlIENBIC0gRzMwHhcNMTcwODA5MDkxNTU1WhcNMzIwODA5MDkx
NTU1WjBeMQswCQYDVQQGEwJDTjETMBEGA1UEChMKVGVucGF5LmNvbTEdMBsGA1UE
CxMUVGVucGF5LmNvbSBDQSBDZW50ZXIxGzAZBgNVBAMTElRlbnBheS5jb20gUm9v
dCBDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALvnPD6k39BdPYAH
+6lnWPjuHH+2pcmZUf2E8cNFQFNr+ECRZylYV2iKyItCQt3I2/7VIDZl6aR9TE7n
sZrtSmOXCw635QOrq2yF9LTSDotAhf3ER0+216w3age/VzGcNVQpTf6gRCHCuQIk
8pe/oh06JagGvX0wERa+I6NfuG58ZHQY9d6RqLXKQl0Up95v73HDsG487z8k6jcn
qpGngmHQxdWiWRJugqxNRUD+awv2/DUsqGOffPX4jzJ6rLSJSlQXvuniDYxmaiaD
cK0bUbB5aM+1zMwogoHSYxWj/6B+vgcnHQCUrwGdiQR5+F+yRWzy5bO09IzaFgeO
PNPLPOsCAwEAAaOCARIwggEOMBIGA1UdEwEB/wQIMAYBAf8CAQAwDgYDVR0PAQH/
BAQDAgEGMCAGA1UdEQQZMBekFTATMREwDwYDVQQDDAhzd2JlLTI2NjAdBgNVHQ4E
FgQUTFo4GLdm9oHX52HcWnzuL4tui2gwHwYDVR0jBBgwFoAUK1vVxWgI69vN5LA5
MqJf/8dPmEUwRgYDVR0gBD8wPTA7BgoqgRyG7xcBAQECMC0wKwYIKwYBBQUHAgEW
H2h0dHBzOi8vd3d3Lml0cnVzLmNvbS5jbi9jdG5jcHMwPgYDVR0fBDcwNTAzoDGg
L4YtaHR0cDovL3RvcGNhLml0cnVzLmNvbS5jbi9jcmwvaXRydXNjMmNhZzMuY3Js
MA0GCSqGSIb3DQEBCwUAA4IBAQBwZhL/eiOQmMyo1D0IR9mu1DPWl5J3XXhjc4R6
mFgsN/FCeVP9M4U9y2FJH6i5Ha5YCecKGw5pwhA0rjZr/6okWwo22GF+nzI/gQiz
6ugAKs5VjFbeiEb04Ncz4HT8FP1idK3tyCjqCUTkLNt0U3tR7wy26hgOqlT2wCZ9
X4MfT8dUMdt9nCZx4ujN5yZOzaLOCHmzoGDGxgKg91bbu0TG2Yzd2ylhrxxRtFH9
aZ/J1x5UoF7uwhTM8P92DuAldWC1/bX1kciOtQvQEZeAy+9y/1BtFxoBnmDxnqkX
+lirIUYTLDaL7HaLrOLECUlaxZCU/Nkwm3tmqQxtCh+XQBdd
-----END CERTIFICATE-----
`;
