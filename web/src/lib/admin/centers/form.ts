/**
 * A CC profile as the admin types it, checked by core's `CenterProfileSchema` and turned into
 * the `centers/{cc}` document the rules accept. The place is picked from Lombok Barat's
 * kecamatan and desa (web/src/lib/areas: real names with their Kemendagri codes). Pure.
 */
import { CenterProfileSchema, type CenterProfile } from '@buku/core/centers/schema';
import { centerId } from '@buku/core/complaints/schema';
import type { Label } from '@buku/core/i18n';
import { fieldPath, issueLabel } from '@buku/core/validation/issues';
import { findDesa, findKecamatan, KABUPATEN } from '$lib/areas';
import type { AdminPlainKey } from '$lib/i18n/admin-messages';

/** Field path → messages in both languages; '' for the form as a whole. */
export type FormMessages = Record<string, Label[]>;

export interface CenterForm {
  id: string;
  name: string;
  code: string;
  kind: string;
  kecamatanCode: string;
  desaCode: string;
  person: string;
  phone: string;
  email: string;
  address: string;
  active: boolean;
}

export const emptyCenterForm = (): CenterForm => ({
  id: '',
  name: '',
  code: '',
  kind: 'cc',
  kecamatanCode: '',
  desaCode: '',
  person: '',
  phone: '',
  email: '',
  address: '',
  active: true
});

/** A CC as stored, read defensively (a half-filled profile shows blanks). */
export interface StoredCenter extends CenterForm {
  desa: string;
  kecamatan: string;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function centerFromData(id: string, data: Record<string, unknown>): StoredCenter {
  const contact =
    typeof data.contact === 'object' && data.contact !== null
      ? (data.contact as Record<string, unknown>)
      : {};
  return {
    id,
    name: str(data.name) || id,
    code: str(data.code),
    kind: str(data.kind),
    kecamatanCode: str(data.kecamatanCode),
    desaCode: str(data.desaCode),
    desa: str(data.desa),
    kecamatan: str(data.kecamatan),
    person: str(contact.person),
    phone: str(contact.phone),
    email: str(contact.email),
    address: str(contact.address),
    active: data.active === true
  };
}

/** The form of a stored CC, to edit it. */
export function formOf(center: StoredCenter): CenterForm {
  const { desa: _desa, kecamatan: _kecamatan, ...form } = center;
  return { ...form };
}

/**
 * A suggested document id from the CC's name: lower case, words joined by dashes, the common
 * "CC" prefix dropped ("CC Saling Anton" → "saling-anton"). The admin may change it.
 */
export function suggestId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^cc\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug;
}

/** Drops undefined values at any depth: Firestore refuses them and the rules want keys absent. */
function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[key] =
      typeof v === 'object' && v !== null && !Array.isArray(v)
        ? withoutUndefined(v as Record<string, unknown>)
        : v;
  }
  return out;
}

const blank = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

export type CenterCheck =
  | { ok: true; id: string; profile: CenterProfile; data: Record<string, unknown> }
  | { ok: false; messages: FormMessages };

/** Checks the form with core; `withId` also checks the new document id (creation only). */
export function checkCenterForm(form: CenterForm, withId: boolean): CenterCheck {
  const messages: FormMessages = {};
  const add = (field: string, message: Label) => (messages[field] ??= []).push(message);

  const id = form.id.trim();
  if (withId) {
    const idCheck = centerId().safeParse(id);
    if (!idCheck.success) for (const issue of idCheck.error.issues) add('id', issueLabel(issue));
  }

  const kecamatan = findKecamatan(form.kecamatanCode);
  const desa = findDesa(form.desaCode);
  if (!kecamatan) add('kecamatanCode', PICK_KECAMATAN);
  if (!desa) add('desaCode', PICK_DESA);
  else if (kecamatan && desa.kecamatan.code !== kecamatan.code) add('desaCode', DESA_ELSEWHERE);

  const result = CenterProfileSchema.safeParse({
    name: form.name,
    code: form.code,
    kind: form.kind,
    desa: desa?.name,
    desaCode: desa?.code,
    kecamatan: kecamatan?.name,
    kecamatanCode: kecamatan?.code,
    kabupaten: KABUPATEN.name,
    kabupatenCode: KABUPATEN.code,
    contact: {
      person: blank(form.person),
      phone: blank(form.phone),
      email: blank(form.email),
      address: blank(form.address)
    },
    active: form.active
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = fieldPath(issue);
      // The place comes from the pickers: its messages belong there.
      const field =
        path === 'desa' || path === 'desaCode'
          ? 'desaCode'
          : path === 'kecamatan' || path === 'kecamatanCode'
            ? 'kecamatanCode'
            : path.startsWith('contact.')
              ? path.slice('contact.'.length)
              : path;
      if (!(field in messages)) add(field, issueLabel(issue));
    }
  }
  if (!result.success || Object.keys(messages).length > 0) return { ok: false, messages };
  return { ok: true, id, profile: result.data, data: withoutUndefined(result.data) };
}

const PICK_KECAMATAN: Label = { id: 'Pilih kecamatan.', en: 'Choose the kecamatan.' };
const PICK_DESA: Label = { id: 'Pilih desa.', en: 'Choose the desa.' };
const DESA_ELSEWHERE: Label = {
  id: 'Desa ini bukan di kecamatan yang dipilih.',
  en: 'This desa is not in the chosen kecamatan.'
};

/** The label of each form field, to say what a save will change. */
export const CENTER_FIELD_KEYS: Partial<Record<keyof CenterForm, AdminPlainKey>> = {
  name: 'center.name',
  code: 'center.code',
  kind: 'center.kind',
  kecamatanCode: 'center.kecamatan',
  desaCode: 'center.desa',
  person: 'center.person',
  phone: 'center.phone',
  email: 'center.email',
  address: 'center.address',
  active: 'centers.active'
};

/** The profile fields a CC's coordinator may change (firestore.rules: not the code, not `active`). */
export const KOORDINATOR_FIELDS = [
  'name',
  'kind',
  'desa',
  'desaCode',
  'kecamatan',
  'kecamatanCode',
  'kabupaten',
  'kabupatenCode',
  'contact'
] as const;

/** The coordinator's update: only the fields they may change, taken from a checked profile. */
export function koordinatorUpdate(data: Record<string, unknown>): Record<string, unknown> {
  const update = Object.fromEntries(
    KOORDINATOR_FIELDS.filter((key) => key in data).map((key) => [key, data[key]])
  );
  // A contact emptied on the form is stored empty (the rules want the map), not left as it was.
  return { ...update, contact: update.contact ?? {} };
}

/** The fields whose value differs between a stored CC and its edited form (what the save changes). */
export function changedFields(before: CenterForm, after: CenterForm): (keyof CenterForm)[] {
  return (Object.keys(before) as (keyof CenterForm)[]).filter(
    (key) => key !== 'id' && String(before[key]).trim() !== String(after[key]).trim()
  );
}
