package extract

import (
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestCutAtComments checks that the HTML body ends at a heading that
// counts the comments on the article, and not at a bare count, which
// heads a forum's posts.
func TestCutAtComments(t *testing.T) {
	para := block{text: "The harbour board said the mooring fees changed a great deal this year, and crews told us so."}
	comment := block{text: "I have fished off this quay for thirty years and the new moorings are the best thing the board has done."}
	tests := []struct {
		name string
		head string
		want bool // the comment stays
	}{
		{"thoughts on", "3 thoughts on “Why the Harbour Board Opened the North Quay to Sailing Clubs After Eleven Years”", false},
		{"replies to", "15 Replies to \"Quay Reopens\"", false},
		{"bare count", "12 Comments", true},
		{"a sentence", "12 replies came in to the board's survey on the north quay.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := []block{para, para, {text: tt.head, heading: true}, comment}
			out := dropFurniture(bs, news.Article{})
			if got := out[len(out)-1].text == comment.text; got != tt.want {
				t.Errorf("comment kept %v, want %v (%d blocks left)", got, tt.want, len(out))
			}
		})
	}
}

// TestTextLeaveOutTail checks that the end matter closing a body above
// the page's footer is left out (a bio, a newsletter call), and that a
// bio inside the body, the end of a short body, a report's own last
// sentence ("This is the fifth ...") and the end of a text that no footer
// follows stay.
func TestTextLeaveOutTail(t *testing.T) {
	prose := "The harbour board said the quay would reopen on Monday after the repairs were finished."
	bio := "Mira Tolland is a harbour reporter who has covered the north quay for ten years."
	call := "Get the week's harbour news in your inbox every Friday."
	last := "This is the fifth time the quay has closed for repairs since the storm."
	roleBio := "Ivo Lindqvist has been a harbour writer for twenty years, and before that he sailed the north quay's ferries."
	mayor := "Mayor Ada Mulvey has promised the quay will stay open through the winter, and the board backed her."
	notice := "The information on this site is for informational purposes only and is not financial advice."
	footer := []string{"About us", "Contact", "Careers", "Advertise", "Privacy"}
	tests := []struct {
		name   string
		body   []string
		footer bool
		want   []string
	}{
		{"end matter", []string{prose, prose, prose, prose, prose, bio, call}, true, []string{prose, prose, prose, prose, prose}},
		{"a bio naming a trade", []string{prose, prose, prose, prose, prose, roleBio}, true, []string{prose, prose, prose, prose, prose}},
		{"a closing sentence about a person", []string{prose, prose, prose, prose, prose, mayor}, true,
			[]string{prose, prose, prose, prose, prose, mayor}},
		{"a disclaimer", []string{prose, prose, prose, prose, prose, notice}, true, []string{prose, prose, prose, prose, prose}},
		{"a disclaimer inside", []string{prose, prose, notice, prose, prose, prose}, true, []string{prose, prose, notice, prose, prose, prose}},
		{"a bio inside", []string{prose, prose, bio, prose, prose, prose}, true, []string{prose, prose, bio, prose, prose, prose}},
		{"a short body", []string{prose, prose, bio}, true, []string{prose, prose, bio}},
		{"a report's last sentence", []string{prose, prose, prose, prose, prose, last}, true, []string{prose, prose, prose, prose, prose, last}},
		{"no footer", []string{prose, prose, prose, prose, prose, bio, call}, false, []string{prose, prose, prose, prose, prose, bio, call}},
		{"a bio under its writer's name", []string{prose, prose, prose, prose, prose, "Mira Tolland", bio}, true,
			[]string{prose, prose, prose, prose, prose}},
		{"a desk's name under a bio", []string{prose, prose, prose, prose, prose, bio, "Harbour Desk"}, true,
			[]string{prose, prose, prose, prose, prose}},
		{"a label without end matter", []string{prose, prose, prose, prose, prose, "Keel Street"}, true,
			[]string{prose, prose, prose, prose, prose, "Keel Street"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, keep := textKeptBody(tt.body, footer, tt.footer)
			body, _ := textAssemble(blocks, keep, false)
			if want := strings.Join(tt.want, "\n\n"); body != want {
				t.Errorf("body\n%q\nwant\n%q", body, want)
			}
		})
	}
}

// textKeptBody returns the blocks of body, kept, followed by the footer's,
// left out, when withFooter: a page's article over its site's template.
func textKeptBody(body, footer []string, withFooter bool) ([]textBlock, []bool) {
	var blocks []textBlock
	var keep []bool
	for _, l := range body {
		blocks, keep = append(blocks, textNewBlock(l)), append(keep, true)
	}
	if withFooter {
		for _, l := range footer {
			blocks, keep = append(blocks, textNewBlock(l)), append(keep, false)
		}
	}
	return blocks, keep
}

