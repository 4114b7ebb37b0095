import { describe, expect, it } from 'vitest';
import { firstDuplicateKey } from './read-json';

describe('finding a field sent twice in JSON', () => {
  it.each([
    ['{"a":1,"b":2}', undefined],
    ['{"a":1,"a":2}', 'a'],
    ['{"a":{"b":1,"b":2},"c":[{"d":1,"d":2}]}', undefined],
    ['{"a\\"b":1,"x":"\\"a\\\\","a\\"b":2}', 'a"b'],
    ['{"client_id":1,"order_items":[],"\\u0063lient_id":2}', 'client_id'],
    [' { "k" : "}" , "k" : 1 } ', 'k'],
  ])('in %s: %s', (json, duplicate) => {
    JSON.parse(json); // every case is valid JSON
    expect(firstDuplicateKey(json)).toBe(duplicate);
  });
});
