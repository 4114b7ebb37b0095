// The pages' security headers: a strict Content-Security-Policy with a fresh nonce for every response
// (Next.js puts it on its own scripts), no framing, and HSTS when served over HTTPS. The headers every
// response gets, APIs included, are in next.config.js.
import { config } from '@/lib/config';

/** Whether the visitor reached the portal over HTTPS (only a trusted proxy can say so). */
export function servedOverHttps(headers: Headers): boolean {
  if (config().APP_ORIGIN?.startsWith('https:')) return true;
  return config().TRUST_PROXY > 0 && headers.get('x-forwarded-proto') === 'https';
}

export function pageSecurityHeaders(nonce: string, options: { https: boolean; embedsFiles: boolean }) {
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // Inline style attributes only (a progress bar's width); no inline scripts anywhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Staff pages show prescription PDFs in the browser's viewer.
    options.embedsFiles ? "object-src 'self'" : "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
