package extract

import (
	"fmt"
	"strings"
	"testing"
)

// textLaterGatedPages are short pages, each of the shape one gated later
// byline reading names a writer from (the reading found by its gate),
// each reading's own test's shape, a block a line: "Copy link\nwritten
// by" is one block, as the page's reader joins a label to the line over
// it.
func textLaterGatedPages() map[*textLaterGate][]textBlock {
	const head = "Harbour Ferries Return for Winter"
	const body = "The harbour board will run the ferries twice a day from the pier on Mill Lane this winter, and the times are set."
	return map[*textLaterGate][]textBlock{
		textAuthorLabelGate: textNewBlocks(head, body, "Share this article", "Yara Lund", "Author", "@yaralund • Jan 26, 2026 •"),
		textLabelEndGate:    textNewBlocks(head, body, "Share", "Copy link\nwritten by", "Maren Solberg", "Chief Editor"),
		textLabelCredsGate:  textNewBlocks(head, body, "Written by", "Maren Solberg, M.S., RD"),
		textCountedNameGate: textNewBlocks(head, body, "Maren March 4, 2025 0 Comments"),
		textExpertLabelGate: textNewBlocks(head, body, "About Our Expert", "Maren Solberg", "Writer, Hardware", "My Experience", "Contact"),
		textPostedAtGate:    textNewBlocks(head, body, "Posted by Maren at December 16, 2025 11:15 AM", "Comments"),
		textMarkedGate:      textNewBlocks(head, "Jane Roe1 ; Ed Poe2 ; Al Moe1", body),
		textSearchLinkGate:  textNewBlocks(head, "Jane Roe", "Jane Roe", "1 Department of Marine Biology, Harbour University", "Find articles by Jane Roe", body),
		textNameJobsGate:    textNewBlocks(head, "Written by", "Jane Roe, harbour reporter for ten years", body),
		textAboutLabelGate:  textNewBlocks(head, body, "About the Author: Maren", "Engineer by day, sailor by night."),
	}
}

// textLaterBylinePlain is textLaterByline without the census: every
// reading asked in turn.
func textLaterBylinePlain(blocks []textBlock, at, first int, title string) string {
	for _, r := range textLaterBylines {
		if name := r.read(blocks, at, first, title); name != "" {
			return name
		}
	}
	return ""
}

// textLaterTestPages are the blocks of the gated readings' short pages,
// of the seeds and, with STORYFOLD_DATA, of every wcxb-dev flat page.
func textLaterTestPages(t *testing.T) [][]textBlock {
	var pages [][]textBlock
	for _, blocks := range textLaterGatedPages() {
		pages = append(pages, blocks)
	}
	for _, p := range textSpeedPages(t) {
		pages = append(pages, textSplitBlocks(string(p.Content)))
	}
	return pages
}

// TestTextLaterGatesNecessary holds each gate to its reading: on every
// page where the reading (from the page's first block, its widest
// reach) gives a name, the census lets it through. Each gated reading
// gives its name on its short page, so none is held on no page.
func TestTextLaterGatesNecessary(t *testing.T) {
	for g, blocks := range textLaterGatedPages() {
		if k := textLaterGateIndex(t, g); textLaterBylines[k].read(blocks, -1, 0, "") == "" {
			t.Errorf("reading %d gives no name on its page %q", k, textBlockTexts(blocks))
		}
	}
	for _, blocks := range textLaterTestPages(t) {
		seen := textLaterCensusOf.seen(blocks)
		for k, r := range textLaterBylines {
			if r.gate == nil || seen&(1<<k) != 0 {
				continue
			}
			if name := r.read(blocks, -1, 0, ""); name != "" {
				t.Errorf("reading %d names %q where its gate lets no block through: %.200q", k, name, textBlockTexts(blocks))
			}
		}
	}
}

// textLaterGateIndex is the index in textLaterBylines of the reading
// whose gate is g.
func textLaterGateIndex(t *testing.T, g *textLaterGate) int {
	t.Helper()
	for k, r := range textLaterBylines {
		if r.gate == g {
			return k
		}
	}
	t.Fatalf("gate %+v is no reading's", *g)
	return -1
}

// TestTextLaterBylineMatchesPlain holds textLaterByline to every reading
// asked in turn, with and without a headline, on the same pages.
func TestTextLaterBylineMatchesPlain(t *testing.T) {
	for _, blocks := range textLaterTestPages(t) {
		if len(blocks) == 0 {
			continue
		}
		for _, at := range []int{-1, 0, min(3, len(blocks)-1)} {
			first := max(at, 0)
			title := ""
			if at >= 0 {
				title = blocks[at].text
			}
			if got, want := textLaterByline(blocks, at, first, title), textLaterBylinePlain(blocks, at, first, title); got != want {
				t.Errorf("at %d: %q, want %q: %.200q", at, got, want, textBlockTexts(blocks))
			}
		}
	}
}

