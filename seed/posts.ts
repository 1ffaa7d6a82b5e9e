/**
 * The information and learning side of the demo network (DATA-MODEL.md `posts/`, `meetings/`):
 * policy notes on real regulations, announcements, citizens' experiences (some still waiting for
 * moderation, one refused), and the CCs' discussions, dialogues with officials and monthly
 * forums. Officials appear by office only; people named are fictional. Instants are ISO strings.
 */
import { SECTORS, STATUS_LABELS, addCalendarDays, findEntry, type SectorId } from '@buku/core';
import { ADMIN_UID, CITIZEN_UID, DEMO_CENTERS, demoCenter, staffUid } from './network';

export type PostKind = 'kebijakan' | 'pengumuman' | 'pengalaman';
export type PostStatus = 'draf' | 'menunggu_moderasi' | 'terbit' | 'ditolak';

export interface DemoPost {
  id: string;
  kind: PostKind;
  status: PostStatus;
  title: string;
  body: string;
  ccId?: string;
  sector?: SectorId;
  providerName?: string;
  experience?: 'baik' | 'buruk';
  authorName?: string;
  authorUid?: string;
  createdAt: string;
  publishedAt?: string;
  moderatedBy?: string;
}

/** 10:00 WITA on a day. */
const at = (day: string, hour = 10) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 8) * 3_600_000).toISOString();

function staffPost(
  id: string,
  kind: 'kebijakan' | 'pengumuman',
  day: string,
  ccId: string | undefined,
  title: string,
  body: string,
  extra: Partial<DemoPost> = {}
): DemoPost {
  const published = extra.status !== 'draf';
  return {
    id,
    kind,
    status: published ? 'terbit' : 'draf',
    title,
    body,
    ...(ccId ? { ccId } : {}),
    authorUid: ccId ? staffUid(ccId, 'koordinator') : ADMIN_UID,
    createdAt: at(day, 9),
    ...(published ? { publishedAt: at(day, 9) } : {}),
    ...extra
  };
}

function experience(
  id: string,
  day: string,
  ccId: string,
  experience: 'baik' | 'buruk',
  sector: SectorId,
  providerName: string,
  title: string,
  body: string,
  status: 'menunggu_moderasi' | 'terbit' | 'ditolak',
  authorName?: string,
  authorUid?: string
): DemoPost {
  return {
    id,
    kind: 'pengalaman',
    status,
    title,
    body,
    ccId,
    sector,
    providerName,
    experience,
    ...(authorName ? { authorName } : {}),
    ...(authorUid ? { authorUid } : {}),
    createdAt: at(day, 19),
    ...(status === 'terbit' ? { publishedAt: at(addCalendarDays(day, 1), 10) } : {}),
    ...(status !== 'menunggu_moderasi' ? { moderatedBy: staffUid(ccId, 'moderator') } : {})
  };
}

