package extract

import (
	"github.com/storyfold/storyfold/textnorm"
	"strings"
	"testing"
)

// textOffTopicArticle is an invented report on a village ferry, eight
// paragraphs that take up one another's words.
var textOffTopicArticle = []string{
	"The village ferry across the estuary made its last crossing on Saturday, after ninety years of carrying walkers and cyclists between the two villages.",
	"The parish council said the ferry's hull had worn too thin to pass another inspection, and that a grant for a new ferry had been turned down twice.",
	"Regulars gathered on the slipway to watch the last crossing. Some had taken the ferry every morning for forty years to reach work in the other village.",
	"Without the ferry, walkers face a detour by the bridge upstream, which the council says adds an hour to a crossing that took ten minutes by boat.",
	"The ferry's skipper, who has worked the crossing since leaving school, said the villages had lost more than a boat: the ferry was where neighbours met.",
	"A group of villagers has started a fund to buy a smaller ferry, and the council has promised to keep the slipway and landing stages in repair meanwhile.",
	"The fund has raised a third of the price of a second-hand boat, and the villagers hope to restart the crossing before the summer walkers arrive.",
	"Until then, the council will run a minibus between the two villages twice a day, though the skipper says no minibus will replace the ferry crossing.",
}

// textOffTopicServices is a site's own section under the article: its
// heading, then its services, in words the report never uses.
var textOffTopicServices = []string{
	"Explore Our Other Services",
	"Kitchen fitting and bespoke joinery for homes across Cornwall and Devon.",
	"Roofing repairs, guttering, chimney pointing and emergency storm callouts.",
	"Landscaping, patios, decking and garden design from initial sketch onwards.",
}

// TestTextOffTopicTailLeaveOut checks that a closing section whose words
// the article never uses leaves the body, and that a closing section on
// the article's topic, one under a last paragraph as new to the body as
// itself (a listing's items), one opened by a line with a figure or by a
// statement, one over a fifth of the body's words and one on a page the
// page model doubts stay.
func TestTextOffTopicTailLeaveOut(t *testing.T) {
	onTopic := []string{
		"What Happens Next",
		"The ferry fund meets in the village hall on Thursday to choose between two boats.",
		"The council will decide on the slipway repairs at its next meeting in the spring.",
		"Villagers can give to the ferry fund at the post office on either side of the estuary.",
	}
	apartAbove := append([]string(nil), textOffTopicArticle...)
	apartAbove[len(apartAbove)-1] = "Meanwhile a touring orchestra plays sonatas by candlelight in cathedral cloisters throughout December evenings."
	figure := append([]string(nil), textOffTopicServices...)
	figure[0] = "Explore Our 3 Other Services"
	statement := append([]string(nil), textOffTopicServices...)
	statement[0] = "We offer other services too."
	long := append(append([]string(nil), textOffTopicServices...),
		"Plastering, rendering, damp proofing and full interior redecoration for older cottages.",
		"Driveways, fencing, gates and boundary walls built and repaired throughout the year.")
	for _, tc := range []struct {
		name    string
		blocks  []string
		doubted bool
		gone    string // a line that must leave the body, or ""
		stays   string // a line that must stay, or ""
	}{
		{"a site's section under the article", textOffTopicWith(textOffTopicArticle, textOffTopicServices), false, textOffTopicServices[1], textOffTopicArticle[7]},
		{"a closing section on the topic", textOffTopicWith(textOffTopicArticle, onTopic), false, "", onTopic[1]},
		{"a last paragraph apart itself", textOffTopicWith(apartAbove, textOffTopicServices), false, "", textOffTopicServices[1]},
		{"a heading with a figure", textOffTopicWith(textOffTopicArticle, figure), false, "", figure[1]},
		{"a heading that is a statement", textOffTopicWith(textOffTopicArticle, statement), false, "", statement[1]},
		{"a section over a fifth of the body", textOffTopicWith(textOffTopicArticle, long), false, "", long[1]},
		{"a page the page model doubts", textOffTopicWith(textOffTopicArticle, textOffTopicServices), true, "", textOffTopicServices[1]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blocks := textNewBlocks(tc.blocks...)
			body, _, _ := textAssembleOdds(blocks, allKept(len(blocks)), false, textBlockOdds{doubted: tc.doubted}, "")
			switch {
			case tc.gone != "" && strings.Contains(body, tc.gone):
				t.Errorf("%q stayed in the body:\n%s", tc.gone, body)
			case tc.stays != "" && !strings.Contains(body, tc.stays):
				t.Errorf("%q left the body:\n%s", tc.stays, body)
			}
		})
	}
}

// textOffTopicWith returns a copy of article with tail under it.
func textOffTopicWith(article, tail []string) []string {
	return append(append([]string(nil), article...), tail...)
}

// textTailOffTopicPlain is textTailTally.offTopic counted anew for each
// opening line lo, as the step first read it: the plain form the tally
// is checked against.
func textTailOffTopicPlain(blocks []textBlock, keep, out []bool, lo int, body *textBodyCounts) bool {
	all := body.read(blocks, keep, out)
	tail := textWordCounts(blocks, keep, out, lo, len(blocks), body)
	defer textCountsPool.Put(tail)
	total, used := 0, 0
	for j := lo; j < len(blocks); j++ {
		if !textStays(blocks, keep, out, j) {
			continue
		}
		textBlockKeys(&blocks[j], &body.sc, func(k uint64) {
			total++
			in, _ := tail.Get(k)
			if n, _ := all.Get(k); n > in {
				used++
			}
		})
	}
	return total >= textOffTopicWords && float64(used) < textOffTopicUsed*float64(total)
}

