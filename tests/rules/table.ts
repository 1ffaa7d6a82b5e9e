/**
 * THE RULES TABLE: who tries what on which path, and whether firestore.rules must allow it.
 * Every rule appears on its allowed and its denied side. The base world is fixtures.ts
 * `baseWorld()`; a case may add documents with `seed`. Intake boundaries are derived from
 * core's COMPLAINT_LIMITS and field lists from core's schemas.
 */
import { deleteField, serverTimestamp } from 'firebase/firestore/lite';
import {
  ComplaintFieldsSchema,
  PRIVACY_IDS,
  SECTOR_IDS,
  URGENCY_IDS,
  COMPLAINT_LIMITS as L
} from '@buku/core';
import { UID } from './actors';
import {
  CODE,
  announcement,
  center,
  citizenComplaint,
  citizenContact,
  day,
  daysAgo,
  deadlinesDue,
  entryBase,
  experience,
  FORUM_TRAITS,
  followUp,
  importedComplaint,
  meeting,
  omit,
  paths,
  reply,
  staffComplaint,
  statusEntry,
  storedComplaint,
  textOf,
  type Data
} from './fixtures';
import type { Operation, RulesCase, Write } from './run-case';

const NEW = 'baru-1';

/** Filing: the complaint and its contact document in one batch (the web app's outbox write). */
export function file(
  complaint: Data,
  contact: Data | null = citizenContact(),
  cc = 'sandik',
  id = NEW
): Operation {
  const writes: Write[] = [{ set: paths.complaint(cc, id), data: complaint }];
  if (contact) writes.push({ set: paths.contact(cc, id), data: contact });
  return { batch: writes };
}

/** A status move: the complaint update and its log entry in one batch. */
export function move(
  cc: string,
  id: string,
  from: string,
  to: string,
  actor: { uid: string; role: string },
  options: {
    complaint?: Data;
    entry?: Data;
    dropFromEntry?: string[];
    entryId?: string;
    withoutEntry?: boolean;
  } = {}
): Operation {
  const entryId = options.entryId ?? 's-1';
  const writes: Write[] = [
    {
      update: paths.complaint(cc, id),
      data: { status: to, statusChangedAt: serverTimestamp(), statusEntryId: entryId, ...options.complaint }
    }
  ];
  if (!options.withoutEntry)
    writes.push({
      set: paths.log(cc, id, entryId),
      data: omit(
        statusEntry(actor.uid, actor.role, from, to, options.entry),
        ...(options.dropFromEntry ?? [])
      )
    });
  return { batch: writes };
}

const MOD = { uid: UID.modSandik, role: 'moderator' };
const KOOR = { uid: UID.koorSandik, role: 'koordinator' };
const WARGA = { uid: UID.warga1, role: 'warga' };

// ───────────── intake, field by field ─────────────

/**
 * Complaint fields only functions write (docs/DATA-MODEL.md), each with a value a client might
 * try to forge. Every one has a denied case for the web form, the staff form and a staff update;
 * conventions.test.ts checks that, and that DATA-MODEL.md lists them.
 */
export const FUNCTIONS_ONLY_FIELDS: Record<string, unknown> = {
  registerNumber: '001/CC-SA/XII/2026',
  deadlines: deadlinesDue({ verifikasi: 3, tindak_lanjut: 8, penyelesaian: 60 }),
  verifiedAt: serverTimestamp(),
  firstFollowUpAt: serverTimestamp(),
  closedAt: serverTimestamp(),
  // Not the stored value (rewriting a field with what it holds changes nothing, and is allowed).
  forumTraits: { ...FORUM_TRAITS, gender: 'perempuan', disability: false },
  importedFrom: { importId: 'buku-palsu', line: 2 },
  updatedAt: serverTimestamp()
};

/** Keys of ComplaintFieldsSchema that a complaint cannot leave out (from core). */
export const REQUIRED_FIELDS = Object.entries(ComplaintFieldsSchema.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([key]) => key);
export const OPTIONAL_FIELDS = Object.keys(ComplaintFieldsSchema.shape).filter(
  (key) => !REQUIRED_FIELDS.includes(key)
);

/** A value of the wrong type for every field a citizen sends (checked to cover core's fields). */
export const WRONG_TYPE: Record<string, unknown> = {
  ccId: 7,
  sector: 3,
  providerName: 42,
  maladministrationType: true,
  location: 'Sandik',
  chronology: ['Saya mengurus KTP elektronik sejak tiga bulan lalu.'],
  remedyWanted: 5,
  occurredAt: daysAgo(3),
  peopleAffected: '5',
  urgency: 1,
  consentToContact: 'ya',
  privacy: null,
  channel: 1,
  trackingCode: 123,
  receivedAt: day(0)
};

/** min-1 and max+1 denied, min and max allowed; `build` makes the filing for a text length. */
function lengthCases(
  field: string,
  min: number,
  max: number,
  build: (length: number) => Operation
): RulesCase[] {
  const at = (length: number, expect: 'allow' | 'deny'): RulesCase => ({
    name: `intake: ${field} of ${length} characters (limits ${min}..${max})`,
    actor: 'publik',
    op: build(length),
    expect
  });
  return [...(min > 1 ? [at(min - 1, 'deny'), at(min, 'allow')] : []), at(max, 'allow'), at(max + 1, 'deny')];
}

const location = (overrides: Data) => ({
  dusun: 'Sandik Barat',
  desa: 'Sandik',
  desaCode: '52.01.14.2003',
  ...overrides
});

const intakeCases: RulesCase[] = [
  {
    name: 'intake: a visitor files a complaint into an active CC',
    actor: 'publik',
    op: file(citizenComplaint()),
    expect: 'allow'
  },
  {
    name: 'intake: an anonymous citizen files with their own reporterUid',
    actor: 'warga1',
    op: file(citizenComplaint({ reporterUid: UID.warga1 })),
    expect: 'allow'
  },
  {
    name: 'intake: an anonymous citizen files without reporterUid',
    actor: 'warga1',
    op: file(citizenComplaint()),
    expect: 'allow'
  },
  {
    name: 'intake: reporterUid of someone else (to read their case) is refused',
    actor: 'warga1',
    op: file(citizenComplaint({ reporterUid: UID.warga2 })),
    expect: 'deny'
  },
  {
    name: 'intake: a visitor who is not signed in cannot claim a reporterUid',
    actor: 'publik',
    op: file(citizenComplaint({ reporterUid: UID.warga1 })),
    expect: 'deny'
  },
  {
    name: 'intake: into an inactive CC',
    actor: 'publik',
    op: file(citizenComplaint({ ccId: 'tutup' }), citizenContact(), 'tutup'),
    expect: 'deny'
  },
  {
    name: 'intake: into a CC that does not exist',
    actor: 'publik',
    op: file(citizenComplaint({ ccId: 'hantu' }), citizenContact(), 'hantu'),
    expect: 'deny'
  },
  {
    name: 'intake: ccId differs from the CC of the path',
    actor: 'publik',
    op: file(citizenComplaint({ ccId: 'mambalan' })),
    expect: 'deny'
  },
  {
    name: 'intake: the complaint without its contact document',
    actor: 'publik',
    op: file(citizenComplaint(), null),
    expect: 'deny'
  },
  {
    name: "intake: the web app's transactional create (read the free id, then write both)",
    actor: 'warga1',
    op: {
      transaction: {
        read: paths.complaint('sandik', NEW),
        writes: [
          { set: paths.complaint('sandik', NEW), data: citizenComplaint({ reporterUid: UID.warga1 }) },
          { set: paths.contact('sandik', NEW), data: citizenContact() }
        ]
      }
    },
    expect: 'allow'
  },
  {
    name: 'intake: a visitor may read that a complaint id is free',
    actor: 'publik',
    op: { get: paths.complaint('sandik', NEW) },
    expect: 'allow'
  },
  {
    name: 'intake: a visitor retrying over an existing id cannot read it',
    actor: 'publik',
    op: {
      transaction: {
        read: paths.complaint('sandik', 'c-baru'),
        writes: [
          { set: paths.complaint('sandik', 'c-baru'), data: citizenComplaint() },
          { set: paths.contact('sandik', 'c-baru'), data: citizenContact() }
        ]
      }
    },
    expect: 'deny'
  },
  {
    name: 'intake: a contact document alone, for a new id',
    actor: 'publik',
    op: { set: paths.contact('sandik', NEW), data: citizenContact() },
    expect: 'deny'
  },
  {
    name: 'intake: a contact document attached to an existing complaint',
    actor: 'warga1',
    seed: { [paths.contact('sandik', 'c-baru')]: null },
    op: { set: paths.contact('sandik', 'c-baru'), data: citizenContact() },
    expect: 'deny'
  },
  {
    name: 'intake: the contact document under another name than private/contact',
    actor: 'publik',
    op: {
      batch: [
        { set: paths.complaint('sandik', NEW), data: citizenComplaint() },
        { set: paths.contact('sandik', NEW), data: citizenContact() },
        { set: `${paths.complaint('sandik', NEW)}/private/salinan`, data: citizenContact() }
      ]
    },
    expect: 'deny'
  },
  {
    name: 'intake: a complaint id with characters outside [A-Za-z0-9_-]',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact(), 'sandik', 'baru.1'),
    expect: 'deny'
  },
  {
    name: 'intake: a complaint id longer than 64 characters',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact(), 'sandik', 'x'.repeat(65)),
    expect: 'deny'
  },
  {
    name: 'intake: resending over an existing complaint (an update) is refused',
    actor: 'warga1',
    op: file(citizenComplaint({ reporterUid: UID.warga1 }), citizenContact(), 'sandik', 'c-baru'),
    expect: 'deny'
  },
  ...REQUIRED_FIELDS.map((field): RulesCase => ({
    name: `intake: without required ${field}`,
    actor: 'publik',
    op: file(omit(citizenComplaint(), field)),
    expect: 'deny'
  })),
  ...['channel', 'trackingCode', 'receivedAt'].map((field): RulesCase => ({
    name: `intake: without ${field}`,
    actor: 'publik',
    op: file(omit(citizenComplaint(), field)),
    expect: 'deny'
  })),
  ...OPTIONAL_FIELDS.map((field): RulesCase => ({
    name: `intake: without optional ${field}`,
    actor: 'publik',
    op: file(omit(citizenComplaint(), field)),
    expect: 'allow'
  })),
  ...Object.entries(WRONG_TYPE).map(([field, value]): RulesCase => ({
    name: `intake: ${field} of the wrong type (${JSON.stringify(value)})`,
    actor: 'publik',
    op: file(citizenComplaint({ [field]: value })),
    expect: 'deny'
  })),
  ...lengthCases('providerName', L.providerName.min, L.providerName.max, (n) =>
    file(citizenComplaint({ providerName: textOf(n) }))
  ),
  ...lengthCases('chronology', L.chronology.min, L.chronology.max, (n) =>
    file(citizenComplaint({ chronology: textOf(n) }))
  ),
  ...lengthCases('remedyWanted', L.remedyWanted.min, L.remedyWanted.max, (n) =>
    file(citizenComplaint({ remedyWanted: textOf(n) }))
  ),
  ...lengthCases('location.desa', L.desa.min, L.desa.max, (n) =>
    file(citizenComplaint({ location: location({ desa: textOf(n) }) }))
  ),
  ...lengthCases('location.dusun', 1, L.dusun, (n) =>
    file(citizenComplaint({ location: location({ dusun: textOf(n) }) }))
  ),
  {
    name: 'intake: text with edge whitespace (core trims before sending)',
    actor: 'publik',
    op: file(citizenComplaint({ providerName: ' Puskesmas Meninting' })),
    expect: 'deny'
  },
  {
    name: 'intake: an empty optional text (core leaves blanks out)',
    actor: 'publik',
    op: file(citizenComplaint({ location: location({ dusun: '' }) })),
    expect: 'deny'
  },
  ...(
    [
      [L.peopleAffected.min - 1, 'deny'],
      [L.peopleAffected.min, 'allow'],
      [L.peopleAffected.max, 'allow'],
      [L.peopleAffected.max + 1, 'deny'],
      [2.5, 'deny']
    ] as const
  ).map(([count, expect]): RulesCase => ({
    name: `intake: peopleAffected ${count} (limits ${L.peopleAffected.min}..${L.peopleAffected.max}, whole)`,
    actor: 'publik',
    op: file(citizenComplaint({ peopleAffected: count })),
    expect
  })),
  ...SECTOR_IDS.map((sector): RulesCase => ({
    name: `intake: sector ${sector}`,
    actor: 'publik',
    op: file(citizenComplaint({ sector })),
    expect: 'allow'
  })),
  ...[...PRIVACY_IDS, ...URGENCY_IDS].map((value): RulesCase => ({
    name: `intake: ${(PRIVACY_IDS as readonly string[]).includes(value) ? 'privacy' : 'urgency'} ${value}`,
    actor: 'publik',
    op: file(
      citizenComplaint(
        (PRIVACY_IDS as readonly string[]).includes(value) ? { privacy: value } : { urgency: value }
      )
    ),
    expect: 'allow'
  })),
  ...(
    [
      ['sector', 'pajak'],
      ['maladministrationType', 'pungli'],
      ['urgency', 'sangat_mendesak'],
      ['privacy', 'tersembunyi'],
      ['channel', 'datang_langsung']
    ] as const
  ).map(([field, value]): RulesCase => ({
    name: `intake: ${field} '${value}' is not allowed here`,
    actor: 'publik',
    op: file(citizenComplaint({ [field]: value })),
    expect: 'deny'
  })),
  {
    name: 'intake: an extra top-level key',
    actor: 'publik',
    op: file(citizenComplaint({ nik: '5201140101900001' })),
    expect: 'deny'
  },
  {
    name: 'intake: an extra key in location',
    actor: 'publik',
    op: file(citizenComplaint({ location: location({ rt: '02' }) })),
    expect: 'deny'
  },
  {
    name: 'intake: location without desa',
    actor: 'publik',
    op: file(citizenComplaint({ location: { dusun: 'Sandik Barat' } })),
    expect: 'deny'
  },
  {
    name: 'intake: location without desaCode',
    actor: 'publik',
    op: file(citizenComplaint({ location: { desa: 'Sandik' } })),
    expect: 'allow'
  },
  {
    name: 'intake: a malformed desaCode',
    actor: 'publik',
    op: file(citizenComplaint({ location: location({ desaCode: '5201142003' }) })),
    expect: 'deny'
  },
  {
    name: 'intake: occurredAt today (WITA)',
    actor: 'publik',
    op: file(citizenComplaint({ occurredAt: day(0) })),
    expect: 'allow'
  },
  {
    name: 'intake: occurredAt in the future',
    actor: 'publik',
    op: file(citizenComplaint({ occurredAt: day(2) })),
    expect: 'deny'
  },
  {
    name: 'intake: occurredAt before 2000-01-01',
    actor: 'publik',
    op: file(citizenComplaint({ occurredAt: '1999-12-31' })),
    expect: 'deny'
  },
  {
    name: 'intake: occurredAt in D-M-Y order',
    actor: 'publik',
    op: file(citizenComplaint({ occurredAt: '03-12-2026' })),
    expect: 'deny'
  },
  {
    name: 'intake: occurredAt with month 13',
    actor: 'publik',
    op: file(citizenComplaint({ occurredAt: '2026-13-01' })),
    expect: 'deny'
  },
  {
    name: 'intake: receivedAt from the client clock instead of request.time',
    actor: 'publik',
    op: file(citizenComplaint({ receivedAt: daysAgo(1) })),
    expect: 'deny'
  },
  {
    // Instants are timestamps: core's ISO string form is converted at the edge, never stored.
    name: 'intake: receivedAt as an ISO string (core form) instead of a timestamp',
    actor: 'publik',
    op: file(citizenComplaint({ receivedAt: new Date().toISOString() })),
    expect: 'deny'
  },
  ...(
    [
      ['status', 'diterima'],
      ['status', 'selesai'],
      ...Object.entries(FUNCTIONS_ONLY_FIELDS),
      ['statusChangedAt', serverTimestamp()],
      ['statusEntryId', 's-1'],
      ['awaitingReplySince', serverTimestamp()],
      ['recordedBy', UID.modSandik],
      ['staffNote', 'Catatan staf palsu.']
    ] as const
  ).map(([field, value]): RulesCase => ({
    name: `intake: a citizen cannot set server-owned ${field}${typeof value === 'string' ? ` (${value})` : ''}`,
    actor: 'publik',
    op: file(citizenComplaint({ [field]: value })),
    expect: 'deny'
  })),
  {
    name: 'intake: a lower-case tracking code',
    actor: 'publik',
    op: file(citizenComplaint({ trackingCode: CODE.fresh.toLowerCase() })),
    expect: 'deny'
  },
  {
    name: 'intake: a tracking code with dashes',
    actor: 'publik',
    op: file(citizenComplaint({ trackingCode: 'M2N3-B4V5-C6X7' })),
    expect: 'deny'
  },
  {
    name: 'intake: a tracking code with O (outside the alphabet)',
    actor: 'publik',
    op: file(citizenComplaint({ trackingCode: 'M2N3B4V5C6XO' })),
    expect: 'deny'
  },
  {
    name: 'intake: a tracking code that is already handed out',
    actor: 'publik',
    op: file(citizenComplaint({ trackingCode: CODE.baru })),
    expect: 'deny'
  }
];