export const DEMO_POSTS: readonly DemoPost[] = [
  staffPost(
    'kebijakan-uu-25-2009',
    'kebijakan',
    '2025-12-08',
    undefined,
    'UU 25/2009 tentang Pelayanan Publik: hak warga untuk mengadu',
    'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan setiap penyelenggara (puskesmas, sekolah, kantor desa, Dukcapil, PDAM dan lainnya) memiliki standar pelayanan, maklumat pelayanan dan sarana pengaduan. Pasal 42: pengaduan disampaikan paling lambat 30 hari sejak warga menerima pelayanan, memuat nama dan alamat, uraian pelayanan yang tidak sesuai dan kerugiannya, permintaan penyelesaian, serta tempat dan waktu. Identitas pengadu dapat dirahasiakan. CC membantu warga menyusun pengaduan dan mendampinginya sampai selesai.'
  ),
  staffPost(
    'kebijakan-perpres-76-2013',
    'kebijakan',
    '2026-01-12',
    undefined,
    'Perpres 76/2013: pengaduan harus diselesaikan paling lama 60 hari',
    'Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik mengatur bahwa pengaduan dikelola secara rahasia, tanpa biaya, dan pengadu dilindungi. Penyelenggara menyelesaikan pengaduan paling lama 60 hari sejak berkas lengkap dan melaporkan pengelolaan pengaduan secara berkala. Di buku pengaduan CC, batas 60 hari ini ditampilkan pada setiap kasus.'
  ),
  staffPost(
    'kebijakan-adminduk-gratis',
    'kebijakan',
    '2026-02-16',
    'sandik',
    'Mengurus KTP-el, KK dan akta tidak dipungut biaya',
    'Pasal 79A Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas UU 23/2006 tentang Administrasi Kependudukan menyatakan pengurusan dan penerbitan dokumen kependudukan tidak dipungut biaya. Jika warga Desa Sandik diminta membayar untuk KTP-el, Kartu Keluarga, akta kelahiran atau akta kematian, sampaikan ke CC Saling Anton: kami catat dan teruskan ke Dukcapil Lombok Barat.',
    { sector: 'administrasi_kependudukan', providerName: 'Dukcapil Lombok Barat' }
  ),
  staffPost(
    'kebijakan-komite-sekolah',
    'kebijakan',
    '2026-03-09',
    'kebon-ayu',
    'Komite sekolah boleh menggalang sumbangan, bukan pungutan',
    'Permendikbud Nomor 75 Tahun 2016 tentang Komite Sekolah melarang komite melakukan pungutan kepada murid atau orang tua. Komite boleh menggalang sumbangan yang sukarela, tidak mengikat dan tidak ditentukan jumlah maupun waktunya. Ijazah tidak boleh ditahan karena tunggakan. Laporkan pungutan wajib di sekolah ke CC Kebon Ayu.',
    { sector: 'pendidikan' }
  ),
  staffPost(
    'kebijakan-pip',
    'kebijakan',
    '2026-07-20',
    'pelangan',
    'Program Indonesia Pintar: siapa yang berhak dan cara mencairkan',
    'Permendikbud Nomor 10 Tahun 2020 tentang Program Indonesia Pintar mengatur bantuan tunai pendidikan bagi anak dari keluarga miskin atau rentan. Dana masuk ke rekening atas nama siswa dan dicairkan oleh siswa atau orang tua/wali dengan surat keterangan dari sekolah. Sekolah tidak boleh memotong dana PIP. Tanyakan status penerima ke sekolah atau ke CC Pelangan.',
    { sector: 'pendidikan' }
  ),
  staffPost(
    'kebijakan-disabilitas',
    'kebijakan',
    '2026-05-04',
    undefined,
    'UU 8/2016: pelayanan publik wajib mudah diakses penyandang disabilitas',
    'Undang-Undang Nomor 8 Tahun 2016 tentang Penyandang Disabilitas menjamin hak atas pelayanan publik yang mudah diakses, termasuk pendampingan dan prioritas pelayanan. Penyelenggara yang tidak mendahulukan warga penyandang disabilitas dapat diadukan. Di buku pengaduan, CC mencatat jenis disabilitas pelapor (jika bersedia) agar hambatan ini terlihat dalam rekap bulanan.'
  ),
  staffPost(
    'kebijakan-ombudsman',
    'kebijakan',
    '2026-06-08',
    undefined,
    'Kapan pengaduan dibawa ke Ombudsman RI?',
    'Undang-Undang Nomor 37 Tahun 2008 tentang Ombudsman Republik Indonesia memberi Ombudsman wewenang memeriksa laporan maladministrasi. Laporan dapat disampaikan setelah pengadu menyampaikan keberatan kepada penyelenggara dan tidak mendapat penyelesaian yang layak. CC meneruskan kasus ke Ombudsman RI Perwakilan NTB atau ke SP4N-LAPOR! dan mencatat nomor tiketnya di buku pengaduan.'
  ),
  staffPost(
    'kebijakan-apbdes-terbuka',
    'kebijakan',
    '2026-04-13',
    'mambalan',
    'APBDes wajib diumumkan kepada warga',
    'Undang-Undang Nomor 6 Tahun 2014 tentang Desa dan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik mewajibkan pemerintah desa menyampaikan informasi penggunaan dana desa kepada warga, misalnya lewat papan informasi atau baliho APBDes. Warga berhak meminta informasi ini. Lembaga Adat Paer Mambal siap mendampingi permintaan informasi.',
    { sector: 'pemerintahan_desa' }
  ),
  staffPost(
    'kebijakan-pkh-draf',
    'kebijakan',
    '2026-11-23',
    'duman',
    'Hak dan kewajiban keluarga penerima PKH',
    'Permensos Nomor 1 Tahun 2018 tentang Program Keluarga Harapan mengatur hak keluarga penerima manfaat dan kewajibannya (pemeriksaan kesehatan, kehadiran anak di sekolah). Catatan ini masih disusun bersama pendamping sosial.',
    { status: 'draf', sector: 'kesejahteraan_sosial' }
  ),
  staffPost(
    'pengumuman-forum-desember',
    'pengumuman',
    '2026-11-30',
    undefined,
    'Forum bulanan jaringan CC: Sabtu, 5 Desember 2026',
    'Forum bulanan membahas rekap pengaduan November 2026 dan peringkat isu prioritas. Setiap CC membawa koordinator dan satu moderator. Tempat: Sekretariat CC Pelangan, Desa Pelangan. Mulai pukul 09.00 WITA.'
  ),
  staffPost(
    'pengumuman-jam-layanan-sandik',
    'pengumuman',
    '2026-01-05',
    'sandik',
    'Sekretariat CC Saling Anton buka Senin–Sabtu',
    'Warga dapat datang langsung ke sekretariat CC Saling Anton di Desa Sandik, Senin sampai Sabtu pukul 08.00–15.00 WITA, atau mengirim pengaduan lewat situs ini. Pengaduan tidak dipungut biaya.'
  ),
  staffPost(
    'pengumuman-diskusi-bpjs',
    'pengumuman',
    '2026-08-03',
    'sesaot',
    'Diskusi warga: kartu BPJS PBI yang tiba-tiba nonaktif',
    'CC Sesaot mengundang warga berdiskusi tentang kartu BPJS Kesehatan PBI yang nonaktif dan cara mengaktifkannya kembali, bersama petugas puskesmas. Tempat: Balai Desa Sesaot.',
    { sector: 'kesehatan' }
  ),
  staffPost(
    'pengumuman-draf-pelangan',
    'pengumuman',
    '2026-11-26',
    'pelangan',
    'Rencana kunjungan lapangan ke dusun-dusun',
    'Tim CC Pelangan merencanakan kunjungan lapangan untuk menerima pengaduan warga yang jauh dari sekretariat. Jadwal menyusul.',
    { status: 'draf' }
  ),
  experience(
    'pengalaman-puskesmas-cepat',
    '2026-02-11',
    'mambalan',
    'baik',
    'kesehatan',
    'Puskesmas Gunungsari',
    'Dilayani cepat dan ramah di puskesmas',
    'Saya membawa anak yang demam ke puskesmas pagi hari. Antrean diatur dengan nomor, lansia didahulukan, dan obat tersedia tanpa biaya karena kami peserta BPJS PBI. Terima kasih kepada petugas.',
    'terbit',
    'Inaq Sapinah'
  ),
  experience(
    'pengalaman-ktp-tiga-bulan',
    '2026-03-02',
    'sandik',
    'buruk',
    'administrasi_kependudukan',
    'Dukcapil Lombok Barat',
    'Tiga bulan menunggu KTP-el',
    'Saya sudah merekam KTP-el sejak tiga bulan lalu. Setiap kali datang dijawab blangko habis. Saya harus izin kerja setiap kali ke kantor. Semoga ada kepastian jadwal cetak.',
    'terbit',
    'Amaq Jumahir'
  ),
  experience(
    'pengalaman-pdam-sigap',
    '2026-09-14',
    'duman',
    'baik',
    'air_bersih',
    'PDAM Giri Menang',
    'Pipa bocor diperbaiki keesokan harinya',
    'Setelah warga melapor bersama CC, petugas PDAM datang keesokan harinya dan memperbaiki pipa yang bocor di jalan desa. Air kembali mengalir normal.',
    'terbit'
  ),
  experience(
    'pengalaman-uang-perpisahan',
    '2026-06-22',
    'kebon-ayu',
    'buruk',
    'pendidikan',
    'SD Negeri 1 Kebon Ayu',
    'Diminta uang perpisahan kelas enam',
    'Orang tua murid kelas enam diminta membayar uang perpisahan dan foto dengan jumlah yang ditentukan sekolah. Bagi keluarga kami jumlah itu berat. Kami ingin tahu apakah ini boleh.',
    'terbit'
  ),
  experience(
    'pengalaman-akta-seminggu',
    '2026-04-27',
    'pelangan',
    'baik',
    'administrasi_kependudukan',
    'Kantor Desa Pelangan',
    'Akta kelahiran jadi dalam seminggu lewat desa',
    'Berkas akta kelahiran anak saya dikumpulkan lewat kantor desa dan diantar ke Dukcapil. Seminggu kemudian akta sudah jadi dan bisa diambil di desa, tanpa biaya.',
    'terbit',
    'Widia'
  ),
  experience(
    'pengalaman-surat-gratis',
    '2026-05-18',
    'sesaot',
    'baik',
    'pemerintahan_desa',
    'Kantor Desa Sesaot',
    'Surat keterangan gratis dan langsung jadi',
    'Saya mengurus surat keterangan usaha di kantor desa. Petugas menjelaskan syaratnya, surat langsung jadi hari itu dan tidak ada biaya.',
    'terbit'
  ),
  experience(
    'pengalaman-listrik-ujian',
    '2026-10-12',
    'pelangan',
    'buruk',
    'energi_listrik',
    'PLN UP3 Mataram',
    'Listrik padam saat anak belajar untuk ujian',
    'Selama seminggu listrik padam setiap malam tanpa pemberitahuan. Anak-anak belajar dengan lampu minyak. Kami berharap ada jadwal pemadaman yang diumumkan.',
    'menunggu_moderasi',
    'Sukardi'
  ),
  experience(
    'pengalaman-rsud-antre',
    '2026-11-24',
    'kebon-ayu',
    'buruk',
    'kesehatan',
    'RSUD Tripat',
    'Menunggu kamar rawat inap sampai malam',
    'Ibu saya dirujuk ke rumah sakit siang hari tetapi baru mendapat kamar malam hari. Selama menunggu kami tidak diberi penjelasan.',
    'menunggu_moderasi'
  ),
  experience(
    'pengalaman-skck',
    '2026-11-27',
    'mambalan',
    'baik',
    'kepolisian',
    'Polsek Gunungsari',
    'SKCK dilayani sesuai tarif resmi',
    'Saya mengurus SKCK untuk melamar kerja. Tarif ditempel di loket dan saya membayar sesuai tarif, mendapat kuitansi. Pelayanannya sekitar satu jam.',
    'menunggu_moderasi',
    undefined,
    CITIZEN_UID
  ),
  experience(
    'pengalaman-bantuan-dipotong',
    '2026-11-28',
    'duman',
    'buruk',
    'kesejahteraan_sosial',
    'Kantor Desa Duman',
    'Bantuan diterima tidak utuh',
    'Bantuan yang saya terima bulan ini tidak utuh; ada yang meminta bagian dengan alasan biaya administrasi. Saya takut menyebut nama karena masih menerima bantuan.',
    'menunggu_moderasi'
  ),
  experience(
    'pengalaman-ditolak',
    '2026-07-06',
    'sandik',
    'buruk',
    'lainnya',
    'Kantor Desa Sandik',
    'Urusan pribadi dengan tetangga',
    'Tetangga saya membangun pagar yang melewati batas tanah kami dan tidak mau bicara. Saya minta CC menegurnya.',
    'ditolak'
  )
];

