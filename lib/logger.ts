// Structured JSON logs (pino) on standard output. Health data, API keys and file bytes are never
// logged: callers pass only the fields named in the README, and the redaction below is a safety net.
import pino from 'pino';
import { config } from './config';

const globalForLogger = globalThis as unknown as { drugnetLogger?: pino.Logger };

export const logger: pino.Logger =
  globalForLogger.drugnetLogger ??
  (globalForLogger.drugnetLogger = pino({
    level: config().LOG_LEVEL,
    base: { service: 'drugnet-portal' },
    redact: {
      paths: ['apiKey', 'headers["x-api-key"]', 'prescription', 'insuranceCard', 'insurance_card', 'content'],
      censor: '[redacted]',
    },
  }));
