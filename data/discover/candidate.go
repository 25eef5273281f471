package discover

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// Candidate is a dated statement: a date resolved against its article, in
// a sentence that says what happened. Candidates from different articles
// that speak of the same thing become one event.
type Candidate struct {
	// A Candidate is kept small: at 100,000 articles there are over a
	// million, all alive while they are grouped. Hence the narrow
	// integers, the date packed, the evidence as clues, the names in one
	// list, what names one place as a number, and the fields in an order
	// that leaves no padding: 128 bytes (it was 216).
	Article *data.Article
	// names are the name ids the sentence names: its places, in text
	// order, once each; then its actors (people and organisations); then
	// the people among the actors when the sentence names them itself
	// (see Places, Actors, People).
	names []string
	// evidence is the date, the event words and the names, in text order
	// (see Evidence).
	evidence []clue
	span     packedSpan // when, to the precision written (see Span)
	Order    int        // the article's index in the corpus, for a stable order
	// Start and End are the sentence's span in the article's text.
	Start, End int32
	Paragraph  int32
	Kinds      KindSet  // every kind it names (Kind: the most specific)
	from, to   day      // Span's first day and the day after its last
	quals      qualList // refinements for the title
	// scene is the place named nearest to the words for what happened,
	// dateline the place the report was filed from (see Scene and
	// Dateline), as numbers in refs.
	scene, dateline  int32
	nPlaces, nActors uint16 // how many of names are places, then actors
	// Context is set when the sentence names nobody and the names are the
	// paragraph's: weaker evidence of who took part.
	Context bool
	// Announced: the sentence speaks of the date as to come (a future
	// marker, or a date after the article's own).
	Announced bool
	// Background: a date far before the article's, told in retrospect.
	Background bool
	// Undated: a sentence of the article's lead that writes no date; Span
	// is the article's date. It only joins an event of the days before.
	Undated bool
}

// Places returns the name ids of the places the sentence names, in text
// order, once each.
func (c *Candidate) Places() []string { return c.names[:c.nPlaces:c.nPlaces] }

// Actors returns the name ids of the people and organisations the
// sentence names.
func (c *Candidate) Actors() []string {
	from, to := int(c.nPlaces), int(c.nPlaces)+int(c.nActors)
	return c.names[from:to:to]
}

// People returns the people among Actors, when the sentence names them
// itself (not when its names are its paragraph's).
func (c *Candidate) People() []string {
	return c.names[int(c.nPlaces)+int(c.nActors):]
}

// named reports whether the candidate names a place or an actor.
func (c *Candidate) named() bool { return c.nPlaces > 0 || c.nActors > 0 }

// Scene is the place named nearest to the words for what happened: "the
// presidential election in Uzbekistan, the largest country of Central
// Asia" is in Uzbekistan. "" when the sentence names no place.
func (c *Candidate) Scene() string { return refName(c.scene) }

// Dateline is the place a report was filed from, named only in its
// dateline ("BAKU, Azerbaijan, September 16."): not where the event
// happened. "" when none.
func (c *Candidate) Dateline() string { return refName(c.dateline) }

// maxNames is how many places, or actors, a candidate keeps: more than
// any sentence or paragraph names.
const maxNames = 1<<16 - 1

// setNames sets c's places, actors and people (see Candidate.names), kept
// in s.ids until the article's candidates are copied out.
func (s *Scanner) setNames(c *Candidate, places, actors, people []string) {
	places, actors = places[:min(len(places), maxNames)], actors[:min(len(actors), maxNames)]
	k := len(s.ids)
	s.ids = append(append(append(s.ids, places...), actors...), people...)
	c.names = s.ids[k:len(s.ids):len(s.ids)]
	c.nPlaces, c.nActors = uint16(len(places)), uint16(len(actors))
	if len(c.names) == 0 {
		c.names = nil
	}
}

// Kind returns the most specific kind the sentence names: Kinds.First,
// which grouping asks for at every comparison, so found by the lowest
// bit rather than by a loop.
func (c *Candidate) Kind() Kind {
	if i := bits.TrailingZeros32(uint32(c.Kinds)); i < len(kindOrder) {
		return kindOrder[i]
	}
	return ""
}

// Span returns when the statement happened, to the precision written.
func (c *Candidate) Span() data.Span { return c.span.Span() }

// backgroundAfter is how many days before an article's date a dated
// statement is told in retrospect rather than reported as news.
const backgroundAfter day = 45

// Extractor finds candidates in articles. It is built once per corpus;
// each goroutine takes its own scratch space with NewScanner.
type Extractor struct {
	names *data.NameFinder
	lex   *lexicon
	orgs  map[string]bool // ids of organisations: actors that are no people
	// country maps the id of a person or city to the country it belongs
	// to, members a country to those ids (see related).
	country map[string]string
	members map[string][]string
	// calendar is the shipped calendar as the corpus-year pass files it
	// (see corpus_calendar.go).
	calendar []Candidate
	// venues are the cities of the calendar's summits, by organisation
	// (see corpus_calendar_venues.go).
	venues map[string][]calendarVenue
	// leads are the people of each probe's report's lead, read once (see
	// leadPeopleOf).
	leadsMu     sync.RWMutex
	leads       map[*data.Article][]string
	leadReaders sync.Pool // of *leadReader
}

