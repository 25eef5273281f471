package app

import (
	"fmt"
	"image/color"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/caravan-analytics/caravan/app/bidi"
	"github.com/caravan-analytics/caravan/data"
)

// The slide palette is fixed rather than taken from the window's theme: a
// deck exported at night from a dark window must look the same as the one
// presented on the projector, and dark text on warm white survives a washed
// out projector and a printer alike.
var (
	slideBackground  = color.NRGBA{R: 0xfb, G: 0xfa, B: 0xf7, A: 0xff}
	slideForeground  = color.NRGBA{R: 0x1d, G: 0x23, B: 0x30, A: 0xff}
	slideMuted       = color.NRGBA{R: 0x5b, G: 0x64, B: 0x73, A: 0xff}
	slideAccent      = color.NRGBA{R: 0xc2, G: 0x41, B: 0x0c, A: 0xff}
	slideLaneBand    = color.NRGBA{R: 0xf0, G: 0xee, B: 0xe8, A: 0xff}
	slideRule        = color.NRGBA{R: 0xb8, G: 0xbd, B: 0xc6, A: 0xff}
	slideArticle     = color.NRGBA{R: 0xd9, G: 0xdc, B: 0xe1, A: 0xff}
	slideHighlighter = color.NRGBA{R: 0xf5, G: 0xb0, B: 0x0b, A: 0xff}
)

// maxKeyExcerpts is how many passages a slide quotes at most: enough to show
// that sources in several languages agree, few enough to read aloud.
const maxKeyExcerpts = 3

// excerptRuneLimit bounds a quoted passage: about three lines of large type
// on a 16:9 slide. Longer paragraphs are cut to the sentences that hold
// the evidence.
const excerptRuneLimit = 240

// slideMetrics are the slide's sizes, all derived from the slide's size so
// that text scales with the screen: unit is 1/54 of a 16:9 slide's height
// (20 px on a 1920×1080 screen), and narrower or taller screens take it
// from the width instead so that nothing runs off the side.
type slideMetrics struct {
	size   fyne.Size
	unit   float32
	margin float32

	title, date, body, excerpt, caption float32 // text sizes
}

func newSlideMetrics(size fyne.Size) slideMetrics {
	u := min(size.Height/54, size.Width/96)
	return slideMetrics{
		size: size, unit: u, margin: 3 * u,
		title: 3.2 * u, date: 1.6 * u, body: 1.3 * u, excerpt: 1.8 * u, caption: 1.05 * u,
	}
}

// lineHeight is the distance between baselines for text of the size.
func lineHeight(textSize float32) float32 { return textSize * 1.3 }

// newSlide draws event e, the i-th (0-based) of n, as a slide of the given
// size: storyline and progress, title, dates with their precision, place,
// one to three key excerpts in large type, and a timeline strip with the
// event highlighted. The presentation window and the exported deck both call
// it, so the deck is what was presented.
func newSlide(c *data.Corpus, e *data.Event, i, n int, size fyne.Size) fyne.CanvasObject {
	return newSlideFor(c, e, i, n, size, nil)
}

