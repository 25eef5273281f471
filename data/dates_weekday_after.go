package data

// This file finds where a weekday written after its date starts: past a
// comma or an opening bracket ("3 июля, в среду", "4 July (Thursday)",
// "8月15日（星期五）"), past a case ending glued to the date by a hyphen
// ("sentyabrın 14-də, çərşənbə günü"), or right after the date in the
// languages that write the weekday so: Turkish, Azerbaijani, Kazakh,
// Kyrgyz, Uzbek and Tajik ("14 Eylül Çarşamba günü", "14 қыркүйек
// сәрсенбі күні") and Chinese ("8月15日星期五"). dateScanner.weekdayAfterDate
// reads the weekday itself.

// openBracket and closeBracket report whether t is a round bracket, ASCII
// or the full-width one Chinese and Japanese write ("（星期五）").
func openBracket(text string, t *dateToken) bool {
	if t.kind != tokPunct {
		return false
	}
	p := text[t.start:t.end]
	return p == "(" || p == "（"
}

func closeBracket(text string, t *dateToken) bool {
	if t.kind != tokPunct {
		return false
	}
	p := text[t.start:t.end]
	return p == ")" || p == "）"
}

// weekdayAfterStart returns the index of the token after date w where its
// weekday would start, and whether an opening bracket stands before it;
// ok is false when what follows the date cannot lead to its weekday.
func (s *dateScanner) weekdayAfterStart(w dateWords) (j int, opened, ok bool) {
	j = w.last + 1
	// A case ending glued to the date by a hyphen or an apostrophe belongs
	// to it: "14-də", "14 Eylül'de".
	if n := s.caseEndingAfter(w.last); n > 0 {
		j += n
	}
	p := s.tok(j)
	switch {
	case p.kind == tokPunct && p.punct == ',':
		return j + 1, false, true
	case openBracket(s.text, p):
		return j + 1, true, true
	case p.kind == tokPunct:
		return j, false, false
	}
	// Nothing between: only where the language writes its weekdays so,
	// and only the weekday itself (no marker: "14 сентября в среду" may
	// be two phrases in any language).
	return j, false, s.lex.weekdayFollowsDate && j == w.last+1 && p.is(roleWeekday)
}

// weekdayFollowsDateLanguages write a weekday right after its date with
// nothing between: the Turkic languages and Tajik put it before the day
// word ("Çarşamba günü", "сәрсенбі күні", "рӯзи чоршанбе" is the other
// order), Chinese runs it on ("8月15日星期五").
var weekdayFollowsDateLanguages = map[string]bool{"tr": true, "az": true, "kk": true, "ky": true, "uz": true, "tg": true, "zh": true, "ja": true}

// caseEndingAfter returns how many tokens after token i are a case ending
// glued to it ("14-də": a hyphen and the ending; "Eylül'de": the ending,
// since the tokenizer drops apostrophes), or 0. An ending is a short word,
// no weekday or month.
func (s *dateScanner) caseEndingAfter(i int) int {
	t := s.tok(i)
	n := 1
	glue := s.tok(i + 1)
	if glue.kind == tokPunct && glue.punct == '-' && glue.start == t.end {
		n = 2
	}
	end := s.tok(i + n)
	if end.kind != tokWord || end.is(roleWeekday|roleMonth) || end.end-end.start > 8 {
		return 0
	}
	switch between := s.text[t.end:end.start]; between {
	case "-", "'", "’":
		return n
	}
	return 0
}
