import { describe, expect, it } from 'vitest';
import type { ForumIssue } from '$lib/staff/forum/forum';
import {
  agendaFromData,
  agendaId,
  checkAgendaForm,
  editData,
  formFromIssue,
  formOfItem,
  issueSnapshot,
  outcomeSummary
} from './agenda';

const issue: ForumIssue = {
  rank: 2,
  key: 'air_bersih|pdamgirimenang',
  sector: 'air_bersih',
  provider: 'PDAM Giri Menang',
  score: 61.234,
  complaints: 12,
  previousMonth: 4,
  ccs: 5,
  villages: 7,
  openAtEnd: 6,
  overdueAtEnd: 2,
  components: [],
  explanation: { id: '12 pengaduan dari 5 CC di 7 desa', en: '12 complaints from 5 CCs in 7 villages' }
};

describe('an agenda item from a ranked issue', () => {
  it('is prefilled from the issue and keeps a snapshot of why it ranked', () => {
    expect(formFromIssue(issue)).toEqual({
      title: 'Air bersih: PDAM Giri Menang',
      targetProvider: 'PDAM Giri Menang',
      actions: '',
      status: 'direncanakan',
      outcomeNotes: '',
      meetingIds: ''
    });
    expect(issueSnapshot('2026-11', issue)).toEqual({
      issueKey: 'air_bersih|pdamgirimenang',
      sector: 'air_bersih',
      provider: 'PDAM Giri Menang',
      month: '2026-11',
      rank: 2,
      score: 61.2,
      explanation: issue.explanation
    });
    expect(() => issueSnapshot('2026-13', issue)).toThrow();
  });

  it('has one id per issue and month', () => {
    expect(agendaId('2026-11', issue.key)).toBe('2026-11_air_bersih-pdamgirimenang');
    expect(agendaId('2026-12', issue.key)).not.toBe(agendaId('2026-11', issue.key));
  });
});

describe('the agenda form', () => {
  it('splits actions by line and meetings by comma, and leaves an empty outcome out', () => {
    const check = checkAgendaForm({
      ...formFromIssue(issue),
      actions: 'Surat ke Direktur PDAM\n\n  Dialog warga di Desa Sandik  ',
      meetingIds: 'm-1, m-2\nm-1'
    });
    expect(check).toEqual({
      ok: true,
      edit: {
        title: 'Air bersih: PDAM Giri Menang',
        targetProvider: 'PDAM Giri Menang',
        actions: ['Surat ke Direktur PDAM', 'Dialog warga di Desa Sandik'],
        status: 'direncanakan',
        outcomeNotes: undefined,
        meetingIds: ['m-1', 'm-2']
      }
    });
    if (check.ok) expect(editData(check.edit)).not.toHaveProperty('outcomeNotes');
  });

  it('asks for the outcome when an item is marked achieved or dropped', () => {
    const achieved = checkAgendaForm({ ...formFromIssue(issue), status: 'tercapai', outcomeNotes: ' ' });
    expect(achieved.ok).toBe(false);
    if (!achieved.ok) expect(achieved.messages.outcomeNotes?.[0]?.id).toContain('Tulis hasilnya');
    const told = checkAgendaForm({
      ...formFromIssue(issue),
      status: 'tercapai',
      outcomeNotes: 'PDAM memperbaiki pipa di Dusun Sandik Timur.'
    });
    expect(told.ok).toBe(true);
    expect(checkAgendaForm({ ...formFromIssue(issue), status: 'berjalan' }).ok).toBe(true);
  });

  it('refuses a short title, an unknown status, a short action and a bad meeting id', () => {
    const check = checkAgendaForm({
      title: 'Ai',
      targetProvider: 'PDAM',
      actions: 'ok',
      status: 'selesai',
      outcomeNotes: '',
      meetingIds: 'rapat/1'
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.messages).sort()).toEqual(['actions', 'meetingIds', 'status', 'title']);
    expect(check.messages.meetingIds?.[0]?.en).toBe('Meeting ids are letters, digits, - and _ only.');
  });
});

describe('stored items', () => {
  it('read back into the form and count by status', () => {
    const item = agendaFromData('2026-11_x', {
      ...issueSnapshot('2026-11', issue),
      title: 'Air bersih Sandik',
      targetProvider: 'PDAM Giri Menang',
      actions: ['Surat'],
      status: 'tercapai',
      outcomeNotes: 'Pipa diperbaiki.',
      meetingIds: ['m-1']
    });
    expect(formOfItem(item)).toEqual({
      title: 'Air bersih Sandik',
      targetProvider: 'PDAM Giri Menang',
      actions: 'Surat',
      status: 'tercapai',
      outcomeNotes: 'Pipa diperbaiki.',
      meetingIds: 'm-1'
    });
    const odd = agendaFromData('old', { title: 'Lama', status: 'aktif' });
    expect(odd.status).toBe('direncanakan');
    expect(outcomeSummary([item, odd, item])).toEqual({
      direncanakan: 1,
      berjalan: 0,
      tercapai: 2,
      dihentikan: 0
    });
  });
});
