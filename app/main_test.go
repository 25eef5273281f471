package app

import (
	"fmt"
	"os"
	"testing"
)

// TestMain gives the package's tests a configuration and cache folder of
// their own: a window that opens the seeds looks for an autosaved project
// under the user's configuration folder, so a file left there by a real
// session (or another test run) must not put a "recover?" dialog over the
// window a test drives, and no test may write into the user's folders.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "caravan-app-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("XDG_CONFIG_HOME", dir+"/config")
	os.Setenv("XDG_CACHE_HOME", dir+"/cache")
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