// newSlideFor is newSlide with the set of events the timeline strip shows;
// nil shows every event of the corpus.
func newSlideFor(c *data.Corpus, e *data.Event, i, n int, size fyne.Size, visible func(*data.Event) bool) fyne.CanvasObject {
	m := newSlideMetrics(size)
	bg := canvas.NewRectangle(slideBackground)
	bg.Resize(size)
	slide := container.NewWithoutLayout(bg)
	add := func(o fyne.CanvasObject, pos fyne.Position, sz fyne.Size) {
		o.Move(pos)
		o.Resize(sz)
		slide.Add(o)
	}
	width := size.Width - 2*m.margin
	y := m.margin

	// Header: storyline on the left, progress on the right.
	progress := slideText(progressMark(i, n), m.caption, slideMuted, fyne.TextStyle{})
	progress.Alignment = fyne.TextAlignTrailing
	add(progress, fyne.NewPos(m.margin, y), fyne.NewSize(width, lineHeight(m.caption)))
	if title := storylineTitle(c, e.Storyline); title != "" {
		label := slideText(strings.ToUpper(title), m.caption, slideAccent, fyne.TextStyle{Bold: true})
		add(label, fyne.NewPos(m.margin, y), fyne.NewSize(width*0.75, lineHeight(m.caption)))
	}
	y += 2.2 * m.unit

	y += addTextBlock(slide, e.Title, m.title, fyne.TextStyle{Bold: true}, slideForeground,
		fyne.NewPos(m.margin, y), width, 2)
	y += 0.5 * m.unit

	when := slideText(formatSpan(e.Span), m.date, slideForeground, fyne.TextStyle{Bold: true})
	whenWidth := fyne.MeasureText(when.Text, m.date, when.TextStyle).Width
	add(when, fyne.NewPos(m.margin, y), fyne.NewSize(whenWidth, lineHeight(m.date)))
	details := slideText(strings.Join(eventDetails(c, e), "  ·  "), m.date, slideMuted, fyne.TextStyle{})
	add(details, fyne.NewPos(m.margin+whenWidth, y), fyne.NewSize(width-whenWidth, lineHeight(m.date)))
	y += lineHeight(m.date) + 1.2*m.unit

	if e.Summary != "" {
		y += addTextBlock(slide, e.Summary, m.body, fyne.TextStyle{}, slideMuted,
			fyne.NewPos(m.margin, y), width, 2)
		y += 0.8 * m.unit
	}

	stripHeight := size.Height * 0.25
	stripTop := size.Height - m.margin - stripHeight
	addExcerpts(slide, c, e, m, fyne.NewPos(m.margin, y), fyne.NewSize(width, stripTop-2*m.unit-y))

	strip := newTimelineStrip(c, e, visible, fyne.NewSize(width, stripHeight), m)
	strip.Move(fyne.NewPos(m.margin, stripTop))
	slide.Add(strip)

	slide.Resize(size)
	themed := container.NewThemeOverride(slide, slideTheme{})
	themed.Resize(size)
	return themed
}

// progressMark is the slide counter shown to the audience: "4 / 11".
func progressMark(i, n int) string { return fmt.Sprintf("%d / %d", i+1, n) }

// addExcerpts quotes the event's key excerpts from pos downwards, as many as
// fit in the room, each with its article and language. An event that no
// passage supports says so, rather than leaving the audience guessing.
func addExcerpts(slide *fyne.Container, c *data.Corpus, e *data.Event, m slideMetrics, pos fyne.Position, room fyne.Size) {
	excerpts := keyExcerpts(e, maxKeyExcerpts)
	if len(excerpts) == 0 {
		note := slideText("No passage in the corpus supports this event.", m.excerpt, slideMuted, fyne.TextStyle{Italic: true})
		note.Move(pos)
		note.Resize(fyne.NewSize(room.Width, lineHeight(m.excerpt)))
		slide.Add(note)
		return
	}
	bar := 0.25 * m.unit
	indent := bar + 1.2*m.unit
	textWidth := room.Width - indent
	y := pos.Y
	for k, x := range excerpts {
		rtl := data.IsRTL(x.Language)
		para, textHeight := excerptParagraph(quoteExcerpt(x, excerptRuneLimit), rtl, m.excerpt, textWidth)
		height := textHeight + 0.3*m.unit + lineHeight(m.caption)
		if y+height > pos.Y+room.Height && k > 0 {
			break // the first excerpt is always shown; the others only when they fit
		}
		// The quote bar sits on the side where reading starts.
		barX, textX := pos.X, pos.X+indent
		if rtl {
			barX, textX = pos.X+room.Width-bar, pos.X
		}
		rule := canvas.NewRectangle(slideAccent)
		rule.Move(fyne.NewPos(barX, y))
		rule.Resize(fyne.NewSize(bar, height))
		slide.Add(rule)
		para.Move(fyne.NewPos(textX, y))
		para.Resize(fyne.NewSize(textWidth, textHeight))
		slide.Add(para)
		caption := slideText(excerptCaption(c, x), m.caption, slideMuted, fyne.TextStyle{})
		if rtl {
			caption.Alignment = fyne.TextAlignTrailing
		}
		caption.Move(fyne.NewPos(textX, y+textHeight+0.3*m.unit))
		caption.Resize(fyne.NewSize(textWidth, lineHeight(m.caption)))
		slide.Add(caption)
		y += height + 1.2*m.unit
	}
}