// ───────────── the contact document ─────────────

const contactCases: RulesCase[] = [
  {
    name: 'contact: without a name',
    actor: 'publik',
    op: file(citizenComplaint(), omit(citizenContact(), 'name')),
    expect: 'deny'
  },
  ...lengthCases('contact.name', L.contactName.min, L.contactName.max, (n) =>
    file(citizenComplaint(), citizenContact({ name: textOf(n, 'Baiq Nurul Hidayati ') }))
  ),
  ...lengthCases('contact.address', 1, L.contactAddress, (n) =>
    file(citizenComplaint(), citizenContact({ address: textOf(n) }))
  ),
  {
    name: 'contact: a phone number as typed (not normalised)',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact({ phone: '0812-3456-7890' })),
    expect: 'deny'
  },
  {
    name: 'contact: a landline number',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact({ phone: '+62370123456' })),
    expect: 'deny'
  },
  {
    name: 'contact: a phone number as a number',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact({ phone: 6281234567890 })),
    expect: 'deny'
  },
  {
    name: 'contact: an unknown gender',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact({ gender: 'pria' })),
    expect: 'deny'
  },
  {
    name: 'contact: an unknown age group',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact({ ageGroup: '40_50' })),
    expect: 'deny'
  },
  {
    name: 'contact: an unknown disability',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact({ disabilities: ['buta'] })),
    expect: 'deny'
  },
  {
    name: 'contact: a disability listed twice',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact({ disabilities: ['fisik', 'fisik'] })),
    expect: 'deny'
  },
  {
    name: 'contact: disabilities as text',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact({ disabilities: 'fisik' })),
    expect: 'deny'
  },
  {
    name: 'contact: several disabilities',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact({ disabilities: ['sensorik_netra', 'fisik'] })),
    expect: 'allow'
  },
  {
    name: 'contact: an extra key (NIK)',
    actor: 'publik',
    op: file(citizenComplaint(), citizenContact({ nik: '5201140101900001' })),
    expect: 'deny'
  },
  {
    name: 'contact: consent to be contacted, but neither phone nor address',
    actor: 'publik',
    op: file(citizenComplaint({ consentToContact: true }), omit(citizenContact(), 'phone', 'address')),
    expect: 'deny'
  },
  {
    name: 'contact: consent to be contacted with an address only',
    actor: 'publik',
    op: file(citizenComplaint({ consentToContact: true }), omit(citizenContact(), 'phone')),
    expect: 'allow'
  },
  {
    name: 'contact: no consent, name only',
    actor: 'publik',
    op: file(citizenComplaint({ consentToContact: false }), { name: 'Lalu Ahmad' }),
    expect: 'allow'
  }
];

// ───────────── staff record walk-in and paper complaints ─────────────

const walkIn = (uid: string, overrides: Data = {}) => staffComplaint(uid, overrides);

const staffIntakeCases: RulesCase[] = [
  {
    name: 'walk-in: a moderator records a walk-in complaint',
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik)),
    expect: 'allow'
  },
  {
    name: 'walk-in: a coordinator records a letter',
    actor: 'koorSandik',
    op: file(walkIn(UID.koorSandik, { channel: 'surat' })),
    expect: 'allow'
  },
  {
    name: 'walk-in: a moderator of another CC',
    actor: 'modMambalan',
    op: file(walkIn(UID.modMambalan)),
    expect: 'deny'
  },
  {
    name: 'walk-in: the network admin is not CC staff',
    actor: 'admin',
    op: file(walkIn(UID.admin)),
    expect: 'deny'
  },
  {
    name: 'walk-in: an anonymous account with a staff claim',
    actor: 'anonStaff',
    op: file(walkIn('anon-staff')),
    expect: 'deny'
  },
  {
    name: 'walk-in: a citizen cannot use the staff form',
    actor: 'warga1',
    op: file(walkIn(UID.warga1)),
    expect: 'deny'
  },
  {
    name: 'walk-in: an unsigned note from the complaint box, without a name',
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { channel: 'kotak_pengaduan', consentToContact: false }), {}),
    expect: 'allow'
  },
  {
    name: 'walk-in: a walk-in complainant without a name',
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { consentToContact: false }), {}),
    expect: 'deny'
  },
  {
    name: 'walk-in: receivedAt in the future',
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { receivedAt: daysAgo(-2) })),
    expect: 'deny'
  },
  {
    name: 'walk-in: received before the service took place',
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { occurredAt: day(-1), receivedAt: daysAgo(5) })),
    expect: 'deny'
  },
  {
    name: 'walk-in: a paper complaint typed in a month later',
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { channel: 'surat', occurredAt: day(-40), receivedAt: daysAgo(35) })),
    expect: 'allow'
  },
  {
    name: `walk-in: staffNote of ${L.staffNote} characters`,
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { staffNote: textOf(L.staffNote) })),
    expect: 'allow'
  },
  {
    name: `walk-in: staffNote of ${L.staffNote + 1} characters`,
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { staffNote: textOf(L.staffNote + 1) })),
    expect: 'deny'
  },
  {
    name: 'walk-in: recordedBy names someone else',
    actor: 'modSandik',
    op: file(walkIn(UID.koorSandik)),
    expect: 'deny'
  },
  {
    name: 'walk-in: staff cannot set a reporterUid',
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { reporterUid: UID.warga1 })),
    expect: 'deny'
  },
  {
    name: 'walk-in: staff cannot set the status',
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { status: 'diverifikasi' })),
    expect: 'deny'
  },
  {
    name: 'walk-in: receivedAt as an ISO string (core form) instead of a timestamp',
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { receivedAt: daysAgo(1).toISOString() })),
    expect: 'deny'
  },
  ...Object.entries(FUNCTIONS_ONLY_FIELDS).map(([field, value]): RulesCase => ({
    name: `walk-in: staff cannot set server-owned ${field}`,
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { [field]: value })),
    expect: 'deny'
  })),
  {
    name: 'walk-in: an unknown channel',
    actor: 'modSandik',
    op: file(walkIn(UID.modSandik, { channel: 'radio' })),
    expect: 'deny'
  }
];

// ───────────── reading complaints and contact data ─────────────

const SANDIK_BARU = paths.complaint('sandik', 'c-baru');
/** An imported book row (seeded by the cases that need it, so list counts stay as they are). */
const IMPOR = paths.complaint('sandik', 'c-impor');

