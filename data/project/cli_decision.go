package project

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/caravan-analytics/caravan/data"
)

// editUsage lists what "caravan edit" does, for its error messages.
const editUsage = `want one of:
  event rename ID TITLE | event summary ID TEXT
  event date ID START [END] [--precision day|month|year] [--earliest D --latest D]
  event storyline ID STORYLINE | event place ID PLACE | event actors ID [ACTOR…]
  event new --title T --start DATE [--end D] [--storyline ID] [--summary S] [--passage ARTICLE#P…]
  event merge ID ID… [--title T] | event split ID ARTICLE#P… [--title T]
  event hide ID | event restore ID | event confirm ID | event cancel ID
  link add EVENT ARTICLE PARAGRAPH | link remove EVENT ARTICLE PARAGRAPH
  storyline new ID TITLE | storyline rename ID TITLE | storyline order ID… | storyline hide ID | storyline restore ID
  article date ID DATE [--precision day|month|year] [--reason R] | article mark ID duplicate|irrelevant|none
  deck slides EVENT… (the events a presentation shows, in order)
  storyline define ID TITLE
  event define ID --title T --start DATE [--end D] --storyline ID [--place NAME] [--actor NAME…]
               [--summary S] [--term LANG=WORDS…]   (a catalogue event; LANG "*" for every language)
  note ID TEXT | star ID | unstar ID | tag ID TAG | untag ID TAG   (ID: event, article, storyline or ARTICLE#P)`

