import { STREAM_HEADS_EVENT } from '../../shared/sync/protocol';

/** Reads a server-sent event stream over real HTTP, collecting each event's name and its `data` as JSON. */
export async function openEventStream(url: string) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  const messages: Array<{ event: string; data: unknown }> = [];
  /** The store's `heads` events (before each RESYNC), kept apart so `messages` starts at RESYNC. */
  const heads: unknown[] = [];
  const waiters: Array<() => void> = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const ended = (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: '', done: true }));
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = event.split('\n');
        const name = lines.find((line) => line.startsWith('event: '))?.slice(7) ?? 'message';
        const data = lines
          .filter((line) => line.startsWith('data: '))
          .map((line) => line.slice(6))
          .join('\n');
        if (data && name === STREAM_HEADS_EVENT) heads.push(JSON.parse(data));
        else if (data) messages.push({ event: name, data: JSON.parse(data) as unknown });
        waiters.splice(0).forEach((wake) => {
          wake();
        });
      }
    }
  })();
  return {
    messages,
    heads,
    /** Resolves when the server ends the stream. */
    ended,
    headers: response.headers,
    /** Resolves once at least `count` messages arrived; rejects after `timeoutMs`. */
    async waitFor(count: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${messages.length} of ${count} events`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return messages;
    },
    close: () => {
      controller.abort();
    },
  };
}
