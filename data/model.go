package data

import (
	"slices"
	"strings"
)

// Article is one file of the corpus, decoded, parsed and dated.
type Article struct {
	ID       string // file name without extension
	File     string // path relative to the corpus root, slash-separated
	Text     string // the whole decoded UTF-8 text; every offset points into it
	Encoding string // the encoding the file was decoded from: one of data/decode's Encoding constants ("utf-8", "windows-1251", …)

	Header    Date   // the " date YYYY-MM[-DD]" header (or the .md front matter's date), or zero
	Title     string // the .md front matter's title, or ""
	BodyStart int    // offset in Text where the body begins, after any header or front matter

	// Paragraphs are the distinct paragraphs of the body in order of first
	// appearance; repeats are collapsed into Count.
	Paragraphs         []Paragraph
	RepeatedParagraphs int    // paragraph occurrences collapsed as repeats
	DuplicateOf        string // ID of an identical article loaded before this one

	Language string   // ISO 639-1 code ("nl", "de", "ar", …) or "" when unknown
	Warnings []string // problems that did not stop the article from loading

	Mentions []DateMention // dates found in the text, resolved where possible
	Links    []Link        // passages of this article that support catalogue events

	Date       Date       // when the article was written, to the precision known
	DateSource DateSource // where Date came from
	DateReason string     // one line, for people: why this date

	// lazy is set on an article loaded without its text (a corpus
	// reopened from the cache): see LoadText. The cache does not keep it.
	lazy *lazyText `cache:"-"`
	// mentionsPlaced is set when discovery placed some of Mentions from
	// the rest of the corpus (dating_corpus.go): such mentions are not
	// what reading the article alone gives, so a cache keeps them with
	// the computed corpus rather than reading them back with the text.
	mentionsPlaced bool `cache:"-"`
}

// RTL reports whether the article's language is written right to left.
func (a *Article) RTL() bool { return IsRTL(a.Language) }

// IsRTL reports whether text in the language (ISO 639-1) runs right to left.
func IsRTL(lang string) bool {
	switch lang {
	case "ar", "fa", "he", "ur", "ps", "yi":
		return true
	}
	return false
}

// Body returns the article text after the header, reading the text in
// first if the article was loaded without it (see LoadText); it is ""
// when that text cannot be read.
func (a *Article) Body() string {
	if a.lazy != nil && a.LoadText() != nil {
		return ""
	}
	return a.Text[a.BodyStart:]
}

// Headline is what people call the article: the front matter's title when
// it has one, else the first line of its body (news files start with the
// headline), without Markdown's leading "#". It is "" for an empty article.
func (a *Article) Headline() string {
	if a.Title != "" {
		return a.Title
	}
	if a.lazy != nil {
		return a.lazy.headline
	}
	body := a.Body()
	for body != "" {
		line, rest, _ := strings.Cut(body, "\n")
		if line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#")); line != "" {
			return line
		}
		body = rest
	}
	return ""
}

// Paragraph is one distinct paragraph of an article.
type Paragraph struct {
	Start, End int    // span of the first occurrence in Article.Text, trimmed of spaces
	Text       string // Article.Text[Start:End]
	Count      int    // how many times it occurs in the article (1 when not repeated)
}

// DateSource says where an article's date came from.
type DateSource string

// The date sources. Combined evidence is written with "+", e.g. "header+event".
const (
	SourceNone   DateSource = ""
	SourceHeader DateSource = "header"
	SourceText   DateSource = "text"
	SourceEvent  DateSource = "event"
)

// MentionKind says what kind of words a DateMention is. It is a byte,
// not a string, because every mention keeps one (see DateMention).
type MentionKind uint8

// The kinds of date mentions; the zero MentionKind is no kind (words that
// are no date).
const (
	MentionExplicit MentionKind = iota + 1 // "2 januari", "15 إلى 16 سبتمبر", "July 4, 2024", "2019"
	MentionWeekday                         // "vrijdag", "am Dienstag", "يوم الأربعاء"
	MentionRelative                        // "last year", "vorig jaar", "gisteren"
)

var mentionKindNames = [...]string{"", "explicit", "weekday", "relative"}

// String returns "explicit", "weekday", "relative", or "" for no kind.
func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) {
		return mentionKindNames[k]
	}
	return ""
}

