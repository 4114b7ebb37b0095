// The portal's configuration: every environment variable is read and validated here, once.
// Each one is listed in the README's configuration table with its default.
import path from 'node:path';
import { z } from 'zod';

const MiB = 1024 * 1024;

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = z.coerce.number().int().positive();

const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL must start with postgres:// or postgresql://' })
    .optional(),
  DATA_DIR: z.string().min(1).default('./data/pglite'),
  // Small on purpose: on two cores, four connections an instance gave the most orders a second
  // (BENCHMARKS.md); more only queue inside PostgreSQL.
  DB_POOL_MAX: positiveInt.default(4),
  MAX_UPLOAD_BYTES: positiveInt.default(10 * MiB),
  APP_ORIGIN: z.url({ error: 'APP_ORIGIN must be a URL such as https://orders.example.com' }).optional(),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  RATE_LIMIT_API_PER_MIN: positiveInt.default(120),
  RATE_LIMIT_WEB_PER_MIN: positiveInt.default(20),
  RATE_LIMIT_AUTH_FAIL_PER_MIN: positiveInt.default(10),
  MAX_CONCURRENT_UPLOADS: positiveInt.default(4),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_CLIENT: flag.default(true),
  AUTH_SECRET: z.string().min(32, { error: 'AUTH_SECRET must be at least 32 characters' }).optional(),
});

export type Config = z.infer<typeof configSchema> & { dataDir: string };

let cached: Config | undefined;

/** The validated configuration; a bad value stops the process with a message naming the variable. */
export function config(): Config {
  if (cached) return cached;
  // An empty variable means "not set", as in most shells' `VAR= npm start`.
  const env = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  cached = { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
  return cached;
}