// NewExtractor prepares extraction with the corpus's name lists.
func NewExtractor(names []*data.Name) *Extractor {
	orgs := map[string]bool{}
	country, members := map[string]string{}, map[string][]string{}
	for _, n := range names {
		if n.Kind == data.Organisation {
			orgs[n.ID] = true
		}
		if n.Country != "" && n.Country != n.ID {
			country[n.ID] = n.Country
			members[n.Country] = append(members[n.Country], n.ID)
		}
	}
	x := &Extractor{names: data.NewNameFinder(names), lex: theLexicon(), orgs: orgs, country: country, members: members}
	// A fault in the shipped calendar is the loader's to report (see
	// data.LoadCurated); here the calendar is then left out.
	if occasions, err := calendarOccasions(); err == nil && len(occasions) > 0 {
		byID := make(map[string]*data.Name, len(names))
		for _, n := range names {
			byID[n.ID] = n
		}
		x.useCalendar(occasions, byID)
	}
	return x
}

// Scanner is an Extractor's scratch space for one goroutine.
type Scanner struct {
	x     *Extractor
	names *data.NameScanner
	buf   []Candidate // scratch for Candidates
	hits  []hit
	found []data.Match
	memo  firstWords // the lexicon's phrases by first word
	// denied: a negation denies every event word of the sentence read
	// last (see unnegate).
	denied bool
	// What candidates hold is gathered in the scanner and copied out once
	// per article (see copyOut), not allocated candidate by candidate:
	// tmp is where evidence is put together, ev and ids where it and the
	// names are kept until then.
	tmp  []data.Match
	ev   []clue
	ids  []string
	refs map[string]int32 // numbers of what clues name, met so far
	// The lead's paragraphs as read: their event words and names, one
	// after the other, and how many of each every paragraph has.
	lead      []leadScan
	leadHits  []hit
	leadNames []data.Match
	mentions  mentionSpans // of the article whose lead was scanned
	// last is the sentence read last and what was found in it: several
	// dates in one sentence share its words. lead says it was read
	// through the lead's scan (fromLead), which finds a little otherwise
	// than reading the sentence alone: the corpus-year pass reads
	// sentences alone between two extractions, and a sentence read both
	// ways is read again.
	last struct {
		article    *data.Article
		start, end int
		lead       bool
	}
	paras paraNames // for dates the corpus places (corpus_year.go)
	// probes, when set, keeps what the corpus-year pass read of the
	// article's open dates for its next round (corpus_probes.go).
	probes   *probeMemo
	readings scannerReadings
}

// NewScanner returns scratch space for extracting candidates.
func (x *Extractor) NewScanner() *Scanner {
	return &Scanner{x: x, names: x.names.Scanner(), refs: map[string]int32{}}
}

// Candidates returns the dated statements of article a (the order-th of
// its corpus): one per resolved date mention whose sentence names a kind
// of event, in text order. Duplicate articles have none.
func (s *Scanner) Candidates(a *data.Article, order int) []Candidate {
	if a.DuplicateOf != "" {
		return nil
	}
	// Candidates are gathered in the scanner's buffer and copied out at
	// their number: a Candidate is a few hundred bytes, and growing a
	// list of them for every article would cost more than the copy.
	out := s.buf[:0]
	s.ev, s.ids = s.ev[:0], s.ids[:0]
	defer func() { s.buf = out[:0] }()
	s.names.In(a) // the article's language decides endings and false friends
	s.scanLead(a)
	var paraNames []data.Match
	paraNamesOf := -1
	for _, m := range a.Mentions {
		// A page's "modified" stamp says when it was edited, not what
		// happened.
		if !m.Resolved() || m.Paragraph < 0 || m.Paragraph >= len(a.Paragraphs) || m.Stamp == data.StampModified {
			continue
		}
		p := a.Paragraphs[m.Paragraph]
		if m.Start < p.Start || m.End > p.End {
			continue
		}
		start, end := sentenceAround(a.Text, p.Start, p.End, m.Start, m.End)
		// A dateline ("Astana. 13 March.") is a sentence of its own; what
		// happened is told in the next.
		for range 2 {
			if end >= p.End || saysEnough(a.Text[start:end], m.Text) {
				break
			}
			_, end = sentenceAround(a.Text, p.Start, p.End, end, end)
		}
		c, ok := s.candidate(a, m, m.Paragraph, start, end)
		if !ok {
			continue
		}
		// A sentence that is its whole paragraph has no paragraph names
		// to borrow: they would be its own, and it names nobody.
		if len(c.Places())+len(c.Actors()) == 0 && (start > p.Start || end < p.End) {
			if paraNamesOf != m.Paragraph {
				paraNames, _ = dropNamesInNames(a, s.names.Find(p.Text, p.Start, paraNames[:0]), nil)
				paraNamesOf = m.Paragraph
			}
			if len(paraNames) > 0 {
				c.Context = true
				places, actors := s.splitNames(paraNames)
				s.setNames(&c, places, actors, nil)
			}
		}
		c.Order, c.Paragraph = order, int32(m.Paragraph)
		out = append(out, c)
	}
	out = s.leadStatements(a, order, out)
	if len(out) == 0 {
		return nil
	}
	return copyOut(out)
}

