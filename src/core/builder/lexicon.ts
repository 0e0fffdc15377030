/**
 * Word lists the pack builder relies on. They describe English news prose in general (titles,
 * speech verbs, the world's countries, words that mark a stance), never one article: the builder
 * is tried on articles it has never seen.
 */

/** One country as the press writes it. */
export interface CountryEntry {
  /** The usual short name ("Iraq", "United States"). */
  name: string;
  /** Other names and abbreviations; all-caps ones are matched case-sensitively. */
  alt: string[];
  /** Adjectives of nationality ("Iraqi", "American"). */
  demonyms: string[];
  /** The capital, which the press uses for the government ("Baghdad said"). */
  capital?: string;
}

// name | alternatives (comma) | demonyms (comma) | capital. Kept as text because it is long and
// a table reads better than 190 object literals.
const COUNTRY_TABLE = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani|Baku
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Bolivia||Bolivian|
Bosnia||Bosnian|Sarajevo
Brazil||Brazilian|Brasilia
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|PRC|Chinese|Beijing
Colombia||Colombian|Bogota
Congo|DRC|Congolese|Kinshasa
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish|Helsinki
France||French|Paris
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Guatemala||Guatemalan|
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Latvia||Latvian|Riga
Malaysia||Malaysian|Kuala Lumpur
Mali||Malian|Bamako
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Mongolia||Mongolian|Ulaanbaatar
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|Holland|Dutch|Amsterdam
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|DPRK|North Korean|Pyongyang
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palestine|Palestinian territories|Palestinian|Ramallah
Panama||Panamanian|
Peru||Peruvian|Lima
Philippines||Filipino,Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saudi Arabia|Saudi,KSA|Saudi|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|ROK|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Tunisia||Tunisian|Tunis
Turkey|Turkiye,Türkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv
United Arab Emirates|UAE,Emirates|Emirati|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British|London
United States|US,U.S.,USA,U.S.A.,America|American|Washington
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Venezuela||Venezuelan|Caracas
Vietnam||Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
`;

/** The world's countries with their other names, demonyms and capitals. */
export const COUNTRIES: readonly CountryEntry[] = COUNTRY_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name = '', alt = '', demonyms = '', capital = ''] = line.split('|');
    const entry: CountryEntry = { name, alt: alt ? alt.split(',') : [], demonyms: demonyms ? demonyms.split(',') : [] };
    if (capital) entry.capital = capital;
    return entry;
  });

/**
 * Titles that precede a name, longest first so that "Major General" wins over "General". The
 * ones in ROLE_TITLES describe an office the article may later use alone ("the prime minister").
 */
export const TITLES: readonly string[] = [
  'Deputy Prime Minister', 'Prime Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Interior Minister',
  'Minister', 'Vice President', 'President', 'Secretary of State', 'Secretary of Defense', 'Defense Secretary',
  'Deputy Secretary', 'Deputy Press Secretary', 'Press Secretary', 'Sec.', 'Secretary-General', 'Secretary General', 'Secretary', 'Speaker', 'Chancellor',
  'Ambassador', 'Envoy', 'Special Envoy', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman', 'Congresswoman',
  'Governor', 'Gov.', 'Mayor', 'King', 'Queen', 'Prince', 'Crown Prince', 'Emir', 'Sheikh', 'Sultan', 'Pope', 'Ayatollah',
  'Lieutenant General', 'Lt. Gen.', 'Lt Gen', 'Major General', 'Maj. Gen.', 'Maj Gen', 'Brigadier General', 'Brig. Gen.',
  'Brigadier', 'General', 'Gen.', 'Army Gen.', 'Air Force Gen.', 'Admiral', 'Adm.', 'Vice Admiral', 'Rear Admiral',
  'Colonel', 'Col.', 'Lieutenant Colonel', 'Lt. Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.',
  'Commander', 'Cmdr.', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Judge', 'Justice', 'Chief Justice', 'Professor', 'Prof.',
  'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.', 'Reverend', 'Imam', 'Cleric',
  'Chairman', 'Chairwoman', 'Chair', 'Director', 'Chief', 'Premier', 'Leader', 'Commissioner',
  'Chief Executive Officer', 'Chief Executive', 'Chief Financial Officer', 'Chief Operating Officer', 'Chief Technology Officer',
  'Chief of Staff', 'Executive Director', 'Managing Director', 'Attorney General', 'Solicitor General', 'Inspector General',
  'Surgeon General', 'Foreign Secretary', 'Home Secretary', 'Chancellor of the Exchequer', 'High Representative', 
].sort((a, b) => b.length - a.length);

/** Titles that name an office, so the office alone can stand for the one holder in an article. */
export const ROLE_TITLES = new Set(
  [
    'deputy prime minister', 'prime minister', 'foreign minister', 'defense minister', 'defence minister', 'interior minister',
    'vice president', 'president', 'secretary of state', 'secretary of defense', 'defense secretary', 'press secretary',
    'secretary-general', 'secretary general', 'speaker', 'chancellor', 'ambassador', 'special envoy', 'envoy', 'governor',
    'mayor', 'king', 'queen', 'crown prince', 'emir', 'sultan', 'pope', 'premier', 'commissioner', 'spokesman', 'spokeswoman',
    'chief executive officer', 'chief executive', 'attorney general', 'foreign secretary', 'home secretary', 'chief of staff',
  ],
);

/** Honorifics and ranks that are not part of a name and are dropped from it. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'prof', 'professor']);

/**
 * Verbs that introduce speech, in the forms news prose uses. "according to" is handled apart
 * because its speaker follows it.
 */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'noted', 'notes', 'added', 'adds', 'warned', 'warns', 'claimed', 'claims',
  'stated', 'states', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'stressed', 'stresses', 'insisted', 'insists',
  'argued', 'argues', 'asserted', 'asserts', 'declared', 'declares', 'announced', 'announces', 'explained', 'explains',
  'wrote', 'writes', 'tweeted', 'posted', 'replied', 'responded', 'continued', 'acknowledged', 'acknowledges', 'admitted',
  'admits', 'denied', 'denies', 'maintained', 'maintains', 'reiterated', 'reiterates', 'confirmed', 'confirms', 'suggested',
  'suggests', 'urged', 'urges', 'predicted', 'contended', 'contends', 'remarked', 'observed', 'pointed out', 'points out',
  'underlined', 'underscored', 'highlighted', 'affirmed', 'assured', 'vowed', 'pledged', 'alleged', 'alleges', 'reported',
  'reports', 'recalled', 'concluded', 'cautioned', 'complained', 'conceded', 'estimated', 'believes', 'believed', 'thinks',
  'argued', 'indicated', 'indicates', 'expressed', 'called', 'demanded', 'demands', 'accused', 'accuses', 'rejected',
  'rejects', 'asked', 'asks', 'testified', 'briefed', 'mentioned', 'revealed', 'described', 'announced',
];

/** Verbs after which a reported clause follows directly, without "that" ("he said ISIS is ..."). */
export const SPEECH_VERBS_BARE_CLAUSE = new Set(['said', 'says', 'say', 'added', 'warned', 'claimed', 'insisted', 'argued', 'believes', 'thinks']);

/** Words that make a sentence contrast what came before; they mark an opposing claim. */
export const CONTRAST_MARKERS: readonly string[] = [
  'however', 'but', 'despite', 'in spite of', 'although', 'though', 'yet', 'nevertheless', 'nonetheless', 'whereas',
  'on the other hand', 'by contrast', 'in contrast', 'contrary to', 'reluctant', 'reluctance', 'denied', 'denies', 'deny',
  'rejected', 'rejects', 'reject', 'refused', 'refuses', 'refuse', 'disputed', 'disputes', 'dismissed', 'dismisses',
  'contradicted', 'contradicts', 'countered', 'pushed back', 'insisted', 'insists', 'disagree', 'disagrees', 'disagreed',
  'challenged', 'challenges', 'appeal', 'appealed', 'contested', 'contests', 'refuted', 'refutes',
];

/** Words that deny or end a state of affairs: the negative pole of a claim. */
export const NEGATIVE_MARKERS: readonly string[] = [
  'no longer', 'not', "n't", 'never', 'no more', 'nor', 'neither', 'without', 'ended', 'end', 'ending', 'defeated',
  'eliminated', 'eradicated', 'withdraw', 'withdrawal', 'withdrawing', 'leave', 'leaving', 'exit', 'pull out', 'reduced',
  'diminished', 'declined', 'weakened', 'victory', 'won', 'over', 'finished', 'gone', 'denied', 'rejected', 'refused',
  // Self-reliance: "can do the job alone" denies that outside help is still needed.
  'alone', 'on their own', 'on its own', 'by themselves', 'by itself', 'independently', 'without help', 'self-sufficient',
];

/** Words that assert a state of affairs goes on: the positive pole, opposite to the ones above. */
export const POSITIVE_MARKERS: readonly string[] = [
  'still', 'remains', 'remain', 'remained', 'continues', 'continue', 'continued', 'continuing', 'persists', 'persistent',
  'ongoing', 'again', 'resurgence', 'resurgent', 'comeback', 'reconstitute', 'growing', 'increase', 'increased', 'stay',
  'staying', 'keep', 'keeping', 'extend', 'reluctant', 'threat', 'threatens', 'danger', 'dangerous',
];

/**
 * Pairs of words whose presence on the two sides of a pair of claims makes them opposite even
 * without a negation ("no longer" against "still", "leave" against "reluctant").
 */
export const OPPOSITE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['no longer', 'still'],
  ['not', 'still'],
  ['never', 'still'],
  ['no longer', 'remains'],
  ['no longer', 'continues'],
  ['victory', 'threat'],
  ['won', 'threat'],
  ['defeated', 'threat'],
  ['defeated', 'resurgence'],
  ['eliminated', 'threat'],
  ['leave', 'reluctant'],
  ['leave', 'stay'],
  ['withdrawal', 'reluctant'],
  ['withdrawal', 'stay'],
  ['withdraw', 'stay'],
  ['end', 'continue'],
  ['ending', 'continue'],
  ['trend:rise', 'trend:fall'],
];

/** Words of a rising trend; with "not" or "no longer" before them they count as falling. */
export const RISE_WORDS: readonly string[] = [
  'rise', 'rises', 'rose', 'rising', 'risen', 'increase', 'increases', 'increased', 'increasing', 'grow', 'grows', 'grew',
  'growing', 'grown', 'surge', 'surged', 'surging', 'soar', 'soared', 'soaring', 'climb', 'climbed', 'climbing', 'doubled',
  'tripled', 'worsen', 'worsened', 'worsening', 'expand', 'expanded', 'expanding', 'higher',
];

/** Words of a falling trend, the opposite of RISE_WORDS. */
export const FALL_WORDS: readonly string[] = [
  'fall', 'falls', 'fell', 'falling', 'fallen', 'decrease', 'decreases', 'decreased', 'decreasing', 'decline', 'declines',
  'declined', 'declining', 'drop', 'drops', 'dropped', 'dropping', 'shrink', 'shrank', 'shrinking', 'plunge', 'plunged',
  'plunging', 'halved', 'improve', 'improved', 'improving', 'ease', 'eased', 'easing', 'slow', 'slowed', 'slowing', 'lower',
];

/** Words that end an organisation's name and say what sort of body it is. */
export const ORG_HEADS: Readonly<Record<string, 'organization' | 'government' | 'military' | 'armed-group'>> = {
  coalition: 'organization', alliance: 'organization', union: 'organization', organization: 'organization',
  organisation: 'organization', council: 'organization', committee: 'government', commission: 'organization',
  agency: 'government', association: 'organization', foundation: 'organization', institute: 'organization',
  university: 'organization', bank: 'organization', fund: 'organization', corporation: 'organization', company: 'organization',
  party: 'organization', movement: 'organization', network: 'organization', group: 'organization',
  trust: 'organization', authority: 'government', bureau: 'government', board: 'organization', centre: 'organization',
  center: 'organization', society: 'organization', federation: 'organization', league: 'organization', watch: 'organization',
  international: 'organization', forum: 'organization', initiative: 'organization', programme: 'organization',
  program: 'organization', secretariat: 'organization', observatory: 'organization', charity: 'organization',
  technologies: 'organization', technology: 'organization', inc: 'organization', corp: 'organization', ltd: 'organization',
  plc: 'organization', llc: 'organization', holdings: 'organization', industries: 'organization', systems: 'organization',
  labs: 'organization', airlines: 'organization', motors: 'organization', pharmaceuticals: 'organization',
  news: 'organization', times: 'organization', post: 'organization', journal: 'organization', service: 'organization',
  services: 'organization', nations: 'organization', court: 'government', ministry: 'government', department: 'government',
  government: 'government', administration: 'government', parliament: 'government', senate: 'government', congress: 'government',
  cabinet: 'government', office: 'government', embassy: 'government', assembly: 'government', house: 'government',
  pentagon: 'government', command: 'military', army: 'military', navy: 'military', 'air force': 'military', marines: 'military',
  forces: 'military', guard: 'military', corps: 'military', brigade: 'armed-group', brigades: 'armed-group', militia: 'armed-group',
  front: 'armed-group', battalion: 'military', division: 'military', regiment: 'military',
};

/** Words next to a group's name that say it is an armed group rather than a civilian one. */
export const ARMED_CONTEXT: readonly string[] = [
  'terrorist', 'terrorists', 'terror', 'militant', 'militants', 'jihadist', 'jihadists', 'insurgent', 'insurgents', 'insurgency',
  'rebel', 'rebels', 'militia', 'militias', 'fighters', 'extremist', 'extremists', 'guerrilla', 'guerrillas', 'armed group',
  'operatives', 'cells', 'caliphate', 'attacks', 'remnants',
];

/** Nouns that, after a country, name its armed forces ("US troops", "Iraq's armed forces"). */
export const MILITARY_NOUNS: readonly string[] = [
  'armed forces', 'security forces', 'special forces', 'military', 'forces', 'troops', 'army', 'soldiers', 'navy', 'air force',
  'marines', 'personnel',
];

/** Capitalised words that are not names even when they look like acronyms or start a sequence. */
export const NOT_NAMES = new Set([
  'I', 'A', 'AN', 'THE', 'OK', 'TV', 'AM', 'PM', 'CEO', 'CFO', 'GDP', 'FILE', 'PHOTO', 'VIDEO', 'UPDATE', 'BREAKING', 'NEW',
  'AP', 'AFP', 'EST', 'GMT', 'UTC', 'PDF', 'FAQ', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'AD', 'BC', 'ID',
  'NO', 'OR', 'AND', 'IN', 'ON', 'AT', 'TO', 'OF', 'BY', 'MR', 'MRS', 'MS', 'DR', 'JR', 'SR', 'HQ', 'URL', 'USD', 'EUR', 'KM',
  'MP', 'MPS', 'VIP', 'LIVE', 'READ', 'MORE', 'WATCH', 'SEE', 'ALSO', 'COVID', 'AI', 'HTTP', 'HTTPS', 'WWW', 'DC', 'D.C.', 'HTML', 'RSS', 'FAQS',
]);

/** Words that never start or end a name although they are capitalised at a sentence start. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their',
  'our', 'my', 'your', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'as', 'for', 'in', 'on', 'at', 'to', 'of', 'by', 'from',
  'with', 'after', 'before', 'during', 'since', 'until', 'back', 'early', 'late', 'last', 'next', 'today', 'yesterday',
  'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'will', 'would', 'could', 'should',
  'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'however', 'meanwhile', 'also', 'some', 'many', 'most',
  'all', 'both', 'each', 'other', 'such', 'explaining', 'according', 'asked', 'file', 'photo', 'read', 'more', 'related',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'not', 'no', 'yes', 'for', 'former', 'then', 'now', 'even', 'just',
]);

/** Common words a claim's topic should not be built from. */
export const STOP_WORDS = new Set([
  ...FUNCTION_WORDS,
  'be', 'been', 'being', 'do', 'does', 'did', 'can', 'may', 'might', 'must', 'shall', 'said', 'says', 'say', 'told', 'noted',
  'added', 'also', 'very', 'quite', 'much', 'than', 'into', 'onto', 'about', 'against', 'between', 'through', 'over', 'under',
  'again', 'once', 'only', 'own', 'same', 'few', 'more', 'less', 'least', 'any', 'every', 'one', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'them', 'him', 'us', 'me', 'whose', 'whom', 'because', 'though', 'although', 'yet',
  'still', 'longer', 'soon', 'well', 'way', 'made', 'make', 'making', 'get', 'got', 'set', 'put', 'take', 'took', 'year',
  'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'time', 'times', 'part', 'lot', 'thing', 'things', 'people',
  'according', 'seems', 'seem', 'being', 'going', 'come', 'came', 'give', 'given', 'including', 'like', 'near', 'future',
  'example', 'including', 'whether', 'really', 'already', 'eventually', 'several', 'past', 'new', 'old', 'first', 'second',
  'statement', 'words', 'demand', 'comments', 'remarks', 'country', 'state', 'man', 'woman',
]);

/** Words that introduce evidence of violence, with numbers nearby ("14 fighters killed"). */
export const EVIDENCE_VERBS: readonly string[] = [
  'killed', 'wounded', 'injured', 'dead', 'died', 'arrested', 'captured', 'detained', 'displaced', 'attacks', 'strikes',
  'raids', 'fighters', 'casualties',
];

/** Number words the evidence finder reads ("seven US troops wounded"). */
export const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'dozen',
  'hundreds', 'thousands', 'scores',
]);
