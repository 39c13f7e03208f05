package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextKeepToComments checks that a comment thread headed by "Name
// says:" over a date line leaves the body, and that a line ending in
// "says:" with no date under it (a quote's introduction) cuts nothing.
func TestTextKeepToComments(t *testing.T) {
	para := func(topic string) string {
		return "The harbour board said the " + topic + " changed a great deal this year, and crews who work the quay every morning told us they had noticed it long before the figures came out."
	}
	comment := "I have fished off this quay for thirty years and the new moorings are the best thing the board has done in a long while, thank you for writing this up."
	tests := []struct {
		name  string
		lines []string
		cut   int // the first block dropped, or -1
	}{
		{"thread", []string{para("boat counts"), para("mooring fees"), "Ivo Lindqvist says:", "July 14, 2015 at 4:30 pm", comment, "Reply"}, 2},
		{"no colon", []string{para("boat counts"), "Mira Tolland says", "March 3, 2024", comment}, 1},
		{"quote", []string{para("boat counts"), "The harbour master says:", para("winter storms"), para("fish prices")}, -1},
		{"long line", []string{para("boat counts"), "What the harbour master of the north quay says", "March 3, 2024", comment}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			textCheckCut(t, tt.lines, tt.cut, func(blocks []textBlock, keep []bool) { textKeepToComments(blocks, 0, keep) })
		})
	}
}

// TestTextExtractDropsComments checks the rule is applied on the way to
// the body.
func TestTextExtractDropsComments(t *testing.T) {
	var lines []string
	lines = append(lines, "Harbour Times", "Home", "News", "Sport", "Quay reopens after winter repairs")
	for _, topic := range []string{"boat counts", "mooring fees", "winter storms", "fish prices", "new quay plans"} {
		lines = append(lines, "The harbour board said the "+topic+" changed a great deal this year, and crews who work the quay every morning told us they had noticed it long before the figures came out.")
	}
	comment := "I have fished off this quay for thirty years and the new moorings are the best thing the board has done in a long while, thank you for writing this up."
	lines = append(lines, "Ivo Lindqvist says:", "July 14, 2015 at 4:30 pm", comment, "Reply", "About", "Contact")
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "t", Format: news.FormatText, Content: []byte(strings.Join(lines, "\n\n"))})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "fish prices") {
		t.Fatalf("body lost the article: %q", a.Body)
	}
	if strings.Contains(a.Body, "fished off this quay") {
		t.Errorf("body keeps the comment: %q", a.Body)
	}
}

// textThreadArticle is an invented article of 360 words of prose:
// a thread under it stands under the stamp layout's minWords
// (textStampThread).
func textThreadArticle() []string {
	var lines []string
	for _, topic := range []string{"boat counts", "mooring fees", "winter storms", "fish prices", "new quay plans", "ferry times", "lighthouse repairs", "harbour dues", "crane hire", "pilot fees"} {
		lines = append(lines, "The harbour board said the "+topic+" changed a great deal this year, and crews who work the quay every morning told us they had noticed it long before the figures came out in the spring.")
	}
	return lines
}

// textThreadComment is a reader's comment that reads like prose.
const textThreadComment = "I have fished off this quay for thirty years and the new moorings are the best thing the board has done in a long while, though the winter dues still weigh on the smaller crews who land less than they did."

