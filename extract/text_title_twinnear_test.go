package extract

import "testing"

// TestTextTitleTwinNearBody: without a URL, a title candidate stated twice
// in a row near over the body names the page over the line taken (a
// promo the model scored higher). A URL, the line taken itself stated
// twice, a twin too far over the body, under the body's first block, of
// two words, with a phone number's digits, reading as a name with
// credentials or as a name none of whose words the page writes in lower
// case, ending like a sentence, scoring under textTwinNearMin, a
// second twin (a grid of cards) and a twin that is no candidate leave
// the line taken.
func TestTextTitleTwinNearBody(t *testing.T) {
	const (
		head  = "Seven Raised Beds Built From Pallets"
		promo = "Spring Plant Sale Tickets On Sale Now at the Garden Club Shop"
		body  = "Our allotment had three broken beds last spring, so we asked the club's members to bring every pallet they could spare and spent a weekend building new ones."
	)
	type page struct {
		twin      string
		url       string
		far       int // blocks between the twin and the body
		score     float64
		second    bool // a second twin over the first
		noCand    bool
		takenTwin bool // the line taken stated twice as well
		under     bool // the twin under the body's first block
	}
	for _, c := range []struct {
		name  string
		p     page
		moves bool
	}{
		{"a twin near over the body", page{twin: head, score: -1}, true},
		{"with a URL", page{twin: head, score: -1, url: "https://garden.example/beds"}, false},
		{"the line taken stated twice", page{twin: head, score: -1, takenTwin: true}, false},
		{"the twin far over the body", page{twin: head, score: -1, far: textTwinNearReach}, false},
		{"the twin under the body's start", page{twin: head, score: -1, under: true}, false},
		{"two words", page{twin: "Raised beds", score: -1}, false},
		{"a phone number", page{twin: "Call Support 1-800-821-3520", score: -1}, false},
		{"a name with credentials", page{twin: "Dylan Bailey, MS, RD, FAND", score: -1}, false},
		{"a writer's name", page{twin: "Mary Marlowe Leverette", score: -1}, false},
		{"capitalised words the body writes in lower case", page{twin: "Raised Pallet Beds", score: -1}, true},
		{"a sentence", page{twin: "We built seven raised beds from pallets.", score: -1}, false},
		{"a low score", page{twin: head, score: textTwinNearMin - 0.1}, false},
		{"at the score's bar", page{twin: head, score: textTwinNearMin}, true},
		{"a grid of twins", page{twin: head, score: -1, second: true}, false},
		{"no candidate", page{twin: head, score: -1, noCand: true}, false},
	} {
		lines := []string{"Home", promo}
		if c.p.takenTwin {
			lines = append(lines, promo)
		}
		if c.p.second {
			lines = append(lines, "Build a Cold Frame", "Build a Cold Frame")
		}
		at := 1
		twinAt := len(lines) + 1
		lines = append(lines, c.p.twin, c.p.twin)
		for range c.p.far {
			lines = append(lines, "Share")
		}
		first := len(lines)
		if c.p.under {
			first = twinAt - 1
		}
		blocks := textNewBlocks(append(lines, body, body)...)
		var w [textTitleFeatures]float64
		w[0] = 1
		cands := []int{at, twinAt}
		vecs := [][textTitleFeatures]float64{{2}, {c.p.score}}
		if c.p.second {
			cands = []int{at, twinAt - 2, twinAt}
			vecs = [][textTitleFeatures]float64{{2}, {-1}, {c.p.score}}
		}
		if c.p.noCand {
			cands = []int{at, twinAt - 1}
		}
		want := at
		if c.moves {
			want = twinAt
		}
		if got := textTitleTwinNearBody(&textTitleCandidates{blocks: blocks, cands: cands, vecs: vecs, first: first, url: c.p.url, w: &w}, at); got != want {
			t.Errorf("%s: textTitleTwinNearBody gives block %d, want %d", c.name, got, want)
		}
	}
}
