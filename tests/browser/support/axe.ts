/** axe-core run inside the page: the violations it finds, as short readable lines. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  passes: unknown[];
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  // A string: it runs in the page, and tests/ compiles without the DOM library.
  const result = (await page.evaluate('axe.run(document)')) as AxeResult;
  // A run that checked nothing would pass anything.
  if (result.passes.length === 0) throw new Error('axe-core checked nothing');
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`
  );
}
