// Next.js proxy, for the staff pages only: a visitor without a session cookie goes straight to the
// sign-in page and comes back afterwards. (Whether the session is valid, each page checks.)
// It must never match /send_request_web: a proxy buffers request bodies and would cut large uploads.
import { getSessionCookie } from 'better-auth/cookies';
import { type NextRequest, NextResponse } from 'next/server';

export function proxy(request: NextRequest): NextResponse {
  if (getSessionCookie(request, { cookiePrefix: 'drugnet' })) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('next', request.nextUrl.pathname);
  return NextResponse.redirect(login);
}

export const config = { matcher: ['/staff', '/staff/:path*'] };
