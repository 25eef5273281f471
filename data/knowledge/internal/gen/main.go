// Command gen writes countries.toml, the names of every country in the
// languages Caravan reads, in the names.toml format. It takes them from
// two sources that already know them, so that no one types them:
//
//   - golang.org/x/text/language/display (CLDR): a region's name in about
//     a hundred languages;
//   - Debian's iso-codes (apt-get install iso-codes): the ISO 3166-1 list
//     with its official and common names, and their translations in the
//     gettext catalogues /usr/share/locale/LANG/LC_MESSAGES/iso_3166-1.mo.
//
// Run it with go generate in data/knowledge; the output is committed, so
// building Caravan needs neither source.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	out := flag.String("out", "countries.toml", "file to write")
	isoDir := flag.String("iso-codes", "/usr/share/iso-codes/json", "folder of iso-codes' JSON files")
	localeDir := flag.String("locale", "/usr/share/locale", "folder of the gettext catalogues")
	flag.Parse()
	countries, err := readISO(filepath.Join(*isoDir, "iso_3166-1.json"))
	if err != nil {
		log.Fatalf("%v (install Debian's iso-codes: apt-get install -y iso-codes)", err)
	}
	catalogues := map[string][]map[string]string{}
	for _, lang := range languages {
		for _, dir := range lang.gettext {
			path := filepath.Join(*localeDir, dir, "LC_MESSAGES", "iso_3166-1.mo")
			b, err := os.ReadFile(path)
			if err != nil {
				log.Fatal(err)
			}
			m, err := parseMO(b)
			if err != nil {
				log.Fatalf("%s: %v", path, err)
			}
			catalogues[lang.key] = append(catalogues[lang.key], m)
		}
	}
	text := render(countries, catalogues)
	if err := writeAtomic(*out, []byte(text)); err != nil {
		log.Fatal(err)
	}
}

// isoCountry is one entry of iso_3166-1.json.
type isoCountry struct {
	Alpha2   string `json:"alpha_2"`
	Name     string `json:"name"`
	Common   string `json:"common_name"`
	Official string `json:"official_name"`
}

func readISO(path string) ([]isoCountry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Countries []isoCountry `json:"3166-1"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(doc.Countries) < 200 {
		return nil, fmt.Errorf("%s: only %d countries", path, len(doc.Countries))
	}
	return doc.Countries, nil
}

// writeAtomic writes through a temporary file in the same folder, so an
// interrupted run leaves the old file whole.
func writeAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
