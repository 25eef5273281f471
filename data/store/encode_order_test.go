package store

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
)

// TestEncodeInOrderGivesEachValueInOrder encodes more values than the
// encoders may hold ahead, on every core, and checks that next gives
// each in order, as encodeShared writes it alone.
func TestEncodeInOrderGivesEachValueInOrder(t *testing.T) {
	type value struct {
		N    int
		Name string
		Tags []string
	}
	valueOf := func(i int) *value {
		return &value{N: i, Name: fmt.Sprintf("part %d", i), Tags: []string{"a", "b", fmt.Sprint(i % 3)}}
	}
	const n = 40
	next, stop := encodeInOrder(n, func(i int) (any, error) { return valueOf(i), nil })
	defer stop()
	for i := range n {
		buf, err := next()
		if err != nil {
			t.Fatalf("value %d: %v", i, err)
		}
		want, err := encodeShared(nil, valueOf(i))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(*buf, want) {
			t.Fatalf("value %d: given %d bytes, not as encoded alone (%d bytes)", i, len(*buf), len(want))
		}
	}
}

// TestEncodeInOrderStopsAtAnError makes the 7th value fail: next gives
// the six before it, then the error, and stop ends the encoders (the
// test would hang otherwise).
func TestEncodeInOrderStopsAtAnError(t *testing.T) {
	type value struct{ N int }
	bad := errors.New("no entry")
	next, stop := encodeInOrder(1000, func(i int) (any, error) {
		if i == 6 {
			return nil, bad
		}
		return &value{i}, nil
	})
	for i := range 6 {
		if _, err := next(); err != nil {
			t.Fatalf("value %d: %v", i, err)
		}
	}
	if _, err := next(); !errors.Is(err, bad) {
		t.Fatalf("value 6: got %v, want %v", err, bad)
	}
	stop()
	stop() // a second call is harmless

	next, stop = encodeInOrder(0, func(int) (any, error) { return nil, bad })
	stop()
	_ = next
}
