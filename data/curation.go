package data

// Curation is what an analyst added to an event or an article in a
// project (package data/project): notes, a star, tags, and which fields
// the analyst set rather than Caravan computed.
type Curation struct {
	Notes   []string `json:"notes"`
	Starred bool     `json:"starred"`
	Tags    []string `json:"tags"`
	// Set names the fields the analyst set: "title", "summary", "date",
	// "storyline", "place", "actors", "status", "links", "created",
	// "merged", "split" on events; "date", "mark" on articles.
	Set      []string `json:"analyst_set"`
	Status   string   `json:"status,omitempty"`  // events: "confirmed" or "cancelled"
	Mark     string   `json:"mark,omitempty"`    // articles: "duplicate" or "irrelevant"
	Earliest Date     `json:"earliest,omitzero"` // events: an uncertain date lies
	Latest   Date     `json:"latest,omitzero"`   // between these
	Merged   []string `json:"merged,omitempty"`  // events merged into this one
}

// Curations looks up the curation of events and articles by id; either
// function may return nil for "nothing curated".
type Curations struct {
	Event   func(id string) *Curation
	Article func(id string) *Curation
	// Slides are the events the analyst chose to present, first slide
	// first; nil when no choice was made (every event in scope is a slide).
	Slides []string
}
