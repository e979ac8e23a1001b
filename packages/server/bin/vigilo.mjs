#!/usr/bin/env node
// The `vigilo` command: runs the TypeScript sources through tsx, so operators need no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
