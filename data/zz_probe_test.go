package data

import (
	"context"
	"os"
	"strings"
	"testing"
)

func TestProbeDevNews(t *testing.T) {
	dir := os.Getenv("PROBE_DIR")
	if dir == "" {
		return
	}
	c, err := Build(context.Background(), os.DirFS(dir), "probe", shippedCurated(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	only := os.Getenv("PROBE_IDS")
	for _, a := range c.Articles {
		if only != "" && !strings.Contains(only, a.ID) {
			continue
		}
		t.Logf("== %s [%s] %s: %s", a.ID, a.Language, a.Date, a.DateReason)
		for _, m := range a.Mentions {
			t.Logf("   p%d %q %s %s ann=%v bg=%v stamp=%s | %s", m.Paragraph, m.Text, m.Kind, spanString(m.Span), m.Announced, m.Background, m.Stamp, m.Reason)
		}
	}
}
