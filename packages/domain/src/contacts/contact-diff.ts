import type { TFieldChange } from '../contracts/contacts.ts';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The field-level changes between two versions' data, by dotted path ("address.city"). Arrays are
 * compared as whole values: a list of nationalities or beneficial owners changed or not.
 */
export function diffContactData(before: unknown, after: unknown, prefix = ''): TFieldChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffContactData(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : [{ path: prefix, before: before ?? null, after: after ?? null }];
}
