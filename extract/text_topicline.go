package extract

import "strings"

// A post's topic line under its body: "Tagged: college essay tips",
// "Filed in: cheap laptop, cheap laptops". The site sets its labels under
// every post; the gold bodies leave them. Over the wcxb-dev flat pages
// the flat path keeps such a line as the body's last on two articles of
// two sites (a shop's blog, an admissions blog), and the gold keeps none
// as a last line: the one it keeps, a catalogue listing's "Filed under:
// Hardware -- Catalogs", stands inside the listing's body. The soft end
// cue "tags" (textSoftCues) reads the bare label; these come with their
// values on the label's line.
//
// What it must not touch: a label inside the body (a listing's entry
// with its subject) stays, so only the body's last line is read; a
// sentence that opens "Topics:" or "Categories:" and runs on is longer
// than textTopicLineWords.

// textTopicLineWords is the most words of a topic line.
const textTopicLineWords = 16

// textTopicLabels are the labels a topic line opens with, lower case,
// each before its colon.
var textTopicLabels = [...]string{"tags", "tag", "tagged", "tagged with", "tagged in", "filed in", "filed under",
	"posted in", "categories", "category", "topics"}

// textLeaveOutTopicLine marks the body's last staying block when it is
// one line of at most textTopicLineWords words opening with one of
// textTopicLabels and its colon.
func textLeaveOutTopicLine(blocks []textBlock, keep, out []bool) {
	textLeaveOutLastIf(blocks, keep, out, textIsTopicLine) // text_lastblock.go
}

// textIsTopicLine reports whether b is a topic line (textLeaveOutTopicLine).
func textIsTopicLine(b *textBlock) bool {
	if b.lines || b.words > textTopicLineWords {
		return false
	}
	for _, l := range textTopicLabels {
		if strings.HasPrefix(b.low, l) && strings.HasPrefix(b.low[len(l):], ": ") {
			return true
		}
	}
	return false
}
