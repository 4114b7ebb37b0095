// npm run admin -- <command>: looks after clients and API keys on the database the app would use
// (DATABASE_URL, else the embedded one in DATA_DIR, which must not be open in a running server).
import { parseArgs } from 'node:util';
import { closeDatabase, database, type Database } from '@/db/client';
import { ApiKeyError, createApiKey, revokeApiKey } from '@/lib/api-keys/api-keys';
import { ClientError, createClient, listClients } from '@/lib/clients/clients';
import { ORDER_LIMITS } from '@/lib/orders/order-schema';
import { staffAuthFor } from '@/lib/staff/auth';
import { inviteStaffMember } from '@/lib/staff/staff-members';
import { MIN_STAFF_PASSWORD_LENGTH, ROLE_LABELS, STAFF_ROLES, isStaffRole } from '@/lib/staff/staff-roles';

const USAGE = `Usage: npm run admin -- <command> [options]
  create-client --id <int> --name <text>     add a client (id: the external client ID)
  create-api-key --client <int> [--label <text>]
                                            make a key; it is printed once, on the last line
  revoke-api-key --prefix <prefix>          revoke a key (its prefix, such as dn_k7f3q9m2)
  list-clients                              list the clients and how many keys each has
  create-staff --email <e> --name <n> --role <pharmacist|admin>
                                            add a staff member; the password is read from
                                            standard input (or STAFF_PASSWORD), never an argument`;

const HELP = 'Run npm run admin -- help for the commands.';

class UsageError extends Error {}

type Options = Record<string, string | undefined>;

const COMMANDS: Record<string, { options: string[]; run: (db: Database, options: Options) => Promise<void> }> = {
  'create-client': {
    options: ['id', 'name'],
    async run(db, options) {
      const client = await createClient(db, {
        id: clientId(options.id, '--id'),
        name: required(options.name, '--name'),
      });
      console.log(`created client ${client.id} (${client.name})`);
    },
  },
  'create-api-key': {
    options: ['client', 'label'],
    async run(db, options) {
      const { prefix, key } = await createApiKey(db, {
        clientId: clientId(options.client, '--client'),
        label: options.label,
      });
      console.log(`prefix: ${prefix}`);
      console.log('The key is shown only this once; store it safely:');
      console.log(key);
    },
  },
  'revoke-api-key': {
    options: ['prefix'],
    async run(db, options) {
      const prefix = required(options.prefix, '--prefix');
      if (!(await revokeApiKey(db, prefix))) throw new UsageError(`There is no active API key with prefix ${prefix}.`);
      console.log(`revoked ${prefix}`);
    },
  },
  'create-staff': {
    options: ['email', 'name', 'role'],
    async run(db, options) {
      const role = required(options.role, '--role');
      if (!isStaffRole(role)) throw new UsageError(`--role must be one of ${STAFF_ROLES.join(', ')}.`);
      const password = await readPassword();
      if (password.length < MIN_STAFF_PASSWORD_LENGTH) {
        throw new UsageError(`The password must have at least ${MIN_STAFF_PASSWORD_LENGTH} characters.`);
      }
      const email = required(options.email, '--email');
      await inviteStaffMember(await staffAuthFor(db), {
        email,
        name: required(options.name, '--name'),
        role,
        password,
      });
      console.log(`created ${ROLE_LABELS[role].toLowerCase()} ${email}`);
    },
  },
  'list-clients': {
    options: [],
    async run(db) {
      const clients = await listClients(db);
      if (clients.length === 0) return console.log('no clients yet');
      for (const client of clients) {
        const state = client.active ? 'active' : 'inactive';
        console.log(`${client.id}\t${state}\t${client.apiKeyCount} key(s)\t${client.name}`);
      }
    },
  },
};

/** STAFF_PASSWORD, or the first line of standard input (asked for, unechoed, on a terminal). */
async function readPassword(): Promise<string> {
  if (process.env.STAFF_PASSWORD) return process.env.STAFF_PASSWORD;
  if (process.stdin.isTTY) {
    process.stderr.write('Password (not shown): ');
    process.stdin.setRawMode(true);
  }
  let typed = '';
  for await (const chunk of process.stdin) {
    typed += String(chunk);
    if (process.stdin.isTTY && typed.includes('\u0003')) process.exit(130);
    if (/[\r\n]/.test(typed)) break;
  }
  if (process.stdin.isTTY) {
    process.stdin.setRawMode(false);
    process.stderr.write('\n');
  }
  process.stdin.pause();
  return typed.split(/\r?\n|\r/)[0] ?? '';
}

function required(value: string | undefined, flag: string): string {
  if (!value?.trim()) throw new UsageError(`${flag} is required.`);
  return value.trim();
}

function clientId(value: string | undefined, flag: string): number {
  const text = required(value, flag);
  const id = Number(text);
  if (!/^\d+$/.test(text) || id < 1 || id > ORDER_LIMITS.clientIdMax) {
    throw new UsageError(`${flag} must be a whole number from 1 to ${ORDER_LIMITS.clientIdMax}.`);
  }
  return id;
}

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!name || name === 'help' || name === '--help') return console.log(USAGE);
  if (!command) throw new UsageError(`Unknown command ${name}. ${HELP}`);
  let options: Options;
  try {
    const parsed = parseArgs({
      args: rest,
      options: Object.fromEntries(command.options.map((option) => [option, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    });
    options = parsed.values as Options;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. ${HELP}`);
  }
  const { db } = await database();
  await command.run(db, options);
}

main(process.argv.slice(2))
  .then(() => closeDatabase())
  .catch(async (error: Error) => {
    // APIError: better-auth's own, such as a staff email that exists already.
    const known =
      error instanceof UsageError ||
      error instanceof ClientError ||
      error instanceof ApiKeyError ||
      error.name === 'APIError';
    console.error(
      `admin: ${known || error.name === 'DataDirectoryLockedError' ? error.message : `failed: ${error.message}`}`,
    );
    await closeDatabase().catch(() => undefined);
    process.exit(1);
  });
