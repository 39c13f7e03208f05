package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextNoControlName checks that a forum's control read as a byline
// (wcxb-dev 0538's "Quote", 0546's "Featured Replies", 0562's
// "username", 4312's "Search") names nobody, and that a name holding such
// a word stays.
func TestTextNoControlName(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Quote", ""},
		{"Featured Replies", ""},
		{"featured replies", ""},
		{"username", ""},
		{"Search", ""},
		{"changingtimes", "changingtimes"},
		{"Quote Investigator", "Quote Investigator"},
		{"Search Engine Land", "Search Engine Land"},
		{"Featured Replies Team", "Featured Replies Team"},
		{"", ""},
	} {
		if got := textNoControlName(tt.name); got != tt.want {
			t.Errorf("textNoControlName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestTextNoEditorName checks that the name under a question's edit
// stamp (wcxb-dev 0172's "edited Feb 12, 2011 at 21:50" over "Aaronut",
// joined by the splitter to the "Follow" above it) names nobody, and that
// the asker's under "asked … at …", or a name under an editor's credit,
// stays.
func TestTextNoEditorName(t *testing.T) {
	blocks := []textBlock{
		{text: "Follow\nedited Feb 12, 2011 at 21:50"}, {text: "Aaronut"},
		{text: "55.4k24 gold badges"}, {text: "asked Feb 11, 2011 at 23:49"}, {text: "KumikoGoingCrAzY"},
		{text: "edited by"}, {text: "Maren Solberg"},
	}
	for _, tt := range []struct{ name, want string }{
		{"Aaronut", ""},
		{"KumikoGoingCrAzY", "KumikoGoingCrAzY"},
		{"Maren Solberg", "Maren Solberg"},
		{"Nobody Here", "Nobody Here"},
		{"", ""},
	} {
		if got := textNoEditorName(blocks, tt.name); got != tt.want {
			t.Errorf("textNoEditorName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestTextPostByName checks that a phpBB post's byline (wcxb-dev 0536's
// "Post by galitsyn » 11. Sep 2024, 18:36") names its writer, the first
// post's, even joined under a short line, and that a sentence holding
// "Post by" names nobody. The blocks are read as the block reader reads
// them, so the gate (textMayHoldPostBy) is asked too.
func TestTextPostByName(t *testing.T) {
	for _, tt := range []struct {
		blocks []string
		want   string
	}{
		{[]string{"Quote\nPost by galitsyn » 11. Sep 2024, 18:36", "Hello", "Post by Simple07 » 11. Sep 2024, 21:06"}, "galitsyn"},
		{[]string{"Re: the release", "Post by multiOS » 11. Sep 2024, 23:05"}, "multiOS"},
		{[]string{"A Post by the river » was the reply"}, ""},
		{[]string{"Post by nobody at all"}, ""},
	} {
		if got := textPostByName(textReadBlocksAlone(tt.blocks)); got != tt.want {
			t.Errorf("textPostByName(%q) = %q, want %q", tt.blocks, got, tt.want)
		}
	}
}

// textReadBlocksAlone reads each text as one block, as textReadBlock
// does: its flags (by, lines) and its lowered start set.
func textReadBlocksAlone(texts []string) []textBlock {
	lows := textLowerPrefixes(texts, textPhraseWindow)
	sc := textnorm.NewWordScanner("")
	blocks := make([]textBlock, len(texts))
	for i, s := range texts {
		blocks[i] = textReadBlock(s, lows[i], textWebUnread, &sc, nil)
	}
	return blocks
}

// TestTextPostByGate holds the gate to the search: every block holding a
// "Post by NAME »" line passes textMayHoldPostBy, as read by the page's
// reader (textSplitBlocks) on made-up forum pages and, with
// STORYFOLD_DATA set, on every wcxb-dev flat page (0536 and 0538 hold
// such lines), and as read alone (textReadBlock).
func TestTextPostByGate(t *testing.T) {
	made := []string{
		"Board index\n\nPost by galitsyn » 11. Sep 2024, 18:36\n\nHello all, the new release is out.",
		"Quote\nPost by alice » 2. Jan 2025, 09:00\nThe reply reads so.",
		"A short line by the editor\nPost by bob » 3. Jan 2025, 10:00",
		"Written by Carol Day and read by many people across the world today\nPost by carol » 4. Jan 2025",
		"POST BY dave » 5. Jan 2025\nPost by dave » 5. Jan 2025",
	}
	pages := made
	for _, p := range textSpeedPages(t) {
		pages = append(pages, string(p.Content))
	}
	found := 0
	check := func(where string, b *textBlock) {
		if textPostByIn(b.text) == "" {
			return
		}
		found++
		if !textMayHoldPostBy(b) {
			t.Errorf("%s: the gate shuts out %q (by %v, lines %v, low %q)", where, b.text, b.by, b.lines, b.low)
		}
	}
	for i, text := range pages {
		blocks := textSplitBlocks(text)
		for k := range blocks {
			check(fmt.Sprintf("page %d block %d", i, k), &blocks[k])
		}
		alone := textReadBlocksAlone(strings.Split(text, "\n\n"))
		for k := range alone {
			check(fmt.Sprintf("page %d part %d", i, k), &alone[k])
		}
	}
	if found < len(made) {
		t.Fatalf("only %d blocks hold a 'Post by' line: the test reads too few", found)
	}
}
