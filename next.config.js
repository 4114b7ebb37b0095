// Next.js configuration. The database drivers and the streaming multipart parser run as plain
// Node modules: PGlite loads its WebAssembly from its own package folder, so it must not be bundled.

// The headers every response gets; pages get more from proxy.ts (lib/http/security-headers.ts).
const always = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Tracking links carry the order reference: it never leaves the portal in a Referer.
  { key: 'Referrer-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'pino', 'busboy', 'file-type', 'rate-limiter-flexible'],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden(): the 403 page for pharmacists on admin pages.
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: '/:path*', headers: always }];
  },
};

export default nextConfig;
