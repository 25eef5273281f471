package data

import (
	"slices"
	"strings"
)

// Evidence kinds, as written in Match.Kind.
const (
	EvidenceTerm  = "term"  // words from the event's Terms
	EvidencePlace = "place" // a spelling of the event's place
	EvidenceActor = "actor" // a spelling of one of the event's actors
	EvidenceDate  = "date"  // a date in the paragraph that agrees with the event
)

// Evidence weights for Link.Score. Terms are chosen per event, names are
// shared by many events, so a term says more.
const (
	termWeight = 3
	nameWeight = 1
	dateWeight = 2
)

// Linker proposes links between article paragraphs and catalogue events
// from the words alone: event terms and the spellings of each event's place
// and actors. It is built once per corpus and only read afterwards, so one
// Linker serves any number of goroutines.
//
// All terms and spellings are compiled into one index: every phrase is a
// sequence of word ids, every word id is reachable from each form the word
// may take in text (see wordForms), and phrases are found from their first
// word. Matching a paragraph is one map lookup per word (fewer, see
// formBloom) plus a check of the few phrases that start there.
type Linker struct {
	// formBloom turns away, without a look in formTable, most words that
	// are no curated form (see formsOf). About two words in five of the
	// synthetic corpus are forms, many of them words inside longer names
	// ("de", "van", "the"); the filter lets 55 % of the words through to
	// the table (39 % are forms).
	formBloom [formBloomBits / 64]uint64
	// formTable maps a word as it may appear in text to the curated
	// words it can be (see wordTable).
	formTable wordTable[[]formRef]
	starts    [][]int32 // word id → phrases starting with it
	phrases   []linkPhrase
	maxWords  int // the most words of any phrase
	events    []*Event
	byName    map[string][]nameRole // name id → the events it is place or actor of
}

// formBloomBits is the size of Linker.formBloom (32 kB): the shipped
// lists have about 83,000 forms, which set a quarter of its bits. At 1<<16
// bits they set 72 % of them, and the filter let 79 % of the words of 2,000
// generated articles through to a table of 2 MB, which lies outside the
// processor's nearer caches.
const formBloomBits = 1 << 18

// formsOf returns the curated words the normalised word w can be: its
// value in formTable, looked up behind the bloom filter.
func (l *Linker) formsOf(w []byte) []formRef { return l.formsOfHashed(w, wordHash(w)) }

