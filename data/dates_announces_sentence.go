package data

// SentenceAnnounces reports whether sentence, written in language lang,
// tells of something to come: it holds a future marker of the language
// ("will", "set to", "wird", "будет", "سوف" …; Arabic future verbs), as a
// date's sentence is read when the date is marked announced. Discovery
// asks it of the lead of a report whose dateline lies before the day of
// the occasion it tells of (see discover's corpus_writing_day_before.go).
func SentenceAnnounces(lang, sentence string) bool {
	return lexiconFor(lang).announcesSentence(sentence)
}
