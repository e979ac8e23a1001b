import type { Command } from 'commander';

/** Placeholder: the screening helper replaces this file with the real `vigilo screen` command. */
export function registerScreenCommand(_program: Command): void {}
