/**
 * Building blocks of the demo texts, in Bahasa Indonesia: per sector a few situations, per
 * maladministration type what went wrong, what the citizen asks for, and the CC's notes along
 * the case. A complaint's text is composed from several of these, so the book does not read
 * as one sentence repeated. `{provider}`, `{desa}`, `{tanggal}`, `{n}` and `{biaya}` are filled in.
 */
import type { MaladministrationId, SectorId } from '@buku/core';

export type Pick = <T>(items: readonly T[]) => T;

export const SITUATIONS: Record<SectorId, readonly string[]> = {
  kesejahteraan_sosial: [
    'Keluarga saya terdaftar sebagai penerima PKH, tetapi bantuan tahap terakhir tidak cair. Saya sudah menanyakan ke {provider} pada {tanggal}.',
    'Pada {tanggal} ada pembagian BPNT di Desa {desa}, tetapi nama ibu saya yang sudah lansia tidak ada di daftar penerima padahal tahun lalu masih menerima.',
    'BLT Dana Desa di Desa {desa} dibagikan kepada keluarga yang mampu, sementara beberapa janda dan lansia tidak mendapat apa-apa.',
    'Saya mengusulkan keluarga saya masuk DTKS melalui {provider} sejak {tanggal}, tetapi sampai sekarang tidak ada kabar apakah sudah diinput.',
    'Kartu KKS saya terblokir sehingga saldo bantuan tidak bisa diambil di agen; pengurusan di {provider} belum selesai.'
  ],
  pertanahan: [
    'Saya ikut program PTSL melalui desa dan berkas sudah lengkap sejak {tanggal}, tetapi sertifikat tanah saya belum terbit sementara tetangga sudah menerima.',
    'Pengukuran tanah warisan keluarga kami di Desa {desa} sudah dibayar, namun petugas {provider} tidak kunjung datang mengukur.',
    'Nama pemilik dan luas tanah pada sertifikat yang diterbitkan {provider} salah tulis; permohonan perbaikan sejak {tanggal} belum diproses.',
    'Batas kebun saya di Desa {desa} bergeser saat pengukuran dan keberatan saya kepada {provider} tidak ditanggapi.'
  ],
  pendidikan: [
    'Anak saya murid di {provider}. Dana PIP atas nama anak saya tidak pernah diterima, padahal namanya tercantum sebagai penerima.',
    'Pada {tanggal} sekolah meminta setiap murid membayar uang seragam dan buku; menurut {provider} itu wajib.',
    'Anak saya yang berkebutuhan khusus ditolak saat mendaftar di {provider} dengan alasan tidak ada guru pendamping.',
    'Ijazah anak saya ditahan oleh {provider} karena masih ada tunggakan iuran komite.',
    'Ruang kelas di {provider} bocor dan sebagian plafon runtuh sejak {tanggal}; murid terpaksa belajar di teras.'
  ],
  administrasi_kependudukan: [
    'Saya merekam KTP-el pada {tanggal}, tetapi sampai sekarang KTP belum dicetak; petugas {provider} hanya bilang blangko habis.',
    'Akta kelahiran anak saya belum jadi padahal berkas lengkap sudah diserahkan ke {provider} lewat desa.',
    'Nama saya di Kartu Keluarga salah ejaan sehingga tidak cocok dengan data BPJS; permohonan perbaikan di {provider} belum diproses.',
    'Untuk mengurus surat pindah di {provider} pada {tanggal} saya diminta membayar biaya yang tidak ada ketentuannya.',
    'Akta kematian suami saya belum terbit sehingga saya tidak bisa mengurus hak pensiun janda.'
  ],
  kepegawaian: [
    'Saya guru honorer di Desa {desa}; honor tiga bulan terakhir belum dibayarkan dan tidak ada penjelasan dari {provider}.',
    'Pada pengumuman seleksi PPPK tanggal {tanggal} nama saya tidak ada, padahal nilai saya di atas ambang batas; pertanyaan saya ke {provider} tidak dijawab.',
    'Pegawai di kantor pelayanan sering tidak ada di tempat pada jam kerja sehingga warga Desa {desa} harus datang berkali-kali.',
    'Kenaikan pangkat ayah saya yang ASN tertunda karena berkasnya dinyatakan hilang oleh {provider}.'
  ],
  kepolisian: [
    'Pada {tanggal} saya melaporkan pencurian sepeda motor ke {provider}, tetapi belum ada perkembangan dan saya tidak menerima SP2HP.',
    'Saat mengurus SKCK di {provider} saya diminta membayar lebih dari tarif resmi.',
    'Laporan kekerasan dalam rumah tangga yang dialami kakak saya tidak diterima petugas {provider}; kami disuruh berdamai saja.',
    'Razia kendaraan di jalan raya Desa {desa} pada {tanggal} disertai permintaan uang damai oleh oknum petugas.'
  ],
  kesehatan: [
    'Pada {tanggal} ibu saya berobat ke {provider}, tetapi kami diminta membeli obat sendiri di luar padahal peserta BPJS PBI.',
    'Antrean di {provider} sangat panjang; pasien lansia menunggu sejak pagi dan baru dilayani siang tanpa penjelasan.',
    'Kartu BPJS Kesehatan keluarga kami tiba-tiba nonaktif sehingga anak saya yang sakit tidak bisa dilayani di {provider}.',
    'Bidan desa jarang ada di Polindes Desa {desa}; ibu hamil harus ke {provider} yang jauh.',
    'Petugas pendaftaran di {provider} berkata kasar kepada pasien yang datang tanpa fotokopi KK.'
  ],
  infrastruktur: [
    'Jalan yang menghubungkan Desa {desa} dengan jalan kabupaten rusak parah sejak musim hujan; sudah diusulkan ke {provider} tetapi belum ditangani.',
    'Jembatan kecil di Desa {desa} ambruk pada {tanggal}; anak sekolah harus memutar jauh.',
    'Saluran irigasi jebol sehingga sawah warga Desa {desa} kekeringan; laporan ke {provider} belum direspons.',
    'Jalan di Desa {desa} yang baru diaspal tiga bulan lalu sudah berlubang; warga menduga mutunya tidak sesuai.'
  ],
  air_bersih: [
    'Air {provider} di rumah kami di Desa {desa} mati sejak {tanggal}, tetapi tagihan tetap datang seperti biasa.',
    'Air yang mengalir dari pipa {provider} keruh dan berbau, terutama pagi hari.',
    'Sambungan baru sudah dibayar ke {provider} sejak beberapa bulan lalu tetapi belum juga dipasang.',
    'Air hanya mengalir tengah malam dengan debit kecil, sehingga warga Desa {desa} harus membeli air tangki.'
  ],
  energi_listrik: [
    'Listrik di Desa {desa} sering padam berjam-jam tanpa pemberitahuan; beberapa alat elektronik warga rusak.',
    'Permohonan pasang baru listrik ke {provider} sudah lunas dibayar, tetapi petugas meminta tambahan biaya untuk tiang.',
    'Tagihan listrik pascabayar saya naik tiga kali lipat tanpa penjelasan dari {provider}.',
    'Tiang listrik miring di pinggir jalan Desa {desa} membahayakan anak-anak yang lewat; laporan ke {provider} pada {tanggal} belum ditindaklanjuti.'
  ],
  pemerintahan_desa: [
    'Surat keterangan tidak mampu yang saya minta di {provider} pada {tanggal} baru diberikan setelah saya membayar.',
    'Penggunaan dana desa di Desa {desa} tidak pernah diumumkan; papan informasi APBDes kosong.',
    'Kepala dusun tidak mau menandatangani surat pengantar saya tanpa alasan yang jelas.',
    'Pelayanan di {provider} sering tutup sebelum jam kerja selesai sehingga warga harus datang berulang kali.',
    'Musyawarah desa tentang penerima BLT di Desa {desa} tidak melibatkan warga miskin yang berhak.'
  ],
  perizinan: [
    'Permohonan NIB untuk warung saya melalui {provider} tertahan karena diminta dokumen yang tidak ada dalam persyaratan.',
    'Pengurusan PBG rumah saya di Desa {desa} sudah berbulan-bulan tanpa kepastian dari {provider}.'
  ],
  lingkungan_hidup: [
    'Sampah menumpuk di pinggir jalan Desa {desa} karena truk pengangkut tidak datang lagi sejak {tanggal}.',
    'Limbah usaha di dekat Desa {desa} dibuang ke sungai; air berbau dan ikan mati. Laporan ke {provider} belum ditanggapi.'
  ],
  lainnya: [
    'Pengurusan surat rekomendasi di {provider} pada {tanggal} berbelit-belit dan petugas sering tidak di tempat.',
    'Informasi program bantuan untuk petani di Desa {desa} tidak sampai ke warga; pengumuman hanya beredar di kalangan tertentu.'
  ]
};

