/**
 * A NUL, or a UTF-16 surrogate without its other half: text a PostgreSQL jsonb cannot hold. With
 * the `u` flag a surrogate pair is one code point, so only a lone surrogate is in the range.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/gu;

/** The path (`/comment`) of the first text in `value` that PostgreSQL cannot store, if any. */
export function unstorableTextPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return hasUnstorable(value) ? path || '/' : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = unstorableTextPath(child, `${path}/${key}`);
    if (found) return found;
  }
  return undefined;
}

/** The same value with every unstorable character replaced by U+FFFD, so it can be kept. */
export function withStorableText<Value>(value: Value): Value {
  return JSON.parse(JSON.stringify(value), (_key, child: unknown) =>
    typeof child === 'string' ? child.replace(UNSTORABLE, '\uFFFD') : child,
  ) as Value;
}

function hasUnstorable(text: string): boolean {
  UNSTORABLE.lastIndex = 0;
  return UNSTORABLE.test(text);
}
