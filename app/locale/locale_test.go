package locale

import "testing"

func TestIsPOSIX(t *testing.T) {
	for v, want := range map[string]bool{
		"C": true, "C.UTF-8": true, "POSIX": true, "C.utf8": true,
		"en_US.UTF-8": false, "nl_NL": false, "ar_EG.UTF-8": false, "Catalan": false,
	} {
		if got := isPOSIX(v); got != want {
			t.Errorf("isPOSIX(%q) = %v, want %v", v, got, want)
		}
	}
}
