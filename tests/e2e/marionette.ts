// A minimal client for Firefox's Marionette protocol (length-prefixed JSON over TCP), enough
// for the Firefox end-to-end test: navigate tabs, run scripts, and click the toolbar button
// in the browser's own window (chrome context), which is a real click with a user gesture.
import { connect, type Socket } from 'node:net';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private greeted: Promise<void>;
  private onGreeting: (() => void) | undefined;

  private constructor(private readonly socket: Socket) {
    this.greeted = new Promise((resolve) => (this.onGreeting = resolve));
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => this.failAll(error));
    socket.on('close', () => this.failAll(new Error('Marionette connection closed')));
  }

  /** Connects to Marionette on 127.0.0.1:`port`, retrying until Firefox listens or `timeoutMs` passes. */
  static async connect(port: number, timeoutMs = 30_000): Promise<Marionette> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1');
          s.once('connect', () => resolve(s));
          s.once('error', reject);
        });
        const client = new Marionette(socket);
        await Promise.race([
          client.greeted,
          new Promise((_, reject) => setTimeout(() => reject(new Error('no Marionette greeting')), 5_000)),
        ]);
        return client;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`Marionette did not answer on port ${port}: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  /** Sends one command and resolves with its result; a Marionette error rejects. */
  send<T = unknown>(name: string, parameters: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, parameters]), 'utf8');
    this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`, 'ascii'), body]));
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  /** Runs `script` (a function body; `arguments` holds `args`) in the current context and returns its value. */
  async execute<T = unknown>(script: string, args: unknown[] = []): Promise<T> {
    const result = await this.send<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return result.value;
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.onGreeting?.();
        continue;
      }
      const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
      const waiting = this.pending.get(id);
      if (!waiting) continue;
      this.pending.delete(id);
      if (error) waiting.reject(new Error(`${error.error}: ${error.message}`));
      else waiting.resolve(result);
    }
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
