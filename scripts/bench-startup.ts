/**
 * `npm run bench:startup`: how long `vigilo serve` takes on the embedded database until /api/health
 * answers — on an empty DATA_DIR (the cluster is created and every migration applied) and again on the
 * same DATA_DIR (a restart). Target: under 5 s after the build. Options: --runs 3, --no-write.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliOptions, machineLine, startServer, writePerformanceSection } from './bench-support.ts';

const options = cliOptions();
const runs = Number(options.get('runs') ?? 3);

async function once(dataDir: string, port: number): Promise<number> {
  const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '' }, port);
  await server.stop();
  cpu.push(server.startedCpuSeconds);
  return server.startedMs / 1000;
}
const cpu: number[] = [];

const machine = machineLine();
const empty: number[] = [];
const restart: number[] = [];
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigilo-startup-'));
  empty.push(await once(dataDir, 3800 + i));
  restart.push(await once(dataDir, 3850 + i));
  console.log(
    `run ${i + 1}: empty DATA_DIR ${empty.at(-1)!.toFixed(2)} s (${cpu.at(-2)!.toFixed(2)} s CPU), restart ${restart.at(-1)!.toFixed(2)} s (${cpu.at(-1)!.toFixed(2)} s CPU)`,
  );
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const met = (s: number) => (s < 5 ? 'yes' : '**no**');
const markdown = [
  `Measured ${new Date().toISOString().slice(0, 10)}, ${machine}; ${runs} runs, from spawning \`node packages/server/bin/vigilo.mjs serve\` until \`GET /api/health\` answers 200.`,
  '',
  '| case | median s | all runs s | CPU s (user + system) | under 5 s |',
  '|---|---:|---|---|---|',
  `| empty DATA_DIR (new cluster from the build's migrated template; migrator run) | ${median(empty).toFixed(2)} | ${empty.map((s) => s.toFixed(2)).join(', ')} | ${cpu
    .filter((_, i) => i % 2 === 0)
    .map((s) => s.toFixed(2))
    .join(', ')} | ${met(median(empty))} |`,
  `| restart on the same DATA_DIR | ${median(restart).toFixed(2)} | ${restart.map((s) => s.toFixed(2)).join(', ')} | ${cpu
    .filter((_, i) => i % 2 === 1)
    .map((s) => s.toFixed(2))
    .join(', ')} | ${met(median(restart))} |`,
].join('\n');
console.log(`\n${markdown}`);
if (options.get('no-write') !== 'true') writePerformanceSection('startup', markdown);
