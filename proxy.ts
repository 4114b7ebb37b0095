// Next.js proxy, for pages only: each gets its security headers with a fresh CSP nonce, and a visitor
// of a staff page without a session cookie goes to sign in first (each staff page still checks the
// session itself). It must never match /send_request_web or the other APIs: a proxy buffers request
// bodies, and would cut a large upload.
import { getSessionCookie } from 'better-auth/cookies';
import { type NextRequest, NextResponse } from 'next/server';
import { pageSecurityHeaders, servedOverHttps } from '@/lib/http/security-headers';

export function proxy(request: NextRequest): NextResponse {
  const staffPage = request.nextUrl.pathname === '/staff' || request.nextUrl.pathname.startsWith('/staff/');
  if (staffPage && !getSessionCookie(request, { cookiePrefix: 'drugnet' })) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', request.nextUrl.pathname);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const headers = pageSecurityHeaders(nonce, { https: servedOverHttps(request.headers), embedsFiles: staffPage });
  // Next.js reads the policy from the request to put the nonce on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but the APIs, the order intake, and static files.
      source: '/((?!api/|send_request_web|healthz|openapi\\.json|_next/static|_next/image|icon\\.svg|robots\\.txt).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