const readCases: RulesCase[] = [
  {
    name: 'read: a moderator reads a complaint of their CC',
    actor: 'modSandik',
    op: { get: SANDIK_BARU },
    expect: 'allow'
  },
  {
    name: 'read: a coordinator reads a complaint of their CC',
    actor: 'koorSandik',
    op: { get: SANDIK_BARU },
    expect: 'allow'
  },
  { name: 'read: a moderator of another CC', actor: 'modMambalan', op: { get: SANDIK_BARU }, expect: 'deny' },
  {
    name: 'read: a moderator reads an imported complaint with its server-owned fields',
    actor: 'modSandik',
    seed: { [IMPOR]: importedComplaint('sandik', 'selesai', { closedAt: daysAgo(30) }) },
    op: { get: IMPOR },
    expect: 'allow'
  },
  {
    name: 'read: a moderator of another CC reads an imported complaint',
    actor: 'modMambalan',
    seed: { [IMPOR]: importedComplaint('sandik', 'selesai', { closedAt: daysAgo(30) }) },
    op: { get: IMPOR },
    expect: 'deny'
  },
  {
    name: 'read: the network admin does not read complaints',
    actor: 'admin',
    op: { get: SANDIK_BARU },
    expect: 'deny'
  },
  {
    name: 'read: the complainant reads their own complaint',
    actor: 'warga1',
    op: { get: SANDIK_BARU },
    expect: 'allow'
  },
  {
    name: "read: a citizen reads someone else's complaint",
    actor: 'warga2',
    op: { get: SANDIK_BARU },
    expect: 'deny'
  },
  { name: 'read: a visitor who is not signed in', actor: 'publik', op: { get: SANDIK_BARU }, expect: 'deny' },
  {
    name: 'read: a walk-in complaint has no reporter to match',
    actor: 'warga1',
    op: { get: paths.complaint('sandik', 'c-walkin') },
    expect: 'deny'
  },
  {
    name: 'claims: an anonymous account with a staff claim',
    actor: 'anonStaff',
    op: { get: SANDIK_BARU },
    expect: 'deny'
  },
  {
    name: 'claims: a `cc` claim that is a string, not a map',
    actor: 'ccString',
    op: { get: SANDIK_BARU },
    expect: 'deny'
  },
  {
    name: 'claims: a role name that does not exist',
    actor: 'ccBadRole',
    op: { get: SANDIK_BARU },
    expect: 'deny'
  },
  {
    name: 'claims: a signed-in account without any role',
    actor: 'plain',
    op: { get: SANDIK_BARU },
    expect: 'deny'
  },

  {
    name: "list: a moderator lists their CC's book",
    actor: 'modSandik',
    op: { list: 'centers/sandik/complaints', count: 4 },
    expect: 'allow'
  },
  {
    name: 'list: the book by status, newest first',
    actor: 'koorSandik',
    op: {
      list: 'centers/sandik/complaints',
      where: [['status', '==', 'diterima']],
      orderBy: [['receivedAt', 'desc']],
      count: 1
    },
    expect: 'allow'
  },
  {
    name: "list: a moderator lists another CC's book",
    actor: 'modSandik',
    op: { list: 'centers/mambalan/complaints' },
    expect: 'deny'
  },
  {
    name: 'list: across CCs (collection group) without the CC constraint',
    actor: 'modSandik',
    op: { list: 'complaints', group: true },
    expect: 'deny'
  },
  {
    name: 'list: across CCs (collection group) with ccId == their CC',
    actor: 'modSandik',
    op: { list: 'complaints', group: true, where: [['ccId', '==', 'sandik']], count: 4 },
    expect: 'allow'
  },
  {
    name: 'list: collection group with ccId in [own CC, another CC]',
    actor: 'modSandik',
    op: { list: 'complaints', group: true, where: [['ccId', 'in', ['sandik', 'mambalan']]] },
    expect: 'deny'
  },
  {
    name: "list: collection group with another CC's id",
    actor: 'modSandik',
    op: { list: 'complaints', group: true, where: [['ccId', '==', 'mambalan']] },
    expect: 'deny'
  },
  {
    name: 'list: a moderator of two CCs lists both books (ccId in [both])',
    actor: 'modBoth',
    op: { list: 'complaints', group: true, where: [['ccId', 'in', ['sandik', 'mambalan']]], count: 5 },
    expect: 'allow'
  },
  {
    name: 'list: a moderator of two CCs adds a third to the in-list',
    actor: 'modBoth',
    op: { list: 'complaints', group: true, where: [['ccId', 'in', ['sandik', 'mambalan', 'tutup']]] },
    expect: 'deny'
  },
  {
    name: 'list: the admin across CCs',
    actor: 'admin',
    op: { list: 'complaints', group: true },
    expect: 'deny'
  },
  {
    name: 'list: a complainant lists their own complaints across CCs',
    actor: 'warga1',
    op: { list: 'complaints', group: true, where: [['reporterUid', '==', UID.warga1]], count: 3 },
    expect: 'allow'
  },
  {
    name: "list: a complainant asks for someone else's complaints",
    actor: 'warga1',
    op: { list: 'complaints', group: true, where: [['reporterUid', '==', UID.warga2]] },
    expect: 'deny'
  },
  {
    name: "list: a complainant lists a CC's book without the reporterUid constraint",
    actor: 'warga1',
    op: { list: 'centers/sandik/complaints' },
    expect: 'deny'
  },
  {
    name: "list: a complainant lists a CC's book with reporterUid == own uid",
    actor: 'warga1',
    op: { list: 'centers/sandik/complaints', where: [['reporterUid', '==', UID.warga1]], count: 3 },
    expect: 'allow'
  },
  {
    name: 'list: a visitor lists a book',
    actor: 'publik',
    op: { list: 'centers/sandik/complaints' },
    expect: 'deny'
  },

  {
    name: 'contact: a moderator reads the contact data',
    actor: 'modSandik',
    op: { get: paths.contact('sandik', 'c-baru') },
    expect: 'allow'
  },
  {
    name: 'contact: the complainant reads their own contact data',
    actor: 'warga1',
    op: { get: paths.contact('sandik', 'c-baru') },
    expect: 'allow'
  },
  {
    name: 'contact: a moderator of another CC',
    actor: 'modMambalan',
    op: { get: paths.contact('sandik', 'c-baru') },
    expect: 'deny'
  },
  {
    name: 'contact: the network admin, case not shared',
    actor: 'admin',
    op: { get: paths.contact('sandik', 'c-baru') },
    expect: 'deny'
  },
  {
    name: 'contact: another citizen',
    actor: 'warga2',
    op: { get: paths.contact('sandik', 'c-baru') },
    expect: 'deny'
  },
  {
    name: 'contact: a visitor',
    actor: 'publik',
    op: { get: paths.contact('sandik', 'c-baru') },
    expect: 'deny'
  },
  {
    name: 'contact: staff list the private collection',
    actor: 'modSandik',
    op: { list: `${SANDIK_BARU}/private`, count: 1 },
    expect: 'allow'
  },
  {
    name: 'contact: the complainant cannot list it',
    actor: 'warga1',
    op: { list: `${SANDIK_BARU}/private` },
    expect: 'deny'
  },
  {
    name: 'contact: nobody lists contact data across complaints',
    actor: 'modSandik',
    op: { list: 'private', group: true },
    expect: 'deny'
  },
  {
    name: 'contact: a moderator corrects the phone number',
    actor: 'modSandik',
    op: { update: paths.contact('sandik', 'c-baru'), data: { phone: '+6287765432100' } },
    expect: 'allow'
  },
  {
    name: 'contact: a moderator writes an invalid field',
    actor: 'modSandik',
    op: { update: paths.contact('sandik', 'c-baru'), data: { nik: '5201140101900001' } },
    expect: 'deny'
  },
  {
    name: 'contact: the complainant cannot change it afterwards',
    actor: 'warga1',
    op: { update: paths.contact('sandik', 'c-baru'), data: { phone: '+6287765432100' } },
    expect: 'deny'
  },
  {
    name: 'contact: a moderator of another CC changes it',
    actor: 'modMambalan',
    op: { update: paths.contact('sandik', 'c-baru'), data: { name: 'X Y' } },
    expect: 'deny'
  },
  {
    name: 'contact: nobody deletes it',
    actor: 'koorSandik',
    op: { delete: paths.contact('sandik', 'c-baru') },
    expect: 'deny'
  }
];

// ───────────── moving a case along the workflow ─────────────

const PROSES = paths.complaint('sandik', 'c-proses');

