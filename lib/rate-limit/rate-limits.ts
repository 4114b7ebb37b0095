// Rate limits (rate-limiter-flexible). On PostgreSQL the counters live in the `rate_limits` table,
// so every instance shares them; on PGlite (one process) they live in memory. Each limit counts a
// minute; answers carry the RateLimit-Policy / RateLimit headers of the IETF draft.
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { database } from '@/db/client';
import { config } from '@/lib/config';
import { ApiError } from '@/lib/http/api-error';

const WINDOW_SECONDS = 60;

const LIMITS = {
  api: { points: () => config().RATE_LIMIT_API_PER_MIN, tooMany: 'Too many orders from this API key' },
  web: { points: () => config().RATE_LIMIT_WEB_PER_MIN, tooMany: 'Too many orders from your address' },
  tracking: { points: () => config().RATE_LIMIT_WEB_PER_MIN, tooMany: 'Too many order lookups from your address' },
  authFailure: {
    points: () => config().RATE_LIMIT_AUTH_FAIL_PER_MIN,
    tooMany: 'Too many failed attempts to authenticate from your address',
  },
} as const;

export type LimitName = keyof typeof LIMITS;

const globalForLimits = globalThis as unknown as { drugnetLimiters?: Promise<Record<LimitName, RateLimiterAbstract>> };

function limiters(): Promise<Record<LimitName, RateLimiterAbstract>> {
  globalForLimits.drugnetLimiters ??= database().then(({ pool }) => {
    const build = (name: LimitName): RateLimiterAbstract => {
      const options = { keyPrefix: name, points: LIMITS[name].points(), duration: WINDOW_SECONDS };
      if (!pool) return new RateLimiterMemory(options);
      return new RateLimiterPostgres({
        ...options,
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true, // by the migrations
        // While PostgreSQL is unreachable each instance counts on its own rather than refusing all.
        insuranceLimiter: new RateLimiterMemory(options),
      });
    };
    return Object.fromEntries((Object.keys(LIMITS) as LimitName[]).map((name) => [name, build(name)])) as Record<
      LimitName,
      RateLimiterAbstract
    >;
  });
  globalForLimits.drugnetLimiters.catch(() => (globalForLimits.drugnetLimiters = undefined));
  return globalForLimits.drugnetLimiters;
}

function headers(name: LimitName, result: RateLimiterRes): Record<string, string> {
  const resetSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  return {
    'RateLimit-Policy': `"${name}";q=${LIMITS[name].points()};w=${WINDOW_SECONDS}`,
    RateLimit: `"${name}";r=${Math.max(0, result.remainingPoints)};t=${resetSeconds}`,
  };
}

function limited(name: LimitName, result: RateLimiterRes): ApiError {
  const retryAfter = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  return new ApiError(
    'rate_limited',
    `${LIMITS[name].tooMany}: at most ${LIMITS[name].points()} a minute. Try again in ${retryAfter} seconds.`,
    { headers: { 'Retry-After': String(retryAfter), ...headers(name, result) } },
  );
}

/** Counts one request against `key`; throws 429 when over. Returns the headers for the answer. */
export async function consume(name: LimitName, key: string): Promise<Record<string, string>> {
  const limiter = (await limiters())[name];
  try {
    return headers(name, await limiter.consume(key));
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw limited(name, rejection);
    throw rejection;
  }
}

/** Throws 429 when `key` is already over the limit, without counting this request. */
export async function assertUnder(name: LimitName, key: string): Promise<void> {
  const result = await (await limiters())[name].get(key);
  if (result && result.consumedPoints >= LIMITS[name].points()) throw limited(name, result);
}

/** Counts a failure against `key` (never throws for being over: the caller answers the failure). */
export async function penalise(name: LimitName, key: string): Promise<void> {
  await (await limiters())[name].penalty(key, 1);
}
