import { describe, expect, it } from 'vitest';
import {
  checkMeetingDraft,
  draftOf,
  emptyMeetingDraft,
  guestList,
  meetingDocument,
  splitMeetings,
  type StaffMeeting
} from './meetings';

describe('a meeting form', () => {
  it('builds the stored fields, blanks left out, guests one a line', () => {
    const draft = {
      ...emptyMeetingDraft('2026-12-03'),
      title: ' Dialog layanan BPJS ',
      kind: 'dialog' as const,
      date: '2026-12-20',
      place: 'Balai Desa Sandik',
      guests: 'Kepala Puskesmas Meninting\n\n Camat Batu Layar \nKepala Puskesmas Meninting',
      attendance: ''
    };
    expect(checkMeetingDraft(draft)).toEqual({
      ok: true,
      fields: {
        title: 'Dialog layanan BPJS',
        kind: 'dialog',
        date: '2026-12-20',
        status: 'draf',
        place: 'Balai Desa Sandik',
        guests: ['Kepala Puskesmas Meninting', 'Camat Batu Layar']
      }
    });
  });

  it('refuses what the rules would refuse', () => {
    const result = checkMeetingDraft({
      ...emptyMeetingDraft('2026-12-03'),
      title: 'x',
      date: '2026-02-30',
      attendance: '12,5',
      guests: Array.from({ length: 51 }, (_, i) => `Tamu ${i}`).join('\n')
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.messages).sort()).toEqual(['attendance', 'date', 'guests', 'title']);
  });

  it('keeps the creator and agenda links when another staff member edits', () => {
    const existing: StaffMeeting = {
      id: 'm1',
      title: 'Diskusi air bersih',
      kind: 'diskusi',
      date: '2026-11-10',
      place: null,
      guests: [],
      minutes: null,
      attendance: null,
      agendaIds: ['ag1'],
      ccId: 'sandik',
      status: 'terbit',
      createdBy: 'koord-sandik'
    };
    const checked = checkMeetingDraft({
      ...draftOf(existing),
      minutes: 'PDAM akan datang.',
      attendance: '23'
    });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(meetingDocument(checked.fields, 'sandik', 'mod-sandik', existing)).toEqual({
      title: 'Diskusi air bersih',
      kind: 'diskusi',
      date: '2026-11-10',
      status: 'terbit',
      minutes: 'PDAM akan datang.',
      attendance: 23,
      ccId: 'sandik',
      createdBy: 'koord-sandik',
      agendaIds: ['ag1']
    });
    expect(meetingDocument(checked.fields, 'sandik', 'mod-sandik').createdBy).toBe('mod-sandik');
  });

  it('splits upcoming (soonest first) from past (latest first)', () => {
    const m = (id: string, date: string) => ({ id, date }) as StaffMeeting;
    const { upcoming, past } = splitMeetings(
      [m('a', '2026-12-20'), m('b', '2026-11-01'), m('c', '2026-12-03'), m('d', '2026-11-15')],
      '2026-12-03'
    );
    expect(upcoming.map((x) => x.id)).toEqual(['c', 'a']);
    expect(past.map((x) => x.id)).toEqual(['d', 'b']);
    expect(guestList(' \n ')).toEqual([]);
  });
});