// TestTextTailTallyPlain checks that the tally, counted once and taken
// down paragraph by paragraph, answers as the plain count does for every
// opening line, on the invented article with a tail of its own and on
// random bodies of few words, some blocks with their reader's keys and
// some without.
func TestTextTailTallyPlain(t *testing.T) {
	words := []string{"ferry", "crossing", "village", "council", "harbour", "walkers", "slipway", "minibus", "cookies", "privacy", "newsletter", "the", "and", "2024"}
	rng := fastRand(35, 37)
	agreed, yes := 0, 0
	for round := range 600 {
		var lines []string
		if round == 0 {
			lines = append(append(lines, textOffTopicArticle...), "Our newsletter", "Privacy cookies newsletter settings privacy cookies newsletter settings", "Cookies privacy settings newsletter cookies privacy settings")
		}
		for range 3 + rng.IntN(20) {
			n := 1 + rng.IntN(14)
			parts := make([]string, n)
			for i := range parts {
				parts[i] = words[rng.IntN(len(words))]
			}
			lines = append(lines, strings.Join(parts, " ")+".")
		}
		blocks := textSplitBlocks(strings.Join(lines, "\n"))
		keep, out := make([]bool, len(blocks)), make([]bool, len(blocks))
		var sc textnorm.WordScanner
		for i := range blocks {
			keep[i], out[i] = rng.IntN(6) > 0, rng.IntN(8) == 0
			if rng.IntN(2) == 0 {
				blocks[i].keys = nil // read from the text
			} else if blocks[i].keys == nil {
				textContentKeys(blocks[i].text, &sc, func(k uint64) { blocks[i].keys = append(blocks[i].keys, k) })
			}
		}
		// The tally reads the body's counts from the section walks'
		// (textBodyCounts.sync): on half the rounds they were read
		// before some blocks left the body or came back to it.
		var walks textBodyCounts
		if round%2 == 1 {
			walks.read(blocks, keep, out)
			for i := range blocks {
				if rng.IntN(5) == 0 {
					keep[i], out[i] = rng.IntN(6) > 0, rng.IntN(8) == 0
				}
			}
		}
		var stay []int
		for i := range blocks {
			if textStays(blocks, keep, out, i) {
				stay = append(stay, i)
			}
		}
		var body textBodyCounts
		var tally textTailTally
		for k := 0; k < len(stay); k += 1 + rng.IntN(3) {
			got, want := tally.offTopic(blocks, keep, out, stay, k, &walks), textTailOffTopicPlain(blocks, keep, out, stay[k], &body)
			if got != want {
				t.Fatalf("round %d, line %d: tally %v, plain count %v", round, k, got, want)
			}
			agreed++
			if got {
				yes++
			}
		}
		tally.release()
		body.release()
		walks.release()
	}
	t.Logf("%d of %d lines off topic", yes, agreed)
	if yes == 0 || yes == agreed {
		t.Fatalf("%d of %d lines off topic: the comparison tests one answer only", yes, agreed)
	}
}

// TestTextBodyCountsSyncMatchesRead checks that the body's counts, read
// and then brought up to blocks that left the body or came back to it
// (textBodyCounts.sync), some after leave took them, give every word the
// count of the blocks that stay, as a fresh count does.
func TestTextBodyCountsSyncMatchesRead(t *testing.T) {
	words := []string{"ferry", "crossing", "village", "council", "harbour", "walkers", "slipway", "the", "and", "2024"}
	rng := fastRand(50, 57)
	changed := 0
	for round := range 400 {
		var lines []string
		for range 2 + rng.IntN(20) {
			parts := make([]string, 1+rng.IntN(10))
			for i := range parts {
				parts[i] = words[rng.IntN(len(words))]
			}
			lines = append(lines, strings.Join(parts, " ")+".")
		}
		blocks := textSplitBlocks(strings.Join(lines, "\n"))
		keep, out := make([]bool, len(blocks)), make([]bool, len(blocks))
		for i := range blocks {
			keep[i], out[i] = rng.IntN(6) > 0, rng.IntN(8) == 0
			if rng.IntN(2) == 0 {
				blocks[i].keys = nil // read from the text
			}
		}
		var body textBodyCounts
		if round%3 > 0 {
			body.read(blocks, keep, out)
			if lo := rng.IntN(len(blocks)); round%3 == 2 {
				hi := min(lo+rng.IntN(3), len(blocks)-1)
				body.leave(blocks, keep, out, lo, hi)
				for i := lo; i <= hi; i++ {
					out[i] = true
				}
			}
			for i := range blocks {
				if rng.IntN(4) == 0 {
					before := textStays(blocks, keep, out, i)
					keep[i], out[i] = rng.IntN(2) > 0, rng.IntN(3) == 0
					if textStays(blocks, keep, out, i) != before {
						changed++
					}
				}
			}
		}
		got := body.sync(blocks, keep, out)
		want := textWordCounts(blocks, keep, out, 0, len(blocks), &body)
		for _, w := range words {
			k := textContentKey([]byte(w))
			g, _ := got.Get(k)
			n, _ := want.Get(k)
			if g != n {
				t.Fatalf("round %d: %q counted %d after sync, %d afresh", round, w, g, n)
			}
		}
		textCountsPool.Put(want)
		body.release()
	}
	if changed == 0 {
		t.Fatal("no block left the body or came back: sync was not tested")
	}
}
