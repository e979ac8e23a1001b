export * from './cockpit-rules.ts';
