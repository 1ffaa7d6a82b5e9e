import { describe, expect, it } from 'vitest';
import {
  AGE_GROUPS,
  AGE_GROUP_IDS,
  CENTER_KINDS,
  CENTER_KIND_IDS,
  CHANNELS,
  CHANNEL_IDS,
  DISABILITIES,
  DISABILITY_IDS,
  FOLLOW_UP_ACTIONS,
  FOLLOW_UP_ACTION_IDS,
  GENDERS,
  GENDER_IDS,
  MALADMINISTRATION_IDS,
  MALADMINISTRATION_TYPES,
  PRIVACY_IDS,
  PRIVACY_LEVELS,
  REFERRAL_DESTINATIONS,
  REFERRAL_DESTINATION_IDS,
  SECTORS,
  SECTOR_IDS,
  URGENCY_IDS,
  URGENCY_LEVELS,
  findEntry,
  type TaxonomyEntry
} from './index';

const lists: [string, readonly string[], readonly TaxonomyEntry[]][] = [
  ['sectors', SECTOR_IDS, SECTORS],
  ['maladministration', MALADMINISTRATION_IDS, MALADMINISTRATION_TYPES],
  ['channels', CHANNEL_IDS, CHANNELS],
  ['privacy', PRIVACY_IDS, PRIVACY_LEVELS],
  ['urgency', URGENCY_IDS, URGENCY_LEVELS],
  ['gender', GENDER_IDS, GENDERS],
  ['age groups', AGE_GROUP_IDS, AGE_GROUPS],
  ['disabilities', DISABILITY_IDS, DISABILITIES],
  ['follow-up actions', FOLLOW_UP_ACTION_IDS, FOLLOW_UP_ACTIONS],
  ['referral destinations', REFERRAL_DESTINATION_IDS, REFERRAL_DESTINATIONS],
  ['center kinds', CENTER_KIND_IDS, CENTER_KINDS]
];

describe('the taxonomy', () => {
  it.each(lists)('%s: one entry per id, in order, labelled in both languages', (_name, ids, entries) => {
    expect(entries.map((entry) => entry.id)).toEqual([...ids]);
    for (const entry of entries) {
      expect(entry.label.id.trim()).not.toBe('');
      expect(entry.label.en.trim()).not.toBe('');
      for (const alias of entry.aliases ?? []) expect(alias).toBe(alias.toLowerCase());
    }
  });

  it('ranks urgency from normal to emergency', () => {
    expect(URGENCY_LEVELS.map((level) => [level.id, level.rank])).toEqual([
      ['biasa', 1],
      ['mendesak', 2],
      ['darurat', 3]
    ]);
  });

  it('finds entries by id', () => {
    expect(findEntry(PRIVACY_LEVELS, 'rahasia')?.label).toEqual({ id: 'Rahasia', en: 'Confidential' });
    expect(findEntry(PRIVACY_LEVELS, 'tersembunyi')).toBeUndefined();
  });
});
