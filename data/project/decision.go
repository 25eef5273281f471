package project

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// Op names what a decision does.
type Op string

// The operations. Their fields are listed in Format and checked by
// Decision.Check.
const (
	EventRename    Op = "event.rename"    // event, title
	EventSummary   Op = "event.summary"   // event, summary
	EventDate      Op = "event.date"      // event, start, [end], [earliest, latest]
	EventStoryline Op = "event.storyline" // event, storyline
	EventPlace     Op = "event.place"     // event, place
	EventActors    Op = "event.actors"    // event, actors
	EventNew       Op = "event.new"       // new, title, start, [end], [storyline], [summary], [passages]
	EventHide      Op = "event.hide"      // event
	EventRestore   Op = "event.restore"   // event
	EventMerge     Op = "event.merge"     // events (the first is kept), [title]
	EventSplit     Op = "event.split"     // event, new, passages, [title]
	EventStatus    Op = "event.status"    // event, status = confirmed | cancelled | ""

	LinkAdd    Op = "link.add"    // event, article, paragraph, [quote]
	LinkRemove Op = "link.remove" // event, article, paragraph, [quote]

	StorylineNew     Op = "storyline.new"     // storyline, title
	StorylineRename  Op = "storyline.rename"  // storyline, title
	StorylineOrder   Op = "storyline.order"   // order
	StorylineHide    Op = "storyline.hide"    // storyline
	StorylineRestore Op = "storyline.restore" // storyline

	ArticleDate Op = "article.date" // article, date, [reason]
	ArticleMark Op = "article.mark" // article, mark = duplicate | irrelevant | "", [reason]

	Note   Op = "note"   // one of event / storyline / article [+ paragraph], text
	Star   Op = "star"   // target as for note
	Unstar Op = "unstar" // target as for note
	Tag    Op = "tag"    // target, tag
	Untag  Op = "untag"  // target, tag

	DeckSlides Op = "deck.slides" // slides: the events presented, in order

	// The catalogue as decisions: a storyline or an event of the corpus's
	// catalogue, written in the catalogue's own keys. A project saved
	// beside its folder feeds them to the reading (package data), so an
	// event declared with terms links like a catalogue.toml event; the
	// shipped seeds' catalogue is such a project.
	StorylineDefine Op = data.OpStorylineDefine // storyline, title
	EventDefine     Op = data.OpEventDefine     // event, title, start, [end], storyline, [place, actors, summary, terms]
	// A declaration withdrawn: the analyst undid it and went on, so the
	// event or storyline the corpus was read with (declared by the
	// folder's or the seeds' project) is left out. A Session records it
	// (see withdrawals in define.go); it applies whether or not the
	// corpus still has what it names.
	StorylineWithdraw Op = "storyline.withdraw" // storyline
	EventWithdraw     Op = "event.withdraw"     // event
)

// Ops lists every operation, in the order Format documents them.
var Ops = []Op{EventRename, EventSummary, EventDate, EventStoryline, EventPlace, EventActors,
	EventNew, EventHide, EventRestore, EventMerge, EventSplit, EventStatus, LinkAdd, LinkRemove,
	StorylineNew, StorylineRename, StorylineOrder, StorylineHide, StorylineRestore,
	ArticleDate, ArticleMark, Note, Star, Unstar, Tag, Untag, DeckSlides, StorylineDefine, EventDefine,
	StorylineWithdraw, EventWithdraw}

// Decision is one thing an analyst decided. Only the fields its Op uses are
// set; the TOML keys are the field tags.
type Decision struct {
	ID     string    `toml:"id"`
	Op     Op        `toml:"op"`
	Time   time.Time `toml:"time"`
	Author string    `toml:"author,omitempty"`

	Event     string   `toml:"event,omitempty"`
	Events    []string `toml:"events,omitempty"`
	Storyline string   `toml:"storyline,omitempty"`
	Article   string   `toml:"article,omitempty"`
	Paragraph *int     `toml:"paragraph,omitempty"`
	// Quote is the start of the paragraph's text when the decision was
	// made, so that a decision about a passage whose article was edited
	// is reported instead of landing on another paragraph.
	Quote string `toml:"quote,omitempty"`
	// Passages are "ARTICLE#PARAGRAPH" references (event.new, event.split).
	Passages []string `toml:"passages,omitempty"`
	// New is the id of the event a decision creates (event.new, event.split).
	New string `toml:"new,omitempty"`

	Title    string   `toml:"title,omitempty"`
	Summary  string   `toml:"summary,omitempty"`
	Start    string   `toml:"start,omitempty"` // ISO date cut to its precision
	End      string   `toml:"end,omitempty"`
	Earliest string   `toml:"earliest,omitempty"` // when uncertain: the range it lies in
	Latest   string   `toml:"latest,omitempty"`
	Date     string   `toml:"date,omitempty"`
	Place    string   `toml:"place,omitempty"`
	Actors   []string `toml:"actors,omitempty"`
	Status   string   `toml:"status,omitempty"`
	Mark     string   `toml:"mark,omitempty"`
	Reason   string   `toml:"reason,omitempty"`
	Text     string   `toml:"text,omitempty"`
	Tag      string   `toml:"tag,omitempty"`
	Order    []string `toml:"order,omitempty"`
	// Slides are the event ids a presentation shows, in order (deck.slides).
	Slides []string `toml:"slides,omitempty"`
	// Terms are the words that identify a declared event in text, by
	// language code ("*": every language), as in a catalogue's
	// [event.terms] (event.define).
	Terms map[string][]string `toml:"terms,omitempty"`
}

