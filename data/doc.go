// Package data is Caravan's domain: articles, their paragraphs and dates,
// the curated event catalogue and name lists, the links between passages and
// events, and search over all of it.
//
// In many Fyne projects a folder called data holds bundled icons; here it is
// the domain model. Bundled resources live under app/. This package imports
// neither Fyne nor go-chart, so every rule about dates or linking is tested
// without a window.
//
// Offsets: every span (Paragraph, DateMention, Match, Excerpt) is a pair of
// byte offsets into Article.Text, the whole decoded UTF-8 text of the file
// (header included), so Text[Start:End] is always the exact passage.
package data
