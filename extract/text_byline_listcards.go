package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A listing sets a byline under each teaser of its cards, and the byline
// walks read the first card's as the page's writer: wcxb-dev 0083
// ("Cable TV Customer? …" / "By Logan Jones" / "Dec 17, 2025" / a
// teaser, a dozen such), 0264 ("By Daniel Morris" between a teaser and
// the next card's headline), 0470 (a reading list's "By Oliveira
// Andreotti, the Decolonial Futures Collective"), 2934 ("by Arriana
// Vasquez" under each guide), 0956 ("By Makenzie Holland • Dec. 19,
// 2025"), 2902 ("Aaron Winston · January 28, 2026"), 0082 ("12/09/2025
// | Chalkbeat Philadelphia") and a product's reviews (4050, "Written by
// Faith Cox on Jul 5th 2022"): eight sites, the gold naming nobody on
// each. An article's byline is set once over its body; the card's is one
// of a run, each set in the same frame (the same label, the date in the
// same shape) a short teaser from the next, and naming others too. A
// name whose every short line is such a card's is dropped after the body
// (tauth66, fifty-fourth session; the census and the margins in
// docs/quality/text-extraction-4.md).

const (
	// textListCardGap and textListCardGapWords bound a teaser: the next card's
	// byline stands within this many blocks and words. wcxb-dev's cards
	// run 3 to 8 blocks and under 60 words apart; an article's byline is
	// followed by its body. Loosened to 20 blocks and 300 words, a
	// forum's posts (4318, right) join; at 30 and 1000 an article (0382).
	textListCardGap      = 10
	textListCardGapWords = 100
	// textListCardRun is how many cards make a run, as a teaser rail's three
	// writers do (textTeaserWriters). At 2 one listing more (0205, whose
	// gold names another outlet) and nothing else moves; 3 keeps the
	// margin.
	textListCardRun = 3
	// textListCardLineBytes is the longest line read as a card's byline.
	textListCardLineBytes = 100
	// textListCardNameWords is the most words a card's name (with a team or
	// a job after it) runs to.
	textListCardNameWords = 8
)

// textNoListCardName is name, or "" when every short line holding it is a
// listing card's byline (textListCardsName).
func textNoListCardName(blocks []textBlock, name string) string {
	if textListCardsName(blocks, name) {
		return ""
	}
	return name
}

// textListCardsName reports whether every short line of the page holding name
// is a listing card's byline (see above). A line that sets the name
// alone, with no label or date around it, is no card's as far as this
// reading goes: a plain name beside a date line is also an article's
// byline, and a listing's reviewer's or writer's name there is the gold's
// on one page (4331).
func textListCardsName(blocks []textBlock, name string) bool {
	if name == "" {
		return false
	}
	held := false
	var run textListCardFrame // the frame of the last run of cards read
	end := -1                 // where that run's last card stands
	for i := range blocks {
		t := blocks[i].text
		if len(t) < len(name) || !blocks[i].lines && len(t) > textListCardLineBytes {
			continue
		}
		k := strings.Index(t, name)
		if k < 0 {
			continue
		}
		s, e := strings.LastIndexByte(t[:k], '\n')+1, len(t)
		if n := strings.IndexByte(t[k:], '\n'); n >= 0 {
			e = k + n
		}
		if e-s > textListCardLineBytes {
			continue
		}
		held = true
		// A later card of a run already read is one of it, the run's
		// last card too, which has none after it.
		if i <= end {
			if _, ok := run.nameAt(&blocks[i]); ok {
				continue
			}
		}
		f, ok := textListCardFrameOf(t[s:e], k-s, len(name))
		if !ok {
			return false
		}
		if end, ok = textListCardRunAt(blocks, i, f); !ok {
			return false
		}
		run = f
	}
	return held
}

// textListCardFrame is the frame a byline line sets around its name: the
// text before the name (a label, a date) and, when it holds a date, the
// text after it. A line's frame is compared run by run (letters, digits,
// spaces, each other rune): labels and marks as written, a date's digits
// (and, in the text before the name, a month's letters) by their kind.
type textListCardFrame struct {
	pre, suf string
	preDate  bool // pre holds a digit: its letters may be a month's
	sufToks  int  // suf's runs
}

// textListCardFrameOf is the frame of line around the name at [at, at+n); not
// ok when the name stands alone or with words but no date after it.
func textListCardFrameOf(line string, at, n int) (textListCardFrame, bool) {
	f := textListCardFrame{pre: line[:at], preDate: strings.ContainsFunc(line[:at], unicode.IsDigit)}
	if suf := line[at+n:]; strings.ContainsFunc(suf, unicode.IsDigit) {
		f.suf, f.sufToks = suf, textListCardToks(suf)
	}
	return f, strings.TrimSpace(f.pre) != "" || f.suf != ""
}

// textListCardTok is the kind of the run of s that starts at i ('a' letters,
// '9' digits, ' ' spaces, 'p' one other rune) and where it ends.
func textListCardTok(s string, i int) (kind byte, end int) {
	kind, end = textListCardKindAt(s, i)
	for kind != 'p' && end < len(s) {
		k, e := textListCardKindAt(s, end)
		if k != kind {
			break
		}
		end = e
	}
	return kind, end
}

