/**
 * A ranked issue's reasons in one line, Bahasa Indonesia first and English second, built only
 * from its facts so the forum can check every word against the numbers.
 */
import type { Label } from '../i18n';

export interface ExplainFacts {
  complaints: number;
  ccs: number;
  villages: number;
  topCcShare: number;
  peopleAffected: number;
  urgentShare: number;
  unresolvedShare: number;
  overdueShare: number;
  active: number;
  consecutiveMonths: number;
  monthsWithReports: number;
  persistenceMonths: number;
  previousMonth: number;
}

const ORDINAL_ID = ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam'];
const ORDINAL_EN = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

function ordinalId(n: number): string {
  return ORDINAL_ID[n - 1] ?? `ke-${n}`;
}

function ordinalEn(n: number): string {
  const word = ORDINAL_EN[n - 1];
  if (word) return word;
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function ofCases(n: number): Label {
  return { id: ` dari ${n} kasus`, en: ` of ${plural(n, 'case', 'cases')}` };
}

export function explainIssue(f: ExplainFacts): Label {
  const id: string[] = [];
  const en: string[] = [];
  if (f.complaints > 0) {
    id.push(`${f.complaints} pengaduan dari ${f.ccs} CC di ${f.villages} desa`);
    en.push(
      `${plural(f.complaints, 'complaint', 'complaints')} from ${plural(f.ccs, 'CC', 'CCs')} in ${plural(f.villages, 'village', 'villages')}`
    );
    if (f.ccs > 1 && f.topCcShare > 0.5) {
      id.push(`${percent(f.topCcShare)} dari satu CC`);
      en.push(`${percent(f.topCcShare)} from a single CC`);
    }
  } else {
    id.push('tidak ada pengaduan baru bulan ini');
    en.push('no new complaints this month');
  }
  if (f.peopleAffected > f.complaints) {
    id.push(`${f.peopleAffected} warga terdampak`);
    en.push(`${plural(f.peopleAffected, 'person', 'people')} affected`);
  }
  if (f.urgentShare >= 0.25) {
    id.push(`${percent(f.urgentShare)} mendesak atau darurat`);
    en.push(`${percent(f.urgentShare)} urgent or emergency`);
  }
  if (f.active > 0) {
    // Shares are of the active cases; say how many when cases carried over make them differ
    // from this month's complaints, or "1 complaint; 50% still open" reads as nonsense.
    const ofActive = f.active === f.complaints ? { id: '', en: '' } : ofCases(f.active);
    if (f.unresolvedShare > 0) {
      id.push(`${percent(f.unresolvedShare)}${ofActive.id} masih terbuka`);
      en.push(`${percent(f.unresolvedShare)}${ofActive.en} still open`);
    } else {
      id.push('semua sudah ditutup');
      en.push('all closed');
    }
    if (f.overdueShare > 0) {
      id.push(`${percent(f.overdueShare)} lewat tenggat`);
      en.push(`${percent(f.overdueShare)} overdue`);
    }
  }
  if (f.consecutiveMonths >= 2) {
    id.push(`bulan ${ordinalId(f.consecutiveMonths)} berturut-turut`);
    en.push(`${ordinalEn(f.consecutiveMonths)} month running`);
  } else if (f.monthsWithReports >= 2) {
    id.push(`muncul di ${f.monthsWithReports} dari ${f.persistenceMonths} bulan terakhir`);
    en.push(`reported in ${f.monthsWithReports} of the last ${f.persistenceMonths} months`);
  } else if (f.complaints > 0) {
    id.push('baru bulan ini');
    en.push('new this month');
  }
  if (f.previousMonth > 0 && f.complaints > 0) {
    if (f.complaints > f.previousMonth) {
      id.push(`naik dari ${f.previousMonth} bulan lalu`);
      en.push(`up from ${f.previousMonth} last month`);
    } else if (f.complaints < f.previousMonth) {
      id.push(`turun dari ${f.previousMonth} bulan lalu`);
      en.push(`down from ${f.previousMonth} last month`);
    } else {
      id.push('sama dengan bulan lalu');
      en.push('same as last month');
    }
  }
  return { id: id.join('; '), en: en.join('; ') };
}