// excerptParagraph lays out a quoted passage in large type, wrapped to
// width, with its evidence marked, and returns it with its height.
func excerptParagraph(q quotation, rtl bool, size, width float32) (fyne.CanvasObject, float32) {
	return paragraphBlock(q.Text, q.Evidence, rtl, size, width, slideForeground)
}

// paragraphBlock lays out text with the bidi paragraph, which orders mixed
// right-to-left text as a browser does and aligns it right, and returns it
// with its height. The paragraph's inner padding is pulled outside the
// given box, so that the words line up with the slide's other text.
func paragraphBlock(text string, marks []bidi.Span, rtl bool, size, width float32, c color.Color) (fyne.CanvasObject, float32) {
	para := bidi.NewParagraph(text, rtl)
	para.SetTextSize(size)
	para.SetHighlights(marks)
	themed := container.NewThemeOverride(para, slideTheme{foreground: c})
	pad := slideTheme{}.Size(theme.SizeNameInnerPadding)
	themed.Resize(fyne.NewSize(width+2*pad, para.MinSize().Height))
	height := para.MinSize().Height // now measured at the final width
	box := container.NewWithoutLayout(themed)
	themed.Move(fyne.NewPos(-pad, -pad))
	themed.Resize(fyne.NewSize(width+2*pad, height))
	box.Resize(fyne.NewSize(width, height-2*pad))
	return box, height - 2*pad
}

// excerptCaption says where a quote comes from: language, the article's
// headline with its file second, and the article's date, e.g.
// "German · Am Mittwoch reist Xi Jinping… (de-reise.txt) · 13 Sep 2022".
func excerptCaption(c *data.Corpus, x data.Excerpt) string {
	parts := []string{languageName(x.Language), x.Article}
	a := excerptArticle(c, x)
	if a != nil {
		// A caption is one plain line, which Fyne cannot lay out right to
		// left: a right-to-left headline would come out with its numbers
		// and ellipsis out of place, so it is named by its file alone.
		parts[1] = path.Base(a.File)
		if h := articleName(a); h != "" && !a.RTL() {
			parts[1] = firstWords(h, 50) + " (" + parts[1] + ")"
		}
		if !a.Date.IsZero() {
			parts = append(parts, a.Date.Human())
		}
	}
	return strings.Join(parts, "  ·  ")
}

// eventDetails are the slide's second line after the date: how precisely
// the date is known and where the event happened.
func eventDetails(c *data.Corpus, e *data.Event) []string {
	var out []string
	if p := e.Span.Precision(); p != data.Unknown {
		out = append(out, "known to the "+p.String())
	}
	if place := nameText(c, e.Place); place != "" {
		out = append(out, place)
	}
	if len(out) > 0 {
		out[0] = "  ·  " + out[0] // separates the details from the bold date
	}
	return out
}

// formatSpan writes a span for people at the precision known, sharing what
// the two ends have in common: "16 Sep 2022", "14–16 Sep 2022",
// "Jan–May 2023", "Sep 2022 – 2023", "undated".
func formatSpan(s data.Span) string {
	a, b := s.Start, s.End
	if b.IsZero() || b == a {
		return a.Human()
	}
	if a.Precision == b.Precision && a.Year == b.Year {
		switch {
		case a.Precision == data.Day && a.Month == b.Month:
			return fmt.Sprintf("%d–%s", a.Day, b.Human())
		case a.Precision == data.Day:
			return fmt.Sprintf("%d %s – %s", a.Day, a.Month.String()[:3], b.Human())
		case a.Precision == data.Month:
			return fmt.Sprintf("%s–%s", a.Month.String()[:3], b.Human())
		}
	}
	return a.Human() + " – " + b.Human()
}

