import { fold, oneWordStateAliases } from './capitals.js';

/**
 * Places that English news names in two ways: an older or foreign form beside the current English one ("Salonika" and
 * "Thessaloniki", "Bombay" and "Mumbai", "Kiev" and "Kyiv"). Public knowledge, as a capital is (english/capitals.ts lists
 * states with two names in use the same way); no story's words. One name per word: a figure's place is read word by word,
 * so only one-word names are listed, and a name another place also bears (Georgia, Macedonia alone) is left out.
 *
 * Each line is one place, its names separated by "|", the first the one every other stands for. States with two names
 * are capitals.ts's ("Myanmar|Burma"), not listed again here.
 */
const PLACE_NAMES = `
Thessaloniki|Salonika|Salonica
Mumbai|Bombay
Kolkata|Calcutta
Chennai|Madras
Bengaluru|Bangalore
Pune|Poona
Varanasi|Benares
Beijing|Peking
Nanjing|Nanking
Yangon|Rangoon
Kyiv|Kiev
Kharkiv|Kharkov
Odesa|Odessa
Lviv|Lvov|Lwow
Chisinau|Kishinev
Almaty|Alma-Ata
Gdansk|Danzig
Wroclaw|Breslau
Bratislava|Pressburg
Belarus|Byelorussia
Kyrgyzstan|Kirghizia
Turkmenistan|Turkmenia
Turkey|Turkiye
Zimbabwe|Rhodesia
Thailand|Siam
Kinshasa|Leopoldville
Nuuk|Godthab
Mecca|Makkah
Kathmandu|Katmandu
Beirut|Beyrouth
Livorno|Leghorn
Florence|Firenze
Munich|Muenchen|München
Cologne|Koeln|Köln
Chongqing|Chungking
Tianjin|Tientsin
Taipei|Taipeh
`;


const CANONICAL = new Map<string, string>();
for (const line of PLACE_NAMES.split('\n')) {
  const names = line.split('|').map((n) => n.trim()).filter(Boolean);
  for (const name of names.slice(1)) if (!CANONICAL.has(fold(name))) CANONICAL.set(fold(name), names[0]!);
}
for (const [alias, name] of oneWordStateAliases()) if (!CANONICAL.has(fold(alias))) CANONICAL.set(fold(alias), name);

/** The name every listed name of one place stands for ("Salonika": "Thessaloniki"); the name as given for any other. */
export function placeName(name: string): string {
  return CANONICAL.get(fold(name)) ?? name;
}
