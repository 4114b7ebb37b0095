// Recognising database failures by what they mean, whichever driver raised them (drizzle wraps the
// driver's error in `cause`).
interface DriverError {
  code?: string;
  constraint?: string;
  message?: string;
}

function driverErrors(error: unknown): DriverError[] {
  const chain: DriverError[] = [];
  for (let current = error; current && typeof current === 'object' && chain.length < 5;) {
    chain.push(current as DriverError);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return driverErrors(error).some((e) => e.code === '23505' && e.constraint === constraint);
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);
// SQLSTATE: 08 connection exceptions, 57P01-03 shutting down or starting up, 53300 too many connections.
const CONNECTION_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|PGlite is closed|Client has encountered a connection error/i;

/** The database could not be reached: nothing was stored and a retry later is safe. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return driverErrors(error).some(
    (e) =>
      (e.code !== undefined && (CONNECTION_CODES.has(e.code) || CONNECTION_SQLSTATE.test(e.code))) ||
      (e.message !== undefined && CONNECTION_MESSAGES.test(e.message)),
  );
}

/**
 * What may be logged of an error. Drizzle's wrapper repeats the query's parameters (health data) in
 * its message and stack, and a driver error's `detail` can hold the row: only the innermost
 * error's first message line, code, constraint and stack frames are kept.
 */
export function describeError(error: unknown): Record<string, unknown> {
  const root = driverErrors(error).at(-1) as (DriverError & { name?: string; stack?: string }) | undefined;
  return {
    name: root?.name,
    message: root?.message?.split('\n')[0],
    code: root?.code,
    constraint: root?.constraint,
    stack: root?.stack
      ?.split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .slice(0, 6)
      .join('\n'),
  };
}