// mentionSpans are an article's date mentions as byte spans sorted by
// start, with the furthest end so far beside each, so that whether a name
// overlaps a date is a binary search and not a pass over every mention
// (a lead that is one long paragraph has thousands of both).
// order is reset's scratch (the mentions by start; 27 MB allocated at
// 100,000 articles when it was made afresh for each).
type mentionSpans struct{ start, end, maxEnd, order []int }

// reset fills m from a's mentions, reusing its slices.
func (m *mentionSpans) reset(a *data.Article) {
	m.start, m.end, m.maxEnd = m.start[:0], m.end[:0], m.maxEnd[:0]
	order := m.order[:0]
	for i := range a.Mentions {
		order = append(order, i)
	}
	m.order = order
	slices.SortFunc(order, func(i, j int) int { return cmp.Compare(a.Mentions[i].Start, a.Mentions[j].Start) })
	furthest := 0
	for _, i := range order {
		furthest = max(furthest, a.Mentions[i].End)
		m.start = append(m.start, a.Mentions[i].Start)
		m.end = append(m.end, a.Mentions[i].End)
		m.maxEnd = append(m.maxEnd, furthest)
	}
}

// overlaps reports whether the span [from, to) overlaps a mention.
func (m *mentionSpans) overlaps(from, to int) bool {
	// Mentions starting before to, latest first, while any could reach
	// past from.
	i, _ := slices.BinarySearch(m.start, to)
	for i--; i >= 0 && m.maxEnd[i] > from; i-- {
		if m.end[i] > from {
			return true
		}
	}
	return false
}

// leadScan is where a paragraph of the lead begins in Scanner.leadHits
// and leadNames; one more marks the end of the last.
type leadScan struct{ hits, names int }

// leadParagraphs is how many paragraphs of an article make its lead: the
// news it reports, often without a date ("The presidents signed the
// treaty in Dushanbe"), since the article's own date says when.
const leadParagraphs = 3

// leadStatements appends to out the sentences of the article's lead that
// say what happened and who took part but write no date: Undated
// candidates, which never make an event of their own but support one of
// their kind and names that happened in the days before the article, or,
// when they announce what is to come, in the weeks after it (see Group).
// Articles whose date is unknown have none.
func (s *Scanner) leadStatements(a *data.Article, order int, out []Candidate) []Candidate {
	if a.Date.Precision < data.Month {
		return out
	}
	dated := len(out)
	n := max(len(s.lead)-1, 0)
	// Who and where the lead speaks of, all sentences together: "the
	// vote" in one sentence is about the country named in the one before.
	var leadPlaces, leadActors []string
	for pi := range n {
		found := s.leadNames[s.lead[pi].names:s.lead[pi+1].names]
		places, actors := splitNames(found)
		// A dateline ("Астана. 13 марта.") says where the report was
		// filed, not where what the lead tells happened.
		if dl := dateline(a, a.Paragraphs[pi].Start, found); dl != "" {
			places = slices.DeleteFunc(slices.Clone(places), func(id string) bool { return id == dl })
		}
		leadPlaces, leadActors = appendNew(leadPlaces, places), appendNew(leadActors, actors)
	}
	if len(leadPlaces)+len(leadActors) == 0 {
		return out
	}
	s.last.article = nil // s.hits and s.found are about to change
	for pi := range n {
		p := a.Paragraphs[pi]
		for start := p.Start; start < p.End; {
			_, end := sentenceAround(a.Text, p.Start, p.End, start, start)
			if end <= start {
				break
			}
			sentence := a.Text[start:end]
			next := end
			for next < p.End && (a.Text[next] == ' ' || a.Text[next] == '\n') {
				next++
			}
			if !slices.ContainsFunc(out[:dated], func(c Candidate) bool { return int(c.Start) < end && start < int(c.End) }) {
				s.fromLead(a, pi, start, end)
				if c, ok := s.undated(a, start, end, leadPlaces, leadActors); ok {
					// A plan ("will attend the summit") supports the
					// event of the weeks after, not of the days before.
					c.Announced = data.Announces(a.Language, sentence)
					c.Order, c.Paragraph = order, int32(pi)
					out = append(out, c)
				}
			}
			start = next
		}
	}
	return out
}

