package discover

import (
	"bytes"
	"encoding/binary"
	"sync"

	"github.com/caravan-analytics/caravan/data"
)

// Discovery reads an article's date mentions twice: when its candidates
// are extracted, and in the corpus-year pass when the article has dates
// the corpus may place. In between and after, the mentions of every
// article (about thirty each, 80 bytes apiece: 260 MB at 100,000
// articles) would be held through grouping and event building, the
// most memory-hungry part of a load. So each article's mentions are kept
// packed in a few bytes each while discovery runs (mentionStash), and
// unpacked where an article is read again and for good when discovery
// ends. The words of a mention are its article's text at its span (the
// stash checks it), its reason one of a few thousand shared strings.

// mentionStash holds the packed mentions of a corpus's articles, by the
// article's order, while discovery runs.
type mentionStash struct {
	articles []*data.Article
	packed   [][]byte // nil: the article's mentions are not stashed
	mu       sync.Mutex
	reasons  []string
	reasonOf map[string]uint64
}

func newMentionStash(articles []*data.Article) *mentionStash {
	return &mentionStash{articles: articles, packed: make([][]byte, len(articles)), reasonOf: map[string]uint64{}}
}

// reason returns the number of reason r, numbering it if new. The
// caller holds st.mu.
func (st *mentionStash) reason(r string) uint64 {
	n, ok := st.reasonOf[r]
	if !ok {
		n = uint64(len(st.reasons))
		st.reasons = append(st.reasons, r)
		st.reasonOf[r] = n
	}
	return n
}

// stash packs the mentions of the i-th article and lets their slice go.
// An article whose mentions' words are not its text at their spans (none
// that reading makes) keeps them as they are.
func (st *mentionStash) stash(i int) {
	a := st.articles[i]
	if st.packed[i] != nil || len(a.Mentions) == 0 {
		return
	}
	for k := range a.Mentions {
		m := &a.Mentions[k]
		if m.Start < 0 || m.Start > m.End || m.End > len(a.Text) || a.Text[m.Start:m.End] != m.Text {
			return
		}
	}
	// Packed in scratch memory first, then copied to a block of the exact
	// size: a mention takes 12–13 bytes on average, and a block sized for
	// the longest (20 bytes each) left a third of the stash empty.
	scratch := packScratch.Get().(*[]byte)
	defer packScratch.Put(scratch)
	buf := binary.AppendUvarint((*scratch)[:0], uint64(len(a.Mentions)))
	// One lock for the article's reasons, not one a mention: the workers
	// of extraction pack millions of mentions at 100,000 articles.
	st.mu.Lock()
	for k := range a.Mentions {
		m := &a.Mentions[k]
		buf = binary.AppendVarint(buf, int64(m.Paragraph))
		buf = binary.AppendVarint(buf, int64(m.Start))
		buf = binary.AppendVarint(buf, int64(m.End-m.Start))
		buf = binary.AppendUvarint(buf, st.reason(m.Reason))
		buf = binary.AppendUvarint(buf, m.Span.Word(0))
		buf = binary.AppendUvarint(buf, m.Span.Word(1))
		flags := byte(0)
		if m.Announced {
			flags |= 1
		}
		if m.Background {
			flags |= 2
		}
		buf = append(buf, byte(m.Kind), byte(m.Stamp), flags)
	}
	st.mu.Unlock()
	st.packed[i] = bytes.Clone(buf)
	a.Mentions = nil
	if cap(buf) <= maxPackScratch {
		*scratch = buf
	}
}

// packScratch holds the buffers stash packs an article's mentions in
// before copying them out; one longer than maxPackScratch is let go.
var packScratch = sync.Pool{New: func() any { return new([]byte) }}

const maxPackScratch = 1 << 16

// restore unpacks the mentions of the i-th article, if stashed.
func (st *mentionStash) restore(i int) { st.restoreInto(i, nil) }

// restoreInto is restore into the memory of scratch when they fit there:
// the corpus-year pass reads most articles without changing them, and
// their mentions are let go again at once (see placeYears). It returns
// the unpacked mentions (now a.Mentions), nil when none were stashed.
func (st *mentionStash) restoreInto(i int, scratch []data.DateMention) []data.DateMention {
	buf := st.packed[i]
	if buf == nil {
		return nil
	}
	a := st.articles[i]
	st.mu.Lock()
	reasons := st.reasons
	st.mu.Unlock()
	n, k := binary.Uvarint(buf)
	buf = buf[k:]
	var ms []data.DateMention
	if uint64(cap(scratch)) >= n {
		ms = scratch[:n]
	} else {
		ms = make([]data.DateMention, n)
	}
	varint := func() int {
		v, k := binary.Varint(buf)
		buf = buf[k:]
		return int(v)
	}
	uvarint := func() uint64 {
		v, k := binary.Uvarint(buf)
		buf = buf[k:]
		return v
	}
	for j := range ms {
		// Every field is set, a reused one's old values with them.
		m := data.DateMention{Paragraph: varint(), Start: varint()}
		m.End = m.Start + varint()
		m.Text = a.Text[m.Start:m.End]
		m.Reason = reasons[uvarint()]
		m.Span = data.PackedSpanOf(uvarint(), uvarint())
		m.Kind, m.Stamp = data.MentionKind(buf[0]), data.StampKind(buf[1])
		m.Announced, m.Background = buf[2]&1 != 0, buf[2]&2 != 0
		buf = buf[3:]
		ms[j] = m
	}
	a.Mentions = ms
	st.packed[i] = nil
	return ms
}

// restoreAll unpacks every article's mentions, on every core.
func (st *mentionStash) restoreAll() {
	onEveryCore(len(st.articles), func() func(int) { return st.restore })
}