// ───────────── meetings ─────────────

export type MeetingKind = 'diskusi' | 'dialog' | 'forum_bulanan';

export interface DemoMeeting {
  id: string;
  title: string;
  kind: MeetingKind;
  /** WITA day. */
  date: string;
  place?: string;
  guests?: string[];
  minutes?: string;
  attendance?: number;
  agendaIds?: string[];
  ccId?: string;
  status: 'draf' | 'terbit';
  createdBy: string;
}

function ccMeeting(
  ccId: string,
  id: string,
  kind: 'diskusi' | 'dialog',
  date: string,
  title: string,
  guests: string[],
  minutes: string | undefined,
  attendance: number | undefined
): DemoMeeting {
  const center = demoCenter(ccId);
  return {
    id,
    title,
    kind,
    date,
    place: `Balai Desa ${center.profile.desa}`,
    guests,
    ...(minutes ? { minutes } : {}),
    ...(attendance !== undefined ? { attendance } : {}),
    ccId,
    status: minutes ? 'terbit' : 'draf',
    createdBy: staffUid(ccId, 'koordinator')
  };
}

export const CC_MEETINGS: readonly DemoMeeting[] = [
  ccMeeting(
    'sandik',
    'dialog-puskesmas-meninting',
    'dialog',
    '2026-03-14',
    'Dialog warga dengan Kepala Puskesmas Meninting',
    ['Kepala Puskesmas Meninting', 'Kepala Desa Sandik'],
    'Warga menyampaikan antrean panjang dan obat yang harus dibeli di luar. Kepala puskesmas menjelaskan stok obat dari dinas terlambat dan berjanji memasang papan informasi ketersediaan obat serta loket prioritas lansia. CC akan memantau dan melaporkan di forum bulanan April.',
    42
  ),
  ccMeeting(
    'mambalan',
    'sosialisasi-adminduk-mambalan',
    'diskusi',
    '2026-02-21',
    'Diskusi: mengurus dokumen kependudukan tanpa biaya',
    ['Perwakilan Dukcapil Lombok Barat', 'Kepala Desa Mambalan'],
    'Petugas Dukcapil menjelaskan syarat KTP-el, KK dan akta, serta bahwa semuanya gratis. Warga melaporkan tiga kasus permintaan uang di tingkat dusun; dicatat sebagai pengaduan dan diteruskan. Disepakati layanan jemput bola di kantor desa setiap bulan.',
    37
  ),
  ccMeeting(
    'duman',
    'dialog-pdam-duman',
    'dialog',
    '2026-07-25',
    'Dialog dengan PDAM Giri Menang tentang air mati',
    ['Perwakilan PDAM Giri Menang', 'Camat Lingsar'],
    'Warga dari empat desa menyampaikan air mati berhari-hari sejak Juni dan tagihan yang tetap datang. PDAM menjelaskan debit sumber menurun pada musim kemarau dan berjanji membuat jadwal giliran serta meninjau tagihan. Isu ini juga naik di peringkat forum bulanan.',
    58
  ),
  ccMeeting(
    'kebon-ayu',
    'diskusi-pip-kebon-ayu',
    'diskusi',
    '2026-08-15',
    'Diskusi orang tua murid: dana PIP dan pungutan sekolah',
    ['Kepala SD Negeri 1 Kebon Ayu', 'Perwakilan Dinas Pendidikan dan Kebudayaan Lombok Barat'],
    'Orang tua menanyakan dana PIP yang belum cair dan uang perpisahan. Dinas menjelaskan jadwal pencairan dan menegaskan pungutan wajib tidak diperbolehkan. Sekolah sepakat mengembalikan uang perpisahan yang sudah dipungut.',
    29
  ),
  ccMeeting(
    'pelangan',
    'dialog-ptsl-pelangan',
    'dialog',
    '2026-09-19',
    'Dialog dengan Kantor Pertanahan Lombok Barat tentang PTSL',
    ['Perwakilan Kantor Pertanahan Lombok Barat', 'Kepala Desa Pelangan'],
    'Warga menanyakan sertifikat PTSL yang belum terbit. Kantor Pertanahan menjelaskan sebagian berkas masih menunggu data yuridis dari desa. Desa berjanji melengkapi dalam sebulan; CC mencatat daftar nama untuk dipantau.',
    46
  ),
  ccMeeting(
    'sesaot',
    'diskusi-bpjs-sesaot',
    'diskusi',
    '2026-08-08',
    'Diskusi warga: kartu BPJS PBI yang nonaktif',
    ['Petugas Puskesmas Narmada', 'Pendamping sosial Kecamatan Narmada'],
    'Petugas menjelaskan penyebab kartu PBI nonaktif (pemutakhiran data) dan cara mengaktifkan kembali lewat dinas sosial. Sebelas warga didampingi mengisi formulir pengaktifan.',
    33
  ),
  ccMeeting(
    'sandik',
    'dialog-dukcapil-sandik-rencana',
    'dialog',
    '2026-12-12',
    'Rencana dialog dengan Dukcapil Lombok Barat tentang cetak KTP-el',
    ['Perwakilan Dukcapil Lombok Barat'],
    undefined,
    undefined
  )
];

