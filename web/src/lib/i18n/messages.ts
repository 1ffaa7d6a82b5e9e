/**
 * The citizen app's texts, Bahasa Indonesia first. Plain words, short sentences: many readers
 * are on a small phone and some read with difficulty. Labels of the domain (sectors, statuses,
 * validation messages) come from core/ and are shown with `label()`.
 */
import { defineMessages, type PlainKey } from './translate';

export const WARGA_MESSAGES = defineMessages({
  // The shell
  'app.name': { id: 'Buku Pengaduan', en: 'Buku Pengaduan' },
  'app.tagline': {
    id: 'Pengaduan layanan publik lewat CC desa',
    en: 'Public service complaints via village CCs'
  },
  'shell.skip': { id: 'Langsung ke isi', en: 'Skip to content' },
  'shell.nav': { id: 'Menu utama', en: 'Main menu' },
  'nav.home': { id: 'Beranda', en: 'Home' },
  'nav.complain': { id: 'Adukan', en: 'Complain' },
  'nav.track': { id: 'Lacak', en: 'Track' },
  'nav.mine': { id: 'Pengaduan saya', en: 'My complaints' },
  'nav.about': { id: 'Tentang', en: 'About' },
  'lang.switch': { id: 'English', en: 'Bahasa Indonesia' },
  'lang.switchHint': { id: 'Ganti bahasa ke English', en: 'Switch language to Bahasa Indonesia' },
  'footer.areas': {
    id: 'Nama kecamatan dan desa: {source}, lisensi Open Database License (ODbL).',
    en: 'Kecamatan and village names: {source}, under the Open Database License (ODbL).'
  },
  'footer.staff': { id: 'Masuk untuk petugas CC', en: 'Sign-in for CC staff' },
  'footer.free': {
    id: 'Mengadu itu gratis. Tidak ada yang boleh meminta bayaran.',
    en: 'Complaining is free. Nobody may ask you for money.'
  },
  'offline.banner': {
    id: 'Tidak ada sinyal. Pengaduan tetap bisa ditulis: tersimpan di HP ini dan terkirim saat sinyal kembali. Berbagi pengalaman perlu sinyal.',
    en: 'No signal. You can still write a complaint: it is kept on this phone and sent when the signal returns. Sharing an experience needs a signal.'
  },

  // Home
  'home.title': { id: 'Adukan layanan publik yang buruk', en: 'Complain about a poor public service' },
  'home.lead': {
    id: 'Puskesmas, sekolah, KTP dan KK, bantuan sosial, air bersih, jalan, kantor desa: jika layanan tidak baik, Anda boleh mengadu. Gratis.',
    en: 'Health centre, school, ID card and family card, social aid, clean water, roads, village office: if a service is poor, you may complain. It is free.'
  },
  'home.cc.title': { id: 'Apa itu Community Center (CC)?', en: 'What is a Community Center (CC)?' },
  'home.cc.body': {
    id: 'CC adalah kelompok warga di desa, kadang lembaga adat, yang membantu warga mendapat layanan publik yang baik. CC mencatat pengaduan Anda di Buku Pengaduan, menindaklanjutinya, dan mendampingi Anda sampai selesai.',
    en: 'A CC is a group of villagers, sometimes a customary body, that helps people get good public services. The CC writes your complaint in its complaint book, follows it up and stays with you until it is resolved.'
  },
  'home.cc.forum': {
    id: 'Setiap bulan para CC membahas pengaduan bersama untuk memilih masalah yang paling perlu diperjuangkan.',
    en: 'Every month the CCs discuss their complaints together to choose the problems most in need of advocacy.'
  },
  'home.how.title': { id: 'Cara mengadu', en: 'How to complain' },
  'home.how.1': { id: 'Pilih CC desa Anda di bawah ini.', en: 'Choose the CC of your village below.' },
  'home.how.2': {
    id: 'Ceritakan apa yang terjadi: layanan apa, di mana, kapan, dan apa yang Anda harapkan.',
    en: 'Tell what happened: which service, where, when, and what you would like to happen.'
  },
  'home.how.3': {
    id: 'Pilih apakah nama Anda boleh terlihat atau dirahasiakan.',
    en: 'Choose whether your name may be seen or is kept confidential.'
  },
  'home.how.4': {
    id: 'Kirim. Anda mendapat kode lacak untuk mengikuti pengaduan Anda.',
    en: 'Send. You get a tracking code to follow your complaint.'
  },
  'home.how.offline': {
    id: 'Sinyal lemah? Pengaduan disimpan di HP ini dan terkirim sendiri saat sinyal kembali.',
    en: 'Weak signal? Your complaint is kept on this phone and sent by itself when the signal returns.'
  },
  'home.how.deadline': {
    id: 'Sebaiknya mengadu paling lambat 30 hari setelah kejadian (UU 25/2009).',
    en: 'It is best to complain within 30 days of what happened (Law 25/2009).'
  },
  'home.start': { id: 'Tulis pengaduan', en: 'Write a complaint' },
  'home.track': {
    id: 'Sudah punya kode lacak? Lacak pengaduan',
    en: 'Have a tracking code? Track a complaint'
  },

  // Choosing a CC
  'cc.title': { id: 'Pilih CC Anda', en: 'Choose your CC' },
  'cc.remembered': { id: 'Pilihan ini disimpan di HP ini.', en: 'This choice is kept on this phone.' },
  'cc.kecamatan': { id: 'Kecamatan', en: 'Kecamatan (district)' },
  'cc.kecamatan.placeholder': { id: '— pilih kecamatan —', en: '— choose a kecamatan —' },
  'cc.desa': { id: 'Desa atau kelurahan', en: 'Village (desa or kelurahan)' },
  'cc.desa.placeholder': { id: '— pilih desa —', en: '— choose a village —' },
  'cc.kabupaten': { id: 'Kabupaten {name}', en: '{name} Regency' },
  'cc.loading': { id: 'Memuat daftar CC…', en: 'Loading the list of CCs…' },
  'cc.loadFailed': {
    id: 'Daftar CC belum bisa dimuat. Periksa sinyal, lalu coba lagi.',
    en: 'The list of CCs could not be loaded. Check your signal, then try again.'
  },
  'cc.retry': { id: 'Coba lagi', en: 'Try again' },
  'cc.inDesa': { id: 'CC di Desa {desa}', en: 'CCs in {desa}' },
  'cc.inKecamatan': { id: 'CC lain di Kecamatan {kecamatan}', en: 'Other CCs in Kecamatan {kecamatan}' },
  'cc.noneInDesa': {
    id: 'Belum ada CC di Desa {desa}. Anda bisa mengadu ke CC terdekat:',
    en: 'There is no CC in {desa} yet. You can complain to a nearby CC:'
  },
  'cc.noneNearby': {
    id: 'Belum ada CC di Kecamatan {kecamatan}. Semua CC:',
    en: 'There is no CC in Kecamatan {kecamatan} yet. All CCs:'
  },
  'cc.noneAtAll': { id: 'Belum ada CC yang aktif.', en: 'No CC is active yet.' },
  'cc.chosen': { id: 'CC Anda', en: 'Your CC' },
  'cc.change': { id: 'Ganti CC', en: 'Change CC' },
  'cc.choose': { id: 'Pilih {name}', en: 'Choose {name}' },
  'cc.place': { id: 'Desa {desa}, Kec. {kecamatan}', en: '{desa}, Kec. {kecamatan}' },
  'cc.stale': {
    id: 'Daftar CC dari penyimpanan HP (tanpa sinyal).',
    en: 'List of CCs from this phone’s storage (no signal).'
  },

  // The complaint form
  'form.title': { id: 'Tulis pengaduan', en: 'Write a complaint' },
  'form.progress': { id: 'Langkah {n} dari {total}', en: 'Step {n} of {total}' },
  'form.next': { id: 'Lanjut', en: 'Next' },
  'form.back': { id: 'Kembali', en: 'Back' },
  'form.send': { id: 'Kirim pengaduan', en: 'Send complaint' },
  'form.sending': { id: 'Menyimpan…', en: 'Saving…' },
  'form.optional': { id: '(boleh dikosongkan)', en: '(optional)' },
  'form.fixErrors': {
    id: 'Ada isian yang perlu diperbaiki. Lihat pesan merah di bawah.',
    en: 'Some answers need fixing. See the red messages below.'
  },
  'form.draftSaved': { id: 'Draf tersimpan di HP ini ({time}).', en: 'Draft kept on this phone ({time}).' },
  'form.draftRestored': {
    id: 'Kami memulihkan isian Anda yang belum terkirim.',
    en: 'We restored what you had typed but not sent.'
  },
  'form.draftClear': { id: 'Hapus draf dan mulai lagi', en: 'Delete draft and start again' },
  'form.draftClearConfirm': {
    id: 'Hapus semua isian pengaduan ini?',
    en: 'Delete everything typed in this complaint?'
  },
  'form.loadFailed': {
    id: 'Pemeriksa isian belum termuat. Periksa sinyal, lalu tekan Lanjut lagi.',
    en: 'The form checker has not loaded. Check your signal, then press Next again.'
  },
  'form.step.what': { id: 'Apa yang terjadi?', en: 'What happened?' },
  'form.step.where': { id: 'Di mana, dan layanan siapa?', en: 'Where, and whose service?' },
  'form.step.wish': { id: 'Apa yang Anda harapkan?', en: 'What would you like to happen?' },
  'form.step.privacy': { id: 'Siapa yang boleh tahu?', en: 'Who may know?' },
  'form.step.contact': {
    id: 'Siapa Anda, dan bolehkah CC menghubungi?',
    en: 'Who are you, and may the CC contact you?'
  },
  'form.step.review': { id: 'Periksa lalu kirim', en: 'Check, then send' },
  'form.cc.missing': {
    id: 'Pilih dulu CC yang menerima pengaduan Anda.',
    en: 'First choose the CC that receives your complaint.'
  },
  'form.sector': { id: 'Layanan apa yang Anda adukan?', en: 'Which service is your complaint about?' },
  'form.chronology': { id: 'Ceritakan apa yang terjadi', en: 'Tell what happened' },
  'form.chronology.hint': {
    id: 'Tulis dengan kata-kata Anda sendiri: apa yang Anda alami, siapa yang melayani, apa kerugiannya.',
    en: 'In your own words: what you went through, who served you, what it cost you.'
  },
  'form.occurredAt': { id: 'Kapan terjadi?', en: 'When did it happen?' },
  'form.occurredAt.hint': {
    id: 'Tanggal Anda datang ke layanan itu, atau tanggal terakhir jika berkali-kali.',
    en: 'The day you went to the service, or the last time if it happened more than once.'
  },
  'form.occurredAt.late': {
    id: 'Sudah lebih dari 30 hari. Pengaduan tetap bisa dikirim; CC akan mempertimbangkannya.',
    en: 'More than 30 days ago. You can still send it; the CC will consider it.'
  },
  'form.providerName': {
    id: 'Nama kantor atau tempat layanan',
    en: 'Name of the office or place of service'
  },
  'form.providerName.hint': {
    id: 'Misalnya: Puskesmas Meninting, SDN 1 Sandik, Kantor Desa Mambalan, PDAM.',
    en: 'For example: Puskesmas Meninting, SDN 1 Sandik, Mambalan village office, PDAM.'
  },
  'form.location': { id: 'Di desa mana kejadiannya?', en: 'In which village did it happen?' },
  'form.dusun': { id: 'Dusun', en: 'Dusun (hamlet)' },
  'form.maladministration': { id: 'Apa masalahnya?', en: 'What was wrong?' },
  'form.maladministration.unknown': { id: 'Tidak tahu / tidak yakin', en: 'Don’t know / not sure' },
  'form.remedyWanted': { id: 'Apa yang Anda harapkan?', en: 'What would you like to happen?' },
  'form.remedyWanted.hint': {
    id: 'Misalnya: obat tersedia, KTP selesai, pungutan dikembalikan.',
    en: 'For example: medicine available, ID card issued, the fee refunded.'
  },
  'form.peopleAffected': {
    id: 'Berapa orang yang mengalami masalah ini?',
    en: 'How many people have this problem?'
  },
  'form.peopleAffected.hint': { id: 'Perkiraan saja, termasuk Anda.', en: 'A rough number, including you.' },
  'form.urgency': { id: 'Seberapa mendesak?', en: 'How urgent is it?' },
  'form.privacy.lead': {
    id: 'Nama dan nomor HP Anda hanya bisa dibaca petugas CC Anda, apa pun pilihan Anda; hanya bila CC meminta bantuan admin jaringan untuk kasus Anda, admin itu ikut membacanya, dan hal itu dicatat. Pilihan ini menentukan apakah isi pengaduan boleh dibagikan.',
    en: 'Only the staff of your CC can read your name and phone number, whatever you choose; only if the CC asks the network admin for help with your case does that admin read them too, and that is recorded. This choice decides whether the complaint itself may be shared.'
  },
  'form.privacy': { id: 'Pilih salah satu', en: 'Choose one' },
  'form.privacy.publik.more': {
    id: 'Dipakai dalam forum bulanan para CC dan laporan ke penyelenggara layanan.',
    en: 'Used in the CCs’ monthly forum and in reports to the service provider.'
  },
  'form.privacy.anonim.more': {
    id: 'CC menghapus nama, dusun dan ciri lain sebelum dibagikan.',
    en: 'The CC removes names, hamlet and other details before sharing.'
  },
  'form.privacy.rahasia.more': {
    id: 'Untuk masalah yang bisa membahayakan Anda. Hanya CC Anda yang membaca isinya.',
    en: 'For problems that could put you at risk. Only your CC reads it.'
  },
  'form.name': { id: 'Nama Anda', en: 'Your name' },
  'form.name.hint': {
    id: 'Wajib, agar CC dapat mendampingi Anda. Tidak ditampilkan kepada umum.',
    en: 'Required, so the CC can accompany you. Never shown to the public.'
  },
  'form.phone': { id: 'Nomor HP atau WhatsApp', en: 'Mobile or WhatsApp number' },
  'form.phone.hint': { id: 'Misalnya 0812 3456 7890.', en: 'For example 0812 3456 7890.' },
  'form.address': { id: 'Alamat', en: 'Address' },
  'form.consent': { id: 'Bolehkah CC menghubungi Anda?', en: 'May the CC contact you?' },
  'form.consent.ya': { id: 'Ya, boleh dihubungi', en: 'Yes, you may contact me' },
  'form.consent.tidak': { id: 'Tidak, jangan hubungi saya', en: 'No, do not contact me' },
  'form.consent.hint': {
    id: 'Jika boleh, isi nomor HP atau alamat. Tanpa kontak, ikuti perkembangan dengan kode lacak.',
    en: 'If yes, give a phone number or an address. Without contact, follow progress with the tracking code.'
  },
  'form.about.title': { id: 'Tentang Anda', en: 'About you' },
  'form.about.hint': {
    id: 'Membantu CC mendampingi dengan tepat dan melihat siapa yang paling terdampak.',
    en: 'Helps the CC accompany you well and see who is affected most.'
  },
  'form.gender': { id: 'Jenis kelamin', en: 'Gender' },
  'form.ageGroup': { id: 'Umur', en: 'Age' },
  'form.choose': { id: '— pilih —', en: '— choose —' },
  'form.disabilities': { id: 'Disabilitas', en: 'Disability' },
  'review.cc': { id: 'CC penerima', en: 'Receiving CC' },
  'review.edit': { id: 'Ubah', en: 'Change' },
  'review.editStep': { id: 'Ubah: {step}', en: 'Change: {step}' },
  'review.yes': { id: 'Ya', en: 'Yes' },
  'review.no': { id: 'Tidak', en: 'No' },
  'review.none': { id: '—', en: '—' },
  'review.offline': {
    id: 'Tanpa sinyal pun Anda boleh menekan Kirim: pengaduan menunggu di HP ini dan terkirim sendiri saat ada sinyal.',
    en: 'You can press Send even without signal: the complaint waits on this phone and is sent when there is signal.'
  },

  // After sending
  'sent.title': { id: 'Pengaduan Anda tersimpan', en: 'Your complaint is saved' },
  'sent.codeLabel': { id: 'Kode lacak Anda', en: 'Your tracking code' },
  'sent.codeHint': {
    id: 'Simpan kode ini: tulis di kertas atau kirim ke WhatsApp Anda sendiri. Dengan kode ini Anda bisa melihat perkembangan pengaduan.',
    en: 'Keep this code: write it down or send it to your own WhatsApp. With it you can follow your complaint.'
  },
  'sent.copy': { id: 'Salin kode', en: 'Copy code' },
  'sent.copied': { id: 'Kode disalin.', en: 'Code copied.' },
  'sent.whatsapp': { id: 'Kirim ke WhatsApp', en: 'Send to WhatsApp' },
  'sent.whatsappText': {
    id: 'Kode lacak pengaduan saya di {cc}: {code}. Lacak di {link}',
    en: 'Tracking code of my complaint at {cc}: {code}. Track it at {link}'
  },
  'sent.notFound': { id: 'Pengaduan ini tidak ada di HP ini.', en: 'This complaint is not on this phone.' },
  'sent.again': { id: 'Tulis pengaduan lain', en: 'Write another complaint' },
  'sent.waitingExplain': {
    id: 'Pengaduan menunggu sinyal dan akan terkirim sendiri. Anda boleh menutup halaman ini.',
    en: 'The complaint is waiting for signal and will be sent by itself. You may close this page.'
  },
  'sent.sentExplain': {
    id: '{cc} sudah menerima pengaduan Anda.',
    en: '{cc} has received your complaint.'
  },

  // Outbox and my complaints
  'outbox.state.waiting': { id: 'Menunggu sinyal', en: 'Waiting for signal' },
  'outbox.state.sending': { id: 'Mengirim…', en: 'Sending…' },
  'outbox.state.sent': { id: 'Terkirim', en: 'Sent' },
  'outbox.state.failed': { id: 'Gagal: {reason}', en: 'Failed: {reason}' },
  'outbox.reason.rejected': {
    id: 'ditolak oleh server. Hubungi CC Anda dan sebutkan kode lacak.',
    en: 'refused by the server. Contact your CC and give the tracking code.'
  },
  'outbox.reason.invalid': {
    id: 'isian tidak diterima. Periksa lagi pengaduan Anda.',
    en: 'the form was not accepted. Please check your complaint again.'
  },
  'outbox.nextTry': { id: 'Dicoba lagi sekitar {time}.', en: 'Will try again at about {time}.' },
  'outbox.tryNow': { id: 'Coba kirim sekarang', en: 'Try sending now' },
  'mine.title': { id: 'Pengaduan saya', en: 'My complaints' },
  'mine.lead': {
    id: 'Pengaduan yang dikirim dari HP ini. Orang lain yang memakai HP ini juga bisa melihat daftar ini.',
    en: 'Complaints sent from this phone. Others who use this phone can see this list too.'
  },
  'mine.empty': { id: 'Belum ada pengaduan dari HP ini.', en: 'No complaints from this phone yet.' },
  'mine.code': { id: 'Kode lacak', en: 'Tracking code' },
  'mine.createdAt': { id: 'Ditulis {date}', en: 'Written {date}' },
  'mine.track': { id: 'Lihat perkembangan', en: 'See progress' },

  // Tracking
  'track.title': { id: 'Lacak pengaduan', en: 'Track a complaint' },
  'track.code': { id: 'Kode lacak', en: 'Tracking code' },
  'track.codeHint': {
    id: 'Kode ada di layar setelah mengirim dan di daftar Pengaduan saya.',
    en: 'The code is shown after sending and in My complaints.'
  },
  'track.submit': { id: 'Lacak', en: 'Track' },
  'track.loading': { id: 'Memuat…', en: 'Loading…' },
  'track.failed': {
    id: 'Belum bisa memuat. Periksa sinyal, lalu coba lagi.',
    en: 'Could not load. Check your signal, then try again.'
  },
  'track.notFound': {
    id: 'Tidak ada pengaduan dengan kode {code}. Periksa lagi kodenya.',
    en: 'There is no complaint with code {code}. Please check the code.'
  },
  'track.notYet': {
    id: 'Pengaduan ini ada di HP ini tetapi belum tercatat di CC. Biasanya hanya beberapa menit setelah terkirim.',
    en: 'This complaint is on this phone but not yet in the CC’s book. It usually takes a few minutes after sending.'
  },
  'track.status': { id: 'Status', en: 'Status' },
  'track.cc': { id: 'CC', en: 'CC' },
  'track.sector': { id: 'Layanan', en: 'Service' },
  'track.register': { id: 'Nomor register', en: 'Register number' },
  'track.receivedAt': { id: 'Diterima', en: 'Received' },
  'track.closedAt': { id: 'Ditutup', en: 'Closed' },
  'track.deadlines': { id: 'Batas waktu', en: 'Deadlines' },
  'track.updates': { id: 'Perkembangan', en: 'Updates' },
  'track.noUpdates': { id: 'Belum ada kabar terbaru.', en: 'No updates yet.' },
  'track.statusChange': { id: 'Status menjadi {status}', en: 'Status changed to {status}' },
  'track.referredTo': { id: 'Dirujuk ke {destination}', en: 'Referred to {destination}' },
  'track.ticket': { id: 'nomor tiket {ticket}', en: 'ticket {ticket}' },
  'track.other': { id: 'Lacak kode lain', en: 'Track another code' },

  // About
  'about.title': { id: 'Tentang Buku Pengaduan', en: 'About Buku Pengaduan' },
  'about.body': {
    id: 'Buku Pengaduan adalah perangkat lunak terbuka untuk jaringan Community Center di Kabupaten Lombok Barat. Pengaduan Anda diterima oleh CC yang Anda pilih.',
    en: 'Buku Pengaduan is open-source software for the network of Community Centers in Lombok Barat Regency. Your complaint goes to the CC you choose.'
  },
  'about.data': { id: 'Sumber data', en: 'Data sources' },

  // Information: policy notes, announcements, citizens' experiences
  'nav.info': { id: 'Informasi', en: 'Information' },
  'nav.events': { id: 'Kegiatan', en: 'Events' },
  'home.learn.title': { id: 'Informasi dan belajar bersama', en: 'Information and learning together' },
  'home.learn.body': {
    id: 'CC juga membagikan aturan layanan publik, pengalaman warga, dan catatan diskusi dengan pejabat.',
    en: 'CCs also share the rules of public services, citizens’ experiences, and notes of discussions with officials.'
  },
  'info.title': { id: 'Informasi untuk warga', en: 'Information for citizens' },
  'info.lead': {
    id: 'Aturan layanan publik yang perlu Anda ketahui, pengumuman CC, dan pengalaman warga lain.',
    en: 'Public service rules worth knowing, announcements from the CCs, and other citizens’ experiences.'
  },
  'info.policies': { id: 'Kebijakan dan peraturan', en: 'Policies and regulations' },
  'info.announcements': { id: 'Pengumuman', en: 'Announcements' },
  'info.experiences': { id: 'Pengalaman warga', en: 'Citizens’ experiences' },
  'info.experiences.lead': {
    id: 'Cerita warga tentang layanan yang baik dan yang buruk, diterbitkan setelah diperiksa CC.',
    en: 'Citizens’ stories of good and bad services, published after a CC has checked them.'
  },
  'info.experience.baik': { id: 'Pengalaman baik', en: 'Good experience' },
  'info.experience.buruk': { id: 'Pengalaman buruk', en: 'Bad experience' },
  'info.published': { id: 'Terbit {date}', en: 'Published {date}' },
  'info.by': { id: 'Oleh {name}', en: 'By {name}' },
  'info.empty': { id: 'Belum ada yang diterbitkan.', en: 'Nothing published yet.' },
  'info.share': { id: 'Bagikan pengalaman Anda', en: 'Share your experience' },

  // Sharing an experience
  'share.title': {
    id: 'Bagikan pengalaman layanan publik',
    en: 'Share an experience of a public service'
  },
  'share.lead': {
    id: 'Pengalaman baik maupun buruk membantu warga lain dan menjadi masukan bagi penyelenggara layanan. Cerita Anda terbit setelah diperiksa petugas.',
    en: 'Good and bad experiences help other citizens and tell service providers what to improve. Your story is published after staff have checked it.'
  },
  'share.notComplaint': {
    id: 'Ingin masalah Anda ditindaklanjuti? Tulis pengaduan, bukan cerita.',
    en: 'Want your problem followed up? Write a complaint instead of a story.'
  },
  'share.experience': { id: 'Bagaimana pengalaman Anda?', en: 'How was your experience?' },
  'share.experience.baik': {
    id: 'Baik: layanan sesuai harapan',
    en: 'Good: the service was as it should be'
  },
  'share.experience.buruk': { id: 'Buruk: layanan tidak sesuai', en: 'Bad: the service fell short' },
  'share.storyTitle': { id: 'Judul singkat', en: 'Short title' },
  'share.storyTitle.hint': {
    id: 'Misalnya: Akta kelahiran jadi dalam seminggu.',
    en: 'For example: Birth certificate ready within a week.'
  },
  'share.body': { id: 'Ceritakan pengalaman Anda', en: 'Tell your experience' },
  'share.body.hint': {
    id: 'Apa yang terjadi, di mana, dan bagaimana Anda dilayani. Jangan tulis nomor HP, NIK atau nama orang lain.',
    en: 'What happened, where, and how you were served. Do not write phone numbers, ID numbers or other people’s names.'
  },
  'share.sector': { id: 'Layanan', en: 'Service' },
  'share.providerName': {
    id: 'Nama kantor atau tempat layanan',
    en: 'Name of the office or place of service'
  },
  'share.authorName': { id: 'Nama Anda', en: 'Your name' },
  'share.authorName.hint': {
    id: 'Boleh dikosongkan: cerita terbit tanpa nama.',
    en: 'You may leave it empty: the story is published without a name.'
  },
  'share.checkedBy': { id: 'Cerita ini diperiksa oleh {name}.', en: 'This story is checked by {name}.' },
  'share.checkedByNetwork': {
    id: 'Cerita ini diperiksa oleh pengelola jaringan CC. Pilih CC di beranda agar diperiksa CC desa Anda.',
    en: 'This story is checked by the CC network. Choose a CC on the home page to have your village’s CC check it.'
  },
  'share.send': { id: 'Kirim cerita', en: 'Send story' },
  'share.sending': { id: 'Mengirim…', en: 'Sending…' },
  'share.failed': {
    id: 'Cerita belum terkirim. Periksa sinyal, lalu tekan Kirim cerita lagi. Isian Anda tetap tersimpan.',
    en: 'The story was not sent. Check your signal, then press Send story again. What you typed is kept.'
  },
  'share.sent.title': { id: 'Terima kasih!', en: 'Thank you!' },
  'share.sent.body': {
    id: 'Cerita Anda sudah diterima dan akan terbit setelah diperiksa petugas.',
    en: 'Your story has been received and will be published after staff have checked it.'
  },
  'share.another': { id: 'Bagikan cerita lain', en: 'Share another story' },
  'share.backToInfo': { id: 'Kembali ke Informasi', en: 'Back to Information' },

  // Learning events
  'events.title': { id: 'Kegiatan belajar warga', en: 'Citizens’ learning events' },
  'events.lead': {
    id: 'Diskusi warga, dialog dengan pejabat dan ahli, dan forum bulanan para CC, dengan catatannya (notulen).',
    en: 'Citizens’ discussions, dialogues with officials and experts, and the CCs’ monthly forums, with their minutes.'
  },
  'events.upcoming': { id: 'Akan datang', en: 'Coming up' },
  'events.upcoming.none': {
    id: 'Belum ada kegiatan yang diumumkan.',
    en: 'No event has been announced yet.'
  },
  'events.past': { id: 'Sudah berlangsung', en: 'Past events' },
  'events.past.none': { id: 'Belum ada catatan kegiatan.', en: 'No event notes yet.' },
  'events.kind.diskusi': { id: 'Diskusi warga', en: 'Citizens’ discussion' },
  'events.kind.dialog': { id: 'Dialog dengan pejabat', en: 'Dialogue with officials' },
  'events.kind.forum_bulanan': { id: 'Forum bulanan CC', en: 'Monthly CC forum' },
  'events.place': { id: 'Tempat', en: 'Place' },
  'events.guests': { id: 'Narasumber', en: 'Guests' },
  'events.attendance': { id: '{n} orang hadir', en: '{n} people attended' },
  'events.minutes': { id: 'Notulen', en: 'Minutes' },
  'events.noMinutes': { id: 'Notulen belum tersedia.', en: 'Minutes not available yet.' },

  // Generic
  'error.title': { id: 'Ada yang salah', en: 'Something went wrong' },
  'error.notFound': { id: 'Halaman tidak ditemukan.', en: 'Page not found.' },
  'error.home': { id: 'Kembali ke beranda', en: 'Back to home' }
});

export type WargaMessageKey = keyof typeof WARGA_MESSAGES;
/** A message shown as it is, without parameters. */
export type WargaPlainKey = PlainKey<typeof WARGA_MESSAGES>;
