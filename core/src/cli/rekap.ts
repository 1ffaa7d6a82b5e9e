/**
 * rekap — the monthly forum's numbers from complaint books typed into spreadsheets.
 *
 *   npm run rekap -- --month 2026-11 saling-anton.csv paer-mambal.xlsx
 *
 * One file per CC; the CC is named by --cc (once per file, in order) or taken from the file name.
 * Prints each CC's aggregates and the network ranking as tables (--json: the same as JSON, with
 * every component and explanation). Refused rows go to standard error with their row numbers.
 * Exit code: 0 all rows taken, 2 some rows (or a whole file) refused, 1 wrong usage or unreadable file.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CcMonthlyAggregate } from '../forum/aggregate';
import { ForumMonth } from '../forum/forum-month';
import { isMonthKey, monthEndMs, WITA_OFFSET_MS } from '../forum/time';
import { toForumRecord, type ImportResult } from '../import/book';
import { importBookCsv } from '../import/csv';
import type { ImportProblem } from '../import/problems';
import { importBookXlsx } from '../import/xlsx';
import type { RankingResult } from '../ranking/rank';
import {
  AGE_GROUPS,
  CHANNELS,
  DISABILITIES,
  findEntry,
  GENDERS,
  MALADMINISTRATION_TYPES,
  SECTORS,
  type TaxonomyEntry
} from '../taxonomy/index';
import { isCalendarDate } from '../wita/index';
import { renderTable } from './table';

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_ROWS_REJECTED = 2;

const USAGE = `Pemakaian / usage:
  npm run rekap -- --month YYYY-MM [--cc ID]... [--json] [--strict] [--today YYYY-MM-DD] [--top N] FILE...

  FILE          buku pengaduan satu CC (.csv atau .xlsx) / one CC's complaint book
  --month       bulan forum (WITA) / the forum's month
  --cc          nama CC untuk berkas ke-n (bawaan: nama berkas) / CC id for the n-th file (default: file name)
  --json        keluaran JSON / print JSON
  --strict      tolak seluruh berkas bila ada baris salah / refuse a whole file when any row fails
  --today       tanggal hari ini untuk menolak tanggal masa depan / today, to refuse future dates
  --top         jumlah isu yang ditampilkan (bawaan 20) / issues shown (default 20)

Kode keluar / exit code: 0 semua baris diterima / all rows taken; 2 ada baris ditolak / rows refused;
1 salah pemakaian / usage error.`;

export interface RekapIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Relative file names are read from here. */
  cwd: string;
}

export interface FileReport {
  file: string;
  ccId: string;
  rowsTaken: number;
  rowsRejected: number;
  problems: ImportProblem[];
}

class UsageError extends Error {}

