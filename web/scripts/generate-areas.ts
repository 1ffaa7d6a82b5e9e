/**
 * Writes src/lib/areas/lombok-barat.json: the kecamatan and desa/kelurahan of Kabupaten Lombok
 * Barat (52.01) with their Kemendagri codes, taken from the CSVs of the npm package
 * `idn-area-data` (data under the Open Database License, ODbL 1.0). The app ships only this
 * small extract instead of the whole country; names are never typed by hand.
 *
 * Run: npm run areas -w web   (re-run after upgrading idn-area-data; commit the JSON with it)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const KABUPATEN_CODE = '52.01';

const require = createRequire(import.meta.url);
const packageJsonPath = require.resolve('idn-area-data/package.json');
const packageDir = dirname(packageJsonPath);
const { version } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version: string };

function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(join(packageDir, 'data', name), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

/** The CSV writes regencies in capitals ("KABUPATEN LOMBOK BARAT"); people read "Lombok Barat". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');

const regency = readCsv('regencies.csv').find((row) => row.code === KABUPATEN_CODE);
if (!regency?.name) throw new Error(`regency ${KABUPATEN_CODE} not found in idn-area-data ${version}`);

const villages = readCsv('villages.csv');
const kecamatan = readCsv('districts.csv')
  .filter((row) => row.regency_code === KABUPATEN_CODE)
  .map((district) => ({
    code: district.code!,
    name: district.name!,
    desa: villages
      .filter((village) => village.district_code === district.code)
      .map((village) => ({
        code: village.code!,
        name: village.name!,
        // Kemendagri: the 4-digit part starts with 1 for a kelurahan, 2 for a desa.
        kind: village.code!.split('.')[3]!.startsWith('1') ? ('kelurahan' as const) : ('desa' as const)
      }))
      .sort(byName)
  }))
  .sort(byName);

const output = {
  source: `idn-area-data ${version}`,
  license: 'ODbL-1.0',
  kabupaten: { code: KABUPATEN_CODE, name: titleCase(regency.name.replace(/^KABUPATEN\s+/i, '')) },
  kecamatan
};

const target = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'lib',
  'areas',
  'lombok-barat.json'
);
writeFileSync(target, JSON.stringify(output, null, 2) + '\n');
const desaCount = kecamatan.reduce((sum, k) => sum + k.desa.length, 0);
console.log(
  `${target}: ${kecamatan.length} kecamatan, ${desaCount} desa/kelurahan (idn-area-data ${version})`
);
