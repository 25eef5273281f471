package data

// This file reads the datelines that write the weekday before the date,
// as many European papers do: "Londen, maandag 19 september 2022",
// "Berlin, Montag, 19. September 2022", "Москва, понедельник, 19 сентября
// 2022 года", and those of letters and communiqués that write an article
// before the date: "Paris, le 19 septembre 2022", "Berlin, den 19.
// September 2022". Without it such a line was a date of the text, and the
// article got only its month (see textLeadMonth).

import (
	"strings"
	"unicode"
)

// datelineArticles are the words a date line may write before its date.
var datelineArticles = []string{"le ", "den "}

// weekdayDateline reports whether a mention that starts with a weekday
// is a dateline's date: after the weekday (and its comma) comes a day in
// digits or a month name, and nothing after the date goes on into a
// sentence with a comma ("Yesterday, Monday 5 March, the minister …" is
// running text). The place before it is checked by the caller.
func weekdayDateline(words, after string) bool {
	// The article of a letter's or a communiqué's date line: French
	// "Paris, le 19 septembre 2022", "Lyon, le lundi 19 septembre",
	// German "Berlin, den 19. September 2022".
	for _, article := range datelineArticles {
		if len(words) > len(article) && strings.EqualFold(words[:len(article)], article) {
			words = words[len(article):]
			if dateDigit([]rune(words)[0]) >= 0 {
				return !strings.HasPrefix(strings.TrimSpace(after), ",")
			}
			break
		}
	}
	weekday, rest, ok := strings.Cut(words, " ")
	if !ok || !startsWithWeekday(strings.TrimSuffix(weekday, ",")) {
		return false // not a weekday, or the weekday alone: no date to stamp
	}
	rest = strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	if rest == "" {
		return false
	}
	if dateDigit([]rune(rest)[0]) < 0 {
		first, _, _ := strings.Cut(rest, " ")
		var buf [64]byte
		if !lexiconFor("").get(normaliseDateWord(buf[:0], strings.TrimSuffix(first, "."))).has(roleMonth) {
			return false
		}
	}
	return !strings.HasPrefix(strings.TrimSpace(after), ",")
}

// withoutDatelineArticle returns the words before a date without an
// article of datelineArticles that ends them ("Bremen, den " → "Bremen, "),
// where the article is not part of the mention.
func withoutDatelineArticle(before string) string {
	for _, article := range datelineArticles {
		if len(before) > len(article) && strings.EqualFold(before[len(before)-len(article):], article) {
			// Only a whole word: "Baden " is no "den ".
			if r := before[len(before)-len(article)-1]; r == ' ' || r == ',' {
				return before[:len(before)-len(article)]
			}
		}
	}
	return before
}