const workflowCases: RulesCase[] = [
  {
    name: 'workflow: a moderator verifies with a log entry',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD),
    expect: 'allow'
  },
  {
    name: 'workflow: a coordinator verifies',
    actor: 'koorSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', KOOR),
    expect: 'allow'
  },
  {
    name: 'workflow: a status change without a log entry',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, { withoutEntry: true }),
    expect: 'deny'
  },
  {
    name: 'workflow: naming a log entry of another type',
    actor: 'modSandik',
    op: {
      batch: [
        {
          update: SANDIK_BARU,
          data: { status: 'diverifikasi', statusChangedAt: serverTimestamp(), statusEntryId: 'f-1' }
        },
        { set: paths.log('sandik', 'c-baru', 'f-1'), data: followUp(UID.modSandik) }
      ]
    },
    expect: 'deny'
  },
  {
    name: 'workflow: naming an entry that already exists',
    actor: 'modSandik',
    op: {
      update: PROSES,
      data: { status: 'dirujuk', statusChangedAt: serverTimestamp(), statusEntryId: 'l-publik' }
    },
    expect: 'deny'
  },
  {
    name: 'workflow: statusEntryId with a slash (pointing outside the log)',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, { entryId: 's-1/x/y', withoutEntry: true }),
    expect: 'deny'
  },
  {
    name: 'workflow: a status entry without the complaint moving',
    actor: 'modSandik',
    op: {
      set: paths.log('sandik', 'c-baru', 's-1'),
      data: statusEntry(UID.modSandik, 'moderator', 'diterima', 'diverifikasi')
    },
    expect: 'deny'
  },
  {
    name: "workflow: the entry's from does not match the complaint",
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, { entry: { from: 'dirujuk' } }),
    expect: 'deny'
  },
  {
    name: 'workflow: skipping steps (diterima → selesai by staff)',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'selesai', MOD),
    expect: 'deny'
  },
  {
    name: 'workflow: leaving a terminal state',
    actor: 'koorSandik',
    op: move('sandik', 'c-selesai', 'selesai', 'ditindaklanjuti', KOOR),
    expect: 'deny'
  },
  {
    name: 'workflow: to a status that does not exist',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diarsipkan', MOD),
    expect: 'deny'
  },
  {
    name: 'workflow: reject with a reason',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'ditolak', MOD),
    expect: 'allow'
  },
  {
    name: 'workflow: reject without a reason',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'ditolak', MOD, { dropFromEntry: ['reason'] }),
    expect: 'deny'
  },
  {
    name: 'workflow: resolve with an outcome',
    actor: 'modSandik',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'selesai', MOD),
    expect: 'allow'
  },
  {
    name: 'workflow: resolve with a two-character outcome',
    actor: 'modSandik',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'selesai', MOD, { entry: { outcome: 'ok' } }),
    expect: 'deny'
  },
  {
    name: 'workflow: refer with a destination and ticket',
    actor: 'modSandik',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'dirujuk', MOD),
    expect: 'allow'
  },
  {
    name: 'workflow: refer without a destination',
    actor: 'modSandik',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'dirujuk', MOD, { dropFromEntry: ['referral'] }),
    expect: 'deny'
  },
  {
    name: "workflow: refer to 'lainnya' without naming the office",
    actor: 'modSandik',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'dirujuk', MOD, {
      entry: { referral: { destination: 'lainnya' } }
    }),
    expect: 'deny'
  },
  {
    name: "workflow: refer to 'lainnya' naming the office",
    actor: 'modSandik',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'dirujuk', MOD, {
      entry: { referral: { destination: 'lainnya', destinationName: 'Dinas Sosial Lombok Barat' } }
    }),
    expect: 'allow'
  },
  {
    name: 'workflow: a status entry marked internal',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, { entry: { visibility: 'internal' } }),
    expect: 'deny'
  },
  {
    name: 'workflow: the entry claims the coordinator role',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, { entry: { actorRole: 'koordinator' } }),
    expect: 'deny'
  },
  {
    name: "workflow: the entry names another actor's uid",
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, { entry: { actorUid: UID.koorSandik } }),
    expect: 'deny'
  },
  {
    name: 'workflow: the entry is back-dated',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, { entry: { at: daysAgo(3) } }),
    expect: 'deny'
  },
  {
    name: 'workflow: statusChangedAt from the client clock',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, {
      complaint: { statusChangedAt: daysAgo(1) }
    }),
    expect: 'deny'
  },
  {
    name: 'workflow: rewriting the chronology along with the move',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, { complaint: { chronology: textOf(40) } }),
    expect: 'deny'
  },
  {
    name: 'workflow: setting verifiedAt along with the move (functions own it)',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, {
      complaint: { verifiedAt: serverTimestamp() }
    }),
    expect: 'deny'
  },
  {
    name: 'workflow: setting the register number along with the move',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, {
      complaint: { registerNumber: '001/CC-SA/XII/2026' }
    }),
    expect: 'deny'
  },
  {
    name: 'workflow: rewriting forumTraits along with the move',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, {
      complaint: { forumTraits: { gender: 'perempuan' } }
    }),
    expect: 'deny'
  },
  {
    name: 'workflow: statusChangedAt as an ISO string instead of request.time',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', MOD, {
      complaint: { statusChangedAt: new Date().toISOString() }
    }),
    expect: 'deny'
  },
  {
    name: 'workflow: a moderator verifies an imported complaint (server-owned fields stay as they are)',
    actor: 'modSandik',
    seed: { [IMPOR]: importedComplaint('sandik', 'diterima') },
    op: move('sandik', 'c-impor', 'diterima', 'diverifikasi', MOD),
    expect: 'allow'
  },
  {
    name: 'workflow: a moderator of another CC',
    actor: 'modMambalan',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', { uid: UID.modMambalan, role: 'moderator' }),
    expect: 'deny'
  },
  {
    name: 'workflow: the admin moves a case',
    actor: 'admin',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', { uid: UID.admin, role: 'admin' }),
    expect: 'deny'
  },
  {
    name: 'workflow: the complainant confirms it is solved',
    actor: 'warga1',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'selesai', WARGA),
    expect: 'allow'
  },
  {
    name: 'workflow: the complainant confirms without saying what came of it',
    actor: 'warga1',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'selesai', WARGA, { dropFromEntry: ['outcome'] }),
    expect: 'deny'
  },
  {
    name: 'workflow: the complainant verifies their own case',
    actor: 'warga1',
    op: move('sandik', 'c-baru', 'diterima', 'diverifikasi', WARGA),
    expect: 'deny'
  },
  {
    name: "workflow: a citizen resolves someone else's case",
    actor: 'warga2',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'selesai', { uid: UID.warga2, role: 'warga' }),
    expect: 'deny'
  },
  {
    name: 'workflow: staff close for silence after 30 days of waiting',
    actor: 'modSandik',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'ditutup_tanpa_tanggapan', MOD),
    expect: 'allow'
  },
  {
    name: 'workflow: staff close for silence after 3 days of waiting',
    actor: 'modSandik',
    seed: {
      [PROSES]: storedComplaint('sandik', 'ditindaklanjuti', {
        reporterUid: UID.warga1,
        awaitingReplySince: daysAgo(3)
      })
    },
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'ditutup_tanpa_tanggapan', MOD),
    expect: 'deny'
  },
  {
    name: 'workflow: staff close for silence when no question is pending',
    actor: 'modSandik',
    op: move('sandik', 'c-baru', 'diterima', 'ditutup_tanpa_tanggapan', MOD),
    expect: 'deny'
  },

  {
    name: 'classify: a moderator sets the maladministration type',
    actor: 'modSandik',
    op: { update: SANDIK_BARU, data: { maladministrationType: 'permintaan_imbalan', urgency: 'mendesak' } },
    expect: 'allow'
  },
  {
    name: 'classify: an unknown maladministration type',
    actor: 'modSandik',
    op: { update: SANDIK_BARU, data: { maladministrationType: 'pungli' } },
    expect: 'deny'
  },
  {
    name: 'classify: a closed case',
    actor: 'modSandik',
    op: { update: paths.complaint('sandik', 'c-selesai'), data: { urgency: 'darurat' } },
    expect: 'deny'
  },
  {
    name: 'classify: a moderator asks the complainant (awaitingReplySince now)',
    actor: 'modSandik',
    op: { update: SANDIK_BARU, data: { awaitingReplySince: serverTimestamp() } },
    expect: 'allow'
  },
  {
    name: 'classify: back-dating awaitingReplySince',
    actor: 'modSandik',
    op: { update: SANDIK_BARU, data: { awaitingReplySince: daysAgo(20) } },
    expect: 'deny'
  },
  {
    name: 'classify: awaitingReplySince as an ISO string instead of request.time',
    actor: 'modSandik',
    op: { update: SANDIK_BARU, data: { awaitingReplySince: new Date().toISOString() } },
    expect: 'deny'
  },
  {
    name: 'classify: a coordinator sets the urgency of an imported complaint',
    actor: 'koorSandik',
    seed: { [IMPOR]: importedComplaint('sandik', 'diverifikasi') },
    op: { update: IMPOR, data: { urgency: 'mendesak', sector: 'kesehatan' } },
    expect: 'allow'
  },
  ...Object.entries(FUNCTIONS_ONLY_FIELDS).map(([field, value]): RulesCase => ({
    name: `edit: staff cannot set server-owned ${field}`,
    actor: 'koorSandik',
    op: { update: SANDIK_BARU, data: { [field]: value } },
    expect: 'deny'
  })),
  {
    name: 'edit: staff remove forumTraits',
    actor: 'koorSandik',
    op: { update: SANDIK_BARU, data: { forumTraits: deleteField() } },
    expect: 'deny'
  },
  {
    name: 'edit: staff change where an imported complaint came from',
    actor: 'koorSandik',
    seed: { [IMPOR]: importedComplaint('sandik', 'diverifikasi') },
    op: { update: IMPOR, data: { importedFrom: { importId: 'buku-lain', line: 1 } } },
    expect: 'deny'
  },
  {
    name: 'edit: the complainant sets the register number',
    actor: 'warga1',
    op: { update: SANDIK_BARU, data: { registerNumber: '001/CC-SA/XII/2026' } },
    expect: 'deny'
  },
  {
    name: 'edit: the complainant sets forumTraits',
    actor: 'warga1',
    op: { update: SANDIK_BARU, data: { forumTraits: { gender: 'perempuan' } } },
    expect: 'deny'
  },
  {
    name: 'edit: staff rewrite what the citizen said',
    actor: 'modSandik',
    op: { update: SANDIK_BARU, data: { chronology: textOf(60) } },
    expect: 'deny'
  },
  {
    name: 'edit: staff move a complaint to another CC',
    actor: 'koorSandik',
    op: { update: SANDIK_BARU, data: { ccId: 'mambalan' } },
    expect: 'deny'
  },
  {
    name: 'edit: staff set the register number',
    actor: 'koorSandik',
    op: { update: SANDIK_BARU, data: { registerNumber: '099/CC-SA/XII/2026' } },
    expect: 'deny'
  },
  {
    name: 'edit: staff extend the deadlines',
    actor: 'koorSandik',
    op: {
      update: SANDIK_BARU,
      data: { deadlines: deadlinesDue({ verifikasi: 30, tindak_lanjut: 30, penyelesaian: 90 }) }
    },
    expect: 'deny'
  },
  {
    name: 'edit: staff change the status without the workflow fields',
    actor: 'modSandik',
    op: { update: SANDIK_BARU, data: { status: 'diverifikasi' } },
    expect: 'deny'
  },
  {
    name: 'edit: the complainant changes their complaint',
    actor: 'warga1',
    op: { update: SANDIK_BARU, data: { urgency: 'darurat' } },
    expect: 'deny'
  },
  {
    name: 'edit: the complainant takes over another reporterUid',
    actor: 'warga1',
    op: { update: SANDIK_BARU, data: { reporterUid: UID.warga2 } },
    expect: 'deny'
  },
  {
    name: 'edit: the complainant answered (awaitingReplySince removed)',
    actor: 'warga1',
    op: { update: PROSES, data: { awaitingReplySince: deleteField() } },
    expect: 'allow'
  },
  {
    name: 'edit: the complainant sets awaitingReplySince instead',
    actor: 'warga1',
    op: { update: SANDIK_BARU, data: { awaitingReplySince: serverTimestamp() } },
    expect: 'deny'
  },
  {
    name: 'delete: a moderator deletes a complaint',
    actor: 'modSandik',
    op: { delete: SANDIK_BARU },
    expect: 'deny'
  },
  {
    name: 'delete: a coordinator deletes a complaint',
    actor: 'koorSandik',
    op: { delete: SANDIK_BARU },
    expect: 'deny'
  },
  {
    name: 'delete: the admin deletes a complaint',
    actor: 'admin',
    op: { delete: SANDIK_BARU },
    expect: 'deny'
  },
  {
    name: 'delete: the complainant withdraws by deleting',
    actor: 'warga1',
    op: { delete: SANDIK_BARU },
    expect: 'deny'
  }
];

// ───────────── the case log ─────────────

const LOG = paths.logs('sandik', 'c-proses');
const entry = (id: string) => paths.log('sandik', 'c-proses', id);

