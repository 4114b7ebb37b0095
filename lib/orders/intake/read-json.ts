// application/json: the published "Example" body. `order_items` is a JSON array (or a string that
// holds one); `file` is optional, as { name, type, data: base64 } or a data: URL.
import { createHash } from 'node:crypto';
import { decodeUtf8, readLimited } from './read-limited';
import { type ReceivedOrder, fieldSentTwice, fileTooLarge, intakeLimits, malformed } from './received-order';
import { isOrderField } from '@/lib/orders/order-schema';

export async function readJson(request: Request): Promise<ReceivedOrder> {
  const limits = intakeLimits();
  const text = decodeUtf8(await readLimited(request.body, limits.jsonBytes));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw malformed(`The JSON body could not be parsed: ${(error as Error).message}.`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw malformed('The JSON body must be an object such as {"client_id": 28378, "prescription": "…"}.');
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate !== undefined && (isOrderField(duplicate) || duplicate === 'file')) throw fieldSentTwice(duplicate);

  const fields = body as Record<string, unknown>;
  const values = Object.fromEntries(Object.entries(fields).filter(([name]) => isOrderField(name)));
  if (fields.file == null) return { values };
  const decoded = decodeFile(fields.file);
  if (typeof decoded === 'string') return { values, fileProblem: decoded };
  if (decoded.content.length > limits.fileBytes) throw fileTooLarge(limits.fileBytes);
  const sha256 = createHash('sha256').update(decoded.content).digest('hex');
  return { values, file: { ...decoded, sha256 } };
}

const DATA_URL = /^data:[^,]*?;base64,(.*)$/s;
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const FILE_SHAPE = 'Send file as {"name": "photo.jpg", "type": "image/jpeg", "data": "<base64>"} or as a data: URL.';

/** The file's bytes and name, or what is wrong with the value. */
function decodeFile(value: unknown): { fileName: string; content: Buffer } | string {
  const file = typeof value === 'string' ? { data: value } : value;
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return FILE_SHAPE;
  const { name, data } = file as { name?: unknown; data?: unknown };
  if (typeof data !== 'string' || (name !== undefined && typeof name !== 'string')) return FILE_SHAPE;
  const base64 = (DATA_URL.exec(data)?.[1] ?? data).replace(/\s+/g, '');
  if (!BASE64.test(base64)) return 'The file data is not valid base64. ' + FILE_SHAPE;
  const content = Buffer.from(base64, base64.includes('-') || base64.includes('_') ? 'base64url' : 'base64');
  if (content.length === 0) return 'The file is empty. Choose the photo or PDF of the prescription again.';
  return { fileName: name ?? '', content };
}

/**
 * JSON.parse keeps the last of two equal keys without a word; the contract answers a field sent twice
 * with 400, so the top level of the (already valid) text is scanned for a repeated key.
 */
export function firstDuplicateKey(json: string): string | undefined {
  const seen = new Set<string>();
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const char = json[i];
    if (char === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      if (depth === 1 && expectKey) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (seen.has(key)) return key;
        seen.add(key);
        expectKey = false;
      }
      i = end;
    } else if (char === '{' || char === '[') {
      depth++;
      expectKey = depth === 1;
    } else if (char === '}' || char === ']') {
      depth--;
    } else if (char === ',' && depth === 1) {
      expectKey = true;
    }
  }
  return undefined;
}
