/** The Firestore security rules engine: compile a rules file, then authorize requests. */
import type { CompileResult, RulesCompileError } from './contract';
import { checkRules } from './checker';
import { RulesEngine, denyAll } from './engine';
import { parseRules } from './parser';
import type { RulesFile } from './ast';

export type * from './contract';
export { denyAll };

/** Parses and checks every file; any syntax or type error means no rules (deny everything). */
export function compileRules(files: { name: string; content: string }[]): CompileResult {
  const errors: RulesCompileError[] = [];
  const parsed: RulesFile[] = [];
  for (const f of files) {
    const r = parseRules(f.name, f.content);
    if ('error' in r) errors.push(r.error);
    else {
      parsed.push(r.ast);
      errors.push(...checkRules(r.ast));
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rules: new RulesEngine(parsed) };
}

/** One line per error, `file:line:column: message`, for logs and HTTP answers. */
export function formatCompileErrors(errors: RulesCompileError[]): string {
  return errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n');
}
