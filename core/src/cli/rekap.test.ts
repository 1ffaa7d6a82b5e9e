import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildPaerMambalWorkbook } from '../../examples/make-xlsx';
import { importBookXlsx } from '../import/xlsx';
import type { CcMonthlyAggregate } from '../forum/aggregate';
import type { RankingResult } from '../ranking/rank';
import { EXIT_OK, EXIT_ROWS_REJECTED, EXIT_USAGE, runRekap, type FileReport } from './rekap';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

async function rekap(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runRekap(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: examples });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface RekapJson {
  month: string;
  files: FileReport[];
  aggregates: CcMonthlyAggregate[];
  ranking: RankingResult;
}

describe('rekap on the example books', () => {
  it('prints every aggregate and the ranking with components and explanations as JSON', async () => {
    const { code, out, err } = await rekap(
      '--month',
      '2026-11',
      '--json',
      'saling-anton.csv',
      'paer-mambal.xlsx'
    );
    expect(err).toBe('');
    expect(code).toBe(EXIT_OK);
    const json = JSON.parse(out) as RekapJson;
    expect(json.files.map((f) => [f.ccId, f.rowsTaken, f.rowsRejected])).toEqual([
      ['saling-anton', 12, 0],
      ['paer-mambal', 8, 0]
    ]);
    const [mambal, anton] = json.aggregates as [CcMonthlyAggregate, CcMonthlyAggregate];
    expect(anton).toMatchObject({
      ccId: 'saling-anton',
      month: '2026-11',
      received: 7,
      resolved: 1,
      rejected: 1,
      openCarriedOver: 2,
      openAtEnd: 7,
      peopleAffected: 243,
      byVillage: { 'Batu Layar': 3, Sandik: 4 },
      bySector: {
        administrasi_kependudukan: 1,
        air_bersih: 2,
        energi_listrik: 1,
        infrastruktur: 1,
        kesejahteraan_sosial: 1,
        pendidikan: 1
      },
      // SDN 1 Sandik: received Friday 6 Nov, settled Friday 20 Nov = 10 working days.
      workingDaysToResolve: { count: 1, median: 10, p90: 10 }
    });
    expect(mambal).toMatchObject({ ccId: 'paer-mambal', received: 5, resolved: 2, openCarriedOver: 2 });
    const [top] = json.ranking.issues;
    expect(top).toMatchObject({
      rank: 1,
      key: 'air_bersih|pdamgirimenang',
      provider: 'PDAM Giri Menang',
      facts: { complaints: 4, ccs: 2, villages: 4, consecutiveMonths: 3 }
    });
    expect(Object.keys(top!.components).sort()).toEqual(
      [
        'breadth',
        'overdue',
        'peopleAffected',
        'persistence',
        'trend',
        'unresolved',
        'urgency',
        'volume'
      ].sort()
    );
    expect(top!.explanation.id).toContain('4 pengaduan dari 2 CC di 4 desa');
    expect(top!.explanation.en).toContain('third month running');
    // "Puskesmas Gunungsari" and "PUSKESMAS GUNUNGSARI" are one issue.
    expect(json.ranking.issues.filter((i) => i.providerKey === 'puskesmasgunungsari')).toHaveLength(1);
  });

  it('prints readable tables, and refused rows with row numbers on stderr, exiting 2', async () => {
    const { code, out, err } = await rekap(
      '--month',
      '2026-11',
      'saling-anton.csv',
      'paer-mambal.xlsx',
      'contoh-salah-ketik.csv'
    );
    expect(code).toBe(EXIT_ROWS_REJECTED);
    expect(out).toContain('REKAP BULAN / MONTHLY SUMMARY 2026-11 (WITA)');
    expect(out).toMatch(/saling-anton\s+7\s+0\s+1\s+1\s+0\s+2\s+7/);
    expect(out).toContain('PERINGKAT ISU JARINGAN / NETWORK ISSUE RANKING 2026-11');
    expect(out).toMatch(/1\. PDAM Giri Menang \(Air bersih\)/);
    // Labels, not keys: "Laki-laki", "tidak tercatat" rather than laki_laki, tidak_tercatat.
    expect(out).toContain('  Jenis kelamin / Gender: Laki-laki 4, Perempuan 3');
    expect(out).toContain('  Kelompok usia / Age group: tidak tercatat 7');
    expect(err.split('\n')).toEqual([
      'contoh-salah-ketik.csv: baris/row 3: Tanggal di kolom tanggal_diterima "31/02/2026" tidak ada di kalender. / The date in column tanggal_diterima "31/02/2026" does not exist in the calendar.',
      'contoh-salah-ketik.csv: baris/row 4: Sektor "pariwisata" tidak dikenali; gunakan misalnya adminduk, bansos, kesehatan, pendidikan, air bersih. / Sector "pariwisata" is not recognised; use e.g. adminduk, bansos, kesehatan, pendidikan, air bersih.',
      'contoh-salah-ketik.csv: baris/row 5: Jenis kelamin "X" tidak dikenali; tulis L atau P (atau kosongkan). / Gender "X" is not recognised; write L or P (or leave it empty).',
      'contoh-salah-ketik.csv: baris/row 5: Status selesai, tetapi tanggal_selesai kosong. / The status is settled (selesai) but tanggal_selesai is empty.'
    ]);
  });

  it('names CCs with --cc, in file order', async () => {
    const { code, out } = await rekap(
      '--month',
      '2026-11',
      '--json',
      '--cc',
      'cc-sandik',
      'saling-anton.csv'
    );
    expect(code).toBe(EXIT_OK);
    expect((JSON.parse(out) as RekapJson).aggregates.map((a) => a.ccId)).toEqual(['cc-sandik']);
  });

  it('takes nothing from a file with errors in strict mode', async () => {
    const { code, out, err } = await rekap(
      '--month',
      '2026-11',
      '--json',
      '--strict',
      'contoh-salah-ketik.csv'
    );
    expect(code).toBe(EXIT_ROWS_REJECTED);
    expect((JSON.parse(out) as RekapJson).aggregates[0]).toMatchObject({ received: 0 });
    expect(err).toContain('mode ketat');
  });

  it('exits 1 on wrong usage', async () => {
    for (const argv of [
      ['saling-anton.csv'],
      ['--month', '2026-13', 'saling-anton.csv'],
      ['--month', '2026-11'],
      ['--month', '2026-11', 'tidak-ada.csv'],
      ['--month', '2026-11', 'make-xlsx.ts'],
      ['--month', '2026-11', '--cc', 'a', '--cc', 'b', 'saling-anton.csv'],
      ['--month', '2026-11', 'saling-anton.csv', 'saling-anton.csv'],
      ['--month', '2026-11', '--bogus', 'saling-anton.csv']
    ]) {
      const { code, err } = await rekap(...argv);
      expect(code, argv.join(' ')).toBe(EXIT_USAGE);
      expect(err).toContain('Pemakaian / usage');
    }
  });

  it('says what is wrong with the usage, Bahasa Indonesia first', async () => {
    const first = async (...argv: string[]) => (await rekap(...argv)).err.split('\n')[0];
    expect(await first('--month', '2026-13', 'saling-anton.csv')).toBe(
      '--month "2026-13" bukan bulan; tulis YYYY-MM, mis. 2026-11 / is not a month; write YYYY-MM, e.g. 2026-11'
    );
    expect(await first('saling-anton.csv')).toBe('--month YYYY-MM wajib / is required');
    expect(await first('--month', '2026-11', '--bogus', 'saling-anton.csv')).toBe(
      'Pilihan tidak dikenal / unknown option: --bogus'
    );
    expect(await first('--month', '2026-11', 'saling-anton.csv', '--cc')).toBe(
      'Pilihan --cc perlu nilai / option --cc needs a value'
    );
    expect(await first('--month', '2026-11', '--json=ya', 'saling-anton.csv')).toBe(
      'Pilihan --json tidak memakai nilai / option --json takes no value'
    );
    expect(await first('--month', '2026-11', '--today', '2026-02-30', 'saling-anton.csv')).toBe(
      '--today "2026-02-30" bukan tanggal; tulis YYYY-MM-DD / is not a date; write YYYY-MM-DD'
    );
  });

  it('works as a command: root `npm run rekap --` forwards, with exit code and streams', async () => {
    const run = promisify(execFile);
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const args = ['run', '--silent', 'rekap', '--', '--month', '2026-11', 'core/examples/saling-anton.csv'];
    const failure = await run(
      'npm',
      [...args, 'core/examples/paer-mambal.xlsx', 'core/examples/contoh-salah-ketik.csv'],
      {
        cwd: root
      }
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect('code' in failure ? failure.code : 0).toBe(EXIT_ROWS_REJECTED);
    expect(failure.stdout).toContain('PERINGKAT ISU JARINGAN');
    expect(failure.stdout).toMatch(/1\. PDAM Giri Menang/);
    expect(failure.stderr).toContain('core/examples/contoh-salah-ketik.csv: baris/row 3');
  }, 60_000);

  it('ships an XLSX example that its script would write', async () => {
    const committed = await importBookXlsx(await readFile(`${examples}paer-mambal.xlsx`));
    const fresh = await importBookXlsx(await buildPaerMambalWorkbook());
    expect(committed.ok).toBe(true);
    expect(committed.rows).toHaveLength(8);
    expect(fresh).toEqual(committed);
  });
});
