// Partner agencies and regions the documents name, and the words that look like agency acronyms
// but are not partners. The partners dataset reads names from the seeds with these tables; an
// acronym in a seed that is in none of them stops the pipeline (see scripts/pipeline/extract/partners.ts).
import type { Correction } from './schema.ts';

export interface PartnerAgency {
  /** The short name the documents use (NSF, UKRI), or a short English name where they use none. */
  short: string;
  /** Official English name. */
  en: string;
  /** Japanese name: the documents' own where they give one, else the one in use at JST and MEXT; null if none is in use. */
  ja: string | null;
  /** ISO 3166-1 alpha-2 of the agency's country; null for a body of a group of countries (see `region`). */
  country: string | null;
  /** Region id (see partnerRegions) for a body of a group of countries (ERC: the EU). */
  region?: string;
  /** Other ways the documents write it, matched as they stand (Japanese names, older names). */
  written?: string[];
}

export const partnerAgencies: readonly PartnerAgency[] = [
  { short: 'NSF', en: 'U.S. National Science Foundation', ja: '米国国立科学財団', country: 'US' },
  { short: 'NIH', en: 'National Institutes of Health', ja: '米国国立衛生研究所', country: 'US' },
  { short: 'DOE', en: 'U.S. Department of Energy', ja: '米国エネルギー省', country: 'US' },
  { short: 'OSTP', en: 'White House Office of Science and Technology Policy', ja: '米国科学技術政策局', country: 'US' },
  { short: 'State Department', en: 'U.S. Department of State', ja: '米国国務省', country: 'US', written: ['国務省'] },
  { short: 'Kavli Foundation', en: 'The Kavli Foundation', ja: 'カブリ財団', country: 'US' },
  { short: 'NERC', en: 'Natural Environment Research Council', ja: '英国自然環境研究会議', country: 'GB' },
  { short: 'UKRI', en: 'UK Research and Innovation', ja: '英国研究・イノベーション機構', country: 'GB', written: ['研究技術革新機構'] },
  { short: 'DSIT', en: 'Department for Science, Innovation and Technology', ja: '英国科学・イノベーション・技術省', country: 'GB' },
  { short: 'ISPF', en: 'International Science Partnerships Fund', ja: '国際科学パートナーシップ基金', country: 'GB' },
  { short: 'DFG', en: 'German Research Foundation (Deutsche Forschungsgemeinschaft)', ja: 'ドイツ研究振興協会', country: 'DE' },
  { short: 'BMBF', en: 'Federal Ministry of Education and Research', ja: 'ドイツ連邦教育研究省', country: 'DE' },
  { short: 'ANR', en: 'French National Research Agency (Agence nationale de la recherche)', ja: 'フランス国立研究機構', country: 'FR' },
  { short: 'CNRS', en: 'French National Centre for Scientific Research', ja: 'フランス国立科学研究センター', country: 'FR' },
  { short: 'MUR', en: 'Ministry of University and Research (Italy)', ja: 'イタリア大学・研究省', country: 'IT', written: ['イタリア研究・大学省'] },
  { short: 'ARC', en: 'Australian Research Council', ja: 'オーストラリア研究会議', country: 'AU' },
  { short: 'CIHR', en: 'Canadian Institutes of Health Research', ja: 'カナダ保健研究機構', country: 'CA' },
  { short: 'NSERC', en: 'Natural Sciences and Engineering Research Council of Canada', ja: 'カナダ自然科学・工学研究会議', country: 'CA' },
  { short: 'SRC', en: 'Swedish Research Council (Vetenskapsrådet)', ja: 'スウェーデン研究会議', country: 'SE' },
  { short: 'MON', en: 'Ministry of Education and Science of the Russian Federation', ja: 'ロシア連邦教育科学省', country: 'RU' },
  { short: 'MOST', en: "Ministry of Science and Technology of the People's Republic of China", ja: '中国科学技術部', country: 'CN' },
  { short: 'DST', en: 'Department of Science and Technology, Government of India', ja: 'インド科学技術省', country: 'IN' },
  { short: 'ERC', en: 'European Research Council', ja: '欧州研究会議', country: null, region: 'EU' },
  { short: 'European Commission', en: 'European Commission', ja: '欧州委員会', country: null, region: 'EU' },
];

export interface PartnerRegion {
  /** Stable id, used in the data (ASEAN, EU, V4 …). */
  id: string;
  en: string;
  ja: string;
  /** How the documents write it; matched longest first, so 東南アジア is not read as アジア. */
  written: string[];
}

/**
 * Named groups of countries. Members are never listed here: a row states members only where its
 * document does (V4: チェコ、ハンガリー、ポーランド、スロバキア).
 */
export const partnerRegions: readonly PartnerRegion[] = [
  { id: 'ASEAN', en: 'ASEAN', ja: 'ASEAN', written: ['ASEAN'] },
  { id: 'ASEAN+8', en: 'ASEAN plus eight countries', ja: 'ASEAN+8', written: ['ASEAN+8'] },
  { id: 'EU', en: 'European Union', ja: 'EU', written: ['EU'] },
  { id: 'Europe', en: 'Europe', ja: '欧州', written: ['欧州'] },
  { id: 'Africa', en: 'Africa', ja: 'アフリカ', written: ['アフリカ'] },
  { id: 'Asia', en: 'Asia', ja: 'アジア', written: ['アジア'] },
  { id: 'Asia-Pacific', en: 'Asia-Pacific', ja: 'アジア太平洋地域', written: ['アジア太平洋'] },
  { id: 'East Asia', en: 'East Asia', ja: '東アジア', written: ['東アジア'] },
  { id: 'Southeast Asia', en: 'Southeast Asia', ja: '東南アジア', written: ['東南アジア'] },
  { id: 'V4', en: 'Visegrád Group (V4)', ja: 'ヴィシェグラード4か国', written: ['ヴィシェグラード4か国', 'V4'] },
  { id: 'G7', en: 'Group of Seven (G7)', ja: 'G7', written: ['G7'] },
  { id: 'G20', en: 'Group of Twenty (G20)', ja: 'G20', written: ['G20'] },
  { id: 'OECD', en: 'OECD member countries', ja: 'OECD諸国', written: ['OECD'] },
  { id: 'Worldwide', en: 'Worldwide', ja: '全世界', written: ['全世界'] },
];