// TestTextLeaveOutSources holds textLeaveOutClosing: a list of sources
// under the body's latter half goes with its heading; a heading early in
// the body, a recipe's notes and a short body stay.
func TestTextLeaveOutSources(t *testing.T) {
	prose := "The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished."
	cite := "Tolland, M. (2025). Tides and quays of Harbourton. Harbourton Press."
	tests := []keptBodyCase{
		{"references", []string{prose, prose, prose, prose, prose, "References", cite, cite},
			[]string{prose, prose, prose, prose, prose}},
		{"article sources with a colon", []string{prose, prose, prose, prose, prose, "Article Sources:", cite},
			[]string{prose, prose, prose, prose, prose}},
		{"a heading early in the body", []string{prose, "Sources", prose, prose, prose, prose},
			[]string{prose, "Sources", prose, prose, prose, prose}},
		{"notes", []string{prose, prose, prose, prose, prose, "Notes", prose},
			[]string{prose, prose, prose, prose, prose, "Notes", prose}},
		{"a short body", []string{prose, prose, "Footnotes", cite}, []string{prose, prose, "Footnotes", cite}},
	}
	checkKeptBodies(t, tests)
}

// TestTextReaderAppeal holds the reader appeals textLeaveOutClosing cuts
// the body at: an appeal that turns to the reader of the article goes
// with everything under it, wherever it stands; advice that opens like
// one, and an appeal over a short body, stay.
func TestTextReaderAppeal(t *testing.T) {
	prose := "The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished."
	teaser := "How the Keel Street ferry doubled its crossings in one winter"
	donate := "The Harbourton Ledger is kept alive by its readers, with no paywall and no advertising."
	tests := []keptBodyCase{
		{"if you enjoyed this article", []string{prose, prose, prose, prose, prose,
			"If you enjoyed this article, please share it with a friend in Harbourton.", teaser, teaser},
			[]string{prose, prose, prose, prose, prose}},
		{"enjoyed this piece, a donation box under it", []string{prose, prose, prose, prose, prose,
			"Enjoyed this piece? The Ledger runs on readers like you.", donate, prose, prose, prose, prose, prose, prose},
			[]string{prose, prose, prose, prose, prose}},
		{"did you like this post", []string{prose, prose, prose, prose, prose,
			"Did you like this post? A cup of tea keeps the Ledger afloat.", teaser},
			[]string{prose, prose, prose, prose, prose}},
		{"like what you see", []string{prose, prose, prose, prose, prose, "Like what you read? Tell a friend on Keel Street"},
			[]string{prose, prose, prose, prose, prose}},
		{"found this interesting", []string{prose, prose, prose, prose, prose, "Found this interesting? Share it with your crew.", teaser},
			[]string{prose, prose, prose, prose, prose}},
		{"support our journalism", []string{prose, prose, prose, prose, prose, "Support our work on the waterfront, so that the Ledger can keep reporting from Keel Street every week.", donate},
			[]string{prose, prose, prose, prose, prose}},
		{"an appeal after a sentence about the site", []string{prose, prose, prose, prose, prose,
			"Harbourton Ledger interviews are costly to make. If you've enjoyed this interview, please give what you can.", teaser},
			[]string{prose, prose, prose, prose, prose}},
		{"the site's name over its appeal", []string{prose, prose, prose, prose, prose, "Harbourton Ledger",
			"The Ledger is made on Keel Street. If you liked this article, please share it.", teaser},
			[]string{prose, prose, prose, prose, prose}},
		{"advice that opens like an appeal", []string{prose, prose, prose, prose, prose,
			"If you like this style of quay, Keel Street has three more.", prose},
			[]string{prose, prose, prose, prose, prose, "If you like this style of quay, Keel Street has three more.", prose}},
		{"a short body", []string{prose, "If you liked this post, read on.", teaser},
			[]string{prose, "If you liked this post, read on.", teaser}},
	}
	checkKeptBodies(t, tests)
}