export const WHAT_WENT_WRONG: Record<MaladministrationId, readonly string[]> = {
  penundaan_berlarut: [
    'Sudah lebih dari sebulan tidak ada kepastian.',
    'Setiap kali ditanya, jawabannya selalu "minggu depan".',
    'Saya sudah bolak-balik {n} kali tanpa hasil.'
  ],
  tidak_memberikan_pelayanan: [
    'Petugas menolak melayani dan menyuruh kami pulang.',
    'Loket tutup pada jam kerja dan tidak ada petugas yang bisa ditanya.'
  ],
  penyimpangan_prosedur: [
    'Syarat yang diminta berbeda dari yang tertulis di papan pengumuman.',
    'Kami diminta melengkapi surat yang menurut aturan tidak diperlukan.'
  ],
  penyalahgunaan_wewenang: [
    'Oknum petugas mendahulukan kenalannya sendiri.',
    'Keputusan diambil sepihak oleh pejabat tanpa musyawarah.'
  ],
  permintaan_imbalan: [
    'Petugas meminta uang Rp{biaya} agar urusan cepat selesai, tanpa kuitansi.',
    'Ada pungutan Rp{biaya} yang tidak jelas dasarnya.'
  ],
  tidak_kompeten: [
    'Petugas tidak tahu prosedurnya dan memberi keterangan yang saling bertentangan.',
    'Data yang diinput petugas salah sehingga harus diulang dari awal.'
  ],
  tidak_patut: [
    'Petugas berbicara kasar dan membentak warga yang bertanya.',
    'Kami diperlakukan tidak sopan di depan orang banyak.'
  ],
  diskriminasi: [
    'Warga penyandang disabilitas dan lansia tidak didahulukan, malah disuruh menunggu paling akhir.',
    'Warga dari dusun tertentu dilayani lebih dulu.'
  ],
  lainnya: ['Kami tidak tahu lagi harus bertanya ke mana.']
};