// TestTextKeepToThread checks that a thread of comments headed by a name
// and a stamp with the clock time leaves the body under an article, and
// that a forum's posts, a question-and-answer page's, a lone stamp and a
// thread under a short text stay.
func TestTextKeepToThread(t *testing.T) {
	article := textThreadArticle()
	n := len(article)
	with := func(lines ...string) []string { return append(append([]string(nil), article...), lines...) }
	tests := []struct {
		name  string
		lines []string
		cut   int // the first block dropped, or -1
	}{
		{"name over stamp", with("Emma", "December 18, 2025, 9:59 pm", textThreadComment, "Reply", "Chris S", "December 18, 2025, 10:04 pm", textThreadComment), n},
		{"name run into stamp", with("AmySeptember 11, 2008 at 2:06 PM", textThreadComment, "ReplyDelete", "JamesApril 27, 2009 at 8:59 AM", textThreadComment), n},
		{"posted by", with("Posted by: John at December 18, 2025 05:48 PM", textThreadComment, "Posted by: Groggy at December 18, 2025 07:54 PM"), n},
		{"one stamp", with("Emma", "December 18, 2025, 9:59 pm", textThreadComment), -1},
		{"forum", []string{"Ivo Lindqvist Jun 7, 2017 at 8:28 pm", article[0], article[1], "Mira Tolland Jun 7, 2017 at 8:34 pm", article[2]}, -1},
		{"question and answer", with("asked Feb 11, 2011 at 23:49", textThreadComment, "Emma Feb 12, 2011 at 1:01"), -1},
		{"short text", []string{article[0], article[1], "Emma", "December 18, 2025, 9:59 pm", textThreadComment, "Chris S", "December 18, 2025, 10:04 pm"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			textCheckCut(t, tt.lines, tt.cut, func(blocks []textBlock, keep []bool) { textKeepToThread(blocks, 0, keep) })
		})
	}
}

// textCheckCut splits lines into blocks, keeps them all, lets cut clear
// keep, and checks that the blocks from cut on (none when cut < 0) are
// the ones dropped.
func textCheckCut(t *testing.T, lines []string, cut int, drop func(blocks []textBlock, keep []bool)) {
	t.Helper()
	blocks := textSplitBlocks(strings.Join(lines, "\n") + "\n")
	if len(blocks) != len(lines) {
		t.Fatalf("%d blocks of %d lines", len(blocks), len(lines))
	}
	keep := make([]bool, len(blocks))
	for i := range keep {
		keep[i] = true
	}
	drop(blocks, keep)
	for i, k := range keep {
		if want := cut < 0 || i < cut; k != want {
			t.Errorf("block %d %q kept %v, want %v", i, blocks[i].text, k, want)
		}
	}
}

// TestTextExtractDropsThread checks the rule is applied on the way to the
// body: the block model keeps the comments, which read like prose.
func TestTextExtractDropsThread(t *testing.T) {
	lines := []string{"Harbour Times", "Home", "News", "Sport", "Quay reopens after winter repairs"}
	lines = append(lines, textThreadArticle()...)
	lines = append(lines, "Emma", "December 18, 2025, 9:59 pm", textThreadComment, "Reply",
		"Chris S", "December 18, 2025, 10:04 pm", "The smaller crews were heard at the board's spring meeting, and the dues for boats under ten metres were cut by a fifth for the coming year.", "Reply",
		"About", "Contact")
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "t", Format: news.FormatText, Content: []byte(strings.Join(lines, "\n\n"))})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "lighthouse repairs") {
		t.Errorf("the article left the body:\n%s", a.Body)
	}
	for _, s := range []string{"fished off this quay", "spring meeting", "9:59 pm"} {
		if strings.Contains(a.Body, s) {
			t.Errorf("body keeps the thread's %q:\n%s", s, a.Body)
		}
	}
}

// TestTextEndsInClockCoversStamp checks that the cheap test in front of
// textThreadStampRE refuses no line the expression matches, over the
// clock's forms and tails, and refuses lines with no clock at the end.
func TestTextEndsInClockCoversStamp(t *testing.T) {
	for _, day := range []string{"Dec 18, 2025", "September 11, 2008 at", "DECEMBER 16 2025,", "oct. 16, 2010 at"} {
		for _, clock := range []string{"9:46", "21:58", "05:48"} {
			for _, tail := range []string{"", " pm", "PM", " a.m.", "A.M", " p.m"} {
				s := "Amy " + day + " " + clock + tail
				if !textThreadStampRE.MatchString(s) {
					t.Fatalf("%q: the expression does not match; the test's forms are wrong", s)
				}
				if !textEndsInClock(s) {
					t.Errorf("textEndsInClock(%q) = false, the expression matches", s)
				}
			}
		}
	}
	for _, s := range []string{"Note: see below", "Dec 18, 2025", "At 9:46 we left the quay", "9:4", ":46 pm"} {
		if textEndsInClock(s) {
			t.Errorf("textEndsInClock(%q) = true, want false", s)
		}
	}
}