// scanLead reads the paragraphs of article a's lead once each, for their
// event words and names: the undated statements of the lead and the
// dated sentences in it take theirs from this reading (see fromLead).
// It reads nothing when neither will be needed: an article without a
// month whose lead writes no date.
func (s *Scanner) scanLead(a *data.Article) {
	s.lead, s.leadHits, s.leadNames = s.lead[:0], s.leadHits[:0], s.leadNames[:0]
	n := min(leadParagraphs, len(a.Paragraphs))
	if a.Date.Precision < data.Month && !slices.ContainsFunc(a.Mentions, func(m data.DateMention) bool { return m.Paragraph >= 0 && m.Paragraph < n }) {
		return
	}
	s.last.article = nil // s.found is about to change
	s.mentions.reset(a)
	s.lead = append(s.lead, leadScan{})
	for pi := range n {
		p := a.Paragraphs[pi]
		words := s.names.Words(p.Text, p.Start)
		// Han script is looked for in each sentence (fromLead): it is
		// found by substring, the first place only.
		s.leadHits = s.x.lex.find(&s.memo, words, "", p.Start, a.Language, s.leadHits)
		from := len(s.leadNames)
		s.leadNames = s.names.FindInWords(p.Text, p.Start, s.leadNames)
		// The words of a date are no name here either: Persian
		// "دوشنبه" (Monday) is not Dushanbe.
		kept := s.leadNames[:from]
		for _, x := range s.leadNames[from:] {
			if !s.mentions.overlaps(x.Start, x.End) {
				kept = append(kept, x)
			}
		}
		s.leadNames = kept
		// A person inside a longer name ("Hamid Karzai International
		// Airport") is no actor, and the event words inside that name
		// none (names_inside_names.go).
		names, hits := dropNamesInNames(a, s.leadNames[from:], s.leadHits[s.lead[pi].hits:])
		s.leadNames, s.leadHits = s.leadNames[:from+len(names)], s.leadHits[:s.lead[pi].hits+len(hits)]
		// In text order, for fromLead's search (stable: the order of
		// matches at one place is kept).
		slices.SortStableFunc(s.leadHits[s.lead[pi].hits:], func(a, b hit) int { return cmp.Compare(a.start, b.start) })
		slices.SortStableFunc(s.leadNames[s.lead[pi].names:], func(a, b data.Match) int { return cmp.Compare(a.Start, b.Start) })
		s.lead = append(s.lead, leadScan{hits: len(s.leadHits), names: len(s.leadNames)})
	}
}

// fromLead puts into s.hits and s.found the event words and names of the
// sentence text[start:end] of the lead's paragraph pi, as scanLead read
// them.
func (s *Scanner) fromLead(a *data.Article, pi, start, end int) {
	// The paragraph's hits and names are in text order (scanLead): only
	// those from the sentence's start on are looked at, so a paragraph of
	// many sentences (a file with no breaks) is not read once per sentence.
	s.hits = s.hits[:0]
	hits := s.leadHits[s.lead[pi].hits:s.lead[pi+1].hits]
	from, _ := slices.BinarySearchFunc(hits, start, func(h hit, at int) int { return cmp.Compare(h.start, at) })
	for _, h := range hits[from:] {
		if h.start >= end {
			break
		}
		if h.end <= end {
			s.hits = append(s.hits, h)
		}
	}
	// unelect: a Han phrase of notEventWords silences the words in it.
	s.hits = s.x.lex.unelect(s.x.lex.findHan(a.Text[start:end], start, a.Language, s.hits), 0)
	s.found = s.found[:0]
	names := s.leadNames[s.lead[pi].names:s.lead[pi+1].names]
	from, _ = slices.BinarySearchFunc(names, start, func(m data.Match, at int) int { return cmp.Compare(m.Start, at) })
	for _, m := range names[from:] {
		if m.Start >= end {
			break
		}
		if m.End <= end {
			s.found = append(s.found, m)
		}
	}
	s.dropNamed()
	s.hits, s.denied = s.x.lex.unnegate(s.hits, a.Text, a.Mentions)
}

// dropNamed drops from s.hits the event words inside a name of s.found:
// the "Treaty" of the Collective Security Treaty Organization, the
// "Договора" of Организация Договора о коллективной безопасности, the
// "Conference" of CICA are parts of a name, not a treaty or a meeting.
func (s *Scanner) dropNamed() {
	if len(s.found) == 0 {
		return
	}
	s.hits = slices.DeleteFunc(s.hits, func(h hit) bool {
		return slices.ContainsFunc(s.found, func(x data.Match) bool { return h.start >= x.Start && h.end <= x.End })
	})
}

// undated reads the sentence text[start:end] of article a, which writes no
// date, as an Undated candidate: it must name a kind of event (more than
// that something took place). s.hits and s.found hold its event words
// and its names. Its places and actors are those of the lead, given; the
// sentence's own names are its evidence.
func (s *Scanner) undated(a *data.Article, start, end int, places, actors []string) (Candidate, bool) {
	span := data.Span{Start: a.Date}
	w, ok := packSpan(span)
	if !ok {
		return Candidate{}, false
	}
	c := Candidate{Article: a, Start: int32(start), End: int32(end), span: w, Undated: true}
	ev := s.tmp[:0]
	c.from, c.to = daysOf(span)
	for _, h := range s.hits {
		p := &s.x.lex.list[h.phrase]
		if p.kind == "" {
			c.quals = c.quals.with(p.qual)
			continue
		}
		if p.kind == Happening || p.kind == Announcement {
			continue
		}
		c.Kinds = c.Kinds.With(p.kind)
		ev = append(ev, data.Match{Start: h.start, End: h.end, Text: a.Text[h.start:h.end], Kind: data.EvidenceTerm, Ref: string(p.kind)})
	}
	c.Kinds = settleKinds(c.Kinds, c.quals)
	if c.Kinds == 0 {
		s.tmp = ev[:0]
		return Candidate{}, false
	}
	s.setNames(&c, places, actors, nil)
	line := dateline(a, start, s.found)
	c.dateline, c.scene = s.refOf(line), s.refOf(scene(s.found, ev, c.Kind(), line))
	c.evidence = s.keep(dedupeEvidence(append(ev, s.found...)))
	return c, true
}