export const CONSEQUENCES: readonly string[] = [
  'Akibatnya kami harus mengeluarkan ongkos transport berkali-kali.',
  'Keluarga kami jadi tidak bisa mengurus keperluan lain yang membutuhkan dokumen ini.',
  'Kami kehilangan hari kerja karena harus datang berulang kali.',
  'Beberapa tetangga mengalami hal yang sama tetapi takut melapor.',
  'Kami merasa tidak dilayani sebagaimana mestinya.'
];

export const REMEDIES: Record<SectorId, readonly string[]> = {
  kesejahteraan_sosial: [
    'Bantuan yang menjadi hak keluarga kami dicairkan.',
    'Data penerima bantuan diperiksa ulang dan diumumkan secara terbuka.',
    'Nama kami dimasukkan kembali dalam daftar penerima.'
  ],
  pertanahan: [
    'Sertifikat tanah segera diterbitkan.',
    'Pengukuran dilakukan sesuai jadwal yang jelas.',
    'Kesalahan pada sertifikat diperbaiki tanpa biaya tambahan.'
  ],
  pendidikan: [
    'Dana PIP anak saya dicairkan.',
    'Pungutan dihentikan dan uang yang sudah dibayar dikembalikan.',
    'Anak saya diterima dan mendapat pendampingan belajar.',
    'Ijazah diserahkan tanpa syarat pelunasan.',
    'Ruang kelas segera diperbaiki.'
  ],
  administrasi_kependudukan: [
    'KTP-el saya segera dicetak.',
    'Akta segera diterbitkan.',
    'Data di Kartu Keluarga diperbaiki.',
    'Pelayanan tanpa biaya sesuai aturan.'
  ],
  kepegawaian: [
    'Honor yang tertunda dibayarkan.',
    'Ada penjelasan tertulis atas hasil seleksi.',
    'Petugas hadir sesuai jam pelayanan.'
  ],
  kepolisian: [
    'Laporan saya ditindaklanjuti dan saya diberi kabar perkembangannya.',
    'Pungutan di luar tarif resmi dihentikan.',
    'Laporan diterima dan korban dilindungi.'
  ],
  kesehatan: [
    'Obat disediakan sesuai hak peserta BPJS.',
    'Kartu BPJS diaktifkan kembali.',
    'Antrean diatur dan lansia didahulukan.',
    'Petugas melayani dengan sopan.'
  ],
  infrastruktur: [
    'Jalan segera diperbaiki.',
    'Jembatan dibangun kembali sebelum musim hujan.',
    'Saluran irigasi diperbaiki agar sawah bisa diairi.'
  ],
  air_bersih: [
    'Air kembali mengalir normal.',
    'Tagihan selama air mati tidak dibebankan kepada kami.',
    'Sambungan baru segera dipasang.',
    'Kualitas air diperiksa dan diperbaiki.'
  ],
  energi_listrik: [
    'Pemadaman dijadwalkan dan diumumkan.',
    'Biaya tambahan dibatalkan.',
    'Tagihan diperiksa ulang.',
    'Tiang listrik segera diperbaiki.'
  ],
  pemerintahan_desa: [
    'Surat keterangan diberikan tanpa biaya.',
    'APBDes diumumkan di papan informasi desa.',
    'Kantor desa buka sesuai jam kerja.',
    'Musyawarah diulang dengan melibatkan warga yang berhak.'
  ],
  perizinan: ['Izin diproses sesuai persyaratan resmi.', 'Ada kepastian waktu penyelesaian.'],
  lingkungan_hidup: ['Sampah diangkut secara rutin.', 'Pembuangan limbah dihentikan dan sungai dipulihkan.'],
  lainnya: ['Pelayanan dipermudah.', 'Informasi program diumumkan secara terbuka.']
};