// TestTextLaterCensusTables holds the census's tables to the gates'
// fields, asked one by one, over blocks of every first and last byte
// and of word counts and lengths past the tables' cap, and the census of
// the gated pages' blocks, each page's blocks in turn, to the gates asked
// of each block (so a gate's own test is asked where its fields let a
// block through).
func TestTextLaterCensusTables(t *testing.T) {
	for _, words := range []int{0, 1, 3, 4, 7, 10, 16, 17, 40, 41, 62, 63, 64, 200} {
		for _, size := range []int{1, 2, 7, 15, 16, 17, 18, 19, 62, 63, 64, 300} {
			for _, lines := range []bool{false, true} {
				for first := range 256 {
					for _, last := range []byte{'s', 't', 'y', ':', ' ', '1', '*', 0xA0, '.', 'a'} {
						text := []byte(fmt.Sprintf("%*s", size, "Comments"))
						text[0], text[len(text)-1] = byte(first), last
						b := textBlock{text: string(text), words: words, lines: lines}
						got := textLaterCensusOf.seen([]textBlock{b})
						for k, r := range textLaterBylines {
							if want := r.gate == nil || textLaterGateLets(r.gate, &b); want != (got&(1<<k) != 0) {
								t.Fatalf("reading %d, block of %d words, %d bytes, lines %v, %q…%q: %v, want %v", k, words, size, lines, text[0], last, !want, want)
							}
						}
					}
				}
			}
		}
	}
	// A label in a block marked as holding a line break: one gate sharing
	// the label's test takes it (textLabelCredsGate), the other wants one
	// line (textNameJobsGate).
	joined := textNewBlock("Written by")
	joined.lines = true
	pages := [][]textBlock{{joined}}
	for _, blocks := range textLaterGatedPages() {
		pages = append(pages, blocks)
	}
	for _, blocks := range pages {
		want := uint64(0)
		for k, r := range textLaterBylines {
			for i := range blocks {
				if r.gate == nil || textLaterGateLets(r.gate, &blocks[i]) {
					want |= 1 << k
				}
			}
		}
		if got := textLaterCensusOf.seen(blocks) & (1<<len(textLaterBylines) - 1); got != want {
			t.Errorf("%q: census %b, want %b", textBlockTexts(blocks), got, want)
		}
	}
}

// textLaterGateLets is g's test of b, field by field.
func textLaterGateLets(g *textLaterGate, b *textBlock) bool {
	t := b.text
	within := func(n, lo, hi int) bool { return n >= lo && (hi == 0 || n <= hi) }
	return t != "" && textGateByte(g.firsts, t[0]) && textGateByte(g.lasts, t[len(t)-1]) &&
		within(b.words, g.minWords, g.maxWords) && within(len(t), g.minLen, g.maxLen) && !(g.oneLine && b.lines) &&
		(g.test == nil || g.test.holds(b))
}

// textBlockTexts is the blocks' texts, for a failure's message.
func textBlockTexts(blocks []textBlock) []string {
	texts := make([]string, len(blocks))
	for i := range blocks {
		texts[i] = blocks[i].text
	}
	return texts
}

// TestTextMayBeLabelAlone holds the census's look at a block's last three
// bytes to textIsBylineLabel's plain form: on every tail of up to three
// bytes from the labels' letters in both cases, spaces, colons, line
// breaks and bytes of runes beyond ASCII, after a few heads and before a
// few trailers, no text whose last line is a label is turned away, and
// some that the last two bytes let through are.
func TestTextMayBeLabelAlone(t *testing.T) {
	alphabet := []byte("byBYorORrsRShHoOtTuUwWaAnNx7 :\n\t\xc2\xa0\x85\xe2\x80\x84\xaa\xc4\xb0")
	heads := []string{"", "x", "Written", "Written ", "article", "Article ", "Posted ", "Aut", "AUT", "aut", "é", "by\n", "Jane Roe\n", "\u00a0"}
	trailers := []string{"", ":", " ", ": ", "::", "\n", " :", "\u00a0", ":\u2003"}
	var tails []string
	for _, a := range alphabet {
		tails = append(tails, string([]byte{a}))
		for _, b := range alphabet {
			tails = append(tails, string([]byte{a, b}))
			for _, c := range alphabet {
				tails = append(tails, string([]byte{a, b, c}))
			}
		}
	}
	for label := range textBylineLabels {
		tails = append(tails, label, strings.ToUpper(label), strings.ToUpper(label[:1])+label[1:])
	}
	labels, spared := 0, 0
	for _, head := range heads {
		for _, tail := range tails {
			for _, trailer := range trailers {
				text := head + tail + trailer
				gate := textMayBeLabelAlone(text)
				if textIsBylineLabelPlain(text) {
					labels++
					if !gate {
						t.Fatalf("textMayBeLabelAlone(%q) = false, a byline label", text)
					}
				}
				if !gate && textMayEndLabelPair(text) {
					spared++
				}
			}
		}
	}
	if labels < 1000 || spared < 100000 {
		t.Fatalf("%d labels, %d texts turned away past the last two bytes' test: the texts do not try the gate", labels, spared)
	}
}
