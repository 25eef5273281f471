package data

import (
	"errors"
	"io"
)

// WriteTimelineJS is a stub.
func WriteTimelineJS(w io.Writer, c *Corpus) error { return errors.New("timelinejs: not yet") }