// textListCardKindAt is the kind of the rune at s[i] and where it ends;
// ASCII is read without decoding.
func textListCardKindAt(s string, i int) (byte, int) {
	if c := s[i]; c < utf8.RuneSelf {
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			return 'a', i + 1
		case '0' <= c && c <= '9':
			return '9', i + 1
		case c == ' ' || '\t' <= c && c <= '\r':
			return ' ', i + 1
		}
		return 'p', i + 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case unicode.IsLetter(r):
		return 'a', i + n
	case unicode.IsDigit(r):
		return '9', i + n
	case unicode.IsSpace(r):
		return ' ', i + n
	}
	return 'p', i + n
}

// textListCardToks counts the runs of s.
func textListCardToks(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		_, i = textListCardTok(s, i)
	}
	return n
}

// textListCardSameTok reports whether runs a and b, of kinds ka and kb, match:
// spaces and digits by their kind, letters by their kind when byKind, or
// else as written, and any other rune as written.
func textListCardSameTok(ka, kb byte, a, b string, byKind bool) bool {
	return ka == kb && (ka == ' ' || ka == '9' || ka == 'a' && byKind || a == b)
}

// nameIn is the name line u sets in frame f, or not ok: a run of up to
// textListCardNameWords words with no digit, opening with a capital letter,
// between the frame's two parts.
func (f textListCardFrame) nameIn(u string) (string, bool) {
	// A label's first letter or mark, as written, turns most lines away
	// before their runs are read.
	if p := f.pre; p != "" && !f.preDate && p[0] > ' ' && p[0] < utf8.RuneSelf && (u == "" || u[0] != p[0]) {
		return "", false
	}
	i := 0
	for k := 0; k < len(f.pre); {
		if i >= len(u) {
			return "", false
		}
		kp, k2 := textListCardTok(f.pre, k)
		ku, i2 := textListCardTok(u, i)
		if !textListCardSameTok(kp, ku, f.pre[k:k2], u[i:i2], f.preDate) {
			return "", false
		}
		k, i = k2, i2
	}
	end := len(u)
	if f.suf != "" {
		ns, nu := f.sufToks, textListCardToks(u[i:])
		if nu <= ns {
			return "", false
		}
		end = i
		for range nu - ns {
			_, end = textListCardTok(u, end)
		}
		for k, j := 0, end; k < len(f.suf); {
			ks, k2 := textListCardTok(f.suf, k)
			ku, j2 := textListCardTok(u, j)
			if !textListCardSameTok(ks, ku, f.suf[k:k2], u[j:j2], true) {
				return "", false
			}
			k, j = k2, j2
		}
	}
	name := strings.TrimSpace(u[i:end])
	words := 0
	for j := 0; j < len(name); {
		kind, j2 := textListCardTok(name, j)
		switch kind {
		case '9':
			return "", false
		case 'a':
			words++
		}
		j = j2
	}
	r, _ := utf8.DecodeRuneInString(name)
	if words == 0 || words > textListCardNameWords || !unicode.IsUpper(r) {
		return "", false
	}
	return name, true
}

// nameAt is the name a short line of block b sets in frame f, or not ok.
func (f textListCardFrame) nameAt(b *textBlock) (string, bool) {
	// A frame with a date asks for a digit, which the block reader has
	// counted (textBlock.digits).
	if !b.lines && len(b.text) > textListCardLineBytes || b.digits == 0 && (f.preDate || f.suf != "") {
		return "", false
	}
	for t := b.text; t != ""; {
		line, rest, _ := strings.Cut(t, "\n")
		if len(line) <= textListCardLineBytes {
			if name, ok := f.nameIn(line); ok {
				return name, true
			}
		}
		t = rest
	}
	return "", false
}

// textListCardRunAt reports whether block i's byline, in frame f, is one
// of a run of textListCardRun cards or more that name two writers or
// more, with a card after it (an article's byline stands over its body,
// a rail of cards above it perhaps), and where the run's last card
// stands: each card's line in the frame within textListCardGap blocks
// and textListCardGapWords words of the next.
func textListCardRunAt(blocks []textBlock, i int, f textListCardFrame) (last int, ok bool) {
	first, ok := f.nameAt(&blocks[i])
	if !ok {
		return -1, false
	}
	n, other := 1, false
	for _, step := range [2]int{1, -1} {
		for j := i; ; n++ {
			next, name := textListCardNext(blocks, j, step, f)
			if next < 0 {
				if step > 0 {
					last = j
				}
				break
			}
			other = other || name != first
			j = next
		}
		if step > 0 && n == 1 {
			return -1, false
		}
	}
	return last, n >= textListCardRun && other
}

// textListCardNext is the next block from j in the direction step whose line
// sets a name in frame f, and the name, within a teaser's reach; -1 when
// none is.
func textListCardNext(blocks []textBlock, j, step int, f textListCardFrame) (int, string) {
	words := 0
	for k := j + step; k >= 0 && k < len(blocks) && (k-j)*step <= textListCardGap; k += step {
		if name, ok := f.nameAt(&blocks[k]); ok {
			return k, name
		}
		if words += blocks[k].words; words > textListCardGapWords {
			break
		}
	}
	return -1, ""
}
