/**
 * The id lists written into firestore.rules are copies of core's taxonomy (the rules language
 * cannot import). This test reads them out of the rules file and fails when they drift apart.
 * Limits need no such check: the table's boundary cases are derived from COMPLAINT_LIMITS.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AGE_GROUP_IDS,
  CenterProfileSchema,
  CitizenComplaintSchema,
  GENDER_IDS,
  CENTER_KIND_IDS,
  CHANNEL_IDS,
  DISABILITY_IDS,
  FOLLOW_UP_ACTION_IDS,
  MALADMINISTRATION_IDS,
  PRIVACY_IDS,
  REFERRAL_DESTINATION_IDS,
  SECTOR_IDS,
  STATUS_IDS,
  StaffComplaintSchema,
  TERMINAL_STATUSES,
  URGENCY_IDS
} from '@buku/core';
import { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from '@buku/core/tracking/index';
import { UID } from './actors';
import { center, citizenContact, complaintFields, day } from './fixtures';
import { RULES_PATH } from './harness';

const rules = readFileSync(RULES_PATH, 'utf8');

/** The string list returned by `function name() { return [...]; }` in firestore.rules. */
export function rulesList(name: string): string[] {
  const match = new RegExp(`function ${name}\\(\\)\\s*\\{\\s*return\\s*\\[([^\\]]*)\\];`).exec(rules);
  if (!match?.[1]) throw new Error(`firestore.rules has no list function ${name}()`);
  return [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
}

describe('firestore.rules agrees with core', () => {
  const lists: [string, readonly string[]][] = [
    ['sectorIds', SECTOR_IDS],
    ['maladministrationIds', MALADMINISTRATION_IDS],
    ['channelIds', CHANNEL_IDS],
    ['privacyIds', PRIVACY_IDS],
    ['urgencyIds', URGENCY_IDS],
    ['genderIds', GENDER_IDS],
    ['ageGroupIds', AGE_GROUP_IDS],
    ['disabilityIds', DISABILITY_IDS],
    ['followUpActionIds', FOLLOW_UP_ACTION_IDS],
    ['referralDestinationIds', REFERRAL_DESTINATION_IDS],
    ['centerKindIds', CENTER_KIND_IDS],
    ['statusIds', STATUS_IDS],
    ['terminalStatusIds', TERMINAL_STATUSES]
  ];
  for (const [name, ids] of lists) {
    it(`${name}() lists core's ids`, () => {
      expect(rulesList(name)).toEqual([...ids]);
    });
  }

  it("the tracking code pattern is core's alphabet and length", () => {
    expect(rules).toContain(`v.matches('[${TRACKING_ALPHABET}]{${TRACKING_CODE_LENGTH}}')`);
  });
});

describe("the table's valid documents are valid for core", () => {
  it('the citizen filing parses as CitizenComplaintSchema', () => {
    const parsed = CitizenComplaintSchema.safeParse({
      ...complaintFields(),
      channel: 'web',
      contact: citizenContact()
    });
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('the walk-in filing parses as StaffComplaintSchema', () => {
    const parsed = StaffComplaintSchema.safeParse({
      ...complaintFields(),
      channel: 'datang_langsung',
      receivedAt: day(-1),
      staffNote: `Dicatat oleh ${UID.modSandik}.`,
      contact: citizenContact()
    });
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('the CC profile parses as CenterProfileSchema', () => {
    const parsed = CenterProfileSchema.safeParse(center('CC Saling Anton', 'CC-SA'));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