/** What the forum's minutes say about one ranked issue. */
export interface ForumIssueSummary {
  sector: SectorId;
  provider: string;
  score: number;
  complaints: number;
  ccs: number;
}

const sectorLabel = (sector: SectorId) => findEntry(SECTORS, sector)?.label.id ?? sector;

/**
 * One monthly forum per month, held on the first Saturday after the month, by the network admin;
 * the minutes name the top issues of that month's ranking. The last one lies ahead and is a draft.
 */
export function forumMeetings(
  topIssues: ReadonlyMap<string, readonly ForumIssueSummary[]>,
  seedNow: string
): DemoMeeting[] {
  const meetings: DemoMeeting[] = [];
  let index = 0;
  for (const [month, issues] of topIssues) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = new Date(Date.UTC(y, m, 1));
    const firstSaturday = addCalendarDays(next.toISOString().slice(0, 10), (6 - next.getUTCDay() + 7) % 7);
    const host = DEMO_CENTERS[index++ % DEMO_CENTERS.length]!;
    const held = at(firstSaturday) < seedNow;
    const lines = issues.map(
      (issue, i) =>
        `${i + 1}. ${sectorLabel(issue.sector)} — ${issue.provider}: ${issue.complaints} pengaduan dari ${issue.ccs} CC (skor ${issue.score.toFixed(1)}).`
    );
    meetings.push({
      id: `forum-${month}`,
      title: `Forum bulanan jaringan CC: rekap ${month}`,
      kind: 'forum_bulanan',
      date: firstSaturday,
      place: `Sekretariat ${host.profile.name}, Desa ${host.profile.desa}`,
      guests: ['Koordinator dan moderator enam CC', 'Asisten Ombudsman RI Perwakilan NTB'],
      ...(held
        ? {
            minutes: [
              `Isu prioritas dari peringkat ${month}:`,
              ...lines,
              `Disepakati: isu nomor 1 dibawa ke penyelenggara lewat surat bersama jaringan; CC yang paling banyak menerima pengaduan menjadi penghubung. Kasus yang masih "${STATUS_LABELS.diterima.id}" lebih dari 3 hari kerja dibahas per CC.`
            ].join('\n'),
            attendance: 18 + ((index * 7) % 15)
          }
        : {}),
      status: held ? 'terbit' : 'draf',
      createdBy: ADMIN_UID
    });
  }
  return meetings;
}
