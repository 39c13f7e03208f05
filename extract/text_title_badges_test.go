package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTextIsBadgeLine: a user's card with two badge counts after digits
// is a badge line; a headline about badges, one count alone, or counts
// not after a digit are not.
func TestTextIsBadgeLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"55.4k2424 gold badges197197 silver badges315315 bronze badges", true},
		{"1,99222 gold badges1414 silver badges1818 bronze badges", true},
		{"12 silver badges 3 bronze badges", true},
		{"How to earn gold badges and silver badges on Stack Overflow", false},
		{"55.4k2424 gold badges", false},
		{"Why is RAID not a backup?", false},
	} {
		if got := textIsBadgeLine(textNewBlocks(c.line), 0); got != c.want {
			t.Errorf("textIsBadgeLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestTextTitleNotBadges: a badge line taken gives way to the best other
// candidate that clears its bar; any other line taken stays.
func TestTextTitleNotBadges(t *testing.T) {
	blocks := textNewBlocks("Windows 10 WSL (bash) and mintty", "9,5754545 gold badges123123 silver badges181181 bronze badges",
		"I installed the Windows Subsystem for Linux and want to run its bash shell inside mintty instead of the console.")
	tc := textTwoTitleCands(blocks, 0)
	if got := textTitleNotBadges(tc, 1); got != 0 {
		t.Errorf("badge line taken: textTitleNotBadges = %d, want 0", got)
	}
	if got := textTitleNotBadges(tc, 0); got != 0 {
		t.Errorf("question taken: textTitleNotBadges = %d, want 0", got)
	}
}

// TestTextTitleNotBadgesWCXB: two Stack Exchange questions read without
// their URL (superuser.com) take the question, not a user's badge line.
func TestTextTitleNotBadgesWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for _, c := range []struct{ id, title string }{
		{"0565", "Windows 7 Explorer keyboard shortcut: set focus to files/folders/content area?"},
		{"2826", "Windows 10 WSL (bash) and mintty"},
		{"0172", ""}, // the card goes; the question over its stamp is taken (text_title_asked.go)
	} {
		if got := textFlatTitle(t, x, dir, c.id); strings.Contains(got, " badges") || c.title != "" && got != c.title {
			t.Errorf("%s: title %q, want %q", c.id, got, c.title)
		}
	}
}
