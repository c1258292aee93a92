// A polite HTTP client for building packs from outlets' sites: it reads robots.txt
// before anything else on a site, asks one site one thing at a time with a pause in
// between, names itself, gives up on slow or oversized answers, retries only what the
// server said to retry (429, 5xx), and follows redirects itself so that every hop is
// checked against robots.txt, the hop limit and the size cap like the first.
import { readCapped, TOO_LARGE } from '../../net/read-capped.js';
import robotsParser from 'robots-parser';

export interface FetcherOptions {
  /** Sent with every request: names Crosscheck and its version. */
  userAgent: string;
  /** The product token robots.txt rules are matched against. */
  robotsAgent: string;
  /** Pause between two requests to one host. */
  delayMs: number;
  /** For one request, from sending it to the last byte of the answer. */
  timeoutMs: number;
  /** Largest answer read; bigger ones are abandoned as they stream in. */
  maxBytes: number;
  maxRedirects: number;
  /** Further tries after a 429, a 5xx or a dropped connection. */
  retries: number;
  /** First wait before a retry; doubled for each further one. A Retry-After header takes precedence, up to maxRetryWaitMs. */
  backoffMs: number;
  maxRetryWaitMs: number;
}

export const DEFAULT_FETCHER_OPTIONS: Omit<FetcherOptions, 'userAgent'> = {
  robotsAgent: 'Crosscheck',
  delayMs: 1_000,
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 2_000,
  maxRetryWaitMs: 60_000,
};

