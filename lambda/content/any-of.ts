/** One pattern matching wherever any of these does: a safety rule's part or reasons made of several lists. */
export function anyOf(...patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => pattern.source).join('|'));
}