const logCases: RulesCase[] = [
  {
    name: 'log: a moderator adds a public follow-up',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik) },
    expect: 'allow'
  },
  {
    name: 'log: a coordinator adds an internal follow-up',
    actor: 'koorSandik',
    op: {
      set: entry('n-1'),
      data: followUp(UID.koorSandik, 'koordinator', { visibility: 'internal', action: 'surat' })
    },
    expect: 'allow'
  },
  {
    name: 'log: a follow-up with an unknown action',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik, 'moderator', { action: 'telepon' }) },
    expect: 'deny'
  },
  {
    name: 'log: a follow-up dated tomorrow',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik, 'moderator', { date: day(1) }) },
    expect: 'deny'
  },
  {
    name: 'log: a follow-up note of two characters',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik, 'moderator', { note: 'ok' }) },
    expect: 'deny'
  },
  {
    name: 'log: a follow-up note of 2001 characters',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik, 'moderator', { note: textOf(2001) }) },
    expect: 'deny'
  },
  {
    name: 'log: an unknown visibility',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik, 'moderator', { visibility: 'rahasia' }) },
    expect: 'deny'
  },
  {
    name: 'log: an extra key on a follow-up',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik, 'moderator', { phone: '+6281234567890' }) },
    expect: 'deny'
  },
  {
    name: 'log: an accompaniment note',
    actor: 'modSandik',
    op: {
      set: entry('n-1'),
      data: {
        at: serverTimestamp(),
        actorUid: UID.modSandik,
        actorRole: 'moderator',
        visibility: 'internal',
        type: 'pendampingan',
        date: day(0),
        note: 'Menemani pelapor ke Dukcapil.'
      }
    },
    expect: 'allow'
  },
  {
    name: 'log: a referral with a LAPOR! ticket',
    actor: 'modSandik',
    op: {
      set: entry('n-1'),
      data: {
        at: serverTimestamp(),
        actorUid: UID.modSandik,
        actorRole: 'moderator',
        visibility: 'publik',
        type: 'rujukan',
        destination: 'lapor',
        externalTicketId: 'LAPOR-8812345',
        date: day(0)
      }
    },
    expect: 'allow'
  },
  {
    name: "log: a referral to 'lainnya' without the office's name",
    actor: 'modSandik',
    op: {
      set: entry('n-1'),
      data: {
        at: serverTimestamp(),
        actorUid: UID.modSandik,
        actorRole: 'moderator',
        visibility: 'publik',
        type: 'rujukan',
        destination: 'lainnya',
        date: day(0)
      }
    },
    expect: 'deny'
  },
  {
    name: 'log: a public update',
    actor: 'modSandik',
    op: {
      set: entry('n-1'),
      data: {
        at: serverTimestamp(),
        actorUid: UID.modSandik,
        actorRole: 'moderator',
        visibility: 'publik',
        type: 'pembaruan_publik',
        text: 'Dukcapil berjanji mencetak minggu ini.'
      }
    },
    expect: 'allow'
  },
  {
    name: 'log: a public update marked internal',
    actor: 'modSandik',
    op: {
      set: entry('n-1'),
      data: {
        at: serverTimestamp(),
        actorUid: UID.modSandik,
        actorRole: 'moderator',
        visibility: 'internal',
        type: 'pembaruan_publik',
        text: 'Dukcapil berjanji mencetak minggu ini.'
      }
    },
    expect: 'deny'
  },
  {
    name: 'log: an internal note',
    actor: 'koorSandik',
    op: {
      set: entry('n-1'),
      data: {
        at: serverTimestamp(),
        actorUid: UID.koorSandik,
        actorRole: 'koordinator',
        visibility: 'internal',
        type: 'catatan_internal',
        text: 'Pelapor minta namanya tidak disebut.'
      }
    },
    expect: 'allow'
  },
  {
    name: 'log: an internal note marked public',
    actor: 'koorSandik',
    op: {
      set: entry('n-1'),
      data: {
        at: serverTimestamp(),
        actorUid: UID.koorSandik,
        actorRole: 'koordinator',
        visibility: 'publik',
        type: 'catatan_internal',
        text: 'Pelapor minta namanya tidak disebut.'
      }
    },
    expect: 'deny'
  },
  {
    name: 'log: an entry of an unknown type',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik, 'moderator', { type: 'surat_masuk' }) },
    expect: 'deny'
  },
  {
    name: 'log: a moderator writes as coordinator',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik, 'koordinator') },
    expect: 'deny'
  },
  {
    name: 'log: written in the name of someone else',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.koorSandik) },
    expect: 'deny'
  },
  {
    name: 'log: back-dated',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik, 'moderator', { at: daysAgo(2) }) },
    expect: 'deny'
  },
  {
    name: 'log: at as an ISO string instead of request.time',
    actor: 'modSandik',
    op: { set: entry('n-1'), data: followUp(UID.modSandik, 'moderator', { at: new Date().toISOString() }) },
    expect: 'deny'
  },
  {
    name: 'log: a moderator of another CC',
    actor: 'modMambalan',
    op: { set: entry('n-1'), data: followUp(UID.modMambalan) },
    expect: 'deny'
  },
  {
    name: 'log: on a complaint that does not exist',
    actor: 'modSandik',
    op: { set: paths.log('sandik', 'hantu', 'n-1'), data: followUp(UID.modSandik) },
    expect: 'deny'
  },
  {
    name: 'log: rewriting an entry',
    actor: 'modSandik',
    op: { update: entry('l-internal'), data: { text: 'Diubah belakangan.' } },
    expect: 'deny'
  },
  {
    name: 'log: overwriting an entry with set',
    actor: 'koorSandik',
    op: { set: entry('l-publik'), data: followUp(UID.koorSandik, 'koordinator') },
    expect: 'deny'
  },
  {
    name: 'log: deleting an entry',
    actor: 'koorSandik',
    op: { delete: entry('l-internal') },
    expect: 'deny'
  },

  {
    name: 'reply: the complainant adds information',
    actor: 'warga1',
    op: { set: entry('r-1'), data: reply(UID.warga1) },
    expect: 'allow'
  },
  {
    name: 'reply: the complainant answers a question',
    actor: 'warga1',
    op: { set: entry('r-1'), data: reply(UID.warga1, { kind: 'jawaban' }) },
    expect: 'allow'
  },
  {
    name: 'reply: the complainant says it is not solved yet',
    actor: 'warga1',
    op: { set: entry('r-1'), data: reply(UID.warga1, { kind: 'konfirmasi_selesai', resolved: false }) },
    expect: 'allow'
  },
  {
    name: 'reply: a confirmation without yes or no',
    actor: 'warga1',
    op: { set: entry('r-1'), data: reply(UID.warga1, { kind: 'konfirmasi_selesai' }) },
    expect: 'deny'
  },
  {
    name: 'reply: additional information without text',
    actor: 'warga1',
    op: { set: entry('r-1'), data: omit(reply(UID.warga1), 'text') },
    expect: 'deny'
  },
  {
    name: 'reply: an unknown kind',
    actor: 'warga1',
    op: { set: entry('r-1'), data: reply(UID.warga1, { kind: 'keluhan' }) },
    expect: 'deny'
  },
  {
    name: 'reply: a reply hidden as internal',
    actor: 'warga1',
    op: { set: entry('r-1'), data: reply(UID.warga1, { visibility: 'internal' }) },
    expect: 'deny'
  },
  {
    name: 'reply: the complainant poses as a moderator',
    actor: 'warga1',
    op: { set: entry('r-1'), data: reply(UID.warga1, { actorRole: 'moderator' }) },
    expect: 'deny'
  },
  {
    name: 'reply: the complainant writes a follow-up',
    actor: 'warga1',
    op: { set: entry('r-1'), data: followUp(UID.warga1, 'warga') },
    expect: 'deny'
  },
  {
    name: 'reply: on a closed case',
    actor: 'warga1',
    op: { set: paths.log('sandik', 'c-selesai', 'r-1'), data: reply(UID.warga1) },
    expect: 'deny'
  },
  {
    name: "reply: on someone else's case",
    actor: 'warga2',
    op: { set: entry('r-1'), data: reply(UID.warga2) },
    expect: 'deny'
  },
  {
    name: 'reply: a visitor who is not signed in',
    actor: 'publik',
    op: { set: entry('r-1'), data: reply('') },
    expect: 'deny'
  },

  {
    name: 'log read: staff list the whole log',
    actor: 'modSandik',
    op: { list: LOG, orderBy: [['at', 'asc']], count: 2 },
    expect: 'allow'
  },
  {
    name: 'log read: staff read an internal note',
    actor: 'koorSandik',
    op: { get: entry('l-internal') },
    expect: 'allow'
  },
  {
    name: "log read: the complainant lists with visibility == 'publik'",
    actor: 'warga1',
    op: { list: LOG, where: [['visibility', '==', 'publik']], count: 1 },
    expect: 'allow'
  },
  {
    name: 'log read: the complainant lists public entries in order',
    actor: 'warga1',
    op: { list: LOG, where: [['visibility', '==', 'publik']], orderBy: [['at', 'asc']], count: 1 },
    expect: 'allow'
  },
  {
    name: 'log read: the complainant lists without the visibility constraint',
    actor: 'warga1',
    op: { list: LOG },
    expect: 'deny'
  },
  {
    name: "log read: the complainant asks for visibility == 'internal'",
    actor: 'warga1',
    op: { list: LOG, where: [['visibility', '==', 'internal']] },
    expect: 'deny'
  },
  {
    name: 'log read: the complainant reads a public entry',
    actor: 'warga1',
    op: { get: entry('l-publik') },
    expect: 'allow'
  },
  {
    name: 'log read: the complainant reads an internal note',
    actor: 'warga1',
    op: { get: entry('l-internal') },
    expect: 'deny'
  },
  {
    name: 'log read: another citizen lists the public entries',
    actor: 'warga2',
    op: { list: LOG, where: [['visibility', '==', 'publik']] },
    expect: 'deny'
  },
  { name: 'log read: a moderator of another CC', actor: 'modMambalan', op: { list: LOG }, expect: 'deny' },
  { name: 'log read: a visitor', actor: 'publik', op: { get: entry('l-publik') }, expect: 'deny' },
  {
    name: 'log read: nobody lists logs across complaints',
    actor: 'modSandik',
    op: { list: 'log', group: true, where: [['visibility', '==', 'publik']] },
    expect: 'deny'
  }
];

// ───────────── public views and functions-only collections ─────────────

const functionsOnlyCases: RulesCase[] = [
  {
    name: 'tracking: anyone reads one view by its code',
    actor: 'publik',
    op: { get: `tracking/${CODE.baru}` },
    expect: 'allow'
  },
  { name: 'tracking: codes cannot be listed', actor: 'publik', op: { list: 'tracking' }, expect: 'deny' },
  {
    name: 'tracking: not even by staff',
    actor: 'koorSandik',
    op: { list: 'tracking', where: [['ccId', '==', 'sandik']] },
    expect: 'deny'
  },
  {
    name: 'tracking: a citizen forges a tracking view',
    actor: 'warga1',
    op: { set: `tracking/${CODE.fresh}`, data: { ccId: 'sandik', status: 'selesai' } },
    expect: 'deny'
  },
  {
    name: 'tracking: staff edit a tracking view',
    actor: 'modSandik',
    op: { update: `tracking/${CODE.baru}`, data: { status: 'selesai' } },
    expect: 'deny'
  },
  {
    name: 'tracking: the admin deletes a tracking view',
    actor: 'admin',
    op: { delete: `tracking/${CODE.baru}` },
    expect: 'deny'
  },

  {
    name: 'members: staff read the members of their CC',
    actor: 'modSandik',
    op: { list: 'centers/sandik/members', count: 1 },
    expect: 'allow'
  },
  {
    name: 'members: the admin reads them',
    actor: 'admin',
    op: { get: `centers/sandik/members/${UID.modSandik}` },
    expect: 'allow'
  },
  {
    name: 'members: staff of another CC',
    actor: 'modMambalan',
    op: { list: 'centers/sandik/members' },
    expect: 'deny'
  },
  {
    name: 'members: a citizen',
    actor: 'warga1',
    op: { get: `centers/sandik/members/${UID.modSandik}` },
    expect: 'deny'
  },
  {
    name: 'members: a moderator promotes themselves',
    actor: 'modSandik',
    op: { update: `centers/sandik/members/${UID.modSandik}`, data: { role: 'koordinator' } },
    expect: 'deny'
  },
  {
    name: 'members: a coordinator adds a member',
    actor: 'koorSandik',
    op: { set: `centers/sandik/members/${UID.plain}`, data: { role: 'moderator' } },
    expect: 'deny'
  },
  {
    name: 'members: a user enrols in a CC',
    actor: 'plain',
    op: { set: `centers/sandik/members/${UID.plain}`, data: { role: 'koordinator' } },
    expect: 'deny'
  },
  {
    name: 'members: the admin writes a member (functions do)',
    actor: 'admin',
    op: { set: `centers/sandik/members/${UID.plain}`, data: { role: 'moderator' } },
    expect: 'deny'
  },

  {
    name: 'counters: staff read the register sequence',
    actor: 'koorSandik',
    op: { get: 'centers/sandik/counters/2026' },
    expect: 'deny'
  },
  {
    name: 'counters: staff bump the register sequence',
    actor: 'koorSandik',
    op: { update: 'centers/sandik/counters/2026', data: { next: 1 } },
    expect: 'deny'
  },
  {
    name: "stats: anyone reads a CC's live case counts",
    actor: 'publik',
    op: { get: 'centers/sandik/stats/cases' },
    expect: 'allow'
  },
  {
    name: 'stats: a coordinator edits the counts',
    actor: 'koorSandik',
    op: { update: 'centers/sandik/stats/cases', data: { selesai: 99 } },
    expect: 'deny'
  },
  {
    name: 'monthly: anyone reads the aggregates',
    actor: 'publik',
    op: { get: 'centers/sandik/monthly/2026-11' },
    expect: 'allow'
  },
  {
    name: 'monthly: anyone lists them',
    actor: 'warga2',
    op: { list: 'centers/sandik/monthly', count: 1 },
    expect: 'allow'
  },
  {
    name: 'monthly: a coordinator edits the numbers',
    actor: 'koorSandik',
    op: { update: 'centers/sandik/monthly/2026-11', data: { total: 1 } },
    expect: 'deny'
  },
  { name: 'forum: anyone reads the ranking', actor: 'publik', op: { get: 'forum/2026-11' }, expect: 'allow' },
  {
    name: 'forum: the admin edits the ranking (functions compute it)',
    actor: 'admin',
    op: { update: 'forum/2026-11', data: { ranking: ['x'] } },
    expect: 'deny'
  },
  {
    name: 'audit: the admin reads the audit log',
    actor: 'admin',
    op: { list: 'audit', count: 1 },
    expect: 'allow'
  },
  { name: 'audit: a coordinator reads it', actor: 'koorSandik', op: { get: 'audit/x-1' }, expect: 'deny' },
  {
    name: 'audit: the admin writes it',
    actor: 'admin',
    op: { set: 'audit/x-2', data: { action: 'x' } },
    expect: 'deny'
  },
  { name: 'audit: the admin erases an entry', actor: 'admin', op: { delete: 'audit/x-1' }, expect: 'deny' },
  {
    name: 'unknown collection: write',
    actor: 'admin',
    op: { set: 'users/x', data: { admin: true } },
    expect: 'deny'
  },
  { name: 'unknown collection: read', actor: 'koorSandik', op: { get: 'users/x' }, expect: 'deny' }
];