// formsOfHashed is formsOf for a word whose wordHash, h, is known.
func (l *Linker) formsOfHashed(w []byte, h uint32) []formRef {
	if b := h % formBloomBits; l.formBloom[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	refs, _ := l.formTable.get(w, h)
	return refs
}

// formRef says a form is a form of curated word id in the languages of
// the endings families (see languageEndings).
type formRef struct {
	id      int32
	endings endings
}

// linkPhrase is a term or spelling, as word ids, and what it names.
type linkPhrase struct {
	words []int32
	terms []phraseTerm // events it is a term of
	names []string     // name ids it spells
	// lower is set when a spelling of one of names begins with a small
	// letter (an adjective such as "russo"); otherwise text must write the
	// phrase with a capital to name them (see namedHere).
	lower bool
	// roles are, for each name in names in turn, the events it is place
	// or actor of (Linker.byName), looked up once when the Linker is built.
	roles []phraseRole
}

// phraseRole says the phrase spells a name that is a role of an event.
type phraseRole struct {
	name string
	nameRole
}

// phraseTerm says a phrase is a term of an event in a language ("*": all).
type phraseTerm struct {
	event int
	lang  string
}

// nameRole says a name is the place or an actor of an event.
type nameRole struct {
	event int
	kind  string // EvidencePlace or EvidenceActor
}

// NewLinker compiles the terms of events and the spellings of names. Ids
// of places and actors that are not in names are ignored (Event.Place may
// be free text).
func NewLinker(events []*Event, names []*Name) *Linker {
	// The maps are made as large as the spellings and terms need at most
	// (growing them cost a tenth of compiling the shipped names).
	spellings := 0
	for _, n := range names {
		for _, ss := range n.Spellings {
			spellings += len(ss)
		}
	}
	for _, e := range events {
		for _, ts := range e.Terms {
			spellings += len(ts)
		}
	}
	b := linkerBuilder{
		Linker:      &Linker{events: events, byName: map[string][]nameRole{}},
		wordIDs:     make(map[string]int32, spellings),
		phraseIndex: make(map[string]int, spellings),
	}
	// Languages in sorted order, so the index is the same from run to run.
	for i, e := range events {
		for _, lang := range sortedKeys(e.Terms) {
			for _, t := range e.Terms[lang] {
				if p := b.phrase(t, lang); p != nil {
					p.terms = append(p.terms, phraseTerm{event: i, lang: lang})
				}
			}
		}
	}
	known := map[string]bool{}
	for _, n := range names {
		known[n.ID] = true
		for _, lang := range sortedKeys(n.Spellings) {
			for _, s := range n.Spellings[lang] {
				p := b.phrase(s, lang)
				if p == nil {
					continue
				}
				if !slices.Contains(p.names, n.ID) {
					p.names = append(p.names, n.ID)
				}
				p.lower = p.lower || startsLower(s)
			}
		}
	}
	for i, e := range events {
		if known[e.Place] {
			b.byName[e.Place] = append(b.byName[e.Place], nameRole{event: i, kind: EvidencePlace})
		}
		for _, a := range e.Actors {
			if known[a] && a != e.Place {
				b.byName[a] = append(b.byName[a], nameRole{event: i, kind: EvidenceActor})
			}
		}
	}
	b.starts = make([][]int32, len(b.wordIDs))
	for i := range b.phrases {
		p := &b.phrases[i]
		first := p.words[0]
		b.maxWords = max(b.maxWords, len(p.words))
		b.starts[first] = append(b.starts[first], int32(i))
		for _, name := range p.names {
			for _, role := range b.byName[name] {
				p.roles = append(p.roles, phraseRole{name: name, nameRole: role})
			}
		}
	}
	for _, s := range b.formTable.slots {
		if s.entry != 0 {
			h := s.hash % formBloomBits
			b.formBloom[h/64] |= 1 << (h % 64)
		}
	}
	return b.Linker
}

// linkerBuilder holds what is only needed while a Linker is compiled.
type linkerBuilder struct {
	*Linker
	wordIDs     map[string]int32 // normalised curated word → id
	wordEnds    []endings        // word id → the endings families whose forms are indexed
	phraseIndex map[string]int   // normalised phrase → index in Linker.phrases
}

// phrase returns the compiled phrase for s, listed in language lang,
// adding it on first sight, or nil when s has no words.
func (b *linkerBuilder) phrase(s, lang string) *linkPhrase {
	words := splitWords(s)
	if len(words) == 0 {
		return nil
	}
	ids := make([]int32, len(words))
	for i, w := range words {
		ids[i] = b.word(w, lang)
	}
	key := strings.Join(words, " ")
	if i, ok := b.phraseIndex[key]; ok {
		return &b.phrases[i]
	}
	b.phraseIndex[key] = len(b.phrases)
	b.phrases = append(b.phrases, linkPhrase{words: ids})
	return &b.phrases[len(b.phrases)-1]
}

// word returns the id of a normalised curated word listed in language
// lang, indexing the forms of that language's endings on first sight.
func (b *linkerBuilder) word(w, lang string) int32 {
	id, ok := b.wordIDs[w]
	if !ok {
		id = int32(len(b.wordIDs))
		b.wordIDs[w] = id
		b.wordEnds = append(b.wordEnds, 0)
	}
	for e := range endingsFamilies(languageEndings(lang) &^ b.wordEnds[id]) {
		for _, f := range wordForms(w, e) {
			refs := b.formTable.ref(f, wordHashString(f))
			if i := slices.IndexFunc(*refs, func(r formRef) bool { return r.id == id }); i >= 0 {
				(*refs)[i].endings |= e
			} else {
				*refs = append(*refs, formRef{id: id, endings: e})
			}
		}
		b.wordEnds[id] |= e
	}
	return id
}

// Match proposes links for every paragraph of a whose words support an
// event: at least one of the event's terms in a.Language (or "*"; all
// languages when the language is unknown), or the event's place together
// with its actors (one actor, or two when the event has several — "Xi" in
// "Samarkand" is every summit event, "Xi" and "Putin" in "Samarkand" is
// their meeting). Names are looked for in every language: an Arabic
// article may write "SCO". Dates are not looked at; see ConfirmLinks.
//
// Links come in paragraph order, then catalogue order; each carries its
// evidence in text order with spans into a.Text.
func (l *Linker) Match(a *Article) []Link {
	return l.newMatcher().match(a)
}

// newMatcher returns scratch space for matching articles one after the
// other; Build gives one to each worker, so that its buffers are allocated
// once and not for every article.
func (l *Linker) newMatcher() *linkMatcher {
	return &linkMatcher{Linker: l, evidence: make([][]Match, len(l.events)), scanner: wordScanner{splitCJK: true}, allowed: endingsAll}
}

// match is Match with m's buffers.
func (m *linkMatcher) match(a *Article) []Link {
	if len(m.events) == 0 {
		// A folder without a catalogue has nothing to link to: reading its
		// words would find no link, and costs a tenth of the load.
		return nil
	}
	m.setArticle(a)
	var links []Link
	for i, p := range a.Paragraphs {
		links = m.paragraph(i, p, links)
	}
	m.setArticle(nil)
	return links
}

// linkMatcher is the scratch space of Match, reused from one paragraph
// (and, in Build, one article) to the next.
type linkMatcher struct {
	*Linker
	article  *Article
	lang     string  // the article's language
	allowed  endings // the endings of lang (see languageEndings)
	full     fullNames
	scanner  wordScanner
	words    []linkWord
	ids      [][]int32  // for each word, the curated words it can be
	idBuf    []int32    // backs ids
	idSpans  [][2]int32 // each word's ids in idBuf, while it grows
	hits     []phraseHit
	evidence [][]Match // event index → evidence in the current paragraph
	touched  []int     // events with evidence in the current paragraph
}

// phraseHit is a phrase found at words[from:to].
type phraseHit struct {
	phrase   int32
	from, to int
	// inName is set when the hit lies inside a longer name: "Xi" in
	// "Xi'an", "Shanghai" in "Shanghai Cooperation Organisation".
	inName bool
}

// paragraph appends to links the links of paragraph p, the index-th of
// the article, and leaves m's per-paragraph buffers empty for the next.
func (m *linkMatcher) paragraph(index int, p Paragraph, links []Link) []Link {
	m.words = m.scanner.scan(p.Text, p.Start)
	m.lookup()
	m.findPhrases()
	for _, h := range m.hits {
		m.addEvidence(h)
	}
	slices.Sort(m.touched)
	for _, e := range m.touched {
		if link, ok := m.link(e, index); ok {
			links = append(links, link)
		}
		m.evidence[e] = m.evidence[e][:0]
	}
	m.touched = m.touched[:0]
	return links
}

// findPhrases fills m.hits with every phrase in m.words.
func (m *linkMatcher) findPhrases() {
	m.hits = m.hits[:0]
	for i, ids := range m.ids {
		for _, id := range ids {
			for _, pi := range m.starts[id] {
				if m.phraseAt(pi, i) {
					m.hits = append(m.hits, phraseHit{phrase: pi, from: i, to: i + len(m.phrases[pi].words)})
				}
			}
		}
	}
	// Hits are in order of their first word, and a name holding h starts
	// at most maxWords words before it, so only the hits of that window
	// are compared: a paragraph of a million words is not a million
	// squared comparisons.
	for i := range m.hits {
		h := &m.hits[i]
		if len(m.phrases[h.phrase].names) == 0 {
			continue
		}
		lo := i
		for lo > 0 && m.hits[lo-1].from >= h.from-m.maxWords {
			lo--
		}
		for _, g := range m.hits[lo:] {
			if g.from > h.from {
				break
			}
			if len(m.phrases[g.phrase].names) > 0 && h.to <= g.to && g.to-g.from > h.to-h.from {
				h.inName = true
				break
			}
		}
	}
}

// phraseAt reports whether phrase pi, whose first word matched, goes on
// at words[i+1:].
func (m *linkMatcher) phraseAt(pi int32, i int) bool {
	words := m.phrases[pi].words
	if i+len(words) > len(m.words) {
		return false
	}
	for k := 1; k < len(words); k++ {
		if !slices.Contains(m.ids[i+k], words[k]) {
			return false
		}
	}
	return true
}

// addEvidence files a hit under every event it is evidence for.
func (m *linkMatcher) addEvidence(h phraseHit) {
	start, end := m.words[h.from].Start, m.words[h.to-1].End
	text := m.article.Text[start:end]
	p := &m.phrases[h.phrase]
	lang := m.article.Language
	for _, t := range p.terms {
		if t.lang == lang || t.lang == "*" || lang == "" {
			m.add(t.event, Match{Start: start, End: end, Text: text, Kind: EvidenceTerm, Ref: m.events[t.event].ID})
		}
	}
	if h.inName || len(p.roles) == 0 || !m.namedHere(h, text) {
		return
	}
	for _, role := range p.roles {
		m.add(role.event, Match{Start: start, End: end, Text: text, Kind: role.kind, Ref: role.name})
	}
}

// add appends a piece of evidence for event e, once: a phrase listed both
// under "nl" and "*", say, is still one piece.
//
// Hits come in text order, so evidence the same as x can only be among the
// last pieces, those that start where x does; looking further back would
// make a long paragraph quadratic.
func (m *linkMatcher) add(e int, x Match) {
	ev := m.evidence[e]
	for i := len(ev) - 1; i >= 0 && ev[i].Start == x.Start; i-- {
		if ev[i] == x {
			return
		}
	}
	if len(m.evidence[e]) == 0 {
		m.touched = append(m.touched, e)
	}
	m.evidence[e] = append(m.evidence[e], x)
}

// link turns the evidence for event e in a paragraph into a Link when it is
// specific enough.
func (m *linkMatcher) link(e, paragraph int) (Link, bool) {
	evidence := dropNestedTerms(m.evidence[e])
	var terms, places, names int
	var actors []string
	for _, x := range evidence {
		switch x.Kind {
		case EvidenceTerm:
			terms++
		case EvidencePlace:
			places++
			names++
		case EvidenceActor:
			names++
			if !slices.Contains(actors, x.Ref) {
				actors = append(actors, x.Ref)
			}
		}
	}
	if terms == 0 && (places == 0 || len(actors) < actorsNeeded(m.events[e])) {
		return Link{}, false
	}
	return Link{
		Event:     m.events[e].ID,
		Paragraph: paragraph,
		Evidence:  slices.Clone(evidence), // m.evidence is scratch
		Score:     float64(termWeight*terms + nameWeight*names),
	}, true
}

// dropNestedTerms removes the terms of an event that lie inside a longer
// term of the same event ("covid" inside "covid-uitbraak"), so that one
// phrase counts once.
//
// The terms are swept in text order, longest first at one position, with
// the furthest end seen so far: a term ending no later than that lies
// inside an earlier, longer one (the same span twice is one piece, see
// add). That is linear after the sort, where comparing every pair was
// quadratic in a long paragraph. It works in place: evidence comes back
// sorted, shortened, in the same array.
func dropNestedTerms(evidence []Match) []Match {
	SortEvidence(evidence)
	kept := evidence[:0]
	furthest := -1
	for _, x := range evidence {
		if x.Kind == EvidenceTerm {
			if x.End <= furthest {
				continue
			}
			furthest = x.End
		}
		kept = append(kept, x)
	}
	return kept
}

// actorsNeeded is how many distinct actors must stand beside the place for
// names alone to support the event: one, or two when it has several.
// An event without actors is found by its terms only.
func actorsNeeded(e *Event) int {
	if len(e.Actors) == 0 {
		return 1 // never reached by names alone: there is nothing to count
	}
	return min(2, len(e.Actors))
}

// SortEvidence puts evidence in text order; at one position, the longer
// match first, then by kind and reference so the order is stable and
// repeats sit side by side (discovery compacts them).
func SortEvidence(evidence []Match) {
	slices.SortFunc(evidence, func(a, b Match) int {
		switch {
		case a.Start != b.Start:
			return a.Start - b.Start
		case a.End != b.End:
			return b.End - a.End
		case a.Kind != b.Kind:
			return strings.Compare(a.Kind, b.Kind)
		}
		return strings.Compare(a.Ref, b.Ref)
	})
}