// keyExcerpts chooses up to limit excerpts to quote: the best supported
// passage of each language first, so that a slide shows agreement across
// languages rather than three paragraphs of one article; then the remaining
// passages by strength of evidence. Ties keep article order.
func keyExcerpts(e *data.Event, limit int) []data.Excerpt {
	ranked := make([]data.Excerpt, len(e.Excerpts))
	copy(ranked, e.Excerpts)
	// Stable insertion sort by evidence count, descending: lists are short.
	for i := 1; i < len(ranked); i++ {
		for j := i; j > 0 && len(ranked[j].Evidence) > len(ranked[j-1].Evidence); j-- {
			ranked[j], ranked[j-1] = ranked[j-1], ranked[j]
		}
	}
	var chosen, rest []data.Excerpt
	seenLanguage := map[string]bool{}
	seenArticle := map[string]bool{}
	for _, x := range ranked {
		if !seenLanguage[x.Language] && !seenArticle[x.Article] {
			seenLanguage[x.Language], seenArticle[x.Article] = true, true
			chosen = append(chosen, x)
		} else {
			rest = append(rest, x)
		}
	}
	chosen = append(chosen, rest...)
	return chosen[:min(limit, len(chosen))]
}

// quotation is the part of an excerpt put on a slide, with its evidence
// as byte spans of Text.
type quotation struct {
	Text     string
	Evidence []bidi.Span
}

// quote returns the words of the excerpt worth reading aloud: the whole
// paragraph when it is short, otherwise the sentences around the first
// evidence, cut at word boundaries, with an ellipsis where text was left
// out. The evidence inside the quoted words comes along, so the slide can
// mark the words that tie the passage to the event.
func quoteExcerpt(x data.Excerpt, limit int) quotation {
	text := x.Text
	body, origin := strings.TrimSpace(text), strings.Index(text, strings.TrimSpace(text))
	prefix, suffix := "", ""
	if utf8.RuneCountInString(body) > limit {
		focus := 0 // byte offset in text of the first evidence
		for _, m := range x.Evidence {
			if off := m.Start - x.Start; off >= 0 && off < len(text) {
				focus = off
				break
			}
		}
		start, end := growSentences(text, focus, limit)
		lead := len(text[start:end]) - len(strings.TrimLeft(text[start:end], " \n"))
		body, origin = strings.TrimSpace(text[start:end]), start+lead
		if utf8.RuneCountInString(body) > limit {
			body = cutWords(body, limit)
		}
		if start > 0 {
			prefix = "… "
		}
		if end < len(text) && !strings.HasSuffix(body, "…") {
			suffix = " …"
		}
	}
	q := quotation{Text: prefix + body + suffix}
	verbatim := len(strings.TrimSuffix(body, " …")) // cutWords may have added an ellipsis
	for _, m := range x.Evidence {
		from := m.Start - x.Start - origin
		to := m.End - x.Start - origin
		if from < 0 || to > verbatim || from >= to {
			continue // outside the quoted words
		}
		q.Evidence = append(q.Evidence, bidi.Span{Start: len(prefix) + from, End: len(prefix) + to})
	}
	return q
}

// growSentences returns the byte span of the sentence of text holding
// focus, grown by whole sentences, forwards first, while it stays within
// limit runes.
func growSentences(text string, focus, limit int) (start, end int) {
	start, end = sentenceAround(text, focus)
	for {
		grown := false
		if end < len(text) {
			_, next := sentenceAround(text, end)
			if utf8.RuneCountInString(text[start:next]) <= limit {
				end, grown = next, true
			}
		}
		if !grown && start > 0 {
			prev, _ := sentenceAround(text, start-1)
			if utf8.RuneCountInString(text[prev:end]) <= limit {
				start, grown = prev, true
			}
		}
		if !grown {
			return start, end
		}
	}
}

// sentenceAround returns the byte span of the sentence holding offset at: it
// ends after a full stop, question or exclamation mark (Latin or Arabic)
// followed by a space, or at the end of the text.
func sentenceAround(text string, at int) (start, end int) {
	at = min(max(at, 0), len(text))
	for i := at - 1; i > 0; i-- {
		if isSentenceEnd(text, i) {
			start = i + 1
			break
		}
	}
	end = len(text)
	for i := at; i < len(text); i++ {
		if isSentenceEnd(text, i) {
			end = i + 1
			break
		}
	}
	return start, end
}

