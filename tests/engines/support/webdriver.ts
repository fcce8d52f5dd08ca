// A W3C WebDriver client, just big enough for the cross-engine suite: WebKitGTK's WebKitWebDriver
// speaks this protocol (HTTP and JSON), and these dozen commands are all the suite sends.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** The keys the suite presses, as WebDriver's code points. */
export const WEBDRIVER_KEYS: Record<string, string> = {
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
  Space: '\uE00D',
  Home: '\uE011',
  End: '\uE010',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  PageDown: '\uE00F',
  PageUp: '\uE00E',
};

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

export class WebDriverSession {
  private constructor(
    private readonly base: string,
    private readonly driver: ChildProcess,
  ) {}

  /**
   * Starts `driverPath` (a WebDriver server such as WebKitWebDriver) on a free port and opens a
   * session with `capabilities`. `env` is the driver's environment (the browser inherits it).
   */
  static async start(driverPath: string, capabilities: object, env: NodeJS.ProcessEnv): Promise<WebDriverSession> {
    const port = await freePort();
    const driver = spawn(driverPath, [`--port=${port}`], { env, stdio: 'ignore' });
    const root = `http://127.0.0.1:${port}`;
    // The driver answers /status once it listens.
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`${root}/status`).then((r) => r.ok, () => false);
      if (ready) break;
      if (tries > 100) throw new Error(`${driverPath} did not start`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const created = await call<{ sessionId: string }>('POST', `${root}/session`, { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(`${root}/session/${created.sessionId}`, driver);
  }

  private send<T>(method: string, path: string, body?: object): Promise<T> {
    return call<T>(method, this.base + path, body);
  }

  navigate(url: string): Promise<void> {
    return this.send('POST', '/url', { url });
  }

  /** Runs a function body (`return …`) in the current frame with `args`. */
  execute<T>(body: string, args: unknown[] = []): Promise<T> {
    return this.send('POST', '/execute/sync', { script: body, args });
  }

  async find(selector: string): Promise<string> {
    const found = await this.send<Record<string, string>>('POST', '/element', { using: 'css selector', value: selector });
    return found[ELEMENT]!;
  }

  async click(selector: string): Promise<void> {
    await this.send('POST', `/element/${await this.find(selector)}/click`, {});
  }

  /** Presses and releases each key in turn, as a person typing on the focused element. */
  async keys(keys: string[]): Promise<void> {
    const actions = keys.flatMap((k) => {
      const value = WEBDRIVER_KEYS[k] ?? k;
      return [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ];
    });
    await this.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.send('DELETE', '/actions');
  }

  async setWindowSize(width: number, height: number): Promise<void> {
    await this.send('POST', '/window/rect', { width, height });
  }

  /** A PNG of the page's visible part, as the engine draws it. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64');
  }

  async quit(): Promise<void> {
    await this.send('DELETE', '').catch(() => undefined);
    this.driver.kill();
  }
}

async function call<T>(method: string, url: string, body?: object): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as { value: T & { error?: string; message?: string } };
  if (!res.ok) throw new Error(`WebDriver ${method} ${url.replace(/^.*\/session\/[^/]+/, '')}: ${json.value?.error ?? res.status} ${json.value?.message ?? ''}`);
  return json.value;
}
