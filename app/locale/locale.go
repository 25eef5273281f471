// Package locale gives Fyne a locale it can parse before Fyne reads it.
//
// Fyne's lang package reads the user's locale in an init function and logs
// "Fyne error: Error parsing user locale C" to standard error whenever LANG
// or LC_ALL is the POSIX locale ("C", "POSIX", "C.UTF-8"), as it is on most
// servers and CI machines. That line would precede every command-line
// report. main imports this package so that its init runs first: Go
// initialises packages in import-path order among those whose dependencies
// are ready, this package needs only os, and "github.com/caravan-analytics"
// sorts before every dependency of Fyne's lang package
// ("github.com/jeandeaual/go-locale", "github.com/nicksnyder/go-i18n", …).
package locale

import (
	"os"
	"strings"
)

func init() {
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(key)
		if v == "" {
			continue
		}
		if isPOSIX(v) {
			// English is what the POSIX locale means for messages.
			os.Setenv(key, "en_US.UTF-8")
		}
	}
}

func isPOSIX(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	return base == "C" || base == "POSIX"
}
