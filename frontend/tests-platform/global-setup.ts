/**
 * Starts the real platform (`zorgregio test-stack`: broker, development issuer, the four services
 * on free ports with fresh databases), builds the web app and serves it with `vite preview` and a
 * config.js that points at those services, and onboards a contracted provider through the APIs.
 * What the specs need goes to a JSON file named by PLATFORM_STATE. Returns the teardown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually, freePort, onboardProvider, Platform, startStack, stop, type PlatformState, type StackInfo } from './support/platform';

const FRONTEND = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ZORGREGIO = process.env.ZORGREGIO_CLI ?? path.resolve(FRONTEND, '../.venv/bin/zorgregio');
const VITE = path.join(FRONTEND, 'node_modules/vite/bin/vite.js');
const PROVIDER_NAME = 'Jeugdzorg Lindeboom';

function run(command: string, args: string[], logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(command, args, { cwd: FRONTEND, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}); see ${logFile}`))));
  });
}

export default async function globalSetup() {
  const started = Date.now();
  const work = mkdtempSync(path.join(tmpdir(), 'zorgregio-platform-e2e-'));
  const say = (message: string) => console.log(`[platform ${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
  const stackLog = createWriteStream(path.join(work, 'test-stack.log'));
  let stack: ChildProcess | undefined;
  let preview: ChildProcess | undefined;
  let info: StackInfo | undefined;

  const teardown = async (keep = Boolean(process.env.PLATFORM_KEEP)) => {
    await stop(preview, 5_000);
    await stop(stack, 60_000);
    stackLog.end();
    // test-stack removes its own folder (dev keys, service logs) unless PLATFORM_KEEP asked it to keep it.
    if (keep) console.log(`[platform] logs kept in ${work}${info ? ` and ${path.dirname(info.logs)}` : ''}`);
    else rmSync(work, { recursive: true, force: true });
  };

  try {
    // The services and the production build at the same time; the app does not need the services to build.
    const dist = path.join(work, 'dist');
    const [started_] = await Promise.all([
      startStack(ZORGREGIO, path.join(work, 'stack.json'), (chunk) => stackLog.write(chunk)),
      run(process.execPath, [VITE, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], path.join(work, 'build.log')),
    ]);
    stack = started_.child;
    info = started_.info;
    say(`platform up (logs in ${info.logs}); app built`);

    // The runtime configuration, as a deployment would replace it.
    const config = {
      api: info.services,
      oidc: { authority: info.issuer, clientId: 'zorgregio-web', scope: 'openid' },
    };
    writeFileSync(path.join(dist, 'config.js'), `window.__ZORGREGIO_CONFIG__ = ${JSON.stringify(config, null, 2)};\n`);
    const port = await freePort();
    const previewLog = createWriteStream(path.join(work, 'preview.log'));
    preview = spawn(process.execPath, [VITE, 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      cwd: FRONTEND,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    preview.stdout!.pipe(previewLog);
    preview.stderr!.pipe(previewLog);
    const appUrl = `http://127.0.0.1:${port}`;
    await eventually('vite preview', async () => (await fetch(`${appUrl}/config.js`)).ok, 30_000);

    const provider = await onboardProvider(new Platform(info), PROVIDER_NAME);
    say(`provider ${provider.id} contracted and listed for Zeist; app on ${appUrl}`);

    const state: PlatformState = { stack: info, appUrl, provider };
    const stateFile = path.join(work, 'state.json');
    writeFileSync(stateFile, JSON.stringify(state, null, 2));
    process.env.PLATFORM_STATE = stateFile;
    return () => teardown();
  } catch (error) {
    await teardown(true);
    throw error;
  }
}
