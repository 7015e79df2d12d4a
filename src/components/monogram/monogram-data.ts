// Pure helpers behind Monogram, kept apart so data code (and tests) can use them without React.

/**
 * Up to two initials for a name: the first letters of its first two words ("Rocket Pool" → "RP"),
 * else the capitals inside a single camel-cased word ("EigenLayer" → "EL"), else its first letter.
 * Works on code points, so a CJK or emoji first character is kept whole.
 */
export function monogramInitials(name: string): string {
  const words = name
    .trim()
    .split(/[\s._\-/]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const first = (word: string) => Array.from(word.replace(/^[^\p{L}\p{N}]+/u, ""))[0] ?? "";
  if (words.length >= 2) return (first(words[0]!) + first(words[1]!)).toUpperCase();
  const word = words[0];
  if (word === undefined) return "?";
  const capitals = Array.from(word).filter((char, index) => index > 0 && /\p{Lu}/u.test(char));
  if (/^\p{Lu}/u.test(word) && capitals.length > 0) return first(word) + capitals[0];
  return first(word).toUpperCase();
}

/**
 * A hue (0–359) from a stable hash of the name (32-bit FNV-1a over UTF-16 code units): the same
 * name gets the same colour on the server, on the client and in every screenshot.
 */
export function monogramHue(name: string): number {
  let hash = 0x811c9dc5;
  const text = name.trim();
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 360;
}