// NewID returns a fresh decision id: the time to the second and random
// hex, so ids sort roughly by time and never collide between analysts.
func NewID(t time.Time) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return t.UTC().Format("20060102T150405") + "-" + hex.EncodeToString(b[:])
}

// Passage names one paragraph of one article.
type Passage struct {
	Article   string
	Paragraph int
}

// String returns "ARTICLE#PARAGRAPH".
func (p Passage) String() string { return p.Article + "#" + strconv.Itoa(p.Paragraph) }

// ParsePassage reads "ARTICLE#PARAGRAPH".
func ParsePassage(s string) (Passage, error) {
	i := strings.LastIndexByte(s, '#')
	if i <= 0 {
		return Passage{}, fmt.Errorf("passage %q: want ARTICLE#PARAGRAPH", s)
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil || n < 0 {
		return Passage{}, fmt.Errorf("passage %q: paragraph must be a number from 0", s)
	}
	return Passage{s[:i], n}, nil
}

// Target is what a note, star or tag is about.
type Target struct {
	Kind string // "event", "storyline", "article" or "passage"
	ID   string // event, storyline or article id; for a passage "ARTICLE#PARAGRAPH"
}

// String returns "kind:id".
func (t Target) String() string { return t.Kind + ":" + t.ID }

// Target returns what a note, star or tag decision is about.
func (d *Decision) Target() Target {
	switch {
	case d.Event != "":
		return Target{"event", d.Event}
	case d.Storyline != "":
		return Target{"storyline", d.Storyline}
	case d.Article != "" && d.Paragraph != nil:
		return Target{"passage", Passage{d.Article, *d.Paragraph}.String()}
	case d.Article != "":
		return Target{"article", d.Article}
	}
	return Target{}
}

// Check reports what is missing or malformed in the decision, as far as it
// can be told without the corpus.
func (d *Decision) Check() error {
	if d.ID == "" {
		return fmt.Errorf("decision without an id")
	}
	need := func(name, v string) error {
		if strings.TrimSpace(v) == "" {
			return fmt.Errorf("%s needs %s", d.Op, name)
		}
		return nil
	}
	date := func(name, v string, required bool) error {
		if v == "" && !required {
			return nil
		}
		if err := need(name, v); err != nil {
			return err
		}
		dt, err := data.ParseDate(v)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", d.Op, name, err)
		}
		if dt.IsZero() {
			return fmt.Errorf("%s needs %s", d.Op, name)
		}
		return nil
	}
	para := func() error {
		if err := need("article", d.Article); err != nil {
			return err
		}
		if d.Paragraph == nil {
			return fmt.Errorf("%s needs paragraph", d.Op)
		}
		if *d.Paragraph < 0 {
			return fmt.Errorf("%s: paragraph %d is negative", d.Op, *d.Paragraph)
		}
		return nil
	}
	passages := func(required bool) error {
		if required && len(d.Passages) == 0 {
			return fmt.Errorf("%s needs passages", d.Op)
		}
		for _, p := range d.Passages {
			if _, err := ParsePassage(p); err != nil {
				return fmt.Errorf("%s: %w", d.Op, err)
			}
		}
		return nil
	}
	target := func() error {
		if d.Target().Kind == "" {
			return fmt.Errorf("%s needs event, storyline or article (with paragraph for a passage)", d.Op)
		}
		return nil
	}
	span := func(required bool) error {
		if err := date("start", d.Start, required); err != nil {
			return err
		}
		if err := date("end", d.End, false); err != nil {
			return err
		}
		if err := date("earliest", d.Earliest, false); err != nil {
			return err
		}
		if err := date("latest", d.Latest, false); err != nil {
			return err
		}
		s, e := parseSpan(d.Start, d.End)
		if !e.IsZero() && e.Before(s) && !s.Contains(e) {
			return fmt.Errorf("%s: end %s is before start %s", d.Op, d.End, d.Start)
		}
		lo, _ := data.ParseDate(d.Earliest)
		hi, _ := data.ParseDate(d.Latest)
		if !lo.IsZero() && !hi.IsZero() && hi.Before(lo) && !lo.Contains(hi) {
			return fmt.Errorf("%s: latest %s is before earliest %s", d.Op, d.Latest, d.Earliest)
		}
		return nil
	}
	switch d.Op {
	case EventRename:
		return first(need("event", d.Event), need("title", d.Title))
	case EventSummary:
		return need("event", d.Event) // an empty summary clears it
	case EventDate:
		return first(need("event", d.Event), span(true))
	case EventStoryline:
		return first(need("event", d.Event), need("storyline", d.Storyline))
	case EventPlace:
		return need("event", d.Event)
	case EventActors:
		return need("event", d.Event)
	case EventNew:
		return first(need("new", d.New), need("title", d.Title), span(true), passages(false))
	case EventHide, EventRestore:
		return need("event", d.Event)
	case EventMerge:
		if len(d.Events) < 2 {
			return fmt.Errorf("%s needs at least two events", d.Op)
		}
		return nil
	case EventSplit:
		return first(need("event", d.Event), need("new", d.New), passages(true))
	case EventStatus:
		if err := need("event", d.Event); err != nil {
			return err
		}
		switch d.Status {
		case "confirmed", "cancelled", "":
			return nil
		}
		return fmt.Errorf("%s: status %q: want confirmed, cancelled or \"\"", d.Op, d.Status)
	case LinkAdd, LinkRemove:
		return first(need("event", d.Event), para())
	case StorylineNew, StorylineRename:
		return first(need("storyline", d.Storyline), need("title", d.Title))
	case StorylineOrder:
		if len(d.Order) == 0 {
			return fmt.Errorf("%s needs order", d.Op)
		}
		return nil
	case StorylineHide, StorylineRestore:
		return need("storyline", d.Storyline)
	case ArticleDate:
		return first(need("article", d.Article), date("date", d.Date, true))
	case ArticleMark:
		if err := need("article", d.Article); err != nil {
			return err
		}
		switch d.Mark {
		case "duplicate", "irrelevant", "":
			return nil
		}
		return fmt.Errorf("%s: mark %q: want duplicate, irrelevant or \"\"", d.Op, d.Mark)
	case Note:
		return first(target(), need("text", d.Text))
	case Star, Unstar:
		return target()
	case Tag, Untag:
		return first(target(), need("tag", d.Tag))
	case StorylineDefine:
		return first(need("storyline", d.Storyline), need("title", d.Title))
	case EventDefine:
		if err := first(need("event", d.Event), need("title", d.Title), need("storyline", d.Storyline), span(true)); err != nil {
			return err
		}
		for lang, words := range d.Terms {
			if lang == "" || slices.ContainsFunc(words, func(w string) bool { return strings.TrimSpace(w) == "" }) {
				return fmt.Errorf("%s: terms: an empty language or term", d.Op)
			}
		}
		return nil
	case StorylineWithdraw:
		return need("storyline", d.Storyline)
	case EventWithdraw:
		return need("event", d.Event)
	case DeckSlides:
		if len(d.Slides) == 0 {
			return fmt.Errorf("%s needs slides", d.Op)
		}
		seen := map[string]bool{}
		for _, id := range d.Slides {
			if strings.TrimSpace(id) == "" {
				return fmt.Errorf("%s: empty event id in slides", d.Op)
			}
			if seen[id] {
				return fmt.Errorf("%s: event %s is in slides twice", d.Op, id)
			}
			seen[id] = true
		}
		return nil
	case "":
		return fmt.Errorf("decision %s has no op", d.ID)
	}
	return fmt.Errorf("unknown op %q", d.Op)
}

