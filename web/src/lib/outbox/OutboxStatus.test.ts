// @vitest-environment happy-dom
/** What a citizen reads while a complaint waits: when the next try is, without a year. */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { language } from '$lib/i18n/lang.svelte';
import OutboxStatus from './OutboxStatus.svelte';
import type { OutboxEntry } from './types';

const waiting = (nextAttemptAt: number): OutboxEntry => ({
  id: 'c1',
  ccId: 'sandik',
  trackingCode: 'K7QMXR4TP9WH',
  summary: { ccName: 'CC Saling Anton', sector: 'kesehatan', providerName: 'Puskesmas Meninting' },
  createdAt: nextAttemptAt - 60_000,
  state: 'waiting',
  attempts: 1,
  nextAttemptAt
});

describe('OutboxStatus', () => {
  afterEach(() => {
    vi.useRealTimers();
    language.set('id');
  });

  it('gives only the time of a retry due later today (WITA)', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-03T20:21:00Z'), toFake: ['Date'] }); // 04.21 WITA
    render(OutboxStatus, { entry: waiting(Date.parse('2026-12-03T20:26:00Z')) });
    expect(screen.getByText(/^Dicoba lagi/).textContent).toBe('Dicoba lagi sekitar 04.26.');
  });

  it('adds the day, not the year, when the retry falls on another day', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-03T15:50:00Z'), toFake: ['Date'] }); // 23.50 WITA
    language.set('en');
    render(OutboxStatus, { entry: waiting(Date.parse('2026-12-03T16:10:00Z')) }); // 00.10 on the 4th
    expect(screen.getByText(/^Will try again/).textContent).toBe('Will try again at about 4 Dec, 00:10.');
  });
});