// appendNew appends the ids of more that list does not hold yet.
func appendNew(list, more []string) []string {
	for _, id := range more {
		if !slices.Contains(list, id) {
			list = append(list, id)
		}
	}
	return list
}

// candidate reads the sentence text[start:end] around mention m, in
// paragraph pi.
func (s *Scanner) candidate(a *data.Article, m data.DateMention, pi, start, end int) (Candidate, bool) {
	sentence := a.Text[start:end]
	lead := pi+1 < len(s.lead)
	if s.last.article != a || s.last.start != start || s.last.end != end || s.last.lead != lead {
		if lead {
			s.fromLead(a, pi, start, end)
		} else {
			// One scan of the sentence serves the event words and the
			// names.
			s.hits = s.x.lex.find(&s.memo, s.names.Words(sentence, start), sentence, start, a.Language, s.hits[:0])
			s.found = s.names.FindInWords(sentence, start, s.found[:0])
			s.found, s.hits = dropNamesInNames(a, s.found, s.hits)
			s.dropNamed()
			s.hits, s.denied = s.x.lex.unnegate(s.hits, a.Text, a.Mentions)
		}
		s.last.article, s.last.start, s.last.end, s.last.lead = a, start, end, lead
	}
	span := m.Span.Span()
	w, ok := packSpan(span)
	if !ok {
		return Candidate{}, false // no resolved date is such
	}
	// The words of the date are no name: Persian "دوشنبه" (Monday) is
	// not Dushanbe.
	found := s.found
	if slices.ContainsFunc(found, func(x data.Match) bool { return x.Start < m.End && m.Start < x.End }) {
		found = slices.DeleteFunc(slices.Clone(found), func(x data.Match) bool { return x.Start < m.End && m.Start < x.End })
	}
	// Two coordinated clauses with a date each: the date's own clause
	// names its event (coordinated_dates.go).
	hits := s.hits
	if from, to := clauseOf(a, start, end, m); from > start || to < end {
		in := func(x, y int) bool { return x >= from && y <= to }
		if own := slices.DeleteFunc(slices.Clone(found), func(x data.Match) bool { return !in(x.Start, x.End) }); len(own) > 0 {
			found = own
		}
		if own := slices.DeleteFunc(slices.Clone(hits), func(h hit) bool { return !in(h.start, h.end) }); slices.ContainsFunc(own, func(h hit) bool {
			return s.x.lex.list[h.phrase].kind != "" && (h.start >= m.End || m.Start >= h.end)
		}) {
			hits = own
		}
	}
	c := Candidate{Article: a, Start: int32(start), End: int32(end), span: w}
	c.from, c.to = daysOf(span)
	terms := 0
	for _, h := range hits {
		p := &s.x.lex.list[h.phrase]
		// A date word is no event word ("Juli" is no rally).
		if h.start < m.End && m.Start < h.end {
			continue
		}
		if p.kind != "" {
			c.Kinds = c.Kinds.With(p.kind)
			terms++
		} else {
			c.quals = c.quals.with(p.qual)
		}
	}
	c.Kinds = settleKinds(c.Kinds, c.quals)
	ev := s.tmp[:0]
	if terms > 0 {
		for _, h := range hits {
			if p := &s.x.lex.list[h.phrase]; p.kind != "" && (h.start >= m.End || m.Start >= h.end) {
				ev = append(ev, data.Match{Start: h.start, End: h.end, Text: a.Text[h.start:h.end], Kind: data.EvidenceTerm, Ref: string(p.kind)})
			}
		}
	}
	if c.Kinds == 0 {
		// No word for what happened: a statement that names someone or
		// somewhere at a date still says something happened, if less
		// clearly. A dateline or time stamp says nothing.
		if len(found) == 0 || s.denied || !roughWordsAtLeast(sentence, 6) {
			return Candidate{}, false
		}
		c.Kinds = c.Kinds.With(Happening)
	}
	places, actors := s.splitNames(found)
	s.setNames(&c, places, actors, s.people(actors))
	line := dateline(a, start, found)
	c.dateline, c.scene = s.refOf(line), s.refOf(scene(found, ev, c.Kind(), line))
	ev = append(ev, found...)
	// The date's reference is its span, which the candidate keeps (see
	// clue): the sort needs none, the date being the only one of its kind.
	ev = append(ev, data.Match{Start: m.Start, End: m.End, Text: m.Text, Kind: data.EvidenceDate})
	c.evidence = s.keep(dedupeEvidence(ev))
	c.Announced, c.Background = timing(a, c.from, c.to)
	// Dating knows the tense of the mention's own sentence and the
	// language's future markers; either reading suffices.
	c.Announced = (c.Announced || m.Announced) && !endedBefore(a, c.to)
	c.Background = (c.Background || m.Background) && !c.Announced
	return c, true
}