/**
 * Capitalised words in the seeds that name no partner agency, and why. Every other run of two or
 * more capitals in a seed must be a partner agency (partnerAgencies) or a region (partnerRegions).
 */
export const notAgencies: Readonly<Record<string, string>> = {
  // Japanese bodies and their programs: the Japanese side, never a partner.
  JST: 'Japan Science and Technology Agency',
  JSPS: 'Japan Society for the Promotion of Science',
  AMED: 'Japan Agency for Medical Research and Development',
  MEXT: 'Ministry of Education, Culture, Sports, Science and Technology',
  JICA: 'Japan International Cooperation Agency',
  CSTP: 'Council for Science and Technology Policy (Japan); in OECD/CSTP, the OECD committee of that name',
  SICORP: 'a JST program',
  CREST: 'a JST program',
  ERATO: 'a JST program',
  ACCEL: 'a JST program',
  SATREPS: 'a JST/JICA program',
  ASPIRE: 'a JST program',
  WPI: 'a MEXT program',
  JRP: 'Joint Research Program (e-ASIA JRP)',
  ASIA: 'part of the program name e-ASIA',
  CONCERT: 'part of the program name EIG CONCERT-Japan',
  EIG: 'part of the program name EIG CONCERT-Japan',
  AJ: 'part of the program name AJ-CORE',
  CORE: 'part of the program name AJ-CORE',
  STAND: 'a SICORP framework',
  IPMU: 'Kavli Institute for the Physics and Mathematics of the Universe (University of Tokyo)',
  JD: 'joint degree',
  JDP: 'joint degree program',
  // Partners' programs, divisions and international bodies: the partner is named beside them.
  CISE: "NSF's Directorate for Computer and Information Science and Engineering",
  PIRE: "NSF's Partnerships for International Research and Education program",
  SPPEXA: "DFG's Software for Exascale Computing program",
  IHEC: 'International Human Epigenome Consortium',
  HFSP: 'Human Frontier Science Program',
  UNESCO: 'United Nations Educational, Scientific and Cultural Organization',
  INGSA: 'International Network for Governmental Science Advice',
  AJCCST: 'ASEAN–Japan Cooperation Committee on Science and Technology (the meeting is read as ASEAN)',
  STS: 'Science and Technology in Society forum',
  WWFC: 'Worldwide Fuel Charter',
  IBM: 'a company',
  // Terms.
  STI: 'science, technology and innovation',
  ODA: 'official development assistance',
  ICT: 'information and communication technology',
  AI: 'artificial intelligence',
  NMR: 'nuclear magnetic resonance',
  COVID: 'COVID-19',
  SARS: 'SARS-CoV-2',
  ORF: 'open reading frame (ORF6)',
  CO: 'carbon dioxide (CO2)',
  ELSI: 'ethical, legal and social issues',
  STEM: 'science, technology, engineering and mathematics',
  POC: 'proof of concept',
  PD: 'program director',
  PO: 'program officer',
  PI: 'principal investigator',
  RA: 'research assistant',
  URA: 'university research administrator',
  FA: 'funding agency (海外FA: overseas funding agencies in general)',
  TOP: 'top (TOP10% papers)',
  II: 'Roman numeral two',
  DC: 'Washington, DC',
  NY: 'New York',
  HP: 'home page',
  DEVELOPMENT: 'part of "SUSTAINABLE DEVELOPMENT GOALS"',
  SUSTAINABLE: 'part of "SUSTAINABLE DEVELOPMENT GOALS"',
  GOALS: 'part of "SUSTAINABLE DEVELOPMENT GOALS"',
  LYKAWKA: 'a researcher’s name',
};

/** Misspellings in the names the partners dataset reads, corrected in the open (listed on the errata page). */
export const partnerCorrections: readonly Correction[] = [
  {
    seed: '004',
    at: { text: 'CHIR' },
    asWritten: 'CHIR',
    corrected: 'CIHR',
    why: {
      ja: 'カナダ保健研究機構（Canadian Institutes of Health Research）の略称はCIHR。文字の入れ替わりによる誤記。',
      en: 'The Canadian Institutes of Health Research are CIHR: two letters are swapped.',
    },
  },
  {
    seed: '003',
    at: { text: '日ーシンガポール共同研究' },
    asWritten: '日ーシンガポール',
    corrected: '日－シンガポール',
    why: { ja: '長音符「ー」をダッシュの代わりに用いている（日－シンガポール）。', en: 'A long-vowel mark (ー) stands where a dash (－) is meant: Japan–Singapore.' },
  },
  {
    seed: '001',
    at: { text: '日・ボラン首脳会談' },
    asWritten: 'ボラン',
    corrected: 'ポーランド',
    why: { ja: '国名の誤記（ポーランド）。', en: 'Misspelt country name: Poland (ポーランド).' },
  },
];