// ───────────── centers, config, agendas ─────────────

const networkCases: RulesCase[] = [
  {
    name: 'centers: anyone reads a CC profile',
    actor: 'publik',
    op: { get: 'centers/sandik' },
    expect: 'allow'
  },
  { name: 'centers: anyone lists CCs', actor: 'publik', op: { list: 'centers', count: 3 }, expect: 'allow' },
  {
    name: 'centers: the admin adds a CC',
    actor: 'admin',
    op: { set: 'centers/meninting', data: center('CC Meninting', 'CC-MN') },
    expect: 'allow'
  },
  {
    name: 'centers: the admin adds a CC with a lower-case code',
    actor: 'admin',
    op: { set: 'centers/meninting', data: center('CC Meninting', 'cc-mn') },
    expect: 'deny'
  },
  {
    name: 'centers: the admin adds a CC of an unknown kind',
    actor: 'admin',
    op: { set: 'centers/meninting', data: { ...center('CC Meninting', 'CC-MN'), kind: 'lsm' } },
    expect: 'deny'
  },
  {
    name: 'centers: the admin adds a CC with an extra key',
    actor: 'admin',
    op: { set: 'centers/meninting', data: { ...center('CC Meninting', 'CC-MN'), owner: UID.admin } },
    expect: 'deny'
  },
  {
    name: 'centers: the admin deactivates a CC',
    actor: 'admin',
    op: { update: 'centers/sandik', data: { active: false } },
    expect: 'allow'
  },
  {
    name: 'centers: an admin claim on an anonymous account',
    actor: 'anonAdmin',
    op: { update: 'centers/sandik', data: { active: false } },
    expect: 'deny'
  },
  {
    name: "centers: admin: 'true' as a string",
    actor: 'adminString',
    op: { update: 'centers/sandik', data: { active: false } },
    expect: 'deny'
  },
  {
    name: 'centers: the admin adds a CC under an id with capitals',
    actor: 'admin',
    op: { set: 'centers/Meninting', data: center('CC Meninting', 'CC-MN') },
    expect: 'deny'
  },
  {
    name: 'centers: a moderator adds a CC',
    actor: 'modSandik',
    op: { set: 'centers/meninting', data: center('CC Meninting', 'CC-MN') },
    expect: 'deny'
  },
  {
    name: 'centers: the coordinator updates the contact',
    actor: 'koorSandik',
    op: { update: 'centers/sandik', data: { contact: { person: 'Lalu Fikri', phone: '+6281999888777' } } },
    expect: 'allow'
  },
  {
    name: 'centers: the coordinator renames the CC',
    actor: 'koorSandik',
    op: { update: 'centers/sandik', data: { name: 'CC Saling Anton Sandik' } },
    expect: 'allow'
  },
  {
    name: 'centers: the coordinator changes the register code',
    actor: 'koorSandik',
    op: { update: 'centers/sandik', data: { code: 'CC-XX' } },
    expect: 'deny'
  },
  {
    name: 'centers: the coordinator reactivates the CC',
    actor: 'koorSandik',
    op: { update: 'centers/sandik', data: { active: false } },
    expect: 'deny'
  },
  {
    name: 'centers: the coordinator writes an invalid name',
    actor: 'koorSandik',
    op: { update: 'centers/sandik', data: { name: 'CC' } },
    expect: 'deny'
  },
  {
    name: 'centers: a moderator updates the profile',
    actor: 'modSandik',
    op: { update: 'centers/sandik', data: { name: 'CC Sandik Baru' } },
    expect: 'deny'
  },
  {
    name: 'centers: the coordinator of another CC',
    actor: 'koorMambalan',
    op: { update: 'centers/sandik', data: { name: 'CC Sandik Baru' } },
    expect: 'deny'
  },
  {
    name: 'centers: the admin deletes a CC',
    actor: 'admin',
    op: { delete: 'centers/tutup' },
    expect: 'deny'
  },

  {
    name: 'config: anyone reads the taxonomy',
    actor: 'publik',
    op: { get: 'config/taxonomy' },
    expect: 'allow'
  },
  {
    name: 'config: the admin sets ranking weights',
    actor: 'admin',
    op: { set: 'config/ranking', data: { weights: { count: 0.4, urgency: 0.3, spread: 0.3 } } },
    expect: 'allow'
  },
  {
    name: 'config: a coordinator sets ranking weights',
    actor: 'koorSandik',
    op: { set: 'config/ranking', data: { weights: { count: 1 } } },
    expect: 'deny'
  },
  {
    name: 'config: an anonymous account with an admin claim',
    actor: 'anonAdmin',
    op: { update: 'config/taxonomy', data: { version: 2 } },
    expect: 'deny'
  },
  {
    name: 'config: the admin deletes the taxonomy',
    actor: 'admin',
    op: { delete: 'config/taxonomy' },
    expect: 'deny'
  },
  {
    name: 'agendas: anyone reads the agenda',
    actor: 'publik',
    op: { list: 'agendas', count: 1 },
    expect: 'allow'
  },
  {
    name: 'agendas: the admin adds an item',
    actor: 'admin',
    op: {
      set: 'agendas/a-2',
      data: { title: 'Air bersih Dusun Lendang', month: '2026-12', status: 'aktif' }
    },
    expect: 'allow'
  },
  {
    name: 'agendas: the admin removes an item',
    actor: 'admin',
    op: { delete: 'agendas/a-1' },
    expect: 'allow'
  },
  {
    name: 'agendas: a coordinator adds an item',
    actor: 'koorSandik',
    op: { set: 'agendas/a-2', data: { title: 'Air bersih' } },
    expect: 'deny'
  }
];

// ───────────── posts and meetings ─────────────

const postCases: RulesCase[] = [
  {
    name: 'posts: anyone reads a published post',
    actor: 'publik',
    op: { get: 'posts/p-terbit' },
    expect: 'allow'
  },
  {
    name: 'posts: a visitor reads a post awaiting moderation',
    actor: 'publik',
    op: { get: 'posts/p-menunggu' },
    expect: 'deny'
  },
  {
    name: "posts: anyone lists with status == 'terbit'",
    actor: 'publik',
    op: { list: 'posts', where: [['status', '==', 'terbit']], orderBy: [['publishedAt', 'desc']], count: 1 },
    expect: 'allow'
  },
  {
    name: 'posts: a visitor lists without the status constraint',
    actor: 'publik',
    op: { list: 'posts' },
    expect: 'deny'
  },
  {
    name: 'posts: the author reads their own experience while it waits',
    actor: 'warga1',
    op: { get: 'posts/p-menunggu' },
    expect: 'allow'
  },
  {
    name: 'posts: staff of the CC list its posts',
    actor: 'modSandik',
    op: { list: 'posts', where: [['ccId', '==', 'sandik']], count: 2 },
    expect: 'allow'
  },
  {
    name: "posts: a CC's moderation queue",
    actor: 'koorSandik',
    op: {
      list: 'posts',
      where: [
        ['ccId', '==', 'sandik'],
        ['status', '==', 'menunggu_moderasi']
      ],
      orderBy: [['createdAt', 'asc']],
      count: 1
    },
    expect: 'allow'
  },
  { name: 'posts: staff list every post', actor: 'modSandik', op: { list: 'posts' }, expect: 'deny' },
  {
    name: 'posts: the admin lists every post',
    actor: 'admin',
    op: { list: 'posts', count: 3 },
    expect: 'allow'
  },
  {
    name: 'posts: a visitor shares an experience',
    actor: 'publik',
    op: { set: 'posts/e-1', data: experience() },
    expect: 'allow'
  },
  {
    name: 'posts: a citizen shares an experience under their uid',
    actor: 'warga1',
    op: { set: 'posts/e-1', data: experience({ authorUid: UID.warga1, authorName: 'Inaq Sum' }) },
    expect: 'allow'
  },
  {
    name: "posts: an experience under someone else's uid",
    actor: 'warga1',
    op: { set: 'posts/e-1', data: experience({ authorUid: UID.warga2 }) },
    expect: 'deny'
  },
  {
    name: 'posts: an experience that publishes itself',
    actor: 'publik',
    op: { set: 'posts/e-1', data: experience({ status: 'terbit' }) },
    expect: 'deny'
  },
  {
    name: 'posts: an experience with publishedAt',
    actor: 'publik',
    op: { set: 'posts/e-1', data: experience({ publishedAt: serverTimestamp() }) },
    expect: 'deny'
  },
  {
    name: 'posts: an experience with a too short story',
    actor: 'publik',
    op: { set: 'posts/e-1', data: experience({ body: 'Bagus.' }) },
    expect: 'deny'
  },
  {
    name: 'posts: an experience without saying good or bad',
    actor: 'publik',
    op: { set: 'posts/e-1', data: omit(experience(), 'experience') },
    expect: 'deny'
  },
  {
    name: 'posts: an experience for a CC that does not exist',
    actor: 'publik',
    op: { set: 'posts/e-1', data: experience({ ccId: 'hantu' }) },
    expect: 'deny'
  },
  {
    name: 'posts: an experience whose ccId is a path',
    actor: 'publik',
    op: { set: 'posts/e-1', data: experience({ ccId: 'sandik/complaints/c-baru' }) },
    expect: 'deny'
  },
  {
    name: 'posts: a citizen posts an announcement',
    actor: 'warga1',
    op: { set: 'posts/e-1', data: announcement(UID.warga1) },
    expect: 'deny'
  },
  {
    name: 'posts: a moderator publishes an announcement',
    actor: 'modSandik',
    op: { set: 'posts/n-1', data: announcement(UID.modSandik) },
    expect: 'allow'
  },
  {
    name: 'posts: a moderator keeps a policy note as a draft',
    actor: 'modSandik',
    op: {
      set: 'posts/n-1',
      data: omit(announcement(UID.modSandik, { kind: 'kebijakan', status: 'draf' }), 'publishedAt')
    },
    expect: 'allow'
  },
  {
    name: 'posts: an announcement for another CC',
    actor: 'modMambalan',
    op: { set: 'posts/n-1', data: announcement(UID.modMambalan) },
    expect: 'deny'
  },
  {
    name: 'posts: the admin posts for the whole network',
    actor: 'admin',
    op: { set: 'posts/n-1', data: omit(announcement(UID.admin), 'ccId') },
    expect: 'allow'
  },
  {
    name: 'posts: a moderator publishes a waiting experience',
    actor: 'modSandik',
    op: {
      update: 'posts/p-menunggu',
      data: { status: 'terbit', publishedAt: serverTimestamp(), moderatedBy: UID.modSandik }
    },
    expect: 'allow'
  },
  {
    name: 'posts: publishing in the name of another moderator',
    actor: 'modSandik',
    op: {
      update: 'posts/p-menunggu',
      data: { status: 'terbit', publishedAt: serverTimestamp(), moderatedBy: UID.koorSandik }
    },
    expect: 'deny'
  },
  {
    name: 'posts: publishing with a back-dated publishedAt',
    actor: 'modSandik',
    op: {
      update: 'posts/p-menunggu',
      data: { status: 'terbit', publishedAt: daysAgo(10), moderatedBy: UID.modSandik }
    },
    expect: 'deny'
  },
  {
    name: 'posts: a moderator removes personal details before publishing',
    actor: 'koorSandik',
    op: {
      update: 'posts/p-menunggu',
      data: {
        body: 'Saya dilayani dengan ramah dan obat tersedia di Puskesmas.',
        moderatedBy: UID.koorSandik
      }
    },
    expect: 'allow'
  },
  {
    name: 'posts: a moderator rejects an experience',
    actor: 'modSandik',
    op: { update: 'posts/p-menunggu', data: { status: 'ditolak', moderatedBy: UID.modSandik } },
    expect: 'allow'
  },
  {
    name: "posts: moderating another CC's experience",
    actor: 'modMambalan',
    op: {
      update: 'posts/p-menunggu',
      data: { status: 'terbit', publishedAt: serverTimestamp(), moderatedBy: UID.modMambalan }
    },
    expect: 'deny'
  },
  {
    name: 'posts: a CC moderator publishes a network experience',
    actor: 'modSandik',
    op: {
      update: 'posts/p-jaringan',
      data: { status: 'terbit', publishedAt: serverTimestamp(), moderatedBy: UID.modSandik }
    },
    expect: 'deny'
  },
  {
    name: 'posts: the admin publishes a network experience',
    actor: 'admin',
    op: {
      update: 'posts/p-jaringan',
      data: { status: 'terbit', publishedAt: serverTimestamp(), moderatedBy: UID.admin }
    },
    expect: 'allow'
  },
  {
    name: 'posts: the author publishes their own experience',
    actor: 'warga1',
    op: {
      update: 'posts/p-menunggu',
      data: { status: 'terbit', publishedAt: serverTimestamp(), moderatedBy: UID.warga1 }
    },
    expect: 'deny'
  },
  {
    name: 'posts: staff change the author',
    actor: 'modSandik',
    op: { update: 'posts/p-menunggu', data: { authorUid: UID.modSandik, moderatedBy: UID.modSandik } },
    expect: 'deny'
  },
  { name: 'posts: nobody deletes a post', actor: 'admin', op: { delete: 'posts/p-terbit' }, expect: 'deny' },

  {
    name: 'meetings: anyone reads a published meeting',
    actor: 'publik',
    op: { get: 'meetings/m-terbit' },
    expect: 'allow'
  },
  {
    name: 'meetings: a visitor reads a draft',
    actor: 'publik',
    op: { get: 'meetings/m-draf' },
    expect: 'deny'
  },
  {
    name: "meetings: anyone lists with status == 'terbit'",
    actor: 'publik',
    op: { list: 'meetings', where: [['status', '==', 'terbit']], count: 1 },
    expect: 'allow'
  },
  {
    name: 'meetings: a visitor lists every meeting',
    actor: 'publik',
    op: { list: 'meetings' },
    expect: 'deny'
  },
  {
    name: 'meetings: staff of the CC read a draft',
    actor: 'modSandik',
    op: { get: 'meetings/m-draf' },
    expect: 'allow'
  },
  {
    name: 'meetings: a moderator plans a dialogue',
    actor: 'modSandik',
    op: { set: 'meetings/n-1', data: meeting(UID.modSandik) },
    expect: 'allow'
  },
  {
    name: 'meetings: planned for another CC',
    actor: 'modMambalan',
    op: { set: 'meetings/n-1', data: meeting(UID.modMambalan) },
    expect: 'deny'
  },
  {
    name: 'meetings: createdBy names someone else',
    actor: 'modSandik',
    op: { set: 'meetings/n-1', data: meeting(UID.koorSandik) },
    expect: 'deny'
  },
  {
    name: 'meetings: an unknown kind',
    actor: 'modSandik',
    op: { set: 'meetings/n-1', data: meeting(UID.modSandik, { kind: 'pesta' }) },
    expect: 'deny'
  },
  {
    name: 'meetings: the admin plans the monthly forum',
    actor: 'admin',
    op: {
      set: 'meetings/n-1',
      data: omit(meeting(UID.admin, { kind: 'forum_bulanan', title: 'Forum bulanan Desember' }), 'ccId')
    },
    expect: 'allow'
  },
  {
    name: 'meetings: staff publish the minutes',
    actor: 'koorSandik',
    op: {
      update: 'meetings/m-draf',
      data: { status: 'terbit', minutes: 'Kepala Puskesmas berjanji menambah jam layanan.', attendance: 34 }
    },
    expect: 'allow'
  },
  {
    name: 'meetings: staff hand a meeting to another CC',
    actor: 'koorSandik',
    op: { update: 'meetings/m-draf', data: { ccId: 'mambalan' } },
    expect: 'deny'
  },
  {
    name: 'meetings: a citizen edits the minutes',
    actor: 'warga1',
    op: { update: 'meetings/m-terbit', data: { minutes: 'Tidak ada hasil.' } },
    expect: 'deny'
  },
  {
    name: 'meetings: staff cancel a draft',
    actor: 'modSandik',
    op: { delete: 'meetings/m-draf' },
    expect: 'allow'
  },
  {
    name: 'meetings: staff of another CC delete it',
    actor: 'modMambalan',
    op: { delete: 'meetings/m-draf' },
    expect: 'deny'
  }
];