// endedBefore reports whether a span ending before day to (exclusive) was
// over before article a was written: such a date is never announced,
// whatever the tense ("the C5+1, founded in 2015, will meet").
func endedBefore(a *data.Article, to day) bool {
	if a.Date.IsZero() {
		return false
	}
	wFrom, _ := daysOf(data.Span{Start: a.Date})
	return to <= wFrom
}

// timing says whether a statement dated from..to (days) in article a
// announces what is to come (it begins after the day or month the article
// was written) or looks back on it (it ended more than backgroundAfter
// before). Dating's own reading of the sentence's tense is added by the
// caller (DateMention.Announced, Background).
func timing(a *data.Article, from, to day) (announced, background bool) {
	if a.Date.IsZero() {
		return false, false
	}
	wFrom, wTo := daysOf(data.Span{Start: a.Date})
	return from >= wTo, to+backgroundAfter <= wFrom
}

// scene returns the place of found nearest to a word for what happened
// (a term of evidence of the kind, else any), or "", leaving out the
// dateline's place: in "fighting broke out in Nagorno-Karabakh, Armenia
// said" the fighting is in Nagorno-Karabakh, whoever said it.
func scene(found, evidence []data.Match, kind Kind, dateline string) string {
	ofKind := slices.ContainsFunc(evidence, func(t data.Match) bool { return t.Kind == data.EvidenceTerm && t.Ref == string(kind) })
	best, bestDist := "", -1
	for _, x := range found {
		if x.Kind != data.EvidencePlace || x.Ref == dateline {
			continue
		}
		for _, t := range evidence {
			if t.Kind != data.EvidenceTerm || (ofKind && t.Ref != string(kind)) {
				continue
			}
			d := max(x.Start-t.End, t.Start-x.End, 0)
			if bestDist < 0 || d < bestDist {
				best, bestDist = x.Ref, d
			}
		}
	}
	return best
}

// dateline returns the place of found that is the dateline of the
// sentence starting at start, or "": the first words of a paragraph
// (after an agency's tag in brackets), in capitals or followed by a date
// or a dash — "ASTANA –", "BAKU, Azerbaijan, September 16.", "Peking,
// 17. Mai 2024." — and named nowhere else in the sentence.
func dateline(a *data.Article, start int, found []data.Match) string {
	text := a.Text
	i := start
	skipSpace := func() {
		for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
			i++
		}
	}
	skipSpace()
	if i < len(text) && text[i] == '(' {
		if j := strings.IndexByte(text[i:min(i+80, len(text))], ')'); j > 0 {
			i += j + 1
			skipSpace()
		}
	}
	for k, x := range found {
		if x.Kind != data.EvidencePlace || x.Start != i {
			continue
		}
		if !capitals(x.Text) && !dashOrDateAfter(a, x.End) {
			return ""
		}
		for _, y := range found[k+1:] {
			if y.Ref == x.Ref {
				return ""
			}
		}
		return x.Ref
	}
	return ""
}

// capitals reports whether s has three letters or more, all capitals.
func capitals(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 3
}

// dashOrDateAfter reports whether a dash, a figure or a date of the
// article follows within a few characters of offset end: "Astana –",
// "Peking, 17. Mai", "Астана, 16:27".
func dashOrDateAfter(a *data.Article, end int) bool {
	rest := strings.TrimLeft(a.Text[end:min(end+8, len(a.Text))], " ,.")
	if strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "- ") {
		return true
	}
	// A time or a day in figures: "Астана, 16:27 | 14 марта".
	if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		return true
	}
	for _, m := range a.Mentions {
		if m.Start >= end && m.Start-end <= 3 {
			return true
		}
	}
	return false
}

// keep copies evidence put together in s.tmp to s.ev, as clues, and
// returns the copy; s.tmp keeps the buffer for the next candidate. A copy
// made before s.ev grew stays as it was: nothing writes to it before
// copyOut.
func (s *Scanner) keep(ev []data.Match) []clue {
	s.tmp = ev[:0]
	k := len(s.ev)
	for _, m := range ev {
		s.ev = append(s.ev, s.clueOf(m))
	}
	return s.ev[k:len(s.ev):len(s.ev)]
}

// splitNames is splitNames, kept in s.ids.
func (s *Scanner) splitNames(found []data.Match) (places, actors []string) {
	k := len(s.ids)
	for _, x := range found {
		if x.Kind == data.EvidencePlace && !slices.Contains(s.ids[k:], x.Ref) {
			s.ids = append(s.ids, x.Ref)
		}
	}
	n := len(s.ids)
	for _, x := range found {
		if x.Kind == data.EvidenceActor && !slices.Contains(s.ids[n:], x.Ref) {
			s.ids = append(s.ids, x.Ref)
		}
	}
	places, actors = s.ids[k:n:n], s.ids[n:len(s.ids):len(s.ids)]
	if len(places) == 0 {
		places = nil
	}
	if len(actors) == 0 {
		actors = nil
	}
	return places, actors
}

