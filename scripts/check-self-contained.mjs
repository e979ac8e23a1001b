// Fails when a tracked file reads or cites the workshop's reference shelf that lives beside the repository:
// the product, its tests, benchmarks and docs must stand alone in a clone.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const forbidden = ['../', 'shared'].join('');
const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
const offenders = [];
for (const file of files) {
  if (file === 'package-lock.json') continue;
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  text.split('\n').forEach((line, index) => {
    if (line.includes(forbidden)) offenders.push(`${file}:${index + 1}: ${line.trim().slice(0, 120)}`);
  });
}
if (offenders.length > 0) {
  console.error(`These lines name ${forbidden}, which a clone of the repository does not have:`);
  for (const offender of offenders) console.error(`  ${offender}`);
  process.exit(1);
}
console.log(`self-contained: ${files.length} tracked files, none names ${forbidden}`);