// first returns the first non-nil error.
func first(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// parseSpan reads start and end, already checked.
func parseSpan(start, end string) (data.Date, data.Date) {
	s, _ := data.ParseDate(start)
	e, _ := data.ParseDate(end)
	return s, e
}

// Describe returns a one-line English account of the decision, for the
// history view and for reports of what no longer applies.
func (d *Decision) Describe() string {
	switch d.Op {
	case EventRename:
		return fmt.Sprintf("renamed event %s to %q", d.Event, d.Title)
	case EventSummary:
		return fmt.Sprintf("edited the summary of event %s", d.Event)
	case EventDate:
		s := fmt.Sprintf("re-dated event %s to %s", d.Event, spanText(d.Start, d.End))
		if d.Earliest != "" || d.Latest != "" {
			s += fmt.Sprintf(" (between %s and %s)", orDots(d.Earliest), orDots(d.Latest))
		}
		return s
	case EventStoryline:
		return fmt.Sprintf("moved event %s to storyline %s", d.Event, d.Storyline)
	case EventPlace:
		return fmt.Sprintf("set the place of event %s to %q", d.Event, d.Place)
	case EventActors:
		return fmt.Sprintf("set the actors of event %s to %s", d.Event, strings.Join(d.Actors, ", "))
	case EventNew:
		return fmt.Sprintf("created event %s %q on %s", d.New, d.Title, spanText(d.Start, d.End))
	case EventHide:
		return fmt.Sprintf("hid event %s", d.Event)
	case EventRestore:
		return fmt.Sprintf("restored event %s", d.Event)
	case EventMerge:
		return fmt.Sprintf("merged events %s into %s", strings.Join(d.Events[1:], ", "), d.Events[0])
	case EventSplit:
		return fmt.Sprintf("split %d passage(s) of event %s into new event %s", len(d.Passages), d.Event, d.New)
	case EventStatus:
		return fmt.Sprintf("marked event %s %s", d.Event, orText(d.Status, "neither confirmed nor cancelled"))
	case LinkAdd:
		return fmt.Sprintf("linked passage %s to event %s", d.passage(), d.Event)
	case LinkRemove:
		return fmt.Sprintf("unlinked passage %s from event %s (marked wrong)", d.passage(), d.Event)
	case StorylineNew:
		return fmt.Sprintf("created storyline %s %q", d.Storyline, d.Title)
	case StorylineRename:
		return fmt.Sprintf("renamed storyline %s to %q", d.Storyline, d.Title)
	case StorylineOrder:
		return fmt.Sprintf("ordered the storylines %s", strings.Join(d.Order, ", "))
	case StorylineHide:
		return fmt.Sprintf("hid storyline %s", d.Storyline)
	case StorylineRestore:
		return fmt.Sprintf("restored storyline %s", d.Storyline)
	case ArticleDate:
		return fmt.Sprintf("dated article %s %s", d.Article, d.Date) + orText(prefix(": ", d.Reason), "")
	case ArticleMark:
		return fmt.Sprintf("marked article %s %s", d.Article, orText(d.Mark, "relevant"))
	case Note:
		return fmt.Sprintf("noted on %s: %s", d.Target(), d.Text)
	case Star:
		return fmt.Sprintf("starred %s", d.Target())
	case Unstar:
		return fmt.Sprintf("unstarred %s", d.Target())
	case Tag:
		return fmt.Sprintf("tagged %s %q", d.Target(), d.Tag)
	case Untag:
		return fmt.Sprintf("removed tag %q from %s", d.Tag, d.Target())
	case StorylineDefine:
		return fmt.Sprintf("declared storyline %s %q", d.Storyline, d.Title)
	case EventDefine:
		s := fmt.Sprintf("declared event %s %q on %s", d.Event, d.Title, spanText(d.Start, d.End))
		if n := len(d.Terms); n > 0 {
			s += fmt.Sprintf(", linked by its terms in %d language(s)", n)
		}
		return s
	case StorylineWithdraw:
		return fmt.Sprintf("withdrew the declaration of storyline %s (undone, then left behind)", d.Storyline)
	case EventWithdraw:
		return fmt.Sprintf("withdrew the declaration of event %s (undone, then left behind)", d.Event)
	case DeckSlides:
		return fmt.Sprintf("chose %d slide(s) to present: %s", len(d.Slides), strings.Join(d.Slides, ", "))
	}
	return string(d.Op)
}

func (d *Decision) passage() string {
	if d.Paragraph == nil {
		return d.Article
	}
	return Passage{d.Article, *d.Paragraph}.String()
}

func spanText(start, end string) string {
	if end == "" || end == start {
		return start
	}
	return start + " – " + end
}

func orDots(s string) string { return orText(s, "…") }

func orText(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

func prefix(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}