// people returns the people among actors, kept in s.ids.
func (s *Scanner) people(actors []string) []string {
	k := len(s.ids)
	for _, id := range actors {
		if !s.x.orgs[id] {
			s.ids = append(s.ids, id)
		}
	}
	if len(s.ids) == k {
		return nil
	}
	return s.ids[k:len(s.ids):len(s.ids)]
}

// copyOut returns a copy of the candidates of one article, their
// evidence and names in two blocks of memory of their own. Candidates
// whose names are the same list share one copy of it: most sentences of
// an article that name someone name its paragraph's or its lead's people
// and places again (at 10,000 generated articles 60 % of the names copied
// were such repeats), and the candidates of a corpus are all alive, names
// included, from extraction to the end of event building, the load's
// memory peak. Nothing changes a candidate's names in place (a new list
// replaces them), so sharing is safe.
func copyOut(cands []Candidate) []Candidate {
	nev, nids := 0, 0
	var seen nameLists
	for i := range cands {
		nev += len(cands[i].evidence)
		if seen.find(cands[i].names) == nil {
			nids += len(cands[i].names)
			seen.add(cands[i].names)
		}
	}
	out := slices.Clone(cands)
	ev, ids := make([]clue, 0, nev), make([]string, 0, nids)
	var copied nameLists
	for i := range out {
		c := &out[i]
		c.evidence, ev = appendOwn(ev, c.evidence)
		if same := copied.find(c.names); same != nil {
			c.names = same
			continue
		}
		c.names, ids = appendOwn(ids, c.names)
		copied.add(c.names)
	}
	return out
}

// nameLists is the last few distinct name lists of an article's
// candidates, where copyOut looks for a list it has copied already: the
// repeats are mostly near each other (a paragraph's sentences), and
// looking further found few more.
type nameLists struct {
	lists [16][]string
	n     int // lists added; the last min(n, 16) are kept, the oldest overwritten
}

// find returns the kept list equal to names, nil when none is (or names
// is empty).
func (w *nameLists) find(names []string) []string {
	if len(names) == 0 {
		return nil
	}
	for _, l := range w.lists[:min(w.n, len(w.lists))] {
		if slices.Equal(l, names) {
			return l
		}
	}
	return nil
}

// add keeps names, a list find did not find.
func (w *nameLists) add(names []string) {
	if len(names) == 0 {
		return
	}
	w.lists[w.n%len(w.lists)] = names
	w.n++
}

// appendOwn appends xs to block and returns their copy in it (nil for
// none) with the block.
func appendOwn[T any](block, xs []T) (own, grown []T) {
	if len(xs) == 0 {
		return nil, block
	}
	k := len(block)
	block = append(block, xs...)
	return block[k:len(block):len(block)], block
}

// splitNames returns the distinct place ids and actor ids among matches,
// in text order.
func splitNames(found []data.Match) (places, actors []string) {
	for _, x := range found {
		switch x.Kind {
		case data.EvidencePlace:
			if !slices.Contains(places, x.Ref) {
				places = append(places, x.Ref)
			}
		case data.EvidenceActor:
			if !slices.Contains(actors, x.Ref) {
				actors = append(actors, x.Ref)
			}
		}
	}
	return places, actors
}

// dedupeEvidence sorts evidence in text order (longer first at one place,
// as data.SortEvidence orders it) and drops repeats.
func dedupeEvidence(ev []data.Match) []data.Match {
	data.SortEvidence(ev)
	return slices.Compact(ev)
}

// spanRef writes a span as evidence refers to it: "2022-01-02" or
// "2022-09-15/2022-09-16".
func spanRef(s data.Span) string {
	if s.End.IsZero() {
		return s.Start.String()
	}
	return s.Start.String() + "/" + s.End.String()
}

// saysEnough reports whether sentence has four words or more besides
// the date written in it: a dateline or a time stamp has fewer. Chinese
// has no spaces: two characters count as a word.
func saysEnough(sentence, date string) bool {
	if len(sentence) > len(date)+80 {
		return true
	}
	return roughWordsAtLeast(sentence, roughWords(date)+4)
}

// roughWords counts the runs of characters between spaces, plus one for
// every two Han characters.
func roughWords(s string) int {
	n, _ := countRoughWords(s, -1)
	return n
}

// roughWordsAtLeast reports whether roughWords(s) >= n, reading s only as
// far as it takes.
func roughWordsAtLeast(s string, n int) bool {
	_, ok := countRoughWords(s, n)
	return ok
}

