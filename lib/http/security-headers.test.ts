// The security headers as a browser receives them, from `next start`: a strict CSP with a fresh
// nonce on every page (and on each of its scripts), no framing, HSTS only over HTTPS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, startPortal } from '@/e2e/support/portal';
import { addStaffMember, signIn } from '@/e2e/support/staff';

describe('security headers', () => {
  let portal: Portal;
  let staffCookie: string;

  beforeAll(async () => {
    let member!: { email: string; password: string };
    portal = await startPortal({
      backend: 'pglite',
      env: { TRUST_PROXY: '1' },
      prepare: async (db) => void (member = await addStaffMember(db, 'pharmacist')),
    });
    staffCookie = await signIn(portal.url, member);
  });
  afterAll(() => portal?.stop());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${portal.url}${path}`, { headers });

  it.each(['/', '/orders/track', '/login', '/docs/api', '/no-such-page'])(
    '%s has a strict policy with a nonce on every script',
    async (path) => {
      const response = await get(path);
      const policy = response.headers.get('content-security-policy')!;
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
      expect(nonce).toBeDefined();
      const scriptSource = policy.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
      expect(scriptSource).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(policy).toMatch(/frame-ancestors 'none'/);
      expect(policy).toMatch(/object-src 'none'/);
      expect(policy).not.toMatch(/upgrade-insecure-requests/);

      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
      expect(response.headers.get('strict-transport-security')).toBeNull();
    },
  );

  it('gives every response a fresh nonce', async () => {
    const nonceOf = async () => /'nonce-([^']+)'/.exec((await get('/')).headers.get('content-security-policy')!)![1];
    expect(await nonceOf()).not.toBe(await nonceOf());
  });

  it('lets staff pages show PDFs (object-src self), and nothing else changes', async () => {
    const response = await get('/staff/orders', { cookie: staffCookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/object-src 'self'/);
  });

  it('adds HSTS and upgrade-insecure-requests behind a trusted HTTPS proxy', async () => {
    const response = await get('/', { 'x-forwarded-proto': 'https' });
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers.get('content-security-policy')).toMatch(/upgrade-insecure-requests/);
  });

  it('gives the APIs the always-on headers too', async () => {
    for (const path of ['/healthz', '/openapi.json', '/send_request_web']) {
      const response = await get(path);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
    }
  });
});
