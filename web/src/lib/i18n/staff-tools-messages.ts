/**
 * Texts of the staff tools: importing a spreadsheet book, printing and exporting the month's
 * register, posts and their moderation, meetings. Bahasa Indonesia first. Domain labels come from
 * core/ (statuses, sectors, import problems) or from the staff modules that own them.
 */
import { defineMessages, translator, type PlainKey } from './translate';
import { language } from './lang.svelte';

export const STAFF_TOOLS_MESSAGES = defineMessages({
  'nav.import': { id: 'Impor buku', en: 'Import book' },
  'nav.print': { id: 'Cetak & ekspor', en: 'Print & export' },
  'nav.posts': { id: 'Informasi', en: 'Information' },
  'nav.meetings': { id: 'Kegiatan', en: 'Events' },
  'nav.profile': { id: 'Profil CC', en: 'CC profile' },
  'nav.members': { id: 'Anggota', en: 'Members' },
  'profile.title': { id: 'Profil {name}', en: 'Profile of {name}' },
  'profile.lead': {
    id: 'Nama, tempat dan narahubung CC ini seperti yang dilihat warga saat memilih CC.',
    en: 'The name, place and contact of this CC as citizens see them when they choose a CC.'
  },
  'profile.onlyKoordinator': {
    id: 'Hanya koordinator CC yang dapat mengubah profil. Kode register dan status aktif diatur admin jaringan.',
    en: "Only the CC's coordinator can change the profile. The register code and the active status are set by the network admin."
  },
  'profile.fixedByNetwork': {
    id: 'Kode register ({code}) dan status aktif diatur admin jaringan.',
    en: 'The register code ({code}) and the active status are set by the network admin.'
  },
  'profile.missing': { id: 'Profil CC ini tidak ditemukan.', en: 'This CC has no profile.' },

  'common.failed': {
    id: 'Gagal: {detail}. Periksa sinyal lalu coba lagi.',
    en: 'Failed: {detail}. Check the signal and try again.'
  },
  'common.denied': {
    id: 'Ditolak: akun Anda tidak boleh melakukan ini untuk CC ini.',
    en: 'Refused: your account may not do this for this CC.'
  },
  'common.loading': { id: 'Memuat…', en: 'Loading…' },
  'common.saving': { id: 'Menyimpan…', en: 'Saving…' },
  'common.reads': { id: 'Halaman ini membaca {reads} dokumen.', en: 'This page read {reads} documents.' },
  'common.errors': {
    id: 'Ada isian yang perlu diperbaiki; lihat pesan di bawah kolomnya.',
    en: 'Some fields need fixing; see the messages under them.'
  },
  'common.cancel': { id: 'Batal', en: 'Cancel' },

  // Import
  'import.title': { id: 'Impor buku pengaduan — {cc}', en: 'Import a complaint book — {cc}' },
  'import.lead': {
    id: 'Pilih salinan buku pengaduan dalam Excel (.xlsx) atau CSV. Setiap baris diperiksa di ponsel ini dulu; belum ada yang disimpan sampai Anda menekan Kirim.',
    en: 'Choose a copy of the complaint book as Excel (.xlsx) or CSV. Every row is checked on this device first; nothing is saved until you press Send.'
  },
  'import.columns': {
    id: 'Kolom wajib: tanggal diterima, desa, sektor, penyelenggara, uraian. Baris 1 adalah judul kolom.',
    en: 'Required columns: tanggal diterima, desa, sektor, penyelenggara, uraian. Row 1 holds the headings.'
  },
  'import.koordinatorOnly': {
    id: 'Hanya koordinator CC yang boleh mengirim impor. Anda tetap bisa memeriksa berkas.',
    en: 'Only the CC coordinator may send an import. You can still check a file.'
  },
  'import.file': { id: 'Berkas buku pengaduan', en: 'Complaint book file' },
  'import.fileHint': { id: '.xlsx atau .csv', en: '.xlsx or .csv' },
  'import.wrongType': {
    id: 'Berkas harus .xlsx atau .csv. Simpan ulang dari Excel atau LibreOffice.',
    en: 'The file must be .xlsx or .csv. Save it again from Excel or LibreOffice.'
  },
  'import.reading': { id: 'Membaca berkas…', en: 'Reading the file…' },
  'import.readFailed': {
    id: 'Berkas tidak bisa dibaca: {detail}',
    en: 'The file could not be read: {detail}'
  },
  'import.mode': { id: 'Jika ada baris yang salah', en: 'When some rows are wrong' },
  'import.mode.lenient': {
    id: 'Kirim baris yang benar, lewati yang salah',
    en: 'Send the correct rows, skip the wrong ones'
  },
  'import.mode.strict': {
    id: 'Jangan kirim apa pun sampai semua baris benar',
    en: 'Send nothing until every row is correct'
  },
  'import.summary': {
    id: '{total} baris dibaca: {valid} benar, {refused} salah.',
    en: '{total} rows read: {valid} correct, {refused} wrong.'
  },
  'import.fileProblems': { id: 'Berkas tidak bisa diimpor', en: 'The file cannot be imported' },
  'import.preview': { id: 'Pratinjau setiap baris', en: 'Preview of every row' },
  'import.onlyWrong': { id: 'Tampilkan hanya baris yang salah', en: 'Show only the wrong rows' },
  'import.col.line': { id: 'Baris', en: 'Row' },
  'import.col.row': { id: 'Isi', en: 'Content' },
  'import.col.check': { id: 'Pemeriksaan', en: 'Check' },
  'import.rowOk': { id: 'Benar', en: 'Correct' },
  'import.rowWrong': { id: 'Salah', en: 'Wrong' },
  'import.strictBlocked': {
    id: 'Mode ketat: perbaiki {refused} baris yang salah di berkas, lalu pilih berkas lagi.',
    en: 'Strict mode: fix the {refused} wrong rows in the file, then choose it again.'
  },
  'import.send': { id: 'Kirim {count} baris', en: 'Send {count} rows' },
  'import.sending': { id: 'Mengirim… ini bisa beberapa menit.', en: 'Sending… this may take a few minutes.' },
  'import.tooMany': {
    id: 'Paling banyak {max} baris sekali kirim; bagi berkasnya.',
    en: 'At most {max} rows per import; split the file.'
  },
  'import.done': {
    id: '{imported} pengaduan tersimpan ({first} sampai {last}).',
    en: '{imported} complaints saved ({first} to {last}).'
  },
  'import.doneNone': { id: 'Tidak ada pengaduan baru yang tersimpan.', en: 'No new complaints were saved.' },
  'import.already': {
    id: '{count} baris sudah tersimpan oleh kiriman sebelumnya dan tidak digandakan.',
    en: '{count} rows were saved by an earlier send and were not doubled.'
  },
  'import.serverRejected': {
    id: 'Baris yang ditolak saat disimpan',
    en: 'Rows refused when saving'
  },
  'import.backToBook': { id: 'Buka buku pengaduan', en: 'Open the complaint book' },
  'import.offline': {
    id: 'Layanan impor tidak terjangkau. Periksa sinyal lalu kirim lagi; baris yang sudah masuk tidak akan digandakan.',
    en: 'The import service cannot be reached. Check the signal and send again; rows already saved will not be doubled.'
  },

  // Print & export
  'print.title': { id: 'Buku pengaduan bulanan — {cc}', en: 'Monthly complaint book — {cc}' },
  'print.lead': {
    id: 'Buku bulan ini dalam susunan buku register kertas: untuk dicetak (A4 mendatar) atau diunduh sebagai CSV dan Excel.',
    en: "The month's book laid out like the paper register: to print (A4 landscape) or download as CSV and Excel."
  },
  'print.month': { id: 'Bulan', en: 'Month' },
  'print.withNames': {
    id: 'Sertakan nama pelapor (khusus staf)',
    en: 'Include complainant names (staff only)'
  },
  'print.show': { id: 'Tampilkan', en: 'Show' },
  'print.print': { id: 'Cetak', en: 'Print' },
  'print.csv': { id: 'Unduh CSV', en: 'Download CSV' },
  'print.xlsx': { id: 'Unduh Excel (.xlsx)', en: 'Download Excel (.xlsx)' },
  'print.preparing': { id: 'Menyiapkan berkas…', en: 'Preparing the file…' },
  'print.heading': { id: 'Buku Pengaduan {center} — {month}', en: 'Complaint Book {center} — {month}' },
  'print.count': { id: '{count} pengaduan', en: '{count} complaints' },
  'print.empty': { id: 'Tidak ada pengaduan pada bulan ini.', en: 'No complaints in this month.' },
  'print.truncated': {
    id: 'Bulan ini punya lebih dari {max} pengaduan; hanya {max} yang pertama ditampilkan.',
    en: 'This month has more than {max} complaints; only the first {max} are shown.'
  },
  'print.private': {
    id: 'Rahasia: memuat nama pelapor. Jangan dibagikan di luar CC.',
    en: 'Confidential: holds complainant names. Do not share outside the CC.'
  },
  'print.noName': { id: '—', en: '—' },
  'print.pending': { id: '(belum bernomor)', en: '(not numbered yet)' },
  'print.badMonth': { id: 'Pilih bulan.', en: 'Choose a month.' },

  // Posts
  'posts.title': { id: 'Informasi — {cc}', en: 'Information — {cc}' },
  'posts.lead': {
    id: 'Tulis catatan kebijakan dan pengumuman untuk warga, dan moderasi pengalaman yang dibagikan warga sebelum tampil.',
    en: 'Write policy notes and announcements for citizens, and moderate the experiences citizens share before they appear.'
  },
  'posts.write': { id: 'Tulis informasi baru', en: 'Write new information' },
  'posts.kind': { id: 'Jenis tulisan', en: 'Kind of post' },
  'posts.postTitle': { id: 'Judul', en: 'Title' },
  'posts.body': { id: 'Isi', en: 'Text' },
  'posts.bodyHint': { id: '20 sampai {max} karakter.', en: '20 to {max} characters.' },
  'posts.sector': { id: 'Sektor layanan', en: 'Service sector' },
  'posts.noSector': { id: 'Tidak khusus satu sektor', en: 'Not about one sector' },
  'posts.saveDraft': { id: 'Simpan draf', en: 'Save draft' },
  'posts.publishNow': { id: 'Terbitkan sekarang', en: 'Publish now' },
  'posts.saved': { id: 'Tersimpan.', en: 'Saved.' },
  'posts.waiting': { id: 'Menunggu moderasi ({count})', en: 'Awaiting moderation ({count})' },
  'posts.waitingNone': {
    id: 'Tidak ada pengalaman warga yang menunggu.',
    en: 'No citizen experiences are waiting.'
  },
  'posts.ours': { id: 'Tulisan CC', en: "The CC's posts" },
  'posts.oursNone': { id: 'Belum ada tulisan.', en: 'No posts yet.' },
  'posts.experiences': { id: 'Pengalaman warga yang sudah dimoderasi', en: 'Moderated citizen experiences' },
  'posts.experiencesNone': { id: 'Belum ada.', en: 'None yet.' },
  'posts.experience.baik': { id: 'Pengalaman baik', en: 'Good experience' },
  'posts.experience.buruk': { id: 'Pengalaman buruk', en: 'Bad experience' },
  'posts.by': { id: 'Oleh {name}', en: 'By {name}' },
  'posts.provider': { id: 'Penyelenggara: {name}', en: 'Provider: {name}' },
  'posts.created': { id: 'Dikirim {date}', en: 'Sent {date}' },
  'posts.publishedOn': { id: 'Terbit {date}', en: 'Published {date}' },
  'posts.publish': { id: 'Terbitkan', en: 'Publish' },
  'posts.reject': { id: 'Tolak', en: 'Reject' },
  'posts.withdraw': { id: 'Tarik dari halaman warga', en: 'Withdraw from citizen pages' },
  'posts.edit': { id: 'Sunting', en: 'Edit' },
  'posts.saveEdit': { id: 'Simpan suntingan', en: 'Save the edit' },
  'posts.suggest': { id: 'Saran: hapus data pribadi', en: 'Suggest: remove personal details' },
  'posts.personalFound': {
    id: 'Teks ini tampaknya memuat data pribadi ({found}). Sebaiknya ubah dulu dan pakai "Saran: hapus data pribadi" sebelum diterbitkan.',
    en: 'This text seems to hold personal details ({found}). Better edit it first and use "Suggest: remove personal details" before publishing.'
  },
  'posts.confirmPublishPersonal': {
    id: 'Teks ini tampaknya memuat data pribadi ({found}) dan akan terlihat oleh semua orang. Tetap terbitkan?',
    en: 'This text seems to hold personal details ({found}) and everyone will see it. Publish anyway?'
  },
  'posts.suggestFound': {
    id: 'Ditemukan dan diganti: {found}. Baca lagi sebelum menyimpan.',
    en: 'Found and replaced: {found}. Read it again before saving.'
  },
  'posts.suggestNone': {
    id: 'Tidak ditemukan nomor HP, NIK, email, RT/RW atau nama penulis. Tetap baca sendiri.',
    en: "No phone number, NIK, email, RT/RW or author's name found. Still read it yourself."
  },
  'posts.privacyNote': {
    id: 'Nama penulis tidak bisa diubah; bila perlu, tolak dan minta warga mengirim ulang tanpa nama.',
    en: "The author's name cannot be changed; if needed, reject and ask the citizen to send again without it."
  },
  'posts.loadFailed': { id: 'Tulisan tidak bisa dimuat.', en: 'The posts could not be loaded.' },

  // Meetings
  'meetings.title': { id: 'Kegiatan belajar — {cc}', en: 'Learning events — {cc}' },
  'meetings.lead': {
    id: 'Jadwalkan diskusi warga dan dialog dengan pejabat atau narasumber, lalu catat notulen dan jumlah yang hadir.',
    en: 'Schedule citizen discussions and dialogues with officials or experts, then record the minutes and attendance.'
  },
  'meetings.new': { id: 'Jadwalkan kegiatan', en: 'Schedule an event' },
  'meetings.editing': { id: 'Ubah kegiatan: {title}', en: 'Edit event: {title}' },
  'meetings.eventTitle': { id: 'Judul kegiatan', en: 'Title' },
  'meetings.kind': { id: 'Jenis kegiatan', en: 'Kind of event' },
  'meetings.date': { id: 'Tanggal', en: 'Date' },
  'meetings.place': { id: 'Tempat', en: 'Place' },
  'meetings.guests': { id: 'Tamu / narasumber', en: 'Guests / speakers' },
  'meetings.guestsHint': {
    id: 'Satu nama atau jabatan per baris, mis. Kepala Puskesmas Meninting.',
    en: 'One name or position a line, e.g. Kepala Puskesmas Meninting.'
  },
  'meetings.minutes': { id: 'Notulen', en: 'Minutes' },
  'meetings.minutesHint': {
    id: 'Diisi setelah kegiatan: yang dibahas, kesepakatan, tindak lanjut.',
    en: 'After the event: what was discussed, what was agreed, follow-up.'
  },
  'meetings.attendance': { id: 'Jumlah yang hadir', en: 'Attendance' },
  'meetings.public': {
    id: 'Tampilkan di halaman kegiatan warga',
    en: 'Show on the citizens’ events page'
  },
  'meetings.save': { id: 'Simpan kegiatan', en: 'Save the event' },
  'meetings.saved': { id: 'Kegiatan tersimpan.', en: 'Event saved.' },
  'meetings.upcoming': { id: 'Akan datang', en: 'Upcoming' },
  'meetings.past': { id: 'Sudah lewat', en: 'Past' },
  'meetings.none': { id: 'Belum ada.', en: 'None yet.' },
  'meetings.edit': { id: 'Ubah / catat notulen', en: 'Edit / record minutes' },
  'meetings.draft': { id: 'Belum tampil untuk warga', en: 'Not shown to citizens' },
  'meetings.shown': { id: 'Tampil untuk warga', en: 'Shown to citizens' },
  'meetings.guestList': { id: 'Tamu: {guests}', en: 'Guests: {guests}' },
  'meetings.attended': { id: '{count} orang hadir', en: '{count} people attended' },
  'meetings.noMinutes': { id: 'Notulen belum dicatat.', en: 'No minutes yet.' },
  'meetings.loadFailed': { id: 'Kegiatan tidak bisa dimuat.', en: 'The events could not be loaded.' }
});

export type StaffToolsMessageKey = keyof typeof STAFF_TOOLS_MESSAGES;
export type StaffToolsPlainKey = PlainKey<typeof STAFF_TOOLS_MESSAGES>;

/** A staff-tools message in the current language. */
export const tt = translator(STAFF_TOOLS_MESSAGES, () => language.current);
