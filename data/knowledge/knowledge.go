// Package knowledge is what Caravan knows before it reads a corpus, and
// holds for any corpus: the names of countries, capitals and major
// cities, international organisations and the heads of state and
// government of Central Asia, its neighbours and the great powers, with
// their spellings in the languages Caravan reads. The files are in the
// names.toml format (see data.ParseNames) and are embedded in the binary.
//
// countries.toml is generated from CLDR and Debian's iso-codes (see
// internal/gen); the other files are written by hand for what no library
// has. A corpus's own names.toml is layered over them (see
// data.LoadCurated). Knowledge that belongs to one corpus — its storylines
// and catalogue events — is never here.
package knowledge

import (
	"embed"
	"path"
)

//go:generate go run ./internal/gen -out countries.toml

// FS holds the shipped name lists, one *.toml file each, and the
// calendar (see CalendarGlob).
//
//go:embed *.toml calendar/*.toml
var FS embed.FS

// Generated is the file that internal/gen writes; the others are written
// by hand and may add to its names (same id) or override display names.
const Generated = "countries.toml"

// Competitions is the file of tournaments and festivals, which titles of
// sport and culture name ("Roland Garros final").
const Competitions = "competitions_world.toml"

// CalendarGlob matches the files of the shipped calendar in FS
// (calendar/summits.toml, calendar/votes.toml): occasions held on known
// days (summits, national elections and referendums), read by
// data.ShippedCalendar. They are no name lists, and "*.toml" does not
// match them.
const CalendarGlob = "calendar/*.toml"

// IsCalendar reports whether the file of FS named name is part of the
// calendar rather than a name list.
func IsCalendar(name string) bool {
	ok, _ := path.Match(CalendarGlob, name)
	return ok
}
