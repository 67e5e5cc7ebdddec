const seen = new WeakMap<object, Set<string>>();

/** Logs a console warning once per element and message, e.g. for an unknown id in an attribute. */
export function warnOnce(host: object, message: string): void {
  const messages = seen.get(host) ?? new Set<string>();
  seen.set(host, messages);
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(`career-widgets: ${message}`);
}
