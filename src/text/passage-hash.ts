/**
 * The fingerprint of a passage's text, stored with its translation: when the original changes, the
 * fingerprint no longer matches and the translation is known to be stale. Whitespace and Unicode
 * composition are normalised first, so re-wrapping a paragraph does not count as a change.
 */
import { createHash } from 'node:crypto';

/** Twelve hex digits of the SHA-256 of the normalised text (48 bits: no accidental match in practice). */
export function passageHash(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}