// DateMention is a date written in an article's text.
//
// An article has about thirty, and every one is kept with its article, so
// the struct is kept small (80 bytes; 160 with the span as a Span and the
// kinds as strings, 490 MB at 100,000 articles): the span packed, the
// kinds as bytes, and the fields in an order that leaves no padding.
type DateMention struct {
	Paragraph  int        // index into Article.Paragraphs
	Start, End int        // span in Article.Text
	Text       string     // the words as written
	Reason     string     // how it was resolved, or why it could not be
	Span       PackedSpan // what the words mean once resolved (Span.Span()); zero when unresolved; set with SetSpan
	Kind       MentionKind

	// Announced reports that the mention names what is still to come: its
	// sentence has a future marker of the article's language ("will",
	// "wird", "sera", "будет", "سيزور", "se celebrará", "olacak", "将",
	// "өтеді", …) or, once the article is dated, it lies after the
	// article's date. An announced date is never the article's writing
	// date; an event at it is announced until a report confirms it.
	Announced bool
	// Background reports that the mention lies more than a month before
	// the article's date (set once the article is dated): it dates
	// something the article recalls ("born in 1981", "the unrest of
	// January"), which belongs to the event of its own date, never to the
	// article's date.
	Background bool
	// Stamp says whether the mention is a page stamp or dateline rather
	// than a date in the story: StampPublished, StampModified or StampNone.
	Stamp StampKind
}

// StampKind says what a page stamp or dateline states. It is a byte, not
// a string, because every mention keeps one (see DateMention).
type StampKind uint8

// The kinds of stamps.
const (
	// StampNone: the mention is a date in the story.
	StampNone StampKind = iota
	// StampPublished: a publication stamp or dateline: "Posted 3 July
	// 2024", "Stand: 08.05.2025", "Опубликовано …", "ASTANA, 3 July", a
	// date with a time ("20 октября 2023 г. 17:50"), or a date standing
	// alone near the top of the page.
	StampPublished
	// StampModified: "Updated …", "Modified …", "Обновлено …": the page
	// was changed then, which says nothing of when it was written.
	StampModified
)

var stampKindNames = [...]string{"", "published", "modified"}

// String returns "published", "modified", or "" for none.
func (k StampKind) String() string {
	if int(k) < len(stampKindNames) {
		return stampKindNames[k]
	}
	return ""
}

// Resolved reports whether the mention could be given a date.
func (m DateMention) Resolved() bool { return !m.Span.Start().IsZero() }

// SetSpan sets what the mention means (the zero Span: unresolved) and
// why. A span too far out to pack (see PackSpan; no date Caravan reads
// is) leaves the mention unresolved rather than changed.
func (m *DateMention) SetSpan(span Span, reason string) {
	packed, ok := PackSpan(span)
	if !ok {
		reason = "the date " + span.Start.String() + " is out of range"
	}
	m.Span, m.Reason = packed, reason
}

// Match is one piece of evidence: words in the text that name something.
type Match struct {
	Start int    `json:"start"` // span in Article.Text
	End   int    `json:"end"`
	Text  string `json:"text"` // the words as written
	Kind  string `json:"kind"` // "term" (event words), "place", "actor", "date"
	Ref   string `json:"ref"`  // what it names: a name-list id, an event id, or the date
}

// Link says that a paragraph of an article supports an event.
type Link struct {
	Event     string  // event id
	Paragraph int     // index into Article.Paragraphs
	Evidence  []Match // the words that matched, in text order
	Score     float64 // how strong the evidence is; higher is stronger
}

// Excerpt is a passage that supports an event, as listed on the event.
type Excerpt struct {
	Article    string   `json:"article"` // article id
	Paragraph  int      `json:"paragraph"`
	Start      int      `json:"start"` // span in the article's Text
	End        int      `json:"end"`
	Text       string   `json:"text"`
	Language   string   `json:"language"`
	Evidence   []Match  `json:"evidence"`
	ArticleRef *Article `json:"-"` // the computed article (or nil): read it through Corpus.ArticleOf
}

// Storyline is a lane of the timeline: a thread of related events.
type Storyline struct {
	ID    string `toml:"id" json:"id"`
	Title string `toml:"title" json:"title"`
}

// EventSource says where an event comes from.
type EventSource string

// Event sources.
const (
	EventFromCatalogue EventSource = "catalogue"
	EventFromText      EventSource = "text"
)

// Event is something that happened, from the curated catalogue or found in
// the text, with the passages that support it.
type Event struct {
	ID        string
	Title     string // English
	Span      Span   // when it happened, to the precision known
	Storyline string // Storyline.ID
	Place     string // name-list id of the place, or free text
	Actors    []string
	Summary   string // short, English
	Source    EventSource

	// Terms are the words and names that identify the event in text, by
	// language (ISO 639-1); "*" holds terms for every language.
	Terms map[string][]string

	Excerpts []Excerpt // supporting passages, in article order

	// Kind is what sort of event it is ("summit", "election", "visit", …),
	// as discovery found it; "" when unknown (most catalogue events).
	Kind string
	// Announced is set while the only passages that tell of the event
	// announce it for a date to come: no report says it took place.
	Announced bool
	// Strength says how well the corpus supports the event.
	Strength Strength
}