/** node:util parseArgs speaks English only; say the same in Bahasa Indonesia first. */
function optionProblem(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `Pilihan tidak dikenal / unknown option: ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(error.message)
      ? `Pilihan ${option} tidak memakai nilai / option ${option} takes no value`
      : `Pilihan ${option} perlu nilai / option ${option} needs a value`;
  return error.message;
}

function ccIdFromFile(file: string): string {
  const id = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (!id) throw new UsageError(`Nama CC tidak dapat diambil dari / cannot take a CC id from: ${file}`);
  return id;
}

function todayInWita(): string {
  return new Date(Date.now() + WITA_OFFSET_MS).toISOString().slice(0, 10);
}

async function importFile(file: string, strict: boolean, today: string): Promise<ImportResult> {
  const ext = extname(file).toLowerCase();
  const options = { mode: strict ? ('strict' as const) : ('lenient' as const), today };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UsageError(
      `Berkas tidak dapat dibuka / cannot open file: ${file} (${(error as NodeJS.ErrnoException).code ?? error})`
    );
  }
  if (ext === '.csv') return importBookCsv(bytes.toString('utf8'), options);
  if (ext === '.xlsx') return importBookXlsx(bytes, options);
  throw new UsageError(`Hanya .csv atau .xlsx / only .csv or .xlsx: ${file}`);
}

export async function runRekap(argv: string[], io: RekapIo): Promise<number> {
  try {
    return await rekap(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function rekap(argv: string[], io: RekapIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        month: { type: 'string' },
        cc: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        today: { type: 'string' },
        top: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    });
  } catch (error) {
    throw new UsageError(optionProblem(error as Error & { code?: string }));
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  const month = values.month;
  if (!month) throw new UsageError('--month YYYY-MM wajib / is required');
  if (!isMonthKey(month))
    throw new UsageError(
      `--month "${month}" bukan bulan; tulis YYYY-MM, mis. 2026-11 / is not a month; write YYYY-MM, e.g. 2026-11`
    );
  if (files.length === 0) throw new UsageError('Sebutkan minimal satu berkas / name at least one file');
  const ccs = values.cc ?? [];
  if (ccs.length > files.length) throw new UsageError('--cc lebih banyak dari berkas / more --cc than files');
  const today = values.today ?? todayInWita();
  if (!isCalendarDate(today))
    throw new UsageError(
      `--today "${today}" bukan tanggal; tulis YYYY-MM-DD / is not a date; write YYYY-MM-DD`
    );
  const top = values.top === undefined ? 20 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError('--top: bilangan bulat ≥ 1 / whole number ≥ 1');

  const ccIds = files.map((file, i) => ccs[i] ?? ccIdFromFile(file));
  const seen = new Set<string>();
  for (const id of ccIds) {
    if (seen.has(id)) throw new UsageError(`CC "${id}" muncul dua kali / appears twice`);
    seen.add(id);
  }

  // Rank the month as it stood at its end, or today when it is still running.
  const forum = new ForumMonth({ month, asOf: Math.min(monthEndMs(month) - 1, Date.now()) });
  const reports: FileReport[] = [];
  let anyRejected = false;
  for (const [i, file] of files.entries()) {
    const ccId = ccIds[i]!;
    const result = await importFile(resolve(io.cwd, file), values.strict ?? false, today);
    forum.touch(ccId);
    for (const row of result.rows) forum.add(toForumRecord(row, ccId));
    const problems = [...result.fileProblems, ...result.rejected.flatMap((r) => r.problems)];
    if (problems.length > 0) anyRejected = true;
    for (const p of problems) {
      io.err(`${file}: baris/row ${p.line}: ${p.message.id} / ${p.message.en}`);
    }
    if (values.strict && !result.ok && result.fileProblems.length === 0) {
      io.err(`${file}: mode ketat, tidak ada baris diambil / strict mode, no rows taken`);
    }
    reports.push({
      file,
      ccId,
      rowsTaken: result.rows.length,
      rowsRejected: result.fileProblems.length > 0 ? result.rowCount : result.rejected.length,
      problems
    });
  }
  const result = forum.finish();

  if (values.json) {
    io.out(
      JSON.stringify(
        { month, files: reports, aggregates: result.aggregates, ranking: result.ranking },
        null,
        2
      )
    );
  } else {
    io.out(renderText(month, reports, result.aggregates, result.ranking, top));
  }
  return anyRejected ? EXIT_ROWS_REJECTED : EXIT_OK;
}

/** The Bahasa Indonesia label of a taxonomy id, so tables read as words, not keys. */
function labelIn(entries: readonly TaxonomyEntry<string>[]): (id: string) => string {
  return (id) => findEntry(entries, id)?.label.id ?? RECORD_WORDS[id] ?? id;
}

const RECORD_WORDS: Record<string, string> = { tidak_tercatat: 'tidak tercatat', ya: 'ya', tidak: 'tidak' };

const sectorName = labelIn(SECTORS);

function counts(record: Record<string, number>, name: (key: string) => string = (k) => k): string {
  const entries = Object.entries(record).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return entries.length === 0 ? '–' : entries.map(([k, n]) => `${name(k)} ${n}`).join(', ');
}

function renderText(
  month: string,
  reports: FileReport[],
  aggregates: CcMonthlyAggregate[],
  ranking: RankingResult,
  top: number
): string {
  const out: string[] = [];
  out.push(`REKAP BULAN / MONTHLY SUMMARY ${month} (WITA)`);
  out.push('');
  out.push(
    renderTable(
      ['Berkas / File', 'CC', 'Diambil / Taken', 'Ditolak / Refused'],
      reports.map((r) => [r.file, r.ccId, r.rowsTaken, r.rowsRejected])
    )
  );
  out.push('');
  out.push('Per CC (HK = hari kerja / working days)');
  out.push(
    renderTable(
      [
        'CC',
        'Masuk/In',
        'Verif',
        'Selesai/Done',
        'Tolak/Rej',
        'Tutup/Closed',
        'Bawaan/Carried',
        'Terbuka/Open',
        'Lewat/Overdue',
        'HK verif med/p90',
        'HK selesai med/p90',
        'Terdampak/Affected',
        'Puas/Satisf.'
      ],
      aggregates.map((a) => [
        a.ccId,
        a.received,
        a.verified,
        a.resolved,
        a.rejected,
        a.closedWithoutResponse,
        a.openCarriedOver,
        a.openAtEnd,
        a.overdue.total,
        `${a.workingDaysToVerify.median ?? '–'}/${a.workingDaysToVerify.p90 ?? '–'}`,
        `${a.workingDaysToResolve.median ?? '–'}/${a.workingDaysToResolve.p90 ?? '–'}`,
        a.peopleAffected,
        a.satisfaction.mean === null ? null : `${a.satisfaction.mean} (${a.satisfaction.responses})`
      ])
    )
  );
  for (const a of aggregates) {
    out.push('');
    out.push(`${a.ccId}:`);
    out.push(`  Sektor / Sector: ${counts(a.bySector, sectorName)}`);
    out.push(`  Penyelenggara / Provider: ${counts(a.byProvider, (k) => a.providerNames[k] ?? k)}`);
    out.push(`  Maladministrasi: ${counts(a.byMaladministration, labelIn(MALADMINISTRATION_TYPES))}`);
    out.push(`  Saluran / Channel: ${counts(a.byChannel, labelIn(CHANNELS))}`);
    out.push(`  Desa / Village: ${counts(a.byVillage)}`);
    out.push(`  Jenis kelamin / Gender: ${counts(a.complainants.byGender, labelIn(GENDERS))}`);
    out.push(`  Kelompok usia / Age group: ${counts(a.complainants.byAgeGroup, labelIn(AGE_GROUPS))}`);
    out.push(`  Disabilitas / Disability: ${counts(a.complainants.byDisability, labelIn([]))}`);
    out.push(
      `  Jenis disabilitas / Disability kind: ${counts(a.complainants.byDisabilityKind, labelIn(DISABILITIES))}`
    );
    out.push(
      `  Lewat tenggat / Overdue: verifikasi ${a.overdue.verification}, tindak lanjut ${a.overdue.followUp}, penyelesaian ${a.overdue.resolution}`
    );
  }
  out.push('');
  out.push(`PERINGKAT ISU JARINGAN / NETWORK ISSUE RANKING ${ranking.month}`);
  const weights = Object.entries(ranking.weights)
    .map(([k, w]) => `${k} ${w}`)
    .join(', ');
  out.push(`Bobot / Weights: ${weights}`);
  const shown = ranking.issues.slice(0, top);
  out.push(
    renderTable(
      [
        '#',
        'Skor/Score',
        'Sektor/Sector',
        'Penyelenggara/Provider',
        'CC',
        'Desa',
        'Aduan/Compl.',
        'Terbuka/Open'
      ],
      shown.map((issue) => [
        issue.rank,
        issue.score.toFixed(1),
        sectorName(issue.sector),
        issue.provider,
        issue.facts.ccs,
        issue.facts.villages,
        issue.facts.complaints,
        issue.facts.openAtEnd
      ])
    )
  );
  for (const issue of shown) {
    out.push('');
    out.push(`${issue.rank}. ${issue.provider} (${sectorName(issue.sector)}) — ${issue.score.toFixed(1)}`);
    out.push(`   ${issue.explanation.id}`);
    out.push(`   ${issue.explanation.en}`);
    const parts = Object.entries(issue.components)
      .map(([name, c]) => `${name} ${c.value.toFixed(2)}×${c.weight}=${c.points.toFixed(1)}`)
      .join('; ');
    out.push(`   ${parts}`);
  }
  if (ranking.issues.length > shown.length) {
    out.push('');
    out.push(`… ${ranking.issues.length - shown.length} isu lain / more issues (--top)`);
  }
  return out.join('\n');
}

// Run only when executed directly (tests import runRekap).
const invokedDirectly = process.argv[1] !== undefined && /rekap\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  const code = await runRekap(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    // `npm run rekap` runs in core/; npm keeps the caller's directory in INIT_CWD.
    cwd: process.env.INIT_CWD ?? process.cwd()
  });
  process.exitCode = code;
}