// ───────────── sharing a case with the network admins ─────────────

const SHARED_ID = 'c-dibagi';
const SHARED = paths.complaint('sandik', SHARED_ID);
const SHARED_CONTACT = paths.contact('sandik', SHARED_ID);
const SHARE_REASON = 'Perlu eskalasi ke Ombudsman NTB: Dukcapil tidak menjawab dua surat CC.';

/** `networkShare` as stored after a share (or, with shared false, a withdrawal) two days ago. */
function storedShare(shared: boolean, overrides: Data = {}): Data {
  return {
    shared,
    by: UID.modSandik,
    role: 'moderator',
    at: daysAgo(2),
    ...(shared ? { reason: SHARE_REASON } : {}),
    entryId: 'b-1',
    ...overrides
  };
}

/**
 * A referred sandik case (warga1's), shared with the network or not (`share` null), with its
 * contact, a public follow-up and the internal share entry. Seeded by the cases that need it, so
 * the list counts of the base world stay as they are.
 */
function sharedWorld(share: Data | null = storedShare(true), status = 'dirujuk'): Record<string, Data> {
  return {
    [SHARED]: storedComplaint('sandik', status, {
      reporterUid: UID.warga1,
      ...(share ? { networkShare: share } : {})
    }),
    [SHARED_CONTACT]: { name: 'Inaq Sumiati', phone: '+6281999888777', address: 'Dusun Sandik Timur' },
    [paths.log('sandik', SHARED_ID, 'l-publik')]: {
      ...followUp(UID.modSandik),
      at: daysAgo(4),
      date: day(-4)
    },
    [paths.log('sandik', SHARED_ID, 'b-1')]: {
      at: daysAgo(2),
      actorUid: UID.modSandik,
      actorRole: 'moderator',
      visibility: 'internal',
      type: 'berbagi_jaringan',
      shared: true,
      reason: SHARE_REASON
    }
  };
}

/** A shared mambalan case too, for the admin's list across CCs. */
const MAMBALAN_SHARED: Record<string, Data> = {
  [paths.complaint('mambalan', 'm-dibagi')]: storedComplaint('mambalan', 'ditindaklanjuti', {
    trackingCode: CODE.mambalan,
    networkShare: storedShare(true, { by: UID.koorMambalan, role: 'koordinator', at: daysAgo(1) })
  })
};

/** Sharing (or withdrawing): the complaint's networkShare and its internal log entry, one batch. */
function share(
  actor: { uid: string; role: string },
  shared: boolean,
  options: {
    id?: string;
    cc?: string;
    share?: Data;
    dropFromShare?: string[];
    entry?: Data;
    dropFromEntry?: string[];
    complaint?: Data;
    withoutEntry?: boolean;
    entryId?: string;
  } = {}
): Operation {
  const cc = options.cc ?? 'sandik';
  const id = options.id ?? SHARED_ID;
  const entryId = options.entryId ?? 'b-2';
  const reason = shared ? { reason: SHARE_REASON } : {};
  const networkShare = omit(
    { shared, by: actor.uid, role: actor.role, at: serverTimestamp(), ...reason, entryId, ...options.share },
    ...(options.dropFromShare ?? [])
  );
  const writes: Write[] = [{ update: paths.complaint(cc, id), data: { networkShare, ...options.complaint } }];
  if (!options.withoutEntry)
    writes.push({
      set: paths.log(cc, id, entryId),
      data: omit(
        {
          ...entryBase(actor.uid, actor.role, 'internal'),
          type: 'berbagi_jaringan',
          shared,
          ...reason,
          ...options.entry
        },
        ...(options.dropFromEntry ?? [])
      )
    });
  return { batch: writes };
}

const NOT_SHARED = sharedWorld(null);
const WITHDRAWN = sharedWorld(storedShare(false, { entryId: 'b-1' }));

