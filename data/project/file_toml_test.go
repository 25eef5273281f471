package project

import "testing"

// TestBasicStrings: every literal string go-toml's encoder may write, in a
// value, a list, a key or a table header, comes out double-quoted; basic
// strings, bare keys, comments and the rest are left as they are.
func TestBasicStrings(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a = 'x'\n", "a = \"x\"\n"},
		{"a = ['x', \"y\", 'back\\slash \"q\"']\n", "a = [\"x\", \"y\", \"back\\\\slash \\\"q\\\"\"]\n"},
		{"'*' = ['BC-24']\n", "\"*\" = [\"BC-24\"]\n"},
		{"[t.'a b']\nk = 1 # it's\n", "[t.\"a b\"]\nk = 1 # it's\n"},
		{"[[decision]]\nid = \"it's\"\ntime = 2026-12-06T12:00:00Z\n", "[[decision]]\nid = \"it's\"\ntime = 2026-12-06T12:00:00Z\n"},
		{"a = ''\n", "a = \"\"\n"},
	} {
		got, err := basicStrings([]byte(tc.in))
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		if string(got) != tc.want {
			t.Errorf("basicStrings(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if _, err := basicStrings([]byte("a = 'x\n")); err == nil {
		t.Error("no error for a broken document")
	}
}
