// The two other engine families a reader meets, behind one small interface: Firefox ESR over
// WebDriver BiDi (puppeteer-core, no geckodriver needed) and WebKitGTK through WebKitWebDriver
// (the W3C WebDriver client in webdriver.ts). Both are Debian's packages, drawn on the run's
// Xvfb display so that WebGL works; no browser is downloaded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebDriverSession } from './webdriver';

export type EngineName = 'firefox' | 'webkit';

export interface EngineOptions {
  /** The X display the browser draws on (from the run's global setup). */
  display: string;
  /** False: the browser has WebGL turned off, as some readers' browsers do. */
  webgl?: boolean;
  width?: number;
  height?: number;
}

/** One browser window of either engine, driven as a person would: load, click, type. */
export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  /** Runs a function body (`return …`, arguments as `arguments[i]`) in the page and returns its value. */
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  /** A real click on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Picks an option of a `<select>` as a person would, by its value. */
  choose(selector: string, value: string): Promise<void>;
  /** Real key presses on whatever has the focus (names as in KeyboardEvent.key, or characters). */
  keys(...keys: string[]): Promise<void>;
  /**
   * Activates the focused button as Enter does. Firefox over WebDriver BiDi fires Enter's key
   * events with no keyCode, so a plain `<button>` ignores them (seen with a one-button page): there
   * the focused element is clicked instead. WebKit presses Enter.
   */
  activateFocused(): Promise<void>;
  /** A PNG of the visible page, as the engine draws it, in CSS pixels times devicePixelRatio. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Where each engine's binaries are on Debian, or null where the package is missing. */
export function enginePaths(engine: EngineName): { browser: string; driver?: string } | null {
  if (engine === 'firefox') {
    const browser = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
    return browser ? { browser } : null;
  }
  const driver = '/usr/bin/WebKitWebDriver';
  let browser: string | undefined;
  try {
    browser = execFileSync('sh', ['-c', 'ls /usr/lib/*/webkit2gtk-4.*/MiniBrowser 2>/dev/null | head -n 1'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    browser = undefined;
  }
  return browser && existsSync(driver) ? { browser, driver } : null;
}

export async function openEngine(engine: EngineName, options: EngineOptions): Promise<EnginePage> {
  return engine === 'firefox' ? openFirefox(options) : openWebKit(options);
}

async function openFirefox({ display, webgl = true, width = 1280, height = 800 }: EngineOptions): Promise<EnginePage> {
  const { default: puppeteer } = await import('puppeteer-core');
  const paths = enginePaths('firefox');
  if (!paths) throw new Error('Firefox ESR is not installed (apt-get install firefox-esr)');
  const profile = mkdtempSync(join(tmpdir(), 'epaa-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: paths.browser,
    headless: false, // headless Firefox has no WebGL here; on Xvfb it draws with software WebRender
    userDataDir: profile,
    env: { ...process.env, DISPLAY: display },
    args: [`--width=${width}`, `--height=${height}`],
    extraPrefsFirefox: {
      'webgl.force-enabled': webgl,
      'webgl.disabled': !webgl,
      'gfx.webrender.software': true,
      // A clean window: no first-run pages, no update or telemetry checks reaching outside.
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width, height });
  return {
    engine: 'firefox',
    goto: async (url) => {
      await page.goto(url);
    },
    run: <T>(body: string, ...args: unknown[]) => page.evaluate(new Function(body) as (...a: unknown[]) => T, ...args) as Promise<T>,
    click: async (selector) => {
      await page.click(selector);
    },
    choose: async (selector, value) => {
      await page.select(selector, value);
    },
    keys: async (...keys) => {
      for (const key of keys) await page.keyboard.press((key === 'Space' ? ' ' : key) as Parameters<typeof page.keyboard.press>[0]);
    },
    activateFocused: async () => {
      // document.activeElement, not ':focus': a window without the system's focus matches no ':focus'.
      const focused = await page.evaluateHandle(() => document.activeElement as HTMLElement);
      await (focused as import('puppeteer-core').ElementHandle<HTMLElement>).click();
    },
    screenshot: async () => Buffer.from(await page.screenshot()),
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function openWebKit({ display, webgl = true, width = 1280, height = 800 }: EngineOptions): Promise<EnginePage> {
  const paths = enginePaths('webkit');
  if (!paths?.driver) throw new Error('WebKitGTK and its driver are not installed (apt-get install webkit2gtk-driver)');
  const session = await WebDriverSession.start(
    paths.driver,
    {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation', `--enable-webgl=${webgl}`] },
    },
    { ...process.env, DISPLAY: display },
  );
  // The window's outer size: the page gets a little less height under the browser's own bar.
  await session.setWindowSize(width, height);
  return {
    engine: 'webkit',
    goto: (url) => session.navigate(url),
    run: (body, ...args) => session.execute(body, args),
    click: (selector) => session.click(selector),
    choose: (selector, value) => session.click(`${selector} option[value="${value}"]`),
    keys: (...keys) => session.keys(keys),
    activateFocused: () => session.keys(['Enter']),
    screenshot: () => session.screenshot(),
    close: () => session.quit(),
  };
}