// countRoughWords counts the rough words of s (see roughWords), stopping
// once there are enough: at least enough when enough >= 0 (ok reports
// whether there are). The count only grows as s is read, so stopping
// early gives the same answer. Bytes are read as they are: white space
// is ASCII or the no-break space (C2 A0), and only characters from
// U+2E80 on (lead byte E2 or more) can be Han.
func countRoughWords(s string, enough int) (n int, ok bool) {
	words, han := 0, 0
	for i := 0; i < len(s); {
		switch roughClass[s[i]] {
		case roughSpace:
			i++
			continue
		case roughMaybeSpace:
			if i+1 < len(s) && s[i+1] == 0xA0 {
				i += 2 // the no-break space
				continue
			}
		}
		// A word: to the next space, counting its Han characters.
		words++
		for i < len(s) {
			c := s[i]
			switch roughClass[c] {
			case roughSpace:
			case roughMaybeSpace:
				if i+1 < len(s) && s[i+1] == 0xA0 {
					break
				}
				i++
				continue
			case roughMaybeHan:
				r, size := utf8.DecodeRuneInString(s[i:])
				if r >= 0x2E80 && ((r >= 0x4E00 && r <= 0x9FFF) || unicode.Is(unicode.Han, r)) {
					han++
				}
				i += size
				continue
			default:
				i++
				continue
			}
			break
		}
		if enough >= 0 && words+han/2 >= enough {
			return words + han/2, true
		}
	}
	return words + han/2, enough >= 0 && words+han/2 >= enough
}

// The classes of bytes countRoughWords tells apart.
const (
	roughOther      = iota
	roughSpace      // space, tab, line feed
	roughMaybeSpace // C2, which A0 after it makes the no-break space
	roughMaybeHan   // E2 or more: a character from U+2000 on
)

var roughClass = func() (t [256]uint8) {
	t[' '], t['\t'], t['\n'] = roughSpace, roughSpace, roughSpace
	t[0xC2] = roughMaybeSpace
	for c := 0xE2; c < 256; c++ {
		t[c] = roughMaybeHan
	}
	return t
}()

// sentenceAround returns the span of the sentence of text[pStart:pEnd]
// that holds [from, to).
func sentenceAround(text string, pStart, pEnd, from, to int) (int, int) {
	start := pStart
	for i := from - 1; i > pStart; i-- {
		if mayEndSentence(text, i) && sentenceEndsAt(text, pStart, pEnd, i) {
			start = i + 1
			break
		}
	}
	end := pEnd
	for i := to; i < pEnd; i++ {
		if mayEndSentence(text, i) && sentenceEndsAt(text, pStart, pEnd, i) {
			end = i + 1
			break
		}
	}
	for start < end && (text[start] == ' ' || text[start] == '\t' || text[start] == '\n' || text[start] == '\r') {
		start++
	}
	return start, end
}

// mayEndSentence reports whether the byte at i may end a sentence mark:
// sentenceEndsAt's first tests, inlined, so that the second bytes of
// Cyrillic and Arabic letters that share a mark's last byte (с т ф ق)
// cost no call.
func mayEndSentence(text string, i int) bool {
	c := text[i]
	if !sentenceMarkEnd[c] {
		return false
	}
	return c < 0x80 || i >= 1 && (text[i-1] == 0x80 || text[i-1] == 0xBC || text[i-1] == 0xD8)
}

// sentenceMarkEnd marks the bytes a sentence mark ends on (see
// sentenceEndsAt), so that sentenceAround calls it on those alone.
var sentenceMarkEnd = func() (t [256]bool) {
	for _, c := range []byte{'.', '!', '?', 0x82, 0x81, 0x9F} {
		t[c] = true
	}
	return t
}()

// sentenceEndsAt reports whether the byte at i ends a sentence: a full
// stop, question or exclamation mark followed by a space (in Latin,
// Cyrillic or Arabic text) or any of the CJK marks. A full stop after a
// digit ("3. Juli") or a one- or two-letter word ("Mr.", "St.", "U.S.")
// ends nothing.
func sentenceEndsAt(text string, pStart, pEnd, i int) bool {
	if i < pStart || i >= pEnd {
		return false
	}
	switch text[i] {
	case '.', '!', '?':
		if i+1 < pEnd && text[i+1] != ' ' && text[i+1] != '\n' {
			return false
		}
		if text[i] != '.' {
			return true
		}
		// Count the letters of the word before the stop.
		n := 0
		for j := i - 1; j >= pStart && text[j] != ' ' && text[j] != '\n'; j-- {
			if text[j] >= '0' && text[j] <= '9' {
				return yearEndsSentence(text, pEnd, i)
			}
			n++
		}
		return n > 2
	case 0x82, 0x81, 0x9F:
		// Most of these are the second byte of a Cyrillic or Arabic
		// letter (с т ف ق): the marks have 80, BC or D8 before it.
		if i < 1 || (text[i-1] != 0x80 && text[i-1] != 0xBC && text[i-1] != 0xD8) {
			return false
		}
	default:
		return false // (asked of every byte: the marks below end on these)
	}
	// Multi-byte marks: 。！？ (E3 80 82, EF BC 81, EF BC 9F) and ؟ (D8 9F)
	// end on their last byte.
	if i >= 2 && (text[i-2:i+1] == "。" || text[i-2:i+1] == "！" || text[i-2:i+1] == "？") {
		return true
	}
	return i >= 1 && text[i-1:i+1] == "؟"
}
