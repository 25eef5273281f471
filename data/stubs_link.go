package data

// Linker is a stub.
type Linker struct{}

// NewLinker is a stub.
func NewLinker(events []*Event, names []*Name) *Linker { return &Linker{} }

// Match is a stub.
func (l *Linker) Match(a *Article) []Link { return nil }

// ConfirmLinks is a stub.
func ConfirmLinks(a *Article, candidates []Link, events map[string]*Event) []Link { return candidates }

// TextEvents is a stub.
func TextEvents(c *Corpus) []*Event { return nil }

// ParseCatalogue is a stub.
func ParseCatalogue(file string, b []byte) (*Catalogue, error) { return &Catalogue{}, nil }

// ParseNames is a stub.
func ParseNames(file string, b []byte) ([]*Name, error) { return nil, nil }
