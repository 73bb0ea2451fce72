import type { Agent } from 'node:https';
import type { InternalAxiosRequestConfig } from 'axios';
import { ConfigurationError } from '../errors';
import { CERT_REQUIRED_V2 } from '../generated/cert-required';
import { contextOf } from './state';

/**
 * The mutual-TLS step: a call with `security: true`, or to an APIv2 endpoint that needs the
 * merchant certificate (from the API description), goes through the client's one merchant agent.
 * An `httpsAgent` given with the call itself wins: the caller configured TLS by hand.
 */
export function tlsStep(merchantAgent: Agent | undefined) {
  return (config: InternalAxiosRequestConfig): InternalAxiosRequestConfig => {
    const context = contextOf(config);
    const needed = context.options.security === true || (context.pipeline === 'v2' && CERT_REQUIRED_V2.has(context.url));
    if (!needed || context.axios.httpsAgent !== undefined) return config;
    if (!merchantAgent) {
      const why = context.options.security ? 'was called with `security: true`' : 'needs the merchant API certificate (mutual TLS)';
      throw new ConfigurationError(`${context.template} ${why}, but no \`merchant\` certificate is configured: pass merchant: { cert, key } or { pfx, passphrase } to Builder.factory`);
    }
    config.httpsAgent = merchantAgent;
    return config;
  };
}
