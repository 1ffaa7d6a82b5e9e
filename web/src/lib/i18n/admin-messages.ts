/**
 * The network admin's texts (CCs, members and roles, settings, advocacy agenda), Bahasa
 * Indonesia first. Domain labels (CC kinds, sectors, validation messages, ranking defaults) come
 * from core/; shared staff texts (sign-in, refusals) from staff-messages.ts.
 */
import { defineMessages, translator, type PlainKey } from './translate';
import { language } from './lang.svelte';

export const ADMIN_MESSAGES = defineMessages({
  'admin.nav': { id: 'Menu admin', en: 'Admin menu' },
  'admin.nav.centers': { id: 'CC', en: 'CCs' },
  'admin.nav.settings': { id: 'Pengaturan', en: 'Settings' },
  'admin.nav.agenda': { id: 'Agenda advokasi', en: 'Advocacy agenda' },
  'admin.nav.forum': { id: 'Forum bulanan', en: 'Monthly forum' },
  'admin.nav.shared': { id: 'Kasus yang dibagikan', en: 'Shared cases' },
  'admin.loading': { id: 'Memuat…', en: 'Loading…' },
  'admin.loadFailed': {
    id: 'Data tidak bisa dimuat. Periksa sinyal lalu coba lagi.',
    en: 'The data could not be loaded. Check the signal and try again.'
  },
  'admin.saving': { id: 'Menyimpan…', en: 'Saving…' },
  'admin.saved': { id: 'Tersimpan.', en: 'Saved.' },
  'admin.cancel': { id: 'Batal', en: 'Cancel' },
  'admin.fixErrors': {
    id: 'Ada isian yang perlu diperbaiki (lihat pesan merah).',
    en: 'Some fields need fixing (see the red messages).'
  },
  'admin.refused': {
    id: 'Ditolak oleh aturan keamanan: akun ini tidak boleh menyimpan data ini.',
    en: 'Refused by the security rules: this account may not save this.'
  },
  'admin.failed': {
    id: 'Gagal menyimpan ({detail}). Coba lagi.',
    en: 'Could not save ({detail}). Try again.'
  },
  'admin.koordinatorOnly': {
    id: 'Halaman ini khusus admin jaringan atau koordinator CC ini.',
    en: 'This page is for the network admin or a coordinator of this CC only.'
  },

  // CCs
  'centers.title': { id: 'Community Center', en: 'Community Centers' },
  'centers.lead': {
    id: 'Semua CC jaringan. CC nonaktif tidak menerima pengaduan baru; datanya tetap tersimpan.',
    en: "All of the network's CCs. An inactive CC takes no new complaints; its data is kept."
  },
  'centers.none': { id: 'Belum ada CC.', en: 'No CCs yet.' },
  'centers.add': { id: 'Tambah CC', en: 'Add a CC' },
  'centers.edit': { id: 'Ubah', en: 'Edit' },
  'centers.editTitle': { id: 'Ubah CC {name}', en: 'Edit CC {name}' },
  'centers.members': { id: 'Anggota', en: 'Members' },
  'centers.deactivate': { id: 'Nonaktifkan', en: 'Deactivate' },
  'centers.activate': { id: 'Aktifkan lagi', en: 'Reactivate' },
  'centers.confirmDeactivate': {
    id: 'Nonaktifkan {name}? CC ini tidak akan menerima pengaduan baru.',
    en: 'Deactivate {name}? It will take no new complaints.'
  },
  'centers.active': { id: 'Aktif', en: 'Active' },
  'centers.inactive': { id: 'Nonaktif', en: 'Inactive' },
  'centers.place': { id: 'Desa {desa}, Kec. {kecamatan}', en: 'Desa {desa}, Kec. {kecamatan}' },
  'centers.code': { id: 'Kode register', en: 'Register code' },
  'centers.created': { id: 'CC {name} sudah dibuat.', en: 'CC {name} was created.' },
  'centers.idTaken': {
    id: 'Sudah ada CC dengan pengenal "{id}". Pilih pengenal lain.',
    en: 'A CC with the id "{id}" already exists. Choose another id.'
  },
  'centers.changes': { id: 'Yang akan berubah: {fields}', en: 'What will change: {fields}' },
  'centers.noChanges': { id: 'Belum ada perubahan.', en: 'Nothing changed yet.' },
  'center.id': { id: 'Pengenal (di alamat halaman)', en: 'Id (in page addresses)' },
  'center.id.hint': {
    id: 'Huruf kecil, angka dan tanda hubung, mis. saling-anton. Tidak bisa diubah nanti.',
    en: 'Lower-case letters, digits and dashes, e.g. saling-anton. Cannot be changed later.'
  },
  'center.name': { id: 'Nama CC', en: 'CC name' },
  'center.name.hint': {
    id: 'Mis. CC Saling Anton atau Lembaga Adat Paer Mambal.',
    en: 'E.g. CC Saling Anton or Lembaga Adat Paer Mambal.'
  },
  'center.code': { id: 'Kode register', en: 'Register code' },
  'center.code.hint': {
    id: 'Dipakai di nomor register, mis. CC-SA → 012/CC-SA/XII/2026. Huruf besar, angka, tanda hubung.',
    en: 'Used in register numbers, e.g. CC-SA → 012/CC-SA/XII/2026. Capitals, digits, dashes.'
  },
  'center.code.locked': {
    id: 'Kode register tidak diubah di sini: nomor register yang sudah diberikan memakainya.',
    en: 'The register code is not changed here: register numbers already given use it.'
  },
  'center.kind': { id: 'Jenis', en: 'Kind' },
  'center.kecamatan': { id: 'Kecamatan', en: 'Kecamatan (district)' },
  'center.desa': { id: 'Desa', en: 'Desa (village)' },
  'center.pick': { id: '— pilih —', en: '— choose —' },
  'center.kabupaten': { id: 'Kabupaten {name}', en: 'Regency {name}' },
  'center.contact': { id: 'Kontak CC', en: 'CC contact' },
  'center.person': { id: 'Narahubung', en: 'Contact person' },
  'center.phone': { id: 'Nomor HP / WhatsApp', en: 'Mobile / WhatsApp number' },
  'center.email': { id: 'Email', en: 'Email' },
  'center.address': { id: 'Alamat sekretariat', en: 'Office address' },
  'center.optional': { id: '(boleh kosong)', en: '(optional)' },
  'center.save': { id: 'Simpan CC', en: 'Save CC' },
  'center.create': { id: 'Buat CC', en: 'Create CC' },
  'center.areaSource': {
    id: 'Nama dan kode wilayah: {source} ({license}).',
    en: 'Area names and codes: {source} ({license}).'
  },

  // Members
  'members.title': { id: 'Anggota {cc}', en: 'Members of {cc}' },
  'members.lead': {
    id: 'Moderator mencatat dan menindaklanjuti pengaduan. Koordinator juga mengatur anggota dan profil CC.',
    en: 'Moderators record and follow up complaints. Coordinators also manage members and the CC profile.'
  },
  'members.none': { id: 'Belum ada anggota.', en: 'No members yet.' },
  'members.since': { id: 'sejak {date}', en: 'since {date}' },
  'members.you': { id: '(Anda)', en: '(you)' },
  'members.makeKoordinator': { id: 'Jadikan koordinator', en: 'Make coordinator' },
  'members.makeModerator': { id: 'Jadikan moderator', en: 'Make moderator' },
  'members.revoke': { id: 'Cabut peran', en: 'Revoke role' },
  'members.confirmRevoke': {
    id: 'Cabut peran {who} di {cc}? Akun ini tidak bisa lagi membuka buku pengaduan CC ini.',
    en: "Revoke {who}'s role in {cc}? This account will no longer open this CC's complaint book."
  },
  'members.granted': { id: '{who} sekarang {role}.', en: '{who} is now {role}.' },
  'members.revoked': { id: 'Peran {who} sudah dicabut.', en: "{who}'s role was revoked." },
  'members.busy': { id: 'Memproses…', en: 'Working…' },
  'members.invite': { id: 'Undang anggota', en: 'Invite a member' },
  'members.invite.email': { id: 'Email', en: 'Email' },
  'members.invite.name': { id: 'Nama', en: 'Name' },
  'members.invite.role': { id: 'Peran', en: 'Role' },
  'members.invite.submit': { id: 'Undang', en: 'Invite' },
  'members.invited.new': {
    id: 'Akun {email} dibuat dengan peran {role}. Mintalah ia membuka /staf/masuk, menekan "Lupa atau belum punya kata sandi?" dan membuat kata sandi lewat email yang dikirim.',
    en: 'The account {email} was created with the role {role}. Ask them to open /staf/masuk, press "Forgot or never set a password?" and set a password through the email sent.'
  },
  'members.invited.existing': {
    id: '{email} sudah punya akun dan sekarang {role}. Jika belum pernah membuat kata sandi, ia bisa memakai "lupa kata sandi" di /staf/masuk.',
    en: '{email} already had an account and is now {role}. If they never set a password, they can use "forgot password" on /staf/masuk.'
  },
  'members.tokenNote': {
    id: 'Peran baru berlaku setelah anggota itu keluar lalu masuk lagi (atau dalam satu jam).',
    en: 'A new role takes effect once that member signs out and in again (or within an hour).'
  },

  // Settings
  'settings.title': { id: 'Pengaturan jaringan', en: 'Network settings' },
  'settings.lead': {
    id: 'Bobot peringkat prioritas dan batas waktu layanan. Nilai bawaan berasal dari aturan sistem (core).',
    en: 'Priority-ranking weights and service deadlines. Defaults come from the system rules (core).'
  },
  'settings.defaultsShown': {
    id: 'Belum pernah disimpan: yang tampil adalah nilai bawaan.',
    en: 'Never saved yet: the defaults are shown.'
  },
  'weights.title': { id: 'Bobot peringkat prioritas', en: 'Priority-ranking weights' },
  'weights.lead': {
    id: 'Skor setiap masalah = 100 × jumlah (bobot × komponen) ÷ jumlah bobot. Bobot lebih besar berarti komponen itu lebih menentukan urutan. Berlaku saat forum bulanan dihitung berikutnya (atau tombol "hitung ulang" di halaman agenda).',
    en: 'Each issue\'s score = 100 × sum of (weight × component) ÷ sum of weights. A bigger weight makes that component count more. Applies the next time the monthly forum is computed (or with "recompute" on the agenda page).'
  },
  'weights.default': { id: 'bawaan {value}', en: 'default {value}' },
  'weights.maxPoints': { id: 'maks. {points} poin', en: 'max. {points} points' },
  'weights.save': { id: 'Simpan bobot', en: 'Save weights' },
  'weights.resetShown': {
    id: 'Bobot bawaan dimuat ke formulir. Belum tersimpan: tekan "Simpan bobot" untuk memakainya.',
    en: 'The default weights are in the form. Not saved yet: press "Save weights" to use them.'
  },
  'weights.reset': { id: 'Kembalikan ke bawaan', en: 'Back to defaults' },
  'weights.changes': { id: 'Yang berubah', en: 'What changes' },
  'weights.change': {
    id: '{name}: bobot {before} → {after}, maks. {pointsBefore} → {pointsAfter} poin',
    en: '{name}: weight {before} → {after}, max. {pointsBefore} → {pointsAfter} points'
  },
  'weights.persistenceWarning': {
    id: 'Perhatian: bila bobot "berulang" tidak lebih dari 1,5 × bobot "tren", masalah yang sudah muncul di bulan-bulan sebelumnya bisa turun peringkat. Tetap boleh disimpan.',
    en: 'Note: unless the "persistence" weight is above 1.5 × the "trend" weight, an issue reported in earlier months can fall in the ranking. You may still save.'
  },
  'explain.volume': {
    id: 'Banyaknya pengaduan bulan ini. Dihitung dengan akar per CC: 16 pengaduan dari satu CC dihitung seperti 4, agar satu CC yang sangat aktif tidak menentukan sendiri.',
    en: 'How many complaints this month. Counted with a square root per CC: 16 complaints from one CC count like 4, so one very busy CC cannot decide alone.'
  },
  'explain.breadth': {
    id: 'Berapa banyak CC dan desa yang melaporkan masalah yang sama. Masalah yang muncul di banyak tempat adalah masalah jaringan.',
    en: 'How many CCs and villages report the same problem. A problem seen in many places is a network problem.'
  },
  'explain.peopleAffected': {
    id: 'Jumlah warga terdampak (satu pengaduan paling banyak dihitung 1.000 orang, agar salah ketik tidak menentukan).',
    en: 'How many people are affected (one complaint counts at most 1,000, so a typo cannot decide).'
  },
  'explain.urgency': {
    id: 'Rata-rata urgensi: biasa 0, mendesak 0,5, darurat 1; yang tidak dicatat dianggap 0,5.',
    en: 'Average urgency: ordinary 0, urgent 0.5, emergency 1; unrecorded counts as 0.5.'
  },
  'explain.unresolved': {
    id: 'Bagian kasus yang masih terbuka di akhir bulan. Masalah yang sudah diselesaikan penyelenggara turun.',
    en: 'Share of cases still open at the end of the month. Problems the providers have settled fall.'
  },
  'explain.overdue': {
    id: 'Bagian kasus yang lewat batas waktu layanan: tanda penyelenggara tidak menanggapi.',
    en: 'Share of cases past the service deadlines: a sign the provider is not responding.'
  },
  'explain.persistence': {
    id: 'Berapa dari 3 bulan terakhir ada pengaduan baru. Masalah yang terus kembali bersifat struktural.',
    en: 'In how many of the last 3 months new complaints came. A problem that keeps coming back is structural.'
  },
  'explain.trend': {
    id: 'Naik atau turun dibanding bulan lalu. Masalah yang naik mendapat sedikit perhatian lebih.',
    en: 'Up or down against last month. A rising problem gets a little more attention.'
  },
  'deadlines.title': { id: 'Batas waktu layanan', en: 'Service deadlines' },
  'deadlines.lead': {
    id: 'Bawaan mengikuti SP4N-LAPOR! dan Perpres 76/2013. Hari kerja tidak menghitung Sabtu, Minggu dan hari libur nasional.',
    en: 'Defaults follow SP4N-LAPOR! and Perpres 76/2013. Working days leave out Saturdays, Sundays and public holidays.'
  },
  'deadlines.notApplied': {
    id: 'Catatan: pengaduan baru masih dihitung dengan nilai bawaan sampai fungsi server membaca pengaturan ini.',
    en: 'Note: new complaints are still counted with the defaults until the server functions read these settings.'
  },
  'deadlines.verifyWorkingDays': { id: 'Verifikasi (hari kerja)', en: 'Verification (working days)' },
  'deadlines.verifyWorkingDays.hint': {
    id: 'Sejak pengaduan diterima. LAPOR!: 3 hari kerja.',
    en: 'From receipt. LAPOR!: 3 working days.'
  },
  'deadlines.followUpWorkingDays': {
    id: 'Tindak lanjut pertama (hari kerja)',
    en: 'First follow-up (working days)'
  },
  'deadlines.followUpWorkingDays.hint': { id: 'LAPOR!: 5 hari kerja.', en: 'LAPOR!: 5 working days.' },
  'deadlines.followUpFrom': { id: 'Tindak lanjut dihitung sejak', en: 'Follow-up counted from' },
  'deadlines.resolveDays': { id: 'Penyelesaian (hari)', en: 'Resolution (days)' },
  'deadlines.resolveDays.hint': {
    id: 'Perpres 76/2013: 60 hari.',
    en: 'Perpres 76/2013: 60 days.'
  },
  'deadlines.resolveDayCount': { id: 'Hari penyelesaian dihitung sebagai', en: 'Resolution days are' },
  'deadlines.resolveFrom': { id: 'Penyelesaian dihitung sejak', en: 'Resolution counted from' },
  'deadlines.closeWithoutReplyWorkingDays': {
    id: 'Tutup tanpa tanggapan pelapor (hari kerja)',
    en: 'Close without the complainant’s reply (working days)'
  },
  'deadlines.closeWithoutReplyWorkingDays.hint': {
    id: 'LAPOR!: 10 hari kerja.',
    en: 'LAPOR!: 10 working days.'
  },
  'deadlines.from.diterima': { id: 'pengaduan diterima', en: 'receipt' },
  'deadlines.from.diverifikasi': { id: 'pengaduan diverifikasi', en: 'verification' },
  'deadlines.count.kerja': { id: 'hari kerja', en: 'working days' },
  'deadlines.count.kalender': { id: 'hari kalender', en: 'calendar days' },
  'deadlines.save': { id: 'Simpan batas waktu', en: 'Save deadlines' },
  'deadlines.change': { id: '{name}: {before} → {after}', en: '{name}: {before} → {after}' },

  // Agenda
  'agenda.title': { id: 'Agenda prioritas advokasi', en: 'Advocacy priority agenda' },
  'agenda.lead': {
    id: 'Pilih masalah dari peringkat forum bulanan untuk diadvokasi, lalu catat langkah dan hasilnya.',
    en: 'Choose issues from the monthly forum ranking to advocate on, then record the actions and outcomes.'
  },
  'agenda.month': { id: 'Bulan forum', en: 'Forum month' },
  'agenda.show': { id: 'Tampilkan peringkat', en: 'Show ranking' },
  'agenda.recompute': { id: 'Hitung ulang bulan ini', en: 'Recompute this month' },
  'agenda.recomputing': { id: 'Menghitung ulang…', en: 'Recomputing…' },
  'agenda.recomputed': {
    id: 'Bulan {month} dihitung ulang: {complaints} pengaduan dari {centers} CC, {issues} masalah, {written} dokumen diperbarui.',
    en: 'Month {month} recomputed: {complaints} complaints from {centers} CCs, {issues} issues, {written} documents updated.'
  },
  'agenda.queued': {
    id: 'Bulan {month} sedang dihitung: {tasks} CC diproses terpisah. Peringkat muncul setelah semuanya selesai; muat ulang halaman ini nanti.',
    en: 'Month {month} is being computed: {tasks} CCs are processed separately. The ranking appears once all are done; reload this page later.'
  },
  'agenda.noRanking': {
    id: 'Belum ada peringkat untuk bulan ini. Tekan "Hitung ulang" bila datanya sudah lengkap.',
    en: 'No ranking for this month yet. Press "Recompute" when its data is complete.'
  },
  'agenda.ranking': { id: 'Peringkat {month}', en: 'Ranking {month}' },
  'agenda.score': { id: 'skor {score}', en: 'score {score}' },
  'agenda.choose': { id: 'Jadikan agenda', en: 'Put on the agenda' },
  'agenda.onAgenda': { id: 'Sudah di agenda', en: 'On the agenda' },
  'agenda.newItem': { id: 'Agenda baru: {issue}', en: 'New agenda item: {issue}' },
  'agenda.items': { id: 'Agenda tersimpan', en: 'Agenda items' },
  'agenda.none': { id: 'Belum ada agenda.', en: 'No agenda items yet.' },
  'agenda.summary': {
    id: '{planned} direncanakan, {running} berjalan, {achieved} tercapai, {dropped} dihentikan',
    en: '{planned} planned, {running} in progress, {achieved} achieved, {dropped} dropped'
  },
  'agenda.fromRank': {
    id: 'Peringkat {rank} bulan {month}, skor {score}',
    en: 'Rank {rank} of {month}, score {score}'
  },
  'agenda.why': { id: 'Alasan saat dipilih', en: 'Why, when chosen' },
  'agenda.itemTitle': { id: 'Judul agenda', en: 'Agenda title' },
  'agenda.target': { id: 'Penyelenggara yang dituju', en: 'Provider addressed' },
  'agenda.actions': { id: 'Langkah advokasi', en: 'Advocacy actions' },
  'agenda.actions.hint': {
    id: 'Satu langkah per baris, mis. "Surat ke Kepala Puskesmas", "Dialog warga dengan Dinas".',
    en: 'One action per line, e.g. "Letter to the head of the Puskesmas", "Citizens\' dialogue with the office".'
  },
  'agenda.status': { id: 'Status', en: 'Status' },
  'agenda.outcome': { id: 'Catatan hasil', en: 'Outcome notes' },
  'agenda.meetings': { id: 'Pertemuan terkait (nomor)', en: 'Linked meetings (ids)' },
  'agenda.meetings.hint': {
    id: 'Nomor pertemuan/dialog, dipisah koma.',
    en: 'Meeting or dialogue ids, separated by commas.'
  },
  'agenda.create': { id: 'Simpan ke agenda', en: 'Save to the agenda' },
  'agenda.update': { id: 'Simpan perubahan', en: 'Save changes' },
  'agenda.editItem': { id: 'Ubah dan catat hasil', en: 'Edit and record outcome' },
  'agenda.exists': {
    id: 'Masalah ini sudah ada di agenda bulan ini.',
    en: 'This issue is already on the agenda for this month.'
  },
  'agenda.created': { id: 'Agenda disimpan.', en: 'Agenda item saved.' },

  // Cases a CC shares with the network admins (read only)
  'shared.title': { id: 'Kasus yang dibagikan', en: 'Shared cases' },
  'shared.lead': {
    id: 'Kasus yang dibagikan CC kepada admin jaringan, terbaru dulu. Data pelapor hanya terbuka selama CC membagikannya; CC bisa menariknya kembali kapan saja. Admin hanya membaca: status dan catatan diubah oleh staf CC.',
    en: 'Cases CCs share with the network admins, latest first. The complainant’s data is open only while the CC shares it; the CC may withdraw it at any time. The admin only reads: status and entries are changed by the CC’s staff.'
  },
  'shared.none': { id: 'Belum ada kasus yang dibagikan.', en: 'No case is shared yet.' },
  'shared.sharedAt': { id: 'Dibagikan {at} oleh {role}', en: 'Shared {at} by the {role}' },
  'shared.reason': { id: 'Alasan: {reason}', en: 'Reason: {reason}' },
  'shared.open': { id: 'Buka kasus', en: 'Open the case' },
  'shared.noNumber': { id: '(belum bernomor)', en: '(no number yet)' },
  'shared.case.title': { id: 'Kasus {number} · {cc}', en: 'Case {number} · {cc}' },
  'shared.case.readOnly': {
    id: 'Hanya baca. Status, catatan dan data pelapor diubah oleh staf CC.',
    en: 'Read only. Status, entries and the complainant’s data are changed by the CC’s staff.'
  },
  'shared.case.notShared': {
    id: 'Kasus ini tidak (lagi) dibagikan ke admin jaringan, atau tidak ada.',
    en: 'This case is not (or no longer) shared with the network admins, or does not exist.'
  },
  'shared.case.contact': {
    id: 'Data pelapor (rahasia, dibagikan CC)',
    en: 'Complainant (confidential, shared by the CC)'
  },
  'shared.case.publicLog': { id: 'Kabar publik penanganan', en: 'Public updates on the case' },
  'shared.back': { id: '‹ Kembali ke kasus yang dibagikan', en: '‹ Back to the shared cases' }
});

export type AdminMessageKey = keyof typeof ADMIN_MESSAGES;
export type AdminPlainKey = PlainKey<typeof ADMIN_MESSAGES>;

/** An admin message in the current language. */
export const at = translator(ADMIN_MESSAGES, () => language.current);
