package discover

import "slices"

// A title's place is chosen by several rules that each ask, of every
// member of the cluster and every place it names, whether the member names
// the place only as somewhere the event was not (notHere) and which place
// is the member's scene (sceneOf, itself asking notHere of its places):
// placeFor, scenePlace and within ask the same questions of the same
// members up to four times, and placeFor asks sceneOf once per place a
// member names. Each answer reads the words around the place again
// (routes.go). The answers depend only on the member, the place and the
// homes, so the rules of one title share a titlePlaces that keeps them.
// It keeps them in arrays by member and by place, not in maps: a map's
// hashing cost as much as the answers it saved.

// titlePlaces answers notHere and sceneOf for the members of one cluster,
// each question once. One goroutine uses it: each title has its own.
type titlePlaces struct {
	h       *homes
	members []*Candidate
	// first[i] is where the answers for members[i]'s places begin in
	// away, in the order of its Places().
	first []int32
	away  []answer
	// scene[i] is members[i]'s sceneOf, once asked.
	scene []string
	asked []bool
}

// answer is a remembered yes or no; unknown until asked.
type answer uint8

const (
	unknown answer = iota
	no
	yes
)

func newTitlePlaces(cl *Cluster, h *homes) *titlePlaces {
	t := &titlePlaces{h: h, members: cl.Members, first: make([]int32, len(cl.Members)+1),
		scene: make([]string, len(cl.Members)), asked: make([]bool, len(cl.Members))}
	n := 0
	for i, c := range cl.Members {
		t.first[i] = int32(n)
		n += len(c.Places())
	}
	t.first[len(cl.Members)] = int32(n)
	t.away = make([]answer, n)
	return t
}

// notHere is notHere(c, id, t.h) for c, the i-th member, asked once for
// each place c names (a place it does not name is asked every time).
func (t *titlePlaces) notHere(i int, id string) bool {
	c := t.members[i]
	k := slices.Index(c.Places(), id)
	if k < 0 {
		return notHere(c, id, t.h)
	}
	a := &t.away[int(t.first[i])+k]
	if *a == unknown {
		*a = no
		if notHere(c, id, t.h) {
			*a = yes
		}
	}
	return *a == yes
}

// sceneOf is sceneOf of the i-th member, asking notHere through t, once.
func (t *titlePlaces) sceneOf(i int) string {
	if !t.asked[i] {
		t.scene[i] = sceneOf(t.members[i], func(_ *Candidate, id string) bool { return t.notHere(i, id) })
		t.asked[i] = true
	}
	return t.scene[i]
}
