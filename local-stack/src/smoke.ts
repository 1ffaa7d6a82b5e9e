/**
 * Checks a running stack the way the web app uses it (`npm start` in another terminal):
 *
 *   npx tsx local-stack/src/smoke.ts
 *
 * The app page answers; a demo moderator signs in on the Auth emulator and reads their CC's
 * complaints through the rules; a signed-in citizen files a complaint, and the trigger numbers
 * it and publishes its tracking view; a callable answers through the Functions emulator.
 * Prints one line per step; exits 1 on the first failure.
 */
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInAnonymously, signInWithEmailAndPassword } from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDoc,
  getDocs,
  getFirestore,
  limit,
  query,
  setLogLevel,
  serverTimestamp,
  writeBatch
} from 'firebase/firestore/lite';
import { addCalendarDays, generateTrackingCode, witaDate } from '@buku/core';
import { FUNCTIONS_REGION, HOST, PROJECT, portsFrom } from './config';

const ports = portsFrom();
const step = (text: string) => console.log(`✓ ${text}`);

async function main() {
  const t0 = Date.now();
  // The refusal checked below is expected; the SDK would print it as an error.
  setLogLevel('silent');
  const page = await fetch(`http://${HOST}:${ports.hosting}/`);
  const html = await page.text();
  if (!page.ok || !html.includes('Buku Pengaduan')) throw new Error(`app page: HTTP ${page.status}`);
  step(`app page http://${HOST}:${ports.hosting}/ → ${page.status}, ${html.length} B`);

  const staffApp = initializeApp({ projectId: PROJECT, apiKey: 'demo-api-key' }, 'smoke-staff');
  const staffAuth = getAuth(staffApp);
  connectAuthEmulator(staffAuth, `http://${HOST}:${ports.auth}`, { disableWarnings: true });
  const staffDb = getFirestore(staffApp);
  connectFirestoreEmulator(staffDb, HOST, ports.firestore);
  const { user } = await signInWithEmailAndPassword(
    staffAuth,
    'moderator.sandik@demo.buku.id',
    'demo-buku-2026'
  );
  const claims = (await user.getIdTokenResult()).claims;
  step(`signed in as ${user.email} (uid ${user.uid}, claims cc=${JSON.stringify(claims.cc)})`);
  const book = await getDocs(query(collection(staffDb, 'centers/sandik/complaints'), limit(5)));
  step(
    `moderator reads the Sandik book through the rules: ${book.size} complaints (first ${book.docs[0]?.data().registerNumber})`
  );
  try {
    await getDocs(query(collection(staffDb, 'centers/mambalan/complaints'), limit(1)));
    throw new Error('the moderator of Sandik read the Mambalan book');
  } catch (error) {
    if (!String(error).includes('permission')) throw error;
    step('moderator of Sandik refused the Mambalan book (permission-denied)');
  }

  const citizenApp = initializeApp({ projectId: PROJECT, apiKey: 'demo-api-key' }, 'smoke-citizen');
  const citizenAuth = getAuth(citizenApp);
  connectAuthEmulator(citizenAuth, `http://${HOST}:${ports.auth}`, { disableWarnings: true });
  const citizenDb = getFirestore(citizenApp);
  connectFirestoreEmulator(citizenDb, HOST, ports.firestore);
  const citizen = (await signInAnonymously(citizenAuth)).user;
  const code = generateTrackingCode();
  const id = `smoke-${Date.now()}`;
  const batch = writeBatch(citizenDb);
  batch.set(doc(citizenDb, `centers/sandik/complaints/${id}`), {
    ccId: 'sandik',
    sector: 'air_bersih',
    providerName: 'PDAM Giri Menang',
    maladministrationType: 'penundaan_berlarut',
    location: { dusun: 'Sandik Barat', desa: 'Sandik', desaCode: '52.01.14.2003' },
    chronology: 'Air PDAM tidak mengalir ke dusun kami sudah dua minggu, padahal tagihan tetap datang.',
    remedyWanted: 'Air kembali mengalir dan tagihan bulan ini ditinjau.',
    occurredAt: addCalendarDays(witaDate(new Date()), -2),
    peopleAffected: 40,
    urgency: 'mendesak',
    consentToContact: false,
    privacy: 'anonim',
    channel: 'web',
    trackingCode: code,
    receivedAt: serverTimestamp(),
    reporterUid: citizen.uid
  });
  batch.set(doc(citizenDb, `centers/sandik/complaints/${id}/private/contact`), { name: 'Warga Uji' });
  await batch.commit();
  step(`anonymous citizen ${citizen.uid} filed ${id} (tracking code ${code})`);
  const filedAt = Date.now();
  let view: Record<string, unknown> | undefined;
  while (!view && Date.now() - filedAt < 10_000) {
    view = (await getDoc(doc(citizenDb, `tracking/${code}`))).data();
    if (!view) await new Promise((r) => setTimeout(r, 100));
  }
  if (!view) throw new Error('no tracking view 10 s after filing: triggers are not delivered');
  step(
    `trigger numbered it ${view.registerNumber}, tracking view status ${view.status} (${Date.now() - filedAt} ms)`
  );

  const token = await user.getIdToken();
  const call = await fetch(
    `http://${HOST}:${ports.functions}/${PROJECT}/${FUNCTIONS_REGION}/recomputeMonth`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ data: { month: '2026-11' } })
    }
  );
  const answer = (await call.json()) as { error?: { status: string } };
  if (answer.error?.status !== 'PERMISSION_DENIED') throw new Error(`callable: ${JSON.stringify(answer)}`);
  step(
    `callable recomputeMonth answered through the Functions emulator: moderator refused (${answer.error.status})`
  );
  console.log(`All checks passed in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
