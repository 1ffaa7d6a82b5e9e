/** Bounds of complaint fields, in characters unless said otherwise. */
export const COMPLAINT_LIMITS = {
  centerId: 64,
  providerName: { min: 2, max: 200 },
  dusun: 100,
  desa: { min: 2, max: 100 },
  chronology: { min: 20, max: 5000 },
  remedyWanted: { min: 3, max: 1000 },
  /** People affected: 1 up to a whole kecamatan. */
  peopleAffected: { min: 1, max: 100_000 },
  staffNote: 1000,
  contactName: { min: 2, max: 100 },
  contactAddress: 300,
  trackingCode: 20,
  registerNumber: 40
} as const;

/** UU 25/2009 art. 42: a complaint is filed within 30 days of the service. */
export const LATE_FILING_DAYS = 30;
