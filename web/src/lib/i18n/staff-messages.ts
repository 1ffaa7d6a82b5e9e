/**
 * The staff app's texts (CC volunteers, coordinators, network admins), Bahasa Indonesia first.
 * Domain labels (statuses, sectors, actions, validation messages) come from core/.
 */
import { defineMessages, translator, type PlainKey } from './translate';
import { language } from './lang.svelte';

export const STAFF_MESSAGES = defineMessages({
  'staff.title': { id: 'Ruang staf CC', en: 'CC staff area' },
  'staff.skip': { id: 'Langsung ke isi', en: 'Skip to content' },
  'staff.nav': { id: 'Menu staf', en: 'Staff menu' },
  'staff.nav.book': { id: 'Buku pengaduan', en: 'Complaint book' },
  'staff.nav.intake': { id: 'Catat pengaduan', en: 'Record a complaint' },
  'staff.nav.home': { id: 'Pilih CC', en: 'Choose CC' },
  'staff.nav.public': { id: 'Halaman warga', en: 'Citizen pages' },
  'staff.signedInAs': { id: 'Masuk sebagai {email}', en: 'Signed in as {email}' },
  'staff.signOut': { id: 'Keluar', en: 'Sign out' },
  'staff.checking': { id: 'Memeriksa akses…', en: 'Checking access…' },
  'staff.authFailed': {
    id: 'Layanan masuk tidak bisa dimuat. Periksa sinyal lalu coba lagi.',
    en: 'The sign-in service could not be loaded. Check the signal and try again.'
  },
  'staff.retry': { id: 'Coba lagi', en: 'Try again' },
  'staff.needSignIn': {
    id: 'Halaman ini khusus staf CC. Silakan masuk dulu.',
    en: 'This page is for CC staff only. Please sign in first.'
  },
  'staff.goSignIn': { id: 'Masuk', en: 'Sign in' },
  'staff.refused.title': { id: 'Akses ditolak', en: 'Access refused' },
  'staff.refused.noRole': {
    id: 'Akun {email} tidak punya peran staf di CC mana pun. Minta koordinator CC atau admin jaringan memberi peran.',
    en: 'The account {email} has no staff role in any CC. Ask a CC coordinator or the network admin to grant one.'
  },
  'staff.refused.otherCc': {
    id: 'Anda bukan staf CC "{cc}". Data pengaduan CC ini tidak bisa dibuka.',
    en: 'You are not staff of the CC "{cc}". Its complaints cannot be opened.'
  },
  'staff.refused.admin': {
    id: 'Halaman ini khusus admin jaringan.',
    en: 'This page is for the network admin only.'
  },
  'staff.role.moderator': { id: 'Moderator', en: 'Moderator' },
  'staff.role.koordinator': { id: 'Koordinator', en: 'Coordinator' },

  // Sign-in
  'signin.title': { id: 'Masuk staf CC', en: 'CC staff sign-in' },
  'signin.lead': {
    id: 'Untuk relawan, moderator dan koordinator CC, serta admin jaringan. Warga tidak perlu masuk untuk mengadu.',
    en: 'For CC volunteers, moderators and coordinators, and the network admin. Citizens need no account to complain.'
  },
  'signin.email': { id: 'Email', en: 'Email' },
  'signin.password': { id: 'Kata sandi', en: 'Password' },
  'signin.submit': { id: 'Masuk', en: 'Sign in' },
  'signin.busy': { id: 'Sedang masuk…', en: 'Signing in…' },
  'signin.credentials': {
    id: 'Email atau kata sandi salah.',
    en: 'Wrong email or password.'
  },
  'signin.tooMany': {
    id: 'Terlalu banyak percobaan. Tunggu beberapa menit lalu coba lagi.',
    en: 'Too many attempts. Wait a few minutes and try again.'
  },
  'signin.network': { id: 'Tidak ada sinyal. Coba lagi nanti.', en: 'No signal. Try again later.' },
  'signin.other': { id: 'Gagal masuk. Coba lagi.', en: 'Sign-in failed. Try again.' },
  'signin.missing': { id: 'Isi email dan kata sandi.', en: 'Fill in the email and password.' },
  'signin.forgot': { id: 'Lupa atau belum punya kata sandi?', en: 'Forgot or never set a password?' },
  'signin.reset': { id: 'Kirim email untuk membuat kata sandi', en: 'Email me a link to set a password' },
  'signin.resetSent': {
    id: 'Jika email itu terdaftar, tautan untuk membuat kata sandi sudah dikirim.',
    en: 'If that email is registered, a link to set a password has been sent.'
  },
  'signin.already': { id: 'Anda sudah masuk sebagai {email}.', en: 'You are signed in as {email}.' },

  // CC switcher
  'home.title': { id: 'CC Anda', en: 'Your CCs' },
  'home.lead': { id: 'Pilih buku pengaduan yang ingin dibuka.', en: 'Choose the complaint book to open.' },
  'home.forum': { id: 'Forum bulanan', en: 'Monthly forum' },
  'switcher.label': { id: 'CC', en: 'CC' },
  'switcher.go': { id: 'Ganti', en: 'Switch' },

  // Book
  'book.title': { id: 'Buku pengaduan {cc}', en: 'Complaint book of {cc}' },
  'book.filters': { id: 'Saring', en: 'Filter' },
  'book.status': { id: 'Status', en: 'Status' },
  'book.status.all': { id: 'Semua status', en: 'All statuses' },
  'book.status.open': { id: 'Semua yang masih terbuka', en: 'All open cases' },
  'book.sector': { id: 'Sektor', en: 'Sector' },
  'book.sector.all': { id: 'Semua sektor', en: 'All sectors' },
  'book.desa': { id: 'Desa', en: 'Village' },
  'book.desa.hint': {
    id: 'Nama desa seperti di pengaduan (huruf besar atau kecil sama saja)',
    en: 'Village name as on the complaint (capitals do not matter)'
  },
  'book.month': { id: 'Bulan diterima', en: 'Month received' },
  'book.overdue': {
    id: 'Hanya yang lewat tenggat penyelesaian',
    en: 'Only cases past the resolution deadline'
  },
  'book.apply': { id: 'Terapkan', en: 'Apply' },
  'book.clear': { id: 'Hapus saringan', en: 'Clear filters' },
  'book.lookup': {
    id: 'Cari nomor register atau kode pelacakan',
    en: 'Find a register number or tracking code'
  },
  'book.lookup.hint': {
    id: 'Mis. 012/CC-SA/XII/2026 atau K7QM-XR4T-P9WH',
    en: 'E.g. 012/CC-SA/XII/2026 or K7QM-XR4T-P9WH'
  },
  'book.lookup.go': { id: 'Cari', en: 'Find' },
  'book.lookup.none': { id: 'Tidak ditemukan di buku CC ini.', en: 'Not found in this CC’s book.' },
  'book.lookup.otherCc': {
    id: 'Kode itu milik pengaduan CC lain.',
    en: 'That code belongs to another CC’s complaint.'
  },
  'book.lookup.invalid': {
    id: 'Masukkan nomor register (NNN/KODE/BULAN/TAHUN) atau kode pelacakan 12 huruf.',
    en: 'Enter a register number (NNN/CODE/MONTH/YEAR) or a 12-character tracking code.'
  },
  'book.loading': { id: 'Memuat buku…', en: 'Loading the book…' },
  'book.failed': { id: 'Buku tidak bisa dimuat.', en: 'The book could not be loaded.' },
  'book.denied': {
    id: 'Ditolak oleh server: akun ini tidak boleh membaca buku CC ini.',
    en: 'Refused by the server: this account may not read this CC’s book.'
  },
  'book.empty': { id: 'Tidak ada pengaduan yang cocok.', en: 'No matching complaints.' },
  'book.page': { id: 'Halaman {page}', en: 'Page {page}' },
  'book.prev': { id: '‹ Sebelumnya', en: '‹ Previous' },
  'book.next': { id: 'Berikutnya ›', en: 'Next ›' },
  'book.pager': { id: 'Halaman buku', en: 'Book pages' },
  'book.noNumber': { id: 'Belum bernomor', en: 'Not numbered yet' },
  'book.received': { id: 'Diterima {date}', en: 'Received {date}' },
  'book.overdueBadge': { id: 'Lewat tenggat: {stages}', en: 'Overdue: {stages}' },
  'book.list': { id: 'Daftar pengaduan', en: 'Complaints' },
  'book.print': { id: 'Cetak halaman ini', en: 'Print this page' },

  // Case
  'case.back': { id: '‹ Kembali ke buku', en: '‹ Back to the book' },
  'case.loading': { id: 'Memuat pengaduan…', en: 'Loading the complaint…' },
  'case.failed': { id: 'Pengaduan tidak bisa dimuat.', en: 'The complaint could not be loaded.' },
  'case.notFound': { id: 'Pengaduan tidak ditemukan di CC ini.', en: 'No such complaint in this CC.' },
  'case.title': { id: 'Pengaduan {number}', en: 'Complaint {number}' },
  'case.what': { id: 'Isi pengaduan', en: 'The complaint' },
  'case.status': { id: 'Status', en: 'Status' },
  'case.registerNumber': { id: 'Nomor register', en: 'Register number' },
  'case.trackingCode': { id: 'Kode pelacakan', en: 'Tracking code' },
  'case.channel': { id: 'Saluran', en: 'Channel' },
  'case.receivedAt': { id: 'Diterima', en: 'Received' },
  'case.occurredAt': { id: 'Tanggal kejadian', en: 'Day it happened' },
  'case.sector': { id: 'Sektor', en: 'Sector' },
  'case.maladministration': { id: 'Jenis maladministrasi', en: 'Maladministration type' },
  'case.provider': { id: 'Penyelenggara', en: 'Service provider' },
  'case.place': { id: 'Tempat', en: 'Place' },
  'case.chronology': { id: 'Kronologi', en: 'What happened' },
  'case.remedy': { id: 'Harapan pelapor', en: 'Remedy wanted' },
  'case.people': { id: 'Orang terdampak', en: 'People affected' },
  'case.urgency': { id: 'Tingkat urgensi', en: 'Urgency' },
  'case.privacy': { id: 'Kerahasiaan', en: 'Privacy' },
  'case.staffNote': { id: 'Catatan staf', en: 'Staff note' },
  'case.contact': { id: 'Data pelapor (rahasia, khusus staf)', en: 'Complainant (confidential, staff only)' },
  'case.contact.name': { id: 'Nama', en: 'Name' },
  'case.contact.phone': { id: 'Telepon', en: 'Phone' },
  'case.contact.address': { id: 'Alamat', en: 'Address' },
  'case.contact.gender': { id: 'Jenis kelamin', en: 'Gender' },
  'case.contact.age': { id: 'Kelompok usia', en: 'Age group' },
  'case.contact.disabilities': { id: 'Disabilitas', en: 'Disabilities' },
  'case.contact.consent': { id: 'Bersedia dihubungi', en: 'Agrees to be contacted' },
  'case.contact.none': { id: 'Tidak dicatat', en: 'Not recorded' },
  'case.yes': { id: 'Ya', en: 'Yes' },
  'case.no': { id: 'Tidak', en: 'No' },
  'case.whatsapp': {
    id: 'Kirim pesan WhatsApp dengan tautan pelacakan',
    en: 'Send a WhatsApp message with the tracking link'
  },
  'case.whatsapp.text': {
    id: 'Halo, ini dari CC. Perkembangan pengaduan Anda bisa dilihat di: {url}',
    en: 'Hello, this is the CC. You can follow your complaint here: {url}'
  },
  'case.awaiting': {
    id: 'Menunggu jawaban pelapor sejak {since}. Boleh ditutup tanpa tanggapan setelah {until}.',
    en: 'Waiting for the complainant’s answer since {since}. May be closed without reply after {until}.'
  },
  'case.awaiting.start': {
    id: 'Tandai: menunggu jawaban pelapor',
    en: 'Mark: waiting for the complainant’s answer'
  },
  'case.awaiting.hint': {
    id: 'Tanyakan dulu kepada pelapor (mis. lewat WhatsApp atau kabar publik), lalu tandai di sini.',
    en: 'Ask the complainant first (e.g. by WhatsApp or a public update), then mark it here.'
  },
  'case.deadlines': { id: 'Tenggat', en: 'Deadlines' },
  'case.deadlines.none': { id: 'Tenggat belum dihitung.', en: 'Deadlines not computed yet.' },
  'case.deadline.late': { id: 'lewat {days} hari kerja', en: '{days} working days late' },
  'case.log': { id: 'Riwayat penanganan', en: 'Case log' },
  'case.log.empty': { id: 'Belum ada catatan.', en: 'No entries yet.' },
  'case.log.public': { id: 'Publik', en: 'Public' },
  'case.log.internal': { id: 'Internal', en: 'Internal' },
  'case.actions': { id: 'Ubah status', en: 'Change status' },
  'case.actions.none': {
    id: 'Tidak ada perubahan status yang bisa Anda lakukan.',
    en: 'There is no status change you can make.'
  },
  'case.move.reason': {
    id: 'Alasan penolakan (terlihat oleh pelapor)',
    en: 'Reason for rejection (shown to the complainant)'
  },
  'case.move.outcome': {
    id: 'Hasil penyelesaian (terlihat oleh pelapor)',
    en: 'Outcome (shown to the complainant)'
  },
  'case.move.destination': { id: 'Tujuan rujukan', en: 'Referred to' },
  'case.move.destinationName': { id: 'Nama kantor', en: 'Name of the office' },
  'case.move.ticket': { id: 'Nomor tiket (LAPOR!/Ombudsman)', en: 'Ticket id (LAPOR!/Ombudsman)' },
  'case.move.confirm': { id: 'Simpan: {action}', en: 'Save: {action}' },
  'case.move.cancel': { id: 'Batal', en: 'Cancel' },
  'case.saving': { id: 'Menyimpan…', en: 'Saving…' },
  'case.saved': { id: 'Tersimpan.', en: 'Saved.' },
  'case.saveFailed': { id: 'Gagal menyimpan: {detail}', en: 'Saving failed: {detail}' },
  'case.denied': {
    id: 'Ditolak oleh server. Mungkin status sudah diubah orang lain; muat ulang pengaduan.',
    en: 'Refused by the server. Someone may have changed the status; reload the complaint.'
  },
  'case.choose': { id: 'Pilih…', en: 'Choose…' },
  'case.add': { id: 'Tambah catatan', en: 'Add an entry' },
  'case.add.kind': { id: 'Jenis catatan', en: 'Kind of entry' },
  'case.add.save': { id: 'Simpan catatan', en: 'Save entry' },
  'case.add.action': { id: 'Tindakan', en: 'Action' },
  'case.add.date': { id: 'Tanggal', en: 'Date' },
  'case.add.note': { id: 'Catatan', en: 'Note' },
  'case.add.text': { id: 'Teks', en: 'Text' },
  'case.add.visibility': { id: 'Terlihat oleh pelapor?', en: 'Visible to the complainant?' },
  'case.add.public': { id: 'Ya, publik', en: 'Yes, public' },
  'case.add.internal': { id: 'Tidak, internal', en: 'No, internal' },
  'entry.tindak_lanjut': { id: 'Tindak lanjut', en: 'Follow-up' },
  'entry.pendampingan': { id: 'Catatan pendampingan', en: 'Accompaniment note' },
  'entry.rujukan': { id: 'Rujukan', en: 'Referral' },
  'entry.pembaruan_publik': { id: 'Kabar untuk pelapor (publik)', en: 'Update for the complainant (public)' },
  'entry.catatan_internal': { id: 'Catatan internal (khusus staf)', en: 'Internal note (staff only)' },
  'entry.perubahan_status': { id: 'Perubahan status', en: 'Status change' },
  'entry.tanggapan_pelapor': { id: 'Tanggapan pelapor', en: 'Complainant’s reply' },
  'entry.statusChange': { id: '{from} → {to}', en: '{from} → {to}' },
  'case.move.lateNote.hint': {
    id: 'Pelayanan terjadi {days} hari sebelum pengaduan diterima (lebih dari 30 hari). Tulis mengapa CC tetap menanganinya; catatan disimpan sebagai catatan staf pada pengaduan.',
    en: 'The service took place {days} days before the complaint was received (more than 30). Say why the CC takes it up; the note is kept as the staff note of the complaint.'
  },
  'case.share.closedCase': {
    id: 'Kasus ini sudah ditutup, jadi tidak bisa dibagikan lagi ke admin jaringan.',
    en: 'This case is closed, so it can no longer be shared with the network admins.'
  },
  'case.share.title': { id: 'Berbagi dengan admin jaringan', en: 'Sharing with the network admins' },
  'case.share.lead': {
    id: 'Admin jaringan tidak membaca pengaduan dan data pelapor CC. Bagikan kasus ini hanya bila jaringan perlu bertindak (mis. eskalasi ke Ombudsman): admin lalu bisa membaca pengaduan, data pelapor dan kabar publiknya, tanpa mengubah apa pun, sampai Anda menariknya kembali.',
    en: 'The network admins read no CC complaints or complainant data. Share this case only when the network needs to act (e.g. an escalation to the Ombudsman): the admins may then read the complaint, the complainant’s data and its public updates, without changing anything, until you withdraw it.'
  },
  'case.share.none': {
    id: 'Tidak dibagikan: hanya staf CC ini yang membaca data pelapor.',
    en: 'Not shared: only this CC’s staff read the complainant’s data.'
  },
  'case.share.since': {
    id: 'Dibagikan ke admin jaringan sejak {at} oleh {role}.',
    en: 'Shared with the network admins since {at} by the {role}.'
  },
  'case.share.withdrawnAt': {
    id: 'Ditarik kembali dari admin jaringan pada {at} oleh {role}.',
    en: 'Withdrawn from the network admins on {at} by the {role}.'
  },
  'case.share.reasonShown': { id: 'Alasan: {reason}', en: 'Reason: {reason}' },
  'case.share.open': { id: 'Bagikan ke admin jaringan…', en: 'Share with the network admins…' },
  'case.share.reason': {
    id: 'Alasan dibagikan (wajib; terlihat oleh staf CC dan admin jaringan)',
    en: 'Reason for sharing (required; seen by CC staff and the network admins)'
  },
  'case.share.confirm': { id: 'Bagikan kasus ini', en: 'Share this case' },
  'case.share.withdraw': {
    id: 'Tarik kembali dari admin jaringan…',
    en: 'Withdraw from the network admins…'
  },
  'case.share.withdrawReason': {
    id: 'Alasan menarik kembali (boleh kosong)',
    en: 'Reason for withdrawing (optional)'
  },
  'case.share.withdrawConfirm': { id: 'Tarik kembali', en: 'Withdraw' },
  'case.share.shared': {
    id: 'Kasus dibagikan ke admin jaringan.',
    en: 'The case is shared with the network admins.'
  },
  'case.share.unshared': {
    id: 'Kasus tidak lagi dibagikan ke admin jaringan.',
    en: 'The case is no longer shared with the network admins.'
  },
  'entry.ticket': { id: 'Tiket: {id}', en: 'Ticket: {id}' },

  // Intake
  'intake.title': { id: 'Catat pengaduan ({cc})', en: 'Record a complaint ({cc})' },
  'intake.lead': {
    id: 'Untuk pengaduan yang datang langsung, lewat telepon, surat atau kotak pengaduan.',
    en: 'For complaints that come in person, by phone, by letter or through the complaint box.'
  },
  'intake.section.how': { id: 'Bagaimana pengaduan masuk', en: 'How it came in' },
  'intake.section.what': { id: 'Apa yang diadukan', en: 'What it is about' },
  'intake.section.who': { id: 'Pelapor', en: 'Complainant' },
  'intake.channel': { id: 'Saluran', en: 'Channel' },
  'intake.receivedAt': { id: 'Tanggal diterima CC', en: 'Day the CC received it' },
  'intake.occurredAt': { id: 'Tanggal kejadian', en: 'Day it happened' },
  'intake.sector': { id: 'Sektor layanan', en: 'Service sector' },
  'intake.maladministration': { id: 'Jenis maladministrasi', en: 'Maladministration type' },
  'intake.provider': { id: 'Penyelenggara yang diadukan', en: 'Provider complained about' },
  'intake.desa': { id: 'Desa', en: 'Village' },
  'intake.desaName': {
    id: 'Desa di luar Lombok Barat (tulis)',
    en: 'Village outside Lombok Barat (type it)'
  },
  'intake.dusun': { id: 'Dusun', en: 'Hamlet (dusun)' },
  'intake.chronology': { id: 'Kronologi', en: 'What happened' },
  'intake.remedy': { id: 'Harapan pelapor', en: 'Remedy wanted' },
  'intake.people': { id: 'Jumlah orang terdampak', en: 'People affected' },
  'intake.urgency': { id: 'Urgensi', en: 'Urgency' },
  'intake.privacy': { id: 'Kerahasiaan', en: 'Privacy' },
  'intake.staffNote': { id: 'Catatan staf', en: 'Staff note' },
  'intake.staffNote.hint': {
    id: 'Wajib jika kejadian lebih dari 30 hari sebelum diterima: alasan tetap diterima.',
    en: 'Required when it happened more than 30 days before receipt: why it is taken up.'
  },
  'intake.name': { id: 'Nama pelapor', en: 'Complainant’s name' },
  'intake.phone': { id: 'Nomor HP', en: 'Mobile number' },
  'intake.address': { id: 'Alamat', en: 'Address' },
  'intake.gender': { id: 'Jenis kelamin', en: 'Gender' },
  'intake.age': { id: 'Kelompok usia', en: 'Age group' },
  'intake.disabilities': { id: 'Disabilitas', en: 'Disabilities' },
  'intake.consent': { id: 'Pelapor bersedia dihubungi?', en: 'Does the complainant agree to be contacted?' },
  'intake.submit': { id: 'Simpan ke buku', en: 'Save to the book' },
  'intake.errors': {
    id: 'Ada isian yang perlu diperbaiki (lihat pesan merah).',
    en: 'Some fields need fixing (see the red messages).'
  },
  'intake.done': {
    id: 'Tersimpan. Kode pelacakan untuk pelapor: {code}',
    en: 'Saved. Tracking code for the complainant: {code}'
  },
  'intake.open': { id: 'Buka pengaduan ini', en: 'Open this complaint' },
  'intake.another': { id: 'Catat pengaduan lain', en: 'Record another complaint' },
  'intake.optional': { id: '(boleh kosong)', en: '(optional)' },

  // Monthly forum
  'forum.title': { id: 'Forum bulanan {month}', en: 'Monthly forum {month}' },
  'forum.month': { id: 'Bulan', en: 'Month' },
  'forum.show': { id: 'Tampilkan', en: 'Show' },
  'forum.cc': { id: 'Rekap CC', en: 'CC summary' },
  'forum.loading': { id: 'Memuat forum…', en: 'Loading the forum…' },
  'forum.failed': { id: 'Data forum tidak bisa dimuat.', en: 'The forum data could not be loaded.' },
  'forum.none': {
    id: 'Belum ada peringkat untuk bulan ini. Peringkat dihitung tiap tanggal 1 pukul 01.00 WITA.',
    en: 'No ranking for this month yet. It is computed on the 1st of each month at 01:00 WITA.'
  },
  'forum.noCc': {
    id: 'Belum ada rekap CC ini untuk bulan ini.',
    en: 'No summary of this CC for this month yet.'
  },
  'forum.network': {
    id: '{complaints} pengaduan dari {centers} CC sampai akhir bulan ini; {issues} masalah diperingkat.',
    en: '{complaints} complaints from {centers} CCs up to the end of this month; {issues} issues ranked.'
  },
  'forum.ranking': { id: 'Peringkat masalah jaringan', en: 'Network ranking of issues' },
  'forum.rank': { id: 'Peringkat', en: 'Rank' },
  'forum.issue': { id: 'Masalah', en: 'Issue' },
  'forum.score': { id: 'Skor', en: 'Score' },
  'forum.complaints': { id: 'Pengaduan', en: 'Complaints' },
  'forum.change': { id: 'Beda dari bulan lalu', en: 'Change from last month' },
  'forum.why': { id: 'Mengapa', en: 'Why' },
  'forum.components': { id: 'Rincian skor', en: 'Score breakdown' },
  'forum.component.points': {
    id: '{points} poin (nilai {value} × bobot {weight})',
    en: '{points} points (value {value} × weight {weight})'
  },
  'forum.received': { id: 'Diterima', en: 'Received' },
  'forum.verified': { id: 'Diverifikasi', en: 'Verified' },
  'forum.followedUp': { id: 'Ditindaklanjuti', en: 'Followed up' },
  'forum.resolved': { id: 'Selesai', en: 'Resolved' },
  'forum.rejected': { id: 'Ditolak', en: 'Rejected' },
  'forum.closedSilent': { id: 'Ditutup tanpa tanggapan', en: 'Closed without reply' },
  'forum.openAtEnd': { id: 'Masih terbuka di akhir bulan', en: 'Still open at month end' },
  'forum.overdue': { id: 'Lewat tenggat', en: 'Overdue' },
  'forum.people': { id: 'Orang terdampak', en: 'People affected' },
  'forum.bySector': { id: 'Pengaduan per sektor', en: 'Complaints by sector' },
  'forum.byVillage': { id: 'Pengaduan per desa', en: 'Complaints by village' },
  'forum.trend': { id: 'bulan lalu {before}', en: 'last month {before}' },
  'forum.reads': { id: 'Halaman ini membaca {reads} dokumen.', en: 'This page read {reads} documents.' },
  'component.volume': { id: 'Jumlah pengaduan', en: 'Volume' },
  'component.breadth': { id: 'Sebaran (CC dan desa)', en: 'Breadth (CCs and villages)' },
  'component.peopleAffected': { id: 'Orang terdampak', en: 'People affected' },
  'component.urgency': { id: 'Urgensi', en: 'Urgency' },
  'component.unresolved': { id: 'Belum selesai', en: 'Unresolved' },
  'component.overdue': { id: 'Lewat tenggat', en: 'Overdue' },
  'component.persistence': { id: 'Berulang tiap bulan', en: 'Persistence' },
  'component.trend': { id: 'Tren', en: 'Trend' },

  // Admin
  'admin.title': { id: 'Admin jaringan', en: 'Network admin' },
  'admin.lead': {
    id: 'Admin jaringan menjalankan forum bulanan. Admin hanya membaca pengaduan dan data pelapor yang dibagikan CC.',
    en: 'The network admin runs the monthly forum. The admin reads only the complaints and complainant data a CC shares.'
  },
  'admin.missing': {
    id: 'Pengelolaan CC, anggota dan taksonomi belum tersedia di aplikasi ini.',
    en: 'Managing CCs, members and the taxonomy is not available in this app yet.'
  }
});

export type StaffMessageKey = keyof typeof STAFF_MESSAGES;
export type StaffPlainKey = PlainKey<typeof STAFF_MESSAGES>;

/** A staff message in the current language. */
export const st = translator(STAFF_MESSAGES, () => language.current);