// Strength is how much of the corpus tells of an event.
type Strength struct {
	Articles  int      `json:"articles"`  // distinct articles with a supporting passage
	Languages int      `json:"languages"` // distinct languages among them
	Evidence  []string `json:"evidence"`  // kinds of evidence seen: "date", "term", "place", "actor"
	// Weak is set for an event that only one article tells of, or whose
	// passages only mention it in passing (in retrospect, without names):
	// listed so that the analyst can judge, but not to be trusted alone.
	Weak bool `json:"weak"`
}

// Unsupported reports whether no passage of the corpus supports the event.
func (e *Event) Unsupported() bool { return len(e.Excerpts) == 0 }

// Languages returns the distinct languages of the event's excerpts, sorted.
func (e *Event) Languages() []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range e.Excerpts {
		if x.Language != "" && !seen[x.Language] {
			seen[x.Language] = true
			out = append(out, x.Language)
		}
	}
	slices.Sort(out)
	return out
}

// Problem is a file that could not be loaded, and why.
type Problem struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// NameKind is the kind of a named entity.
type NameKind string

// Kinds of names.
const (
	Person       NameKind = "person"
	Place        NameKind = "place"
	Organisation NameKind = "organisation"
)

// Name is a person, place or organisation with its spellings by language.
type Name struct {
	ID        string
	Kind      NameKind
	English   string              // the display name
	Spellings map[string][]string // language → spellings; "en" included
	// Country is the name id of the country a person leads or serves, or
	// a city lies in; "" when unknown. Titles tell the visitor from the
	// host with it ("Xi Jinping visits Kazakhstan").
	Country string
	// Former are the English names the place or organisation had for a
	// time ("Nur-Sultan" from March 2019 to September 2022); EnglishOn
	// chooses by date.
	Former []FormerName
	// Offices are the terms a person held an office in ("president
	// 2019-03-20": in office since; "president 2017-01-20 2021-01-20"), for
	// dating reports that title the person (offices.go). A person who has
	// terms of an office lists every term of it: a report that titles
	// the person so is of one of them.
	Offices []Office
	// Founded is the day (or month, or year) a country became
	// independent or was founded, or an organisation was founded
	// ("kazakhstan" 1991-12-16, "sco" 2001-06-15); zero when not given.
	// A report that tells of its Nth anniversary is of the year Founded
	// + N (anniversaries.go).
	Founded Date
	// Born is a person's birthday ("putin" 1952-10-07); zero when not
	// given. A report that gives the person's age was written in the
	// year of days the person had that age (offices_ages.go).
	Born Date
}

// Office is one term of an office: its kind (one of OfficeKinds) and its
// first and last day; To is zero while the term lasts ("president
// 2021-08-03 2024-05-19 died": it ended with a death).
type Office struct {
	Kind     string
	From, To Date
	// Died says that the term ended with the person's death, on To.
	Died bool
}

// FormerName is a display name a name had between two days.
type FormerName struct {
	English string
	During  Span
}

// EnglishOn returns the English display name the name had on d: a former
// name when d lies wholly inside its time ("Nur-Sultan" for an event of
// 2021), else the display name (a year that saw both names keeps it).
func (n *Name) EnglishOn(d Date) string {
	if !d.IsZero() {
		for _, f := range n.Former {
			if !d.Start().Before(f.During.From()) && !f.During.To().Before(d.End()) {
				return f.English
			}
		}
	}
	return n.English
}

// Corpus is everything Caravan knows: articles, events, names, problems.
type Corpus struct {
	Root       string // where it was loaded from; "seeds" for the shipped corpus
	Articles   []*Article
	Events     []*Event // sorted by start date, then id
	Storylines []Storyline
	Names      []*Name
	Problems   []Problem
	// Copies maps a computed article to this corpus's copy of it, for the
	// articles an analyst's project changed (package project; see
	// ArticleOf); nil for a computed corpus.
	Copies map[*Article]*Article
	// SearchKeeper keeps the corpus's search index from one opening to
	// the next (see search.OpenIndex): the cache sets it; nil when
	// nothing keeps it.
	SearchKeeper SearchKeeper
	// Extractions keeps discovery's per-article extraction between loads
	// (see ExtractionKeeper): the cache sets it for the discovery of a
	// reload after a change, and clears it once discovery is done; nil
	// otherwise.
	Extractions ExtractionKeeper
}

// Article returns the article with the id, or nil.
func (c *Corpus) Article(id string) *Article {
	for _, a := range c.Articles {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// Event returns the event with the id, or nil.
func (c *Corpus) Event(id string) *Event {
	for _, e := range c.Events {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// Name returns the name with the id, or nil.
func (c *Corpus) Name(id string) *Name {
	for _, n := range c.Names {
		if n.ID == id {
			return n
		}
	}
	return nil
}