// TestTextProvenanceNote holds the note on an article's first
// publication that textLeaveOutClosing cuts the body at: in the body's
// latter half it goes with what follows; at the top, where it opens the
// article, and as a sentence about a story's discovery, it stays.
func TestTextProvenanceNote(t *testing.T) {
	prose := "The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished."
	teaser := "How the Keel Street ferry doubled its crossings in one winter"
	published := "This article was originally published on 3 March 2025 and has been updated since."
	produced := "This story about the Keel Street quay was written by Mira Tolland and produced by the Harbourton Ledger."
	reported := "The story was first reported by the Harbourton Ledger, whose crews found the cracked piles in May."
	tests := []keptBodyCase{
		{"originally published", []string{prose, prose, prose, prose, prose, published, teaser, teaser},
			[]string{prose, prose, prose, prose, prose}},
		{"written and produced by", []string{prose, prose, prose, prose, prose, produced, "Harbourton Ledger newsletter", teaser},
			[]string{prose, prose, prose, prose, prose}},
		{"at the top", []string{published, prose, prose, prose, prose, prose},
			[]string{published, prose, prose, prose, prose, prose}},
		{"a story first reported", []string{prose, prose, prose, prose, prose, reported, prose},
			[]string{prose, prose, prose, prose, prose, reported, prose}},
	}
	checkKeptBodies(t, tests)
}

// TestTextLeaveOutBios holds textLeaveOutBios: a writer's bio among the
// body's first or last paragraphs goes, a teaser after it or no footer
// under the body notwithstanding; an opening that names a trade only
// after its first sentence, a profile's subject in the body's middle and
// a bio over a short body stay.
func TestTextLeaveOutBios(t *testing.T) {
	prose := "The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished."
	bio := "Mira Tolland is a harbour reporter who has covered the Keel Street docks for a decade. She lives in Harbourton."
	teaser := "How the Keel Street ferry doubled its crossings in one winter"
	opening := "Dredging is one of the oldest harbour trades. In the old port the work fell to the ferrymen and their teachers, who kept his tools."
	tests := []keptBodyCase{
		{"a bio above the article", []string{bio, prose, prose, prose, prose, prose},
			[]string{prose, prose, prose, prose, prose}},
		{"a bio under the headline's lines", []string{"Harbour news", prose, bio, prose, prose, prose, prose, prose},
			[]string{"Harbour news", prose, prose, prose, prose, prose, prose}},
		{"a trade after the first sentence", []string{opening, prose, prose, prose, prose, prose},
			[]string{opening, prose, prose, prose, prose, prose}},
		{"a bio under the article, a teaser after it", []string{prose, prose, prose, prose, prose, bio, teaser, teaser},
			[]string{prose, prose, prose, prose, prose, teaser, teaser}},
		{"a bio under its writer's name", []string{prose, prose, prose, prose, prose, "Mira Tolland", bio, teaser, teaser},
			[]string{prose, prose, prose, prose, prose, teaser, teaser}},
		{"a heading that is not the writer's name", []string{prose, prose, prose, prose, prose, "Harbour news", bio, teaser, teaser},
			[]string{prose, prose, prose, prose, prose, "Harbour news", teaser, teaser}},
		{"a bio in the body's middle", []string{prose, prose, prose, prose, prose, prose, prose, prose, prose,
			bio, prose, prose, prose, prose, prose, prose, prose, prose, prose},
			[]string{prose, prose, prose, prose, prose, prose, prose, prose, prose,
				bio, prose, prose, prose, prose, prose, prose, prose, prose, prose}},
		{"a short body", []string{bio, prose, prose}, []string{bio, prose, prose}},
	}
	checkKeptBodies(t, tests)
}

// TestTextBioUnderName holds textIsBioUnderName: under the body, a bio
// that names a trade goes with the line of its writer's name above it,
// though it opens otherwise and says neither "he" nor "she"; a section
// heading over the article's close, an offer's heading and a profile
// that names no trade stay.
func TestTextBioUnderName(t *testing.T) {
	prose := "The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished."
	teaser := "How the Keel Street ferry doubled its crossings in one winter"
	asEditor := "As the Harbourton Ledger's shipping editor, Mira has covered the Keel Street docks since 2019."
	firstName := "Mira first became a reporter at fourteen, writing up the regattas for the school paper."
	closing := "The board's choices leave Harbourton's editors and fishermen with a quieter quay this winter."
	offer := "Harbour Consultant Services plan the ferries' moorings; ask our manager about winter rates for Keel Street."
	profile := "Mira Tolland grew up on Keel Street and still rows across the harbour every morning."
	tests := []keptBodyCase{
		{"a bio opening with the trade", []string{prose, prose, prose, prose, prose, "Mira Tolland", asEditor, teaser, teaser},
			[]string{prose, prose, prose, prose, prose, teaser, teaser}},
		{"a bio opening with the first name", []string{prose, prose, prose, prose, prose, "Mira Tolland", firstName},
			[]string{prose, prose, prose, prose, prose}},
		{"a heading over the close", []string{prose, prose, prose, prose, prose, "The Bottom Line", closing},
			[]string{prose, prose, prose, prose, prose, "The Bottom Line", closing}},
		{"an offer's heading", []string{prose, prose, prose, prose, prose, "Harbour Consultant Services", offer},
			[]string{prose, prose, prose, prose, prose, "Harbour Consultant Services", offer}},
		{"a profile naming no trade", []string{prose, prose, prose, prose, prose, "Mira Tolland", profile},
			[]string{prose, prose, prose, prose, prose, "Mira Tolland", profile}},
		{"a short body", []string{prose, "Mira Tolland", asEditor}, []string{prose, "Mira Tolland", asEditor}},
	}
	checkKeptBodies(t, tests)
}