const shareCases: RulesCase[] = [
  // ── sharing and withdrawing, by the CC's staff ──
  {
    name: 'share: a moderator shares a case with the network, with a reason',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true),
    expect: 'allow'
  },
  {
    name: 'share: a coordinator shares a case',
    actor: 'koorSandik',
    seed: NOT_SHARED,
    op: share(KOOR, true),
    expect: 'allow'
  },
  {
    name: 'share: a moderator shares again after a withdrawal',
    actor: 'modSandik',
    seed: WITHDRAWN,
    op: share(MOD, true),
    expect: 'allow'
  },
  {
    name: 'share: a coordinator withdraws the share',
    actor: 'koorSandik',
    seed: sharedWorld(),
    op: share(KOOR, false),
    expect: 'allow'
  },
  {
    name: 'share: a withdrawal may say why',
    actor: 'modSandik',
    seed: sharedWorld(),
    op: share(MOD, false, {
      share: { reason: 'Ombudsman sudah menerima berkas.' },
      entry: { reason: 'Ombudsman sudah menerima berkas.' }
    }),
    expect: 'allow'
  },
  {
    name: 'share: a share of a case closed since then is withdrawn',
    actor: 'modSandik',
    seed: sharedWorld(storedShare(true), 'selesai'),
    op: share(MOD, false),
    expect: 'allow'
  },
  {
    name: 'share: a closed case is not shared any more',
    actor: 'modSandik',
    seed: sharedWorld(null, 'selesai'),
    op: share(MOD, true),
    expect: 'deny'
  },
  {
    name: 'share: without a reason',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { dropFromShare: ['reason'], dropFromEntry: ['reason'] }),
    expect: 'deny'
  },
  {
    name: 'share: a two-character reason',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { share: { reason: 'ok' }, entry: { reason: 'ok' } }),
    expect: 'deny'
  },
  {
    name: 'share: sharing a case that is already shared',
    actor: 'modSandik',
    seed: sharedWorld(),
    op: share(MOD, true),
    expect: 'deny'
  },
  {
    name: 'share: withdrawing a case that is not shared',
    actor: 'modSandik',
    seed: WITHDRAWN,
    op: share(MOD, false),
    expect: 'deny'
  },
  {
    name: "share: a forged `by` (another staff member's uid)",
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { share: { by: UID.koorSandik } }),
    expect: 'deny'
  },
  {
    name: 'share: a moderator claims the coordinator role',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { share: { role: 'koordinator' }, entry: { actorRole: 'koordinator' } }),
    expect: 'deny'
  },
  {
    name: 'share: `at` from the client clock',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { share: { at: daysAgo(1) } }),
    expect: 'deny'
  },
  {
    name: 'share: an extra key in networkShare',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { share: { withCc: 'mambalan' } }),
    expect: 'deny'
  },
  {
    name: 'share: a moderator of another CC shares it',
    actor: 'modMambalan',
    seed: NOT_SHARED,
    op: share({ uid: UID.modMambalan, role: 'moderator' }, true),
    expect: 'deny'
  },
  {
    name: 'share: a moderator of another CC withdraws it',
    actor: 'modMambalan',
    seed: sharedWorld(),
    op: share({ uid: UID.modMambalan, role: 'moderator' }, false),
    expect: 'deny'
  },
  {
    name: 'share: the network admin shares a case for the CC',
    actor: 'admin',
    seed: NOT_SHARED,
    op: share({ uid: UID.admin, role: 'admin' }, true),
    expect: 'deny'
  },
  {
    name: 'share: the network admin withdraws a share',
    actor: 'admin',
    seed: sharedWorld(),
    op: share({ uid: UID.admin, role: 'admin' }, false),
    expect: 'deny'
  },
  {
    name: 'share: the complainant shares their own case',
    actor: 'warga1',
    seed: NOT_SHARED,
    op: share(WARGA, true),
    expect: 'deny'
  },
  {
    name: 'share: an anonymous account with a staff claim',
    actor: 'anonStaff',
    seed: NOT_SHARED,
    op: share({ uid: 'anon-staff', role: 'moderator' }, true),
    expect: 'deny'
  },
  {
    name: 'share: without the log entry',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { withoutEntry: true }),
    expect: 'deny'
  },
  {
    name: 'share: naming a log entry that already exists',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { entryId: 'l-publik', withoutEntry: true }),
    expect: 'deny'
  },
  {
    name: 'share: the log entry is public',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { entry: { visibility: 'publik' } }),
    expect: 'deny'
  },
  {
    name: 'share: the log entry says withdrawn while the complaint says shared',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { entry: { shared: false } }),
    expect: 'deny'
  },
  {
    name: 'share: the log entry gives another reason',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { entry: { reason: 'Alasan lain yang tidak tercatat di pengaduan.' } }),
    expect: 'deny'
  },
  {
    name: 'share: a share entry alone, without the complaint',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: {
      set: paths.log('sandik', SHARED_ID, 'b-2'),
      data: {
        ...entryBase(UID.modSandik, 'moderator'),
        type: 'berbagi_jaringan',
        shared: true,
        reason: SHARE_REASON
      }
    },
    expect: 'deny'
  },
  {
    name: 'share: changing the status along with the share',
    actor: 'modSandik',
    seed: NOT_SHARED,
    op: share(MOD, true, { complaint: { status: 'selesai' } }),
    expect: 'deny'
  },
  {
    name: 'share: a citizen files a complaint already shared',
    actor: 'warga1',
    op: file(
      citizenComplaint({ reporterUid: UID.warga1, networkShare: storedShare(true, { by: UID.warga1 }) })
    ),
    expect: 'deny'
  },
  {
    name: 'share: staff record a walk-in complaint already shared',
    actor: 'modSandik',
    op: file(staffComplaint(UID.modSandik, { networkShare: storedShare(true, { at: daysAgo(0) }) })),
    expect: 'deny'
  },

  // ── what the network admin reads ──
  {
    name: 'share: the admin reads a shared complaint',
    actor: 'admin',
    seed: sharedWorld(),
    op: { get: SHARED },
    expect: 'allow'
  },
  {
    name: "share: the admin reads a shared case's contact",
    actor: 'admin',
    seed: sharedWorld(),
    op: { get: SHARED_CONTACT },
    expect: 'allow'
  },
  {
    name: "share: the admin reads an unshared case's contact",
    actor: 'admin',
    seed: NOT_SHARED,
    op: { get: SHARED_CONTACT },
    expect: 'deny'
  },
  {
    name: 'share: the admin reads the complaint after the share is withdrawn',
    actor: 'admin',
    seed: WITHDRAWN,
    op: { get: SHARED },
    expect: 'deny'
  },
  {
    name: 'share: the admin reads the contact after the share is withdrawn',
    actor: 'admin',
    seed: WITHDRAWN,
    op: { get: SHARED_CONTACT },
    expect: 'deny'
  },
  {
    name: 'share: an admin claim on an anonymous account reads the shared contact',
    actor: 'anonAdmin',
    seed: sharedWorld(),
    op: { get: SHARED_CONTACT },
    expect: 'deny'
  },
  {
    name: "share: admin: 'true' as a string reads the shared contact",
    actor: 'adminString',
    seed: sharedWorld(),
    op: { get: SHARED_CONTACT },
    expect: 'deny'
  },
  {
    name: 'share: a moderator of another CC reads the shared contact',
    actor: 'modMambalan',
    seed: sharedWorld(),
    op: { get: SHARED_CONTACT },
    expect: 'deny'
  },
  {
    name: 'share: another citizen reads the shared contact',
    actor: 'warga2',
    seed: sharedWorld(),
    op: { get: SHARED_CONTACT },
    expect: 'deny'
  },
  {
    name: 'share: a visitor reads the shared complaint',
    actor: 'publik',
    seed: sharedWorld(),
    op: { get: SHARED },
    expect: 'deny'
  },
  {
    name: 'share: the admin changes the shared contact',
    actor: 'admin',
    seed: sharedWorld(),
    op: { update: SHARED_CONTACT, data: { phone: '+6287765432100' } },
    expect: 'deny'
  },
  {
    name: 'share: the admin edits a shared complaint',
    actor: 'admin',
    seed: sharedWorld(),
    op: { update: SHARED, data: { urgency: 'darurat' } },
    expect: 'deny'
  },
  {
    name: 'share: the admin lists shared cases across CCs, latest share first',
    actor: 'admin',
    seed: {
      ...sharedWorld(),
      ...MAMBALAN_SHARED,
      [paths.complaint('sandik', 'c-ditarik')]: storedComplaint('sandik', 'dirujuk', {
        networkShare: storedShare(false)
      })
    },
    op: {
      list: 'complaints',
      group: true,
      where: [['networkShare.shared', '==', true]],
      orderBy: [['networkShare.at', 'desc']],
      count: 2
    },
    expect: 'allow'
  },
  {
    name: 'share: the admin lists withdrawn shares',
    actor: 'admin',
    seed: WITHDRAWN,
    op: { list: 'complaints', group: true, where: [['networkShare.shared', '==', false]] },
    expect: 'deny'
  },
  {
    name: "share: the admin lists one CC's shared cases",
    actor: 'admin',
    seed: sharedWorld(),
    op: { list: 'centers/sandik/complaints', where: [['networkShare.shared', '==', true]], count: 1 },
    expect: 'allow'
  },
  {
    name: "share: the admin lists one CC's book without the constraint",
    actor: 'admin',
    seed: sharedWorld(),
    op: { list: 'centers/sandik/complaints' },
    expect: 'deny'
  },
  {
    name: 'share: a moderator lists shared cases across CCs',
    actor: 'modSandik',
    seed: { ...sharedWorld(), ...MAMBALAN_SHARED },
    op: { list: 'complaints', group: true, where: [['networkShare.shared', '==', true]] },
    expect: 'deny'
  },
  {
    name: "share: the admin reads a shared case's public log",
    actor: 'admin',
    seed: sharedWorld(),
    op: {
      list: paths.logs('sandik', SHARED_ID),
      where: [['visibility', '==', 'publik']],
      orderBy: [['at', 'asc']],
      count: 1
    },
    expect: 'allow'
  },
  {
    name: "share: the admin lists a shared case's whole log",
    actor: 'admin',
    seed: sharedWorld(),
    op: { list: paths.logs('sandik', SHARED_ID) },
    expect: 'deny'
  },
  {
    name: 'share: the admin reads the internal share entry',
    actor: 'admin',
    seed: sharedWorld(),
    op: { get: paths.log('sandik', SHARED_ID, 'b-1') },
    expect: 'deny'
  },
  {
    name: "share: the admin reads an unshared case's public log",
    actor: 'admin',
    seed: NOT_SHARED,
    op: { list: paths.logs('sandik', SHARED_ID), where: [['visibility', '==', 'publik']] },
    expect: 'deny'
  },
  {
    name: 'share: the admin writes in a shared case log',
    actor: 'admin',
    seed: sharedWorld(),
    op: { set: paths.log('sandik', SHARED_ID, 'n-1'), data: followUp(UID.admin, 'admin') },
    expect: 'deny'
  },
  {
    name: 'share: the admin moves a shared case',
    actor: 'admin',
    seed: sharedWorld(),
    op: move('sandik', SHARED_ID, 'dirujuk', 'ditindaklanjuti', { uid: UID.admin, role: 'admin' }),
    expect: 'deny'
  },
  {
    name: 'share: the complainant still reads their shared case',
    actor: 'warga1',
    seed: sharedWorld(),
    op: { get: SHARED },
    expect: 'allow'
  }
];

// ───────────── verifying a complaint filed late (more than 30 days after the service) ─────────────

const LATE_ID = 'c-terlambat';
const LATE = paths.complaint('sandik', LATE_ID);
const LATE_NOTE = 'Pelapor dirawat di RSUD selama lima minggu; CC tetap menanganinya.';

/** A web complaint received now about a service `daysBefore` WITA days earlier. */
function lateWorld(daysBefore: number, overrides: Data = {}): Record<string, Data> {
  return {
    [LATE]: storedComplaint('sandik', 'diterima', {
      reporterUid: UID.warga1,
      occurredAt: day(-daysBefore),
      receivedAt: daysAgo(0),
      ...overrides
    })
  };
}

const lateCases: RulesCase[] = [
  {
    name: 'late: verifying a complaint filed 31 days after the service without a staff note',
    actor: 'modSandik',
    seed: lateWorld(31),
    op: move('sandik', LATE_ID, 'diterima', 'diverifikasi', MOD),
    expect: 'deny'
  },
  {
    name: 'late: verifying it with the staff note written in the same batch',
    actor: 'modSandik',
    seed: lateWorld(31),
    op: move('sandik', LATE_ID, 'diterima', 'diverifikasi', MOD, { complaint: { staffNote: LATE_NOTE } }),
    expect: 'allow'
  },
  {
    name: 'late: verifying it when the staff note is already there',
    actor: 'koorSandik',
    seed: lateWorld(90, { staffNote: LATE_NOTE }),
    op: move('sandik', LATE_ID, 'diterima', 'diverifikasi', KOOR),
    expect: 'allow'
  },
  {
    name: 'late: a staff note of two characters',
    actor: 'modSandik',
    seed: lateWorld(31),
    op: move('sandik', LATE_ID, 'diterima', 'diverifikasi', MOD, { complaint: { staffNote: 'ok' } }),
    expect: 'deny'
  },
  {
    name: 'late: removing the staff note while verifying',
    actor: 'modSandik',
    seed: lateWorld(40, { staffNote: LATE_NOTE }),
    op: move('sandik', LATE_ID, 'diterima', 'diverifikasi', MOD, { complaint: { staffNote: deleteField() } }),
    expect: 'deny'
  },
  {
    name: 'late: a staff note of 1001 characters',
    actor: 'modSandik',
    seed: lateWorld(31),
    op: move('sandik', LATE_ID, 'diterima', 'diverifikasi', MOD, { complaint: { staffNote: textOf(1001) } }),
    expect: 'deny'
  },
  {
    name: 'late: 30 days after the service is not late, no note needed',
    actor: 'modSandik',
    seed: lateWorld(30),
    op: move('sandik', LATE_ID, 'diterima', 'diverifikasi', MOD),
    expect: 'allow'
  },
  {
    name: 'late: rejecting a late complaint needs only the reason',
    actor: 'modSandik',
    seed: lateWorld(60),
    op: move('sandik', LATE_ID, 'diterima', 'ditolak', MOD),
    expect: 'allow'
  },
  {
    name: 'late: staff write the staff note along with another move',
    actor: 'modSandik',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'dirujuk', MOD, {
      complaint: { staffNote: LATE_NOTE }
    }),
    expect: 'allow'
  },
  {
    name: 'late: the complainant writes a staff note along with their move',
    actor: 'warga1',
    op: move('sandik', 'c-proses', 'ditindaklanjuti', 'selesai', WARGA, {
      complaint: { staffNote: LATE_NOTE }
    }),
    expect: 'deny'
  }
];

export const RULES_TABLE: RulesCase[] = [
  ...intakeCases,
  ...contactCases,
  ...staffIntakeCases,
  ...readCases,
  ...workflowCases,
  ...logCases,
  ...functionsOnlyCases,
  ...networkCases,
  ...postCases,
  ...shareCases,
  ...lateCases
];
