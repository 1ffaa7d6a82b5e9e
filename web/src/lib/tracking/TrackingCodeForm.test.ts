// @vitest-environment happy-dom
/** The tracking-code form: core's check catches a mistyped code before any network call. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { generateTrackingCode } from '@buku/core/tracking/tracking-code';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import TrackingCodeForm from './TrackingCodeForm.svelte';

const { goto } = vi.hoisted(() => ({ goto: vi.fn(async (_url: string) => undefined) }));
vi.mock('$app/navigation', () => ({ goto }));
vi.mock('$app/paths', () => ({ resolve: (path: string) => path }));

async function submit(typed: string) {
  const input = screen.getByLabelText('Kode lacak') as HTMLInputElement;
  input.value = typed;
  await fireEvent.input(input);
  await fireEvent.click(screen.getByRole('button', { name: 'Lacak' }));
  await tick();
  return input;
}

describe('TrackingCodeForm', () => {
  beforeEach(() => goto.mockClear());

  it('opens the tracking page of a valid code, however it was typed', async () => {
    const code = generateTrackingCode();
    render(TrackingCodeForm);
    const input = await submit(` ${code.slice(0, 4).toLowerCase()} ${code.slice(4, 8)}-${code.slice(8)} `);
    expect(goto).toHaveBeenCalledWith(`/lacak/${code}`);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('explains a mistyped code next to the field and opens nothing', async () => {
    const code = generateTrackingCode();
    const wrongLast = code.slice(0, 11) + (code[11] === '2' ? '3' : '2');
    render(TrackingCodeForm);
    const input = await submit(wrongLast);
    expect(goto).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy).toEqual(['f-code-hint', 'f-code-error']);
    expect(document.getElementById('f-code-error')?.textContent?.trim()).toBe(
      'Kode pelacakan salah ketik: periksa lagi setiap huruf dan angka.'
    );
    expect(document.activeElement).toBe(input);

    await submit('K7M2-P9Q4-R8TO');
    expect(document.getElementById('f-code-error')?.textContent).toContain('Kode pelacakan tidak memakai O.');
  });
});
