package data

// The date finder cuts sentences and clauses around every date it reads
// (sentenceBounds, clauseBounds). strings.IndexAny and LastIndexAny with
// a set that holds characters outside ASCII (。！？؟، among them) decode
// every character of the text and search the set for it; these functions
// find the same marks by their bytes. Every mark but the ASCII ones starts
// with a lead byte, which no valid UTF-8 sequence holds inside another
// character, so a byte match is a character match.

// sentenceMarks are the marks sentenceBounds cuts at, as one string for
// the reference tests.
const sentenceMarks = ".!?。！？؟\n;"

// clauseMarks are the marks clauseBounds cuts at.
const clauseMarks = ",;:،"

// indexSentenceMark is strings.IndexAny(s, sentenceMarks).
func indexSentenceMark(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?', '\n', ';':
			return i
		case 0xE3: // 。 E3 80 82
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x82 {
				return i
			}
		case 0xEF: // ！ EF BC 81, ？ EF BC 9F
			if i+2 < len(s) && s[i+1] == 0xBC && (s[i+2] == 0x81 || s[i+2] == 0x9F) {
				return i
			}
		case 0xD8: // ؟ D8 9F
			if i+1 < len(s) && s[i+1] == 0x9F {
				return i
			}
		}
	}
	return -1
}

// lastIndexSentenceMark is strings.LastIndexAny(s, sentenceMarks).
func lastIndexSentenceMark(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '.', '!', '?', '\n', ';':
			return i
		case 0x82: // 。 E3 80 82
			if i >= 2 && s[i-2] == 0xE3 && s[i-1] == 0x80 {
				return i - 2
			}
		case 0x81: // ！ EF BC 81
			if i >= 2 && s[i-2] == 0xEF && s[i-1] == 0xBC {
				return i - 2
			}
		case 0x9F: // ？ EF BC 9F, ؟ D8 9F
			if i >= 2 && s[i-2] == 0xEF && s[i-1] == 0xBC {
				return i - 2
			}
			if i >= 1 && s[i-1] == 0xD8 {
				return i - 1
			}
		}
	}
	return -1
}

// indexClauseMark is strings.IndexAny(s, clauseMarks).
func indexClauseMark(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ';', ':':
			return i
		case 0xD8: // ، D8 8C
			if i+1 < len(s) && s[i+1] == 0x8C {
				return i
			}
		}
	}
	return -1
}

// lastIndexClauseMark is strings.LastIndexAny(s, clauseMarks).
func lastIndexClauseMark(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ',', ';', ':':
			return i
		case 0x8C: // ، D8 8C
			if i >= 1 && s[i-1] == 0xD8 {
				return i - 1
			}
		}
	}
	return -1
}
