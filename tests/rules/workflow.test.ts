/**
 * The rules allow exactly core's workflow: every (from, to) pair of statuses × every role that
 * moves cases from a client (moderator, koordinator, the complainant), with everything the step
 * requires supplied, is allowed if and only if core's `canTransition` says so. The network
 * admin is in core's STAFF list but only reads the cases a CC shares and writes none (see
 * docs/DATA-MODEL.md), so no move of theirs is allowed; 'sistem' moves are functions'.
 * The complaints here are not filed late (table.ts "late: …" covers the staff note that needs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_IDS, TRANSITIONS, canTransition, type RoleId } from '@buku/core';
import { UID, type ActorName } from './actors';
import { daysAgo, paths, storedComplaint } from './fixtures';
import { openRulesWorld, type RulesWorld } from './harness';
import { runCase, type RulesCase } from './run-case';
import { move } from './table';

const MOVERS: { role: RoleId; actor: ActorName; uid: string }[] = [
  { role: 'moderator', actor: 'modSandik', uid: UID.modSandik },
  { role: 'koordinator', actor: 'koorSandik', uid: UID.koorSandik },
  { role: 'warga', actor: 'warga1', uid: UID.warga1 },
  { role: 'admin', actor: 'admin', uid: UID.admin }
];

function moveCase(from: string, to: string, mover: (typeof MOVERS)[number], expected: boolean): RulesCase {
  return {
    name: `${mover.role}: ${from} → ${to}`,
    actor: mover.actor,
    // Waiting for the complainant's answer for 30 days: long enough to close for silence.
    seed: {
      [paths.complaint('sandik', 'c-alur')]: storedComplaint('sandik', from, {
        reporterUid: UID.warga1,
        awaitingReplySince: daysAgo(30)
      })
    },
    op: move('sandik', 'c-alur', from, to, { uid: mover.uid, role: mover.role }),
    expect: expected ? 'allow' : 'deny'
  };
}

const CASES: RulesCase[] = MOVERS.flatMap((mover) =>
  STATUS_IDS.flatMap((from) =>
    STATUS_IDS.filter((to) => to !== from).map((to) =>
      moveCase(from, to, mover, mover.role !== 'admin' && canTransition(from, to, mover.role))
    )
  )
);

describe("the rules allow exactly core's workflow", () => {
  let world: RulesWorld;
  beforeAll(async () => {
    world = await openRulesWorld('demo-rules-workflow');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('every client-made transition of core appears among the allowed cases', () => {
    const allowed = new Set(CASES.filter((c) => c.expect === 'allow').map((c) => c.name));
    const clientMade = TRANSITIONS.flatMap((t) =>
      t.roles
        .filter((role) => ['moderator', 'koordinator', 'warga'].includes(role))
        .map((role) => `${role}: ${t.from} → ${t.to}`)
    );
    expect(clientMade.length).toBeGreaterThan(20);
    expect([...allowed].sort()).toEqual([...new Set(clientMade)].sort());
  });

  for (const rulesCase of CASES) {
    it(`${rulesCase.expect}: ${rulesCase.name}`, () => runCase(world, rulesCase));
  }
});