export const EXTRA_REMEDIES: readonly string[] = [
  'Mohon CC mendampingi kami.',
  'Kami berharap hal ini tidak terulang kepada warga lain.',
  'Mohon ada jawaban tertulis.'
];

export const OUTCOMES: Record<SectorId, readonly string[]> = {
  kesejahteraan_sosial: [
    'Bantuan sudah dicairkan dan diterima pelapor.',
    'Nama pelapor sudah masuk kembali dalam data penerima; pencairan tahap berikutnya sudah diterima.'
  ],
  pertanahan: [
    'Sertifikat sudah terbit dan diserahkan kepada pelapor.',
    'Petugas sudah melakukan pengukuran bersama aparat desa dan pelapor.'
  ],
  pendidikan: [
    'Dana PIP sudah masuk ke rekening siswa.',
    'Sekolah menghentikan pungutan dan mengembalikan uang yang sudah dibayar.',
    'Ijazah sudah diserahkan kepada orang tua siswa.'
  ],
  administrasi_kependudukan: [
    'KTP-el pelapor sudah dicetak dan diambil di kantor desa.',
    'Akta sudah terbit dan diterima pelapor.',
    'Data Kartu Keluarga sudah diperbaiki.'
  ],
  kepegawaian: ['Honor yang tertunda sudah dibayarkan.', 'Pelapor menerima penjelasan tertulis.'],
  kepolisian: [
    'Pelapor sudah menerima SP2HP dan penyidik menghubungi pelapor.',
    'Laporan sudah diterima dan ditangani unit PPA.'
  ],
  kesehatan: [
    'Kartu BPJS pelapor sudah aktif kembali.',
    'Puskesmas menyediakan obat dan menegur petugas.',
    'Antrean lansia kini didahulukan.'
  ],
  infrastruktur: [
    'Perbaikan sudah masuk anggaran dan dikerjakan.',
    'Perbaikan darurat sudah dilakukan bersama warga dan pemerintah desa.'
  ],
  air_bersih: [
    'Air sudah mengalir normal kembali.',
    'Tagihan selama gangguan dihapus.',
    'Sambungan baru sudah dipasang.'
  ],
  energi_listrik: ['Gangguan sudah diperbaiki.', 'Biaya tambahan dibatalkan.'],
  pemerintahan_desa: [
    'Surat keterangan sudah diberikan tanpa biaya.',
    'APBDes sudah dipasang di papan informasi desa.'
  ],
  perizinan: ['Izin sudah terbit.'],
  lingkungan_hidup: ['Sampah sudah diangkut dan jadwal pengangkutan diumumkan.'],
  lainnya: ['Pelapor sudah mendapat layanan yang diminta.']
};

export const REJECTION_REASONS: readonly string[] = [
  'Bukan pelayanan publik: sengketa warisan antarkeluarga.',
  'Pengaduan yang sama sudah tercatat dan sedang ditangani (pengaduan ganda).',
  'Perkara sudah diputus pengadilan; CC tidak dapat menanganinya.',
  'Masalah antarwarga tanpa penyelenggara layanan yang dilaporkan.'
];

