package extract

import (
	"path/filepath"
	"testing"
)

func TestTextIsThreadMark(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Asked 12 years, 1 month ago", true},
		{"Asked 9 days ago", true},
		{"Published 6 hours ago", false},
		{"Ask Question", false},
		{"Asked and answered: why the market fell so far a year ago", false}, // a headline: eleven words
		{"asked 3 days ago", false},
		{"Asked 3 days ago by a reader who wants to know more", false},
		{"Jump to Latest", true},
		{"Jump to the latest news", false},
		{"Scheduled Pinned Locked Moved General Discussion", true},
		{"Scheduled maintenance: the forum is locked", false},
	} {
		b := textNewBlocks(c.text)
		if got := textIsThreadMark(&b[0]); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// textTitleCandsOf is a title context over blocks of texts, for the
// after-rules' tests.
func textTitleCandsOf(texts ...string) *textTitleCandidates {
	return &textTitleCandidates{blocks: textNewBlocks(texts...)}
}

func TestTextTitleOverThreadMark(t *testing.T) {
	for _, c := range []struct {
		name string
		c    *textTitleCandidates
		at   int
		want int
	}{
		{"the button between", textTitleCandsOf("Try new site Try BETA", "Why is RAID not a backup?", "Ask Question", "Asked 16 years, 10 months ago"), 0, 1},
		{"no button", textTitleCandsOf("Try new site Try BETA", "Why is RAID not a backup?", "Asked 16 years, 10 months ago"), 0, 1},
		{"none taken", textTitleCandsOf("Why is RAID not a backup?", "Ask Question", "Asked 16 years, 10 months ago"), -1, 0},
		{"one word over the stamp", textTitleCandsOf("Try new site Try BETA", "Questions", "Asked 16 years, 10 months ago"), 0, 0},
		{"Jump to Latest", textTitleCandsOf("410 posts · Joined 2002", "Replacement Projector Recommendations 2024", "Jump to Latest"), 0, 1},
		{"no stamp", textTitleCandsOf("Try new site Try BETA", "Why is RAID not a backup?", "Ask Question", "Published 6 hours ago"), 0, 0},
		{"the first stamp only", textTitleCandsOf("Try new site Try BETA", "Why is RAID not a backup?", "Asked 1 year ago", "Linked", "Asked 2 years ago"), 0, 1},
	} {
		if got := textTitleOverThreadMark(c.c, c.at); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
	far := make([]string, textThreadMarkReach)
	for i := range far {
		far[i] = "Try new site Try BETA"
	}
	far = append(far, "Why is RAID not a backup?", "Asked 16 years, 10 months ago")
	if got := textTitleOverThreadMark(textTitleCandsOf(far...), 0); got != 0 {
		t.Errorf("a stamp past the reach: %d, want 0", got)
	}
	for _, c := range []struct {
		name string
		c    *textTitleCandidates
		at   int
		want int
	}{
		{"the last block the reach reads", textTitleCandsOf(append(far[:textThreadMarkReach-2:textThreadMarkReach-2], "Why is RAID not a backup?", "Asked 16 years, 10 months ago")...), 0, textThreadMarkReach - 2},
	} {
		if got := textTitleOverThreadMark(c.c, c.at); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

// TestTextTitleOverThreadMarkWCXB: forum threads read without their URL
// take the thread's title over the platform's mark (Stack Exchange on
// five sites, two of one host's template, two NodeBB forums), where the
// title model took the site's furniture, a user's card or a post's
// controls.
func TestTextTitleOverThreadMarkWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for _, c := range []struct{ id, title string }{
		{"0172", "Catering event for 1st time. How should I prepare?"},
		{"0564", `Why is "except: pass" a bad programming practice?`},
		{"0567", "How to back up my entire system?"},
		{"1177", "How does residential electricity work?"},
		{"2828", "DHCP providing IP but not creating DNS A record"},
		{"0528", "Replacement Projector Recommendations 2024"},
		{"4317", "Beginner woodworking projects"},
		{"0549", "RC1 of NodeBB v4"},
		{"0553", "How to display saved KML or GPX route on ipad or mobile app?"},
	} {
		a := extractWCXBFlat(t, x, dir, c.id, "")
		if a.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.id, a.Title, c.title)
		}
	}
}
