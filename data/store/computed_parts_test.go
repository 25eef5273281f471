package store

import (
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestWarmReopenInParts keeps a corpus in parts of three articles, so that
// a listing compared while the parts are read can stop the reading (see
// loadComputed): an unchanged folder, a touched file and a changed one
// each give a fresh read's corpus, and only the changed one is analysed
// and discovered again. Whether the listing comes before the last part is
// read depends on timing: either way the answers must be these.
func TestWarmReopenInParts(t *testing.T) {
	defer func(n int) { computedPartSize = n }(computedPartSize)
	computedPartSize = 3
	const n = 40
	f := newCacheFixture(t, n)
	fresh := f.load(false)
	f.load(true)
	f.expect("warm", f.load(true), fresh, 0, 0)
	names, _ := filepath.Glob(filepath.Join(f.dir, "*.txt"))
	touched := filepath.Base(names[7])
	f.age(touched, 40*time.Minute)
	f.expect("one file touched", f.load(true), fresh, 1, 0)
	if f.lastDiscovery {
		t.Errorf("one file touched: events discovered again")
	}
	f.rewrite(filepath.Base(names[11]), " date 2022-09-16 Xi Jinping en Vladimir Poetin hebben elkaar vrijdag in Samarkand ontmoet.\n", 50*time.Minute)
	fresh = f.load(false)
	f.expect("one file changed", f.load(true), fresh, 1, 1)
	if !f.lastDiscovery {
		t.Errorf("one file changed: events not discovered again")
	}
	f.expect("warm after the change", f.load(true), fresh, 0, 0)
}

// TestReadPartsStopsAndResumes reads a kept corpus's parts: all of them,
// none once stop is closed, and the rest after a given part.
func TestReadPartsStopsAndResumes(t *testing.T) {
	defer func(n int) { computedPartSize = n }(computedPartSize)
	computedPartSize = 4
	f := newCacheFixture(t, 30)
	f.load(true)
	folder, err := NewFolder(f.dir)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Cached{Folder: folder, Dir: f.cacheDir}.open(f.cur)
	if err != nil {
		t.Fatal(err)
	}
	defer d.close()
	var head computedHead
	if err := d.readComputed(0, &head); err != nil {
		t.Fatal(err)
	}
	if head.Parts != 8 {
		t.Fatalf("%d parts for 30 articles in parts of 4, want 8", head.Parts)
	}
	stopped := make(chan struct{})
	close(stopped)
	for _, c := range []struct {
		from int
		stop chan struct{}
		want []int // the parts sent
	}{
		{0, nil, []int{1, 2, 3, 4, 5, 6, 7, 8}},
		{0, stopped, nil},
		{5, nil, []int{6, 7, 8}},
		{8, nil, nil},
	} {
		out := make(chan numberedValue, head.Parts)
		read, err := d.readParts(c.from, head.Parts, out, c.stop)
		close(out)
		var got []int
		for v := range out {
			got = append(got, v.part)
		}
		want := c.from
		if len(c.want) > 0 {
			want = c.want[len(c.want)-1]
		}
		if err != nil || read != want || !slices.Equal(got, c.want) {
			t.Errorf("readParts from %d (stopped %v): read %d, parts %v, %v; want %d, %v", c.from, c.stop != nil, read, got, err, want, c.want)
		}
	}
}
