/**
 * Starts scripts/serve-dist.ts on a port the system picks (port 0), so it never collides with another server, and
 * resolves once it listens, with its address read from its first line of output.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../serve-dist.ts', import.meta.url));

/** The line serve-dist.ts prints once it listens; the browser tests' config waits for it too. */
export const LISTENING = /^serving .* at (http:\/\/127\.0\.0\.1:(\d+))\/$/m;

export function serveDist(dir?: string): Promise<{ url: string; close: () => void }> {
  const server = spawn(process.execPath, [script, '0', ...(dir ? [dir] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk: string) => {
      out += chunk;
      const m = LISTENING.exec(out);
      if (m) resolve({ url: m[1]!, close: () => void server.kill() });
    });
    server.on('error', reject);
    server.on('exit', (code) => reject(new Error(`serve-dist.ts exited (${code}) before it listened`)));
  });
}
