package data

import (
	"strings"
)

// newTestArticle builds an article the way the loader would, without
// depending on it: the paragraphs are the non-blank lines of text, repeats
// collapsed. The language is given, as the tests decide it. (The tests of
// the packages around data use its twin, datatest.Article.)
func newTestArticle(id, lang, text string) *Article {
	a := &Article{ID: id, File: id + ".txt", Text: text, Language: lang, Encoding: "utf-8"}
	seen := map[string]int{}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		trimmed := strings.TrimSpace(line)
		if trimmed != "" {
			if k, ok := seen[trimmed]; ok {
				a.Paragraphs[k].Count++
			} else {
				s := start + strings.Index(line, trimmed)
				seen[trimmed] = len(a.Paragraphs)
				a.Paragraphs = append(a.Paragraphs, Paragraph{Start: s, End: s + len(trimmed), Text: trimmed, Count: 1})
			}
		}
		start = end + 1
	}
	return a
}