// isSentenceEnd reports whether the byte at i is a one-byte sentence mark
// followed by a space, or the last byte of "؟" (U+061F, two bytes) followed
// by a space.
func isSentenceEnd(text string, i int) bool {
	if i+1 >= len(text) || text[i+1] != ' ' && text[i+1] != '\n' {
		return false
	}
	switch text[i] {
	case '.', '!', '?':
		return true
	}
	return i >= 1 && text[i-1:i+1] == "؟"
}

// cutWords shortens text to at most limit runes, at a space, with "…".
func cutWords(text string, limit int) string {
	runes := []rune(text)
	if len(runes) <= limit {
		return text
	}
	cut := limit - 1
	for cut > limit/2 && !unicode.IsSpace(runes[cut]) {
		cut--
	}
	return strings.TrimSpace(string(runes[:cut])) + " …"
}

// slideText makes one line of slide text.
func slideText(text string, size float32, c color.Color, style fyne.TextStyle) *canvas.Text {
	t := canvas.NewText(text, c)
	t.TextSize = size
	t.TextStyle = style
	return t
}

// addTextBlock adds text in one style, wrapped to width in at most
// maxLines lines (the last one ending in "…" when text was cut), to parent
// at pos, and returns the block's height. Titles and summaries are mostly
// English and drawn line by line in their style (bold titles); but an
// event found in the text is titled with the words it quotes, and text
// with right-to-left letters goes through the bidi paragraph like the
// excerpts, in regular weight, since ordering it right matters more than
// boldness.
func addTextBlock(parent *fyne.Container, text string, size float32, style fyne.TextStyle, c color.Color, pos fyne.Position, width float32, maxLines int) float32 {
	rtl := bidi.DetectRTL(text)
	measure := func(s string) float32 { return fyne.MeasureText(s, size, style).Width }
	lines := bidi.Layout(text, rtl, width, measure)
	if len(lines) > maxLines {
		text = ellipsize(text, lines[maxLines-1].End, func(s string) bool {
			return len(bidi.Layout(s, rtl, width, measure)) <= maxLines
		})
		lines = bidi.Layout(text, rtl, width, measure)
	}
	if strings.ContainsFunc(text, isRightToLeftLetter) {
		block, height := paragraphBlock(text, nil, rtl, size, width, c)
		block.Move(pos)
		parent.Add(block)
		return height
	}
	lines = lines[:min(len(lines), maxLines)] // a single word wider than the block
	for k, line := range lines {
		t := slideText(strings.TrimSpace(text[line.Start:line.End]), size, c, style)
		t.Move(fyne.NewPos(pos.X, pos.Y+float32(k)*lineHeight(size)))
		t.Resize(fyne.NewSize(width, lineHeight(size)))
		parent.Add(t)
	}
	return float32(len(lines)) * lineHeight(size)
}

// isRightToLeftLetter reports whether r belongs to a script written right
// to left.
func isRightToLeftLetter(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko)
}

// ellipsize cuts text at cut, then drops words from its end until the text
// with " …" fits.
func ellipsize(text string, cut int, fits func(string) bool) string {
	const spaces = " \n\t"
	kept := strings.TrimRight(text[:cut], spaces)
	for {
		candidate := kept + " …"
		space := strings.LastIndexAny(kept, spaces)
		if space <= 0 || fits(candidate) {
			return candidate
		}
		kept = strings.TrimRight(kept[:space], spaces)
	}
}

// slideTheme colours the widgets inside a slide with the slide's palette,
// whatever the window's theme; foreground, when set, replaces the text
// colour (a muted summary).
type slideTheme struct{ foreground color.Color }

var _ fyne.Theme = slideTheme{}

func (t slideTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameBackground:
		return slideBackground
	case theme.ColorNameForeground:
		if t.foreground != nil {
			return t.foreground
		}
		return slideForeground
	case theme.ColorNamePrimary:
		// The bidi paragraph marks evidence with the primary colour, faintly:
		// amber reads as a highlighter pen, without drowning the words.
		return slideHighlighter
	case theme.ColorNameHyperlink:
		return slideAccent
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

func (slideTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

func (slideTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (slideTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
