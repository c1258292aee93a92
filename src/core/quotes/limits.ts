/**
 * How much of an article the quotes analysis keeps, and so how much a pack's quote features may
 * hold: the extractor cuts to these bounds and the pack schema checks them, one number each.
 */
export const QUOTE_LIMITS = { quotes: 200, speakers: 100, descriptions: 10, quoteChars: 2000, nameChars: 200, sentences: 5000, spanned: 50, voices: 60, voiceSentences: 500, voiceChars: 300 };
