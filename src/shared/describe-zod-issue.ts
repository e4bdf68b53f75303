/**
 * Shared (data files): words for what a zod issue found and wanted, for messages authors read
 * ("received a list of 2 item(s), expected text").
 */
import type { z } from 'astro/zod';

type ZodIssue = z.core.$ZodIssue;

/** A value as an author would name it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length} item(s)`;
  if (typeof value === 'object') return 'a mapping (`key: value` lines)';
  const shown = JSON.stringify(value);
  return `\`${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}\``;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list (`- item` lines)',
  object: 'a mapping (`key: value` lines)',
  boolean: 'true or false',
};

export function describeExpected(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value': {
      const values = issue.values.map((value) => `\`${String(value)}\``);
      return values.length === 1 ? (values[0] ?? '') : `one of ${values.join(', ')}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'text that is not empty';
      return `at least ${String(issue.minimum)}`;
    case 'invalid_union': {
      const options = issue.errors
        .map((branch) => branch[0])
        .filter((first): first is ZodIssue => first !== undefined)
        .map(describeExpected);
      return options.length > 0 ? [...new Set(options)].join(', or ') : issue.message;
    }
    default:
      return issue.message;
  }
}
