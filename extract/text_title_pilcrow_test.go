package extract

import "testing"

// TestTextTitleNoPilcrow: a heading's permalink pilcrow leaves the
// title's end; one inside a title, or none, leaves the title as it is.
func TestTextTitleNoPilcrow(t *testing.T) {
	for in, want := range map[string]string{
		"Tide Tables and Ferry Times¶":  "Tide Tables and Ferry Times",
		"Tide Tables and Ferry Times ¶": "Tide Tables and Ferry Times",
		"The ¶ Sign in Harbour Charts":  "The ¶ Sign in Harbour Charts",
		"Tide Tables and Ferry Times":   "Tide Tables and Ferry Times",
	} {
		if got := textTitleNoPilcrow(in); got != want {
			t.Errorf("textTitleNoPilcrow(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTextTitleNoPilcrowPage: through Extract, a documentation page whose
// heading carries its permalink's pilcrow is given the heading alone.
func TestTextTitleNoPilcrowPage(t *testing.T) {
	lines := textTitleDatedPage("Harbour Walks: The North Coast Path¶")
	checkTextTitlePage(t, lines, "Harbour Walks: The North Coast Path")
}