export interface FetchRequest {
  url: string;
  accept: string;
  /** Validators from the last full answer: the server may answer 304 Not Modified. */
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { kind: 'ok'; url: string; finalUrl: string; body: string; contentType: string; etag?: string; lastModified?: string }
  | { kind: 'not-modified'; url: string };

/**
 * Why a fetch gave nothing. A permanent failure (gone, too large, a redirect loop, not a
 * page) will not change by asking again; a transient one (timeout, server error, robots.txt
 * unreadable) may, so an update asks again.
 */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

type FetchFunction = typeof fetch;

interface Robots {
  isAllowed(url: string, agent?: string): boolean | undefined;
}

interface Answer {
  status: number;
  headers: Headers;
  /** Read in full, within the size cap and the timeout. */
  body: Uint8Array;
}

type Hop =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'retry'; reason: string; waitMs?: number };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export class PoliteFetcher {
  private readonly options: FetcherOptions;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly robots = new Map<string, Promise<Robots | FetchFailure>>();
  /** Requests sent to each host (host:port), robots.txt included. */
  readonly requestsPerHost = new Map<string, number>();

  constructor(
    options: Partial<FetcherOptions> & Pick<FetcherOptions, 'userAgent'>,
    private readonly fetchImpl: FetchFunction = fetch,
  ) {
    this.options = { ...DEFAULT_FETCHER_OPTIONS, ...options };
  }

  /** The answer to a GET, after redirects; throws a FetchFailure with the reason in words. */
  async get(request: FetchRequest): Promise<FetchResult> {
    return this.follow(request, true);
  }

  private async follow(request: FetchRequest, checkRobots: boolean): Promise<FetchResult> {
    const visited = new Set<string>();
    let url = parseHttpUrl(request.url);
    for (let hop = 0; ; hop++) {
      if (visited.has(url.href)) throw new FetchFailure(`redirect loop (back to ${url.href})`, true);
      if (hop > this.options.maxRedirects) throw new FetchFailure(`more than ${this.options.maxRedirects} redirects`, true);
      visited.add(url.href);
      if (checkRobots) await this.checkRobots(url);
      // Validators belong to the address they were stored for, not to where it redirects.
      const conditional = hop === 0 ? request : { url: request.url, accept: request.accept };
      const response = await this.withRetries(url, conditional);
      if (REDIRECTS.has(response.status)) {
        const location = response.headers.get('location');
        if (!location) throw new FetchFailure(`HTTP ${response.status} without a Location`, true);
        url = parseHttpUrl(location, url);
        continue;
      }
      if (response.status === 304 && (request.etag || request.lastModified)) {
        return { kind: 'not-modified', url: request.url };
      }
      if (response.status < 200 || response.status > 299) {
        throw new FetchFailure(`HTTP ${response.status}`, response.status === 404 || response.status === 410);
      }
      const contentType = response.headers.get('content-type') ?? '';
      const result: FetchResult = { kind: 'ok', url: request.url, finalUrl: url.href, body: decode(response.body, contentType), contentType };
      const etag = response.headers.get('etag');
      if (etag) result.etag = etag;
      const lastModified = response.headers.get('last-modified');
      if (lastModified) result.lastModified = lastModified;
      return result;
    }
  }

  private async withRetries(url: URL, request: FetchRequest): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      const hop = await this.inTurn(url.host, () => this.once(url, request));
      if (hop.kind === 'answer') return hop.answer;
      if (attempt >= this.options.retries) throw new FetchFailure(`${hop.reason} after ${attempt + 1} tries`, false);
      const backoff = this.options.backoffMs * 2 ** attempt;
      await sleep(Math.min(hop.waitMs ?? backoff, this.options.maxRetryWaitMs));
    }
  }

  /** One request, sent when the host's previous request is done and the pause after it is over. */
  private async once(url: URL, request: FetchRequest): Promise<Hop> {
    this.requestsPerHost.set(url.host, (this.requestsPerHost.get(url.host) ?? 0) + 1);
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: request.accept };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      const response = await this.fetchImpl(url.href, { headers, redirect: 'manual', signal: controller.signal });
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        const waitMs = retryAfterMs(response.headers.get('retry-after'));
        return waitMs === undefined ? { kind: 'retry', reason: `HTTP ${response.status}` } : { kind: 'retry', reason: `HTTP ${response.status}`, waitMs };
      }
      // The body is read under the same timer: a server that trickles bytes is as slow as one that never answers.
      // Redirects and errors have their bodies dropped unread; only a success's body is wanted.
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'answer', answer: { status: response.status, headers: response.headers, body: new Uint8Array() } };
      }
      const body = await readAll(response, this.options.maxBytes, controller.signal);
      return { kind: 'answer', answer: { status: response.status, headers: response.headers, body } };
    } catch (error) {
      if (controller.signal.aborted) throw new FetchFailure(`no complete answer within ${seconds(this.options.timeoutMs)}`, false);
      if (error instanceof FetchFailure) throw error;
      return { kind: 'retry', reason: `connection failed (${causeOf(error)})` };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs requests to one host one after another, with the pause between them. */
  private inTurn<T>(host: string, run: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(host) ?? Promise.resolve();
    const result = previous.then(run);
    this.queues.set(
      host,
      result.then(
        () => sleep(this.options.delayMs),
        () => sleep(this.options.delayMs),
      ),
    );
    return result;
  }

  private async checkRobots(url: URL): Promise<void> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      rules = this.readRobots(url.origin);
      this.robots.set(url.origin, rules);
    }
    const outcome = await rules;
    if (outcome instanceof FetchFailure) throw outcome;
    if (outcome.isAllowed(url.href, this.options.robotsAgent) === false) throw new FetchFailure('disallowed by robots.txt', false);
  }

  /**
   * The site's rules (RFC 9309): a robots.txt that does not exist (4xx) allows everything;
   * one that cannot be read (5xx, timeout) closes the site for this run.
   */
  private async readRobots(origin: string): Promise<Robots | FetchFailure> {
    const address = `${origin}/robots.txt`;
    try {
      const result = await this.follow({ url: address, accept: 'text/plain' }, false);
      if (result.kind !== 'ok') return robotsParser(address, '');
      return robotsParser(address, result.body);
    } catch (error) {
      if (error instanceof FetchFailure && /^HTTP 4\d\d$/.test(error.message)) return robotsParser(address, '');
      const reason = error instanceof FetchFailure ? error.message : String(error);
      return new FetchFailure(`robots.txt could not be read (${reason}), so the site is left alone`, false);
    }
  }
}

/** The body, read as it streams in and abandoned as soon as it passes the cap. */
async function readAll(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw new FetchFailure(`larger than ${megabytes(maxBytes)} (${megabytes(declared)} announced)`, true);
  }
  const bytes = await readCapped(response.body, maxBytes, signal);
  if (bytes === TOO_LARGE) throw new FetchFailure(`larger than ${megabytes(maxBytes)}`, true);
  return bytes;
}

/** Text in the charset the header names, else the one a page's <meta charset> names, else UTF-8. */
function decode(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  // Browsers read latin1, ascii and windows-1252 alike as windows-1252; Node reads all three as latin1,
  // which turns a page's curly quotes and dashes (0x80-0x9f) into control characters.
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? c) : text;
}

const WINDOWS_1252 = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'];

function parseHttpUrl(address: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    throw new FetchFailure(`not a web address: ${JSON.stringify(address.slice(0, 200))}`, true);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchFailure(`not an http(s) address (${url.protocol})`, true);
  url.hash = '';
  return url;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const secondsValue = Number(header);
  if (Number.isFinite(secondsValue) && secondsValue >= 0) return secondsValue * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MB` : `${Math.round(bytes / 1024)} KB`;
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