export const FOLLOW_UP_NOTES = {
  kunjungan: [
    'Tim CC mendatangi {provider} dan bertemu petugas layanan; petugas berjanji memeriksa berkas pelapor.',
    'Kunjungan ke {provider}: petugas menjelaskan kendalanya dan memberi perkiraan waktu penyelesaian.'
  ],
  surat: [
    'CC mengirim surat permintaan klarifikasi ke {provider} dengan tembusan kepada camat.',
    'Surat CC kepada {provider} meminta kepastian waktu penyelesaian.'
  ],
  pertemuan: [
    'Pertemuan di kantor desa bersama pelapor, perwakilan {provider} dan kepala desa.',
    'Rapat klarifikasi dengan {provider}; disepakati langkah perbaikan.'
  ],
  rujukan: ['Pengaduan diteruskan kepada {provider} untuk ditangani.']
} as const;

export const ACCOMPANIMENT_NOTES: readonly string[] = [
  'Pendamping CC menemani pelapor ke {provider} untuk melengkapi berkas.',
  'Pelapor didampingi saat menyampaikan keberatan langsung kepada petugas.',
  'Pendamping membantu pelapor menyusun kronologi tertulis.',
  'Pelapor didampingi mengambil dokumen yang sudah selesai.'
];

export const INTERNAL_NOTES: readonly string[] = [
  'Pelapor minta namanya tidak disebut saat klarifikasi.',
  'Ada beberapa pengaduan serupa dari desa yang sama; diusulkan dibahas di forum bulanan.',
  'Petugas yang dilaporkan masih kerabat perangkat desa; komunikasi perlu hati-hati.',
  'Nomor HP pelapor jarang aktif; hubungi lewat kepala dusun.'
];

export const PUBLIC_UPDATES: readonly string[] = [
  'Pengaduan Anda sedang kami klarifikasi ke {provider}.',
  'Kami sudah mendapat jawaban awal dari penyelenggara dan menunggu tindak lanjutnya.',
  'Penyelenggara berjanji menyelesaikan dalam dua minggu; kami akan memantau.'
];

export const INFORMATION_REQUESTS: readonly string[] = [
  'Mohon pelapor mengirimkan fotokopi KK dan KTP ke sekretariat CC atau lewat WhatsApp.',
  'Mohon pelapor menyampaikan nama petugas atau waktu kejadian yang lebih tepat.',
  'Mohon pelapor mengirimkan foto bukti pembayaran agar bisa kami teruskan.'
];

export const COMPLAINANT_ANSWERS: readonly string[] = [
  'Sudah saya titipkan fotokopinya di sekretariat.',
  'Kejadiannya pagi hari, petugasnya laki-laki di loket pendaftaran.',
  'Foto kuitansi sudah saya kirim lewat WhatsApp.'
];

export const COMPLAINANT_ADDITIONS: readonly string[] = [
  'Tetangga saya juga mengalami hal yang sama minggu ini.',
  'Sampai hari ini belum ada perubahan.'
];

export const LATE_FILING_NOTES: readonly string[] = [
  'Lebih dari 30 hari: pelapor baru tahu ada CC; diterima karena masalahnya masih berlangsung.',
  'Lebih dari 30 hari: pelapor sakit dan baru bisa datang; masalah belum selesai.'
];

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember'
];

/** `2026-03-12` → `12 Maret 2026` */
export function tanggal(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

// ───────────── fictional people ─────────────

const WOMEN = [
  'Sumiati',
  'Rohani',
  'Nurhayati',
  'Rusmini',
  'Ratmini',
  'Hasanah',
  'Mahnun',
  'Sahriah',
  'Sapinah',
  'Halimah',
  'Munawarah',
  'Saniah',
  'Aminah',
  'Rabiatul',
  'Widia',
  'Eka Yuliana'
];
const MEN = [
  'Zainuddin',
  'Saepudin',
  'Hairul',
  'Sahnan',
  'Fathurrahman',
  'Jumahir',
  'Munawir',
  'Sahabudin',
  'Rahmat',
  'Sukardi',
  'Hamdani',
  'Junaidi',
  'Mahsun',
  'Samsul Hadi',
  'Agus Salim',
  'Kertawi'
];

/** A plausible Sasak/Indonesian name, made up from common given names. */
export function fictionalName(pick: Pick, gender: 'perempuan' | 'laki_laki'): string {
  const r = pick([0, 1, 2, 3, 4]);
  if (gender === 'perempuan') {
    const title = r === 0 ? 'Baiq ' : r === 1 ? 'Inaq ' : '';
    return `${title}${pick(WOMEN)}`;
  }
  const title = r === 0 ? 'Lalu ' : r === 1 ? 'Amaq ' : '';
  return `${title}${pick(MEN)}`;
}
