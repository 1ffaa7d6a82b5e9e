/**
 * Every query the app makes (web pages and functions), as data: collection, scope, filters and
 * order. indexes.test.ts derives from each the index Firestore needs and fails when
 * firestore.indexes.json lacks it. A page that adds a query adds its shape here.
 *
 * Values are left out: an index depends on fields, operators and directions only.
 */
export type FilterOp =
  '==' | 'in' | 'array-contains' | 'array-contains-any' | '<' | '<=' | '>' | '>=' | '!=' | 'not-in';

export interface QueryShape {
  /** What the app shows or does with it. */
  name: string;
  /** The collection id (the last segment), e.g. 'complaints' for centers/{cc}/complaints. */
  collection: string;
  scope: 'COLLECTION' | 'COLLECTION_GROUP';
  where: [field: string, op: FilterOp][];
  orderBy?: [field: string, direction: 'asc' | 'desc'][];
  /** Who runs it: which rule lets it through (see the table). */
  by: string;
}

export const APP_QUERIES: QueryShape[] = [
  // ── the complaint book of one CC (centers/{cc}/complaints), staff ──
  {
    name: 'book, newest first',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff'
  },
  {
    name: 'book by status',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [['status', '==']],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff'
  },
  {
    name: 'book: look up one register number (web: findByRegisterNumber)',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [['registerNumber', '==']],
    by: 'staff'
  },
  {
    name: 'book: open cases',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [['status', 'in']],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff'
  },
  {
    name: 'book by sector',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [['sector', '==']],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff'
  },
  {
    name: 'book by desa',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [['location.desa', '==']],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff'
  },
  {
    name: 'book by urgency',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [['urgency', '==']],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff'
  },
  {
    name: 'book by maladministration type',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [['maladministrationType', '==']],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff'
  },
  {
    name: 'book of one month (WITA bounds)',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [
      ['receivedAt', '>='],
      ['receivedAt', '<']
    ],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff; functions (monthly aggregate of one CC)'
  },
  {
    name: 'book of one month by status',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [
      ['status', '=='],
      ['receivedAt', '>='],
      ['receivedAt', '<']
    ],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff'
  },
  {
    name: 'book of one month by sector',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [
      ['sector', '=='],
      ['receivedAt', '>='],
      ['receivedAt', '<']
    ],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff'
  },
  {
    name: 'book of one month by desa',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [
      ['location.desa', '=='],
      ['receivedAt', '>='],
      ['receivedAt', '<']
    ],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff'
  },
  {
    name: 'open cases past their resolution deadline (deadlines.penyelesaian), most overdue first',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [
      ['status', 'in'],
      ['deadlines.penyelesaian', '<']
    ],
    orderBy: [['deadlines.penyelesaian', 'asc']],
    by: 'staff; functions (reminders, one task per CC)'
  },
  {
    name: 'open cases waiting for the complainant, longest first',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [
      ['status', 'in'],
      ['awaitingReplySince', '<']
    ],
    orderBy: [['awaitingReplySince', 'asc']],
    by: 'staff; functions (closing for silence, one task per CC)'
  },

  // ── across CCs (collection group) ──
  {
    name: "a multi-CC moderator's book",
    collection: 'complaints',
    scope: 'COLLECTION_GROUP',
    where: [['ccId', 'in']],
    orderBy: [['receivedAt', 'desc']],
    by: 'staff of every listed CC'
  },
  {
    name: "the complainant's own complaints",
    collection: 'complaints',
    scope: 'COLLECTION_GROUP',
    where: [['reporterUid', '==']],
    orderBy: [['receivedAt', 'desc']],
    by: 'the complainant'
  },
  {
    name: "the network admin's shared cases, latest share first (web: listSharedCases)",
    collection: 'complaints',
    scope: 'COLLECTION_GROUP',
    where: [['networkShare.shared', '==']],
    orderBy: [['networkShare.at', 'desc']],
    by: 'admin (only cases their CC shares)'
  },

  // ── the case log (centers/{cc}/complaints/{id}/log) ──
  {
    name: 'case log for staff',
    collection: 'log',
    scope: 'COLLECTION',
    where: [],
    orderBy: [['at', 'asc']],
    by: 'staff'
  },
  {
    name: 'case log for the complainant (public entries)',
    collection: 'log',
    scope: 'COLLECTION',
    where: [['visibility', '==']],
    orderBy: [['at', 'asc']],
    by: 'the complainant; the network admin, in a shared case'
  },
  {
    name: 'case log: follow-ups only',
    collection: 'log',
    scope: 'COLLECTION',
    where: [['type', '==']],
    orderBy: [['at', 'asc']],
    by: 'staff'
  },

  // ── posts ──
  {
    name: 'published posts, newest first',
    collection: 'posts',
    scope: 'COLLECTION',
    where: [['status', '==']],
    orderBy: [['publishedAt', 'desc']],
    by: 'anyone'
  },
  {
    name: 'published posts of one kind',
    collection: 'posts',
    scope: 'COLLECTION',
    where: [
      ['status', '=='],
      ['kind', '==']
    ],
    orderBy: [['publishedAt', 'desc']],
    by: 'anyone'
  },
  {
    name: 'published posts of one CC',
    collection: 'posts',
    scope: 'COLLECTION',
    where: [
      ['status', '=='],
      ['ccId', '==']
    ],
    orderBy: [['publishedAt', 'desc']],
    by: 'anyone'
  },
  {
    name: "a CC's moderation queue, oldest first",
    collection: 'posts',
    scope: 'COLLECTION',
    where: [
      ['ccId', '=='],
      ['status', '==']
    ],
    orderBy: [['createdAt', 'asc']],
    by: 'staff of the CC'
  },
  {
    name: 'the network moderation queue, oldest first',
    collection: 'posts',
    scope: 'COLLECTION',
    where: [['status', '==']],
    orderBy: [['createdAt', 'asc']],
    by: 'admin'
  },
  {
    name: "a CC's posts, newest first",
    collection: 'posts',
    scope: 'COLLECTION',
    where: [['ccId', '==']],
    orderBy: [['createdAt', 'desc']],
    by: 'staff of the CC'
  },

  // ── meetings ──
  {
    name: 'published meetings, latest first',
    collection: 'meetings',
    scope: 'COLLECTION',
    where: [['status', '==']],
    orderBy: [['date', 'desc']],
    by: 'anyone'
  },
  {
    name: "a CC's meetings",
    collection: 'meetings',
    scope: 'COLLECTION',
    where: [['ccId', '==']],
    orderBy: [['date', 'desc']],
    by: 'staff of the CC'
  },
  {
    name: 'published meetings about one agenda item',
    collection: 'meetings',
    scope: 'COLLECTION',
    where: [
      ['status', '=='],
      ['agendaIds', 'array-contains']
    ],
    orderBy: [['date', 'desc']],
    by: 'anyone'
  },

  // ── the network ──
  {
    name: 'the advocacy agenda, by month',
    collection: 'agendas',
    scope: 'COLLECTION',
    where: [['status', '==']],
    orderBy: [['month', 'desc']],
    by: 'anyone'
  },
  {
    name: 'CCs that accept complaints (web: listActiveCenters, sorted on the device)',
    collection: 'centers',
    scope: 'COLLECTION',
    where: [['active', '==']],
    by: 'anyone'
  },
  {
    name: "functions: one CC's complaints before the forum month ends (readCenterRecords)",
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [['receivedAt', '<']],
    orderBy: [['receivedAt', 'asc']],
    by: 'functions'
  },
  {
    name: "functions: a CC's complaints before the forum month ends, counted (fan-out threshold)",
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [['receivedAt', '<']],
    by: 'functions'
  },
  {
    name: 'functions: the CC partials of one fanned-out forum run (forumRuns/{month}/partials)',
    collection: 'partials',
    scope: 'COLLECTION',
    where: [['runId', '==']],
    by: 'functions'
  },
  {
    name: 'active CCs by name',
    collection: 'centers',
    scope: 'COLLECTION',
    where: [['active', '==']],
    orderBy: [['name', 'asc']],
    by: 'anyone'
  },
  {
    name: 'every CC aggregate of one month',
    collection: 'monthly',
    scope: 'COLLECTION_GROUP',
    where: [['month', '==']],
    by: 'anyone; functions (the monthly ranking)'
  },
  {
    name: "a CC's monthly history",
    collection: 'monthly',
    scope: 'COLLECTION',
    where: [],
    orderBy: [['month', 'desc']],
    by: 'anyone'
  },
  {
    name: "a CC's members",
    collection: 'members',
    scope: 'COLLECTION',
    where: [],
    orderBy: [['grantedAt', 'asc']],
    by: 'staff, admin'
  },
  {
    name: 'equality-only filters (served by merging single-field indexes)',
    collection: 'complaints',
    scope: 'COLLECTION',
    where: [
      ['status', '=='],
      ['sector', '==']
    ],
    by: 'staff'
  }
];