// buildDecision turns the words of "caravan edit" into a decision about
// the curated state r. Ids are checked here so that the error names them.
func buildDecision(r *Result, fl flags, pos []string) (Decision, error) {
	want := func(n int) error {
		if len(pos) < n {
			return fmt.Errorf("%q needs more words; %s", strings.Join(pos, " "), editUsage)
		}
		return nil
	}
	exact := func(n int) error {
		if len(pos) != n {
			return fmt.Errorf("%q: wrong number of words; %s", strings.Join(pos, " "), editUsage)
		}
		return nil
	}
	verb := strings.Join(pos[:min(2, len(pos))], " ")
	switch verb {
	case "event rename", "storyline new", "storyline rename", "event summary", "event storyline", "event place":
		if err := exact(4); err != nil {
			return Decision{}, err
		}
	case "event date", "article date":
		if err := want(4); err != nil {
			return Decision{}, err
		}
	case "event merge", "event split":
		if err := want(4); err != nil {
			return Decision{}, err
		}
	case "article mark":
		if err := exact(4); err != nil {
			return Decision{}, err
		}
	case "event hide", "event restore", "event confirm", "event cancel", "storyline hide", "storyline restore":
		if err := exact(3); err != nil {
			return Decision{}, err
		}
	case "link add", "link remove":
		if err := exact(5); err != nil {
			return Decision{}, err
		}
	}
	switch verb {
	case "event rename":
		return Decision{Op: EventRename, Event: pos[2], Title: pos[3]}, nil
	case "event summary":
		return Decision{Op: EventSummary, Event: pos[2], Summary: pos[3]}, nil
	case "event storyline":
		return Decision{Op: EventStoryline, Event: pos[2], Storyline: pos[3]}, nil
	case "event place":
		return Decision{Op: EventPlace, Event: pos[2], Place: pos[3]}, nil
	case "event actors":
		if err := want(3); err != nil {
			return Decision{}, err
		}
		return Decision{Op: EventActors, Event: pos[2], Actors: pos[3:]}, nil
	case "event date":
		if len(pos) > 5 {
			return Decision{}, exact(5)
		}
		start, err := DateWithPrecision(pos[3], fl.get("precision"))
		if err != nil {
			return Decision{}, err
		}
		end := ""
		if len(pos) == 5 {
			if end, err = DateWithPrecision(pos[4], fl.get("precision")); err != nil {
				return Decision{}, err
			}
		}
		return Decision{Op: EventDate, Event: pos[2], Start: start, End: end,
			Earliest: fl.get("earliest"), Latest: fl.get("latest")}, nil
	case "event new":
		if err := exact(2); err != nil {
			return Decision{}, err
		}
		if fl.get("title") == "" || fl.get("start") == "" {
			return Decision{}, fmt.Errorf("event new needs --title and --start")
		}
		start, err := DateWithPrecision(fl.get("start"), fl.get("precision"))
		if err != nil {
			return Decision{}, err
		}
		return Decision{Op: EventNew, New: newEventID(r, fl.get("title")), Title: fl.get("title"), Start: start,
			End: fl.get("end"), Storyline: fl.get("storyline"), Summary: fl.get("summary"), Passages: fl["passage"]}, nil
	case "event merge":
		return Decision{Op: EventMerge, Events: pos[2:], Title: fl.get("title")}, nil
	case "event split":
		e := r.Corpus.Event(pos[2])
		if e == nil {
			return Decision{}, fmt.Errorf("event %s is not in the corpus", pos[2])
		}
		title := fl.get("title")
		if title == "" {
			title = e.Title + " (split)"
		}
		return Decision{Op: EventSplit, Event: pos[2], New: newEventID(r, title), Title: title, Passages: pos[3:]}, nil
	case "event hide":
		return Decision{Op: EventHide, Event: pos[2]}, nil
	case "event restore":
		return Decision{Op: EventRestore, Event: pos[2]}, nil
	case "event confirm":
		return Decision{Op: EventStatus, Event: pos[2], Status: "confirmed"}, nil
	case "event cancel":
		return Decision{Op: EventStatus, Event: pos[2], Status: "cancelled"}, nil
	case "link add", "link remove":
		para, err := strconv.Atoi(pos[4])
		if err != nil || para < 0 {
			return Decision{}, fmt.Errorf("paragraph %q: want a number from 0", pos[4])
		}
		op := LinkAdd
		if pos[1] == "remove" {
			op = LinkRemove
		}
		return Decision{Op: op, Event: pos[2], Article: pos[3], Paragraph: &para, Quote: QuoteOf(r.Corpus, pos[3], para)}, nil
	case "storyline new":
		return Decision{Op: StorylineNew, Storyline: pos[2], Title: pos[3]}, nil
	case "storyline rename":
		return Decision{Op: StorylineRename, Storyline: pos[2], Title: pos[3]}, nil
	case "storyline define":
		if err := exact(4); err != nil {
			return Decision{}, err
		}
		return Decision{Op: StorylineDefine, Storyline: pos[2], Title: pos[3]}, nil
	case "event define":
		return defineDecision(fl, pos)
	case "storyline order":
		if err := want(3); err != nil {
			return Decision{}, err
		}
		return Decision{Op: StorylineOrder, Order: pos[2:]}, nil
	case "deck slides":
		if err := want(3); err != nil {
			return Decision{}, err
		}
		for _, id := range pos[2:] {
			if r.Corpus.Event(id) == nil && r.HiddenEvent(id) == nil {
				return Decision{}, fmt.Errorf("event %s is not in the corpus", id)
			}
		}
		return Decision{Op: DeckSlides, Slides: pos[2:]}, nil
	case "storyline hide":
		return Decision{Op: StorylineHide, Storyline: pos[2]}, nil
	case "storyline restore":
		return Decision{Op: StorylineRestore, Storyline: pos[2]}, nil
	case "article date":
		if err := exact(4); err != nil {
			return Decision{}, err
		}
		date, err := DateWithPrecision(pos[3], fl.get("precision"))
		if err != nil {
			return Decision{}, err
		}
		return Decision{Op: ArticleDate, Article: pos[2], Date: date, Reason: fl.get("reason")}, nil
	case "article mark":
		mark := pos[3]
		if mark == "none" {
			mark = ""
		}
		return Decision{Op: ArticleMark, Article: pos[2], Mark: mark, Reason: fl.get("reason")}, nil
	}
	switch pos[0] {
	case "note", "tag", "untag":
		if err := exact(3); err != nil {
			return Decision{}, err
		}
	case "star", "unstar":
		if err := exact(2); err != nil {
			return Decision{}, err
		}
	default:
		return Decision{}, fmt.Errorf("unknown edit %q; %s", strings.Join(pos, " "), editUsage)
	}
	d, err := targetDecision(r, pos[1])
	if err != nil {
		return Decision{}, err
	}
	switch pos[0] {
	case "note":
		d.Op, d.Text = Note, pos[2]
	case "tag":
		d.Op, d.Tag = Tag, pos[2]
	case "untag":
		d.Op, d.Tag = Untag, pos[2]
	case "star":
		d.Op = Star
	case "unstar":
		d.Op = Unstar
	}
	return d, nil
}

