/** Short codes: 7 random base62 characters (62^7 ≈ 3.5 × 10^12), or a custom one people choose. */
import { randomInt } from 'node:crypto';
import { invalid } from '../../core/errors.js';

const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/l/I: read aloud safely
const RESERVED = new Set(['api', 'l', 'media', 'healthz', 'metrics', 't.js', 'bio', 'qr', 'favicon.ico', 'robots.txt']);

export function randomCode(length = 7): string {
  let code = '';
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

export function checkCustomCode(code: string): string {
  if (!/^[A-Za-z0-9_-]{3,64}$/.test(code)) {
    throw invalid('invalid_code', 'A custom code is 3 to 64 letters, digits, "-" or "_".', 'code');
  }
  if (RESERVED.has(code.toLowerCase())) throw invalid('reserved_code', `"${code}" is reserved; choose another code.`, 'code');
  return code;
}
