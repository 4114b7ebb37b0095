// Next.js configuration. The database drivers and the streaming multipart parser run as plain
// Node modules: PGlite loads its WebAssembly from its own package folder, so it must not be bundled.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'pino', 'busboy', 'file-type', 'rate-limiter-flexible'],
  poweredByHeader: false,
  // forbidden(): the 403 page for pharmacists on admin pages.
  experimental: { authInterrupts: true },
  reactStrictMode: true,
};

export default nextConfig;