// defineDecision reads "event define ID --title T --start DATE …": an
// event of the corpus's catalogue, linked at once by its terms, place and
// actors (see linkDeclared).
func defineDecision(fl flags, pos []string) (Decision, error) {
	if len(pos) != 3 {
		return Decision{}, fmt.Errorf("%q: event define takes one id; %s", strings.Join(pos, " "), editUsage)
	}
	if fl.get("title") == "" || fl.get("start") == "" || fl.get("storyline") == "" {
		return Decision{}, fmt.Errorf("event define needs --title, --start and --storyline")
	}
	start, err := DateWithPrecision(fl.get("start"), fl.get("precision"))
	if err != nil {
		return Decision{}, err
	}
	d := Decision{Op: EventDefine, Event: pos[2], Title: fl.get("title"), Start: start, End: fl.get("end"),
		Storyline: fl.get("storyline"), Place: fl.get("place"), Actors: fl["actor"], Summary: fl.get("summary")}
	for _, t := range fl["term"] {
		lang, words, ok := strings.Cut(t, "=")
		if !ok || strings.TrimSpace(lang) == "" || strings.TrimSpace(words) == "" {
			return Decision{}, fmt.Errorf("--term %q: want LANG=WORDS (LANG \"*\" for every language)", t)
		}
		if d.Terms == nil {
			d.Terms = map[string][]string{}
		}
		d.Terms[lang] = append(d.Terms[lang], words)
	}
	return d, nil
}

// targetDecision resolves an id given on the command line to what it
// names: an event (shown or hidden), an article, a storyline, or a passage
// written ARTICLE#PARAGRAPH.
func targetDecision(r *Result, id string) (Decision, error) {
	if r.Corpus.Event(id) != nil || r.HiddenEvent(id) != nil {
		return Decision{Event: id}, nil
	}
	if r.Corpus.Article(id) != nil {
		return Decision{Article: id}, nil
	}
	for _, s := range r.Corpus.Storylines {
		if s.ID == id {
			return Decision{Storyline: id}, nil
		}
	}
	if p, err := ParsePassage(id); err == nil && r.Corpus.Article(p.Article) != nil {
		return Decision{Article: p.Article, Paragraph: &p.Paragraph, Quote: QuoteOf(r.Corpus, p.Article, p.Paragraph)}, nil
	}
	return Decision{}, fmt.Errorf("%s is not an event, article, storyline or ARTICLE#PARAGRAPH of the corpus", id)
}

// DateWithPrecision checks an ISO date and, given a precision, cuts it to
// that precision. A date less precise than asked for is an error: Caravan
// never invents a day or a month.
func DateWithPrecision(s, precision string) (string, error) {
	d, err := data.ParseDate(s)
	if err != nil {
		return "", err
	}
	if d.IsZero() {
		return "", fmt.Errorf("a date is needed")
	}
	var p data.Precision
	switch precision {
	case "":
		return d.String(), nil
	case "day":
		p = data.Day
	case "month":
		p = data.Month
	case "year":
		p = data.Year
	default:
		return "", fmt.Errorf("--precision %q: want day, month or year", precision)
	}
	if d.Precision < p {
		return "", fmt.Errorf("date %s is known only to the %s; --precision %s would invent the rest", s, d.Precision, precision)
	}
	switch p {
	case data.Year:
		d = data.YearDate(d.Year)
	case data.Month:
		d = data.MonthDate(d.Year, d.Month)
	}
	return d.String(), nil
}

// QuoteOf returns the first words of a paragraph (up to 40 bytes, cut at
// a rune boundary), recorded with decisions about it; "" when there is no
// such paragraph.
func QuoteOf(c *data.Corpus, article string, para int) string {
	a := c.Article(article)
	if a == nil || para < 0 || para >= len(a.Paragraphs) || a.LoadText() != nil {
		return ""
	}
	t := a.Paragraphs[para].Text
	if len(t) <= 40 {
		return t
	}
	cut := 40
	for cut > 0 && !utf8RuneStart(t[cut]) {
		cut--
	}
	return t[:cut]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// NewEventID makes a readable id for an event the analyst creates, from
// its title ("analyst-xi-visits-astana"), unique in the curated state.
func NewEventID(r *Result, title string) string { return newEventID(r, title) }

func newEventID(r *Result, title string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(title) {
		switch {
		case c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)):
			b.WriteRune(c)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	slug := strings.Trim(b.String(), "-")
	if slug == "" {
		slug = "event"
	}
	base := "analyst-" + slug
	id := base
	for n := 2; r.Corpus.Event(id) != nil || r.HiddenEvent(id) != nil; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}
