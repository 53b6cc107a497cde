import { getMetadataStorage, validate } from 'class-validator';
import type { ValidationError } from 'class-validator';
import { badInput } from './errors';
import type { FieldProblem } from './errors';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [rule, message] of Object.entries(e.constraints ?? {})) out.push({ field, rule, message });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

const hasRules = new WeakMap<Function, boolean>();

/** Argument classes without a single class-validator rule (most list args) need no validation pass. */
export function hasValidationRules(type: Function): boolean {
  let known = hasRules.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    hasRules.set(type, known);
  }
  return known;
}

/**
 * type-graphql's validateFn: runs class-validator on input objects and reports every problem as
 * BAD_USER_INPUT with the field path and the rule's name, before any resolver or database work.
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  const problems: FieldProblem[] = [];
  for (const [i, item] of items.entries()) {
    if (item === null || typeof item !== 'object' || item.constructor === Object || !hasValidationRules(item.constructor)) continue;
    const errors = await validate(item, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    problems.push(...flatten(errors, Array.isArray(value) ? String(i) : ''));
  }
  if (problems.length) throw badInput(problems);
}