// TestTextNamesTrade checks that textNamesTrade reads as textBioRoleRE
// does.
func TestTextNamesTrade(t *testing.T) {
	for _, s := range []string{
		"Mira Tolland is a harbour reporter.", "She is our Editor-in-Chief.", "a co-founder of Keel", "WRITERS and EDITORS",
		"the ferrymen and their teachers", "writer2 of the piece", "the writers_guild", "éditor", "a CEO's view", "no trade here",
		"ownership", "a s", "",
	} {
		if got, want := textNamesTrade(s), textBioRoleRE.MatchString(s); got != want {
			t.Errorf("textNamesTrade(%q) = %v, the expression says %v", s, got, want)
		}
	}
}

// keptBodyCase is a flattened page's paragraphs and those its body keeps.
type keptBodyCase struct {
	name       string
	body, want []string
}

// checkKeptBodies runs each case's paragraphs through the body's rules
// and assembly.
func checkKeptBodies(t *testing.T, tests []keptBodyCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, keep := textKeptBody(tt.body, nil, false)
			body, _ := textAssemble(blocks, keep, false)
			if want := strings.Join(tt.want, "\n\n"); body != want {
				t.Errorf("body\n%q\nwant\n%q", body, want)
			}
		})
	}
}

// TestTextAppealOpenersCoverExpression holds the openers textOpensAppeal
// tests before its expression to the expression: every way a match can
// open is among them, so a form added to textReaderAppealRE alone is not
// silently filtered out.
func TestTextAppealOpenersCoverExpression(t *testing.T) {
	re, err := syntax.Parse(textReaderAppealRE.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	// Every literal text a match can open with, up to 12 bytes.
	var starts []string
	var walk func(prefix string, rest []*syntax.Regexp)
	walk = func(prefix string, rest []*syntax.Regexp) {
		if len(prefix) >= 12 || len(rest) == 0 {
			starts = append(starts, prefix)
			return
		}
		r, tail := rest[0], rest[1:]
		switch r.Op {
		case syntax.OpLiteral:
			walk(prefix+string(r.Rune), tail)
		case syntax.OpConcat:
			walk(prefix, append(slices.Clone(r.Sub), tail...))
		case syntax.OpAlternate:
			for _, sub := range r.Sub {
				walk(prefix, append([]*syntax.Regexp{sub}, tail...))
			}
		case syntax.OpCapture:
			walk(prefix, append([]*syntax.Regexp{r.Sub[0]}, tail...))
		case syntax.OpQuest:
			walk(prefix, tail)
			walk(prefix, append([]*syntax.Regexp{r.Sub[0]}, tail...))
		case syntax.OpCharClass:
			for i := 0; i < len(r.Rune); i += 2 {
				for c := r.Rune[i]; c <= r.Rune[i+1] && c-r.Rune[i] < 4; c++ {
					walk(prefix+string(c), tail)
				}
			}
		case syntax.OpBeginText, syntax.OpBeginLine, syntax.OpWordBoundary, syntax.OpEmptyMatch:
			walk(prefix, tail)
		default:
			starts = append(starts, prefix)
		}
	}
	walk("", []*syntax.Regexp{re})
	if len(starts) < len(textAppealOpeners) {
		t.Fatalf("read %d openings of the expression, fewer than its %d openers", len(starts), len(textAppealOpeners))
	}
	for _, s := range starts {
		if !slices.ContainsFunc(textAppealOpeners, func(o string) bool { return strings.HasPrefix(s, o) || strings.HasPrefix(o, s) }) {
			t.Errorf("textReaderAppealRE can open with %q, which no opener in textAppealOpeners covers", s)
		}
		if len(s) >= 2 && !textAppealPair(s[0], s[1]) {
			t.Errorf("textReaderAppealRE can open with %q, whose first two letters textAppealPair refuses", s)
		}
	}
}
