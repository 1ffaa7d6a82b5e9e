/**
 * Runs THE RULES TABLE (table.ts) through the real lite SDK against our emulator with the real
 * firestore.rules, or against Google's emulator when FIRESTORE_EMULATOR_HOST is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComplaintFieldsSchema } from '@buku/core';
import { openRulesWorld, type RulesWorld } from './harness';
import { runCase } from './run-case';
import { RULES_TABLE, WRONG_TYPE } from './table';

describe('the rules table', () => {
  let world: RulesWorld;
  beforeAll(async () => {
    world = await openRulesWorld('demo-rules-table');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('has at least 150 cases, uniquely named, on both sides', () => {
    expect(RULES_TABLE.length).toBeGreaterThanOrEqual(150);
    expect(new Set(RULES_TABLE.map((c) => c.name)).size).toBe(RULES_TABLE.length);
    expect(RULES_TABLE.filter((c) => c.expect === 'allow').length).toBeGreaterThanOrEqual(50);
    expect(RULES_TABLE.filter((c) => c.expect === 'deny').length).toBeGreaterThanOrEqual(50);
  });

  it("covers a wrong-typed value for every field of core's intake schema", () => {
    for (const field of Object.keys(ComplaintFieldsSchema.shape))
      expect(WRONG_TYPE, field).toHaveProperty(field);
  });

  for (const rulesCase of RULES_TABLE) {
    it(`${rulesCase.expect}: ${rulesCase.name} [${rulesCase.actor}]`, () => runCase(world, rulesCase));
  }
});
