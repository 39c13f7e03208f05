package extract

import (
	"math/bits"
	"strings"
	"testing"
	"unsafe"
)

// The one-pass matcher answers as one strings.Contains per phrase does.
func TestPhrasesMatchContains(t *testing.T) {
	lists := [][]string{textFurniture, textAppeals, textCommerce, textService, textListingCue, {"a", "ab", "abc", "b"}}
	words := []string{"add", "to", "cart", "sign", "up", "for", "our", "newsletter", "we", "use", "cookies",
		"your", "support", "helps", "us", "read", "more", "a", "b", "ab", "c", "sku", "in", "stock", "the", "news"}
	rng := fastRand(1, 2)
	for _, list := range lists {
		p := newPhrases(list)
		for range 3000 {
			var b strings.Builder
			for range rng.IntN(14) {
				b.WriteString(words[rng.IntN(len(words))])
				b.WriteString([]string{" ", "", ", "}[rng.IntN(3)])
			}
			s := b.String()
			want := 0
			for _, ph := range list {
				if strings.Contains(s, ph) {
					want++
				}
			}
			if got := p.count(s); got != want {
				t.Fatalf("count(%q) = %d, want %d (list %q)", s, got, want, list)
			}
			if got := p.any(s); got != (want > 0) {
				t.Fatalf("any(%q) = %v, want %v", s, got, want > 0)
			}
		}
	}
}

// One matcher for several lists answers as one matcher a list does: the
// text classifier's cue lists and the page model's phrase counts.
func TestPhraseGroupsMatchLists(t *testing.T) {
	for _, lists := range [][][]string{{textAppeals, textFurniture}, {textCommerce, textService, textListingCue}, {{"ab", "b"}, {"b", "abc"}}} {
		all, groups := newPhraseGroups(lists...)
		var words []string
		for _, list := range lists {
			for _, ph := range list {
				words = append(words, strings.Fields(ph)...)
			}
		}
		words = append(words, "a", "b", "the", "news")
		ones := make([]*phrases, len(lists))
		for g, list := range lists {
			ones[g] = newPhrases(list)
		}
		rng := fastRand(3, 4)
		for range 5000 {
			var b strings.Builder
			for range rng.IntN(14) {
				b.WriteString(words[rng.IntN(len(words))])
				b.WriteString([]string{" ", "", ", "}[rng.IntN(3)])
			}
			s := b.String()
			seen := all.scan(s, 0)
			for g, one := range ones {
				if got, want := bits.OnesCount64(seen&groups[g]), one.count(s); got != want {
					t.Fatalf("%q: group %d counts %d, its own list %d", s, g, got, want)
				}
				if got, want := all.anyOf(s, groups[g]), one.any(s); got != want {
					t.Fatalf("%q: anyOf group %d = %v, its own list %v", s, g, got, want)
				}
			}
			want := ones[0].any(s) || ones[1].any(s)
			if got := all.anyOf(s, groups[0]|groups[1]); got != want {
				t.Fatalf("%q: anyOf the first two groups = %v, their lists %v", s, got, want)
			}
		}
	}
}

// The cue a block's start states holds the appeal and furniture lists to
// their definition: an appeal anywhere in the start, a furniture phrase
// only in blocks of textFurnitureMaxWords words or fewer.
func TestTextIsDropPhrase(t *testing.T) {
	lows := []string{"your support helps us keep going", "we use cookies to improve", "plain news text", "",
		"copy link your support helps us", "become a member. click to share"}
	for _, p := range textSpeedPages(t) {
		for _, b := range textSplitBlocks(string(p.Content)) {
			lows = append(lows, b.low)
		}
	}
	has := func(low string, list []string) bool {
		for _, ph := range list {
			if strings.Contains(low, ph) {
				return true
			}
		}
		return false
	}
	for _, low := range lows {
		appeal, furniture := has(low, textAppeals), has(low, textFurniture)
		for _, words := range []int{3, textFurnitureMaxWords, textFurnitureMaxWords + 1} {
			want := appeal || words <= textFurnitureMaxWords && furniture
			if got := textIsDropPhrase(low, words); got != want {
				t.Fatalf("textIsDropPhrase(%q, %d) = %v, want %v", low, words, got, want)
			}
		}
	}
}

// phrasesPlain is what phrases.scan(s, 0) answers, one strings.Contains
// a phrase.
func phrasesPlain(list []string, s string) uint64 {
	var seen uint64
	for i, ph := range list {
		if strings.Contains(s, ph) {
			seen |= 1 << i
		}
	}
	return seen
}

// The skipping pass (phrases.scan) finds the set one strings.Contains a
// phrase finds: for every list the package matches, alone and grouped,
// and lists of short, overlapping and repeated phrases of unequal
// lengths; on texts made of the phrases, their pieces (so that a
// window's last pair often ends a phrase's first m bytes and the phrase
// fails later) and bytes of their alphabet, phrases at either end and
// texts shorter than the shortest phrase; and on the lowered starts of
// the test pages' blocks. anyOf, which stops early, answers as the full
// set does for random masks.
func TestPhrasesSkipMatchesContains(t *testing.T) {
	lists := [][]string{textFurniture, textAppeals, textCommerce, textService, textListingCue, {"share", "tags", "topics", "print", "email", "sku"},
		{"etty", "ETTY", "tock", "TOCK", "lamy", "LAMY", "nsplash", "NSPLASH", "exels", "EXELS"},
		{"ewsletter", "EWSLETTER", "nbox", "NBOX", "mail", "Mail", "MAIL", "ubscribers", "UBSCRIBERS"},
		{"hoto", "HOTO", "mage", "MAGE", "icture", "ICTURE", "llustration", "LLUSTRATION", "redit", "REDIT"},
		{"posted", "published", "updated", "reviewed by"},
		append(append([]string{}, textAppeals...), textFurniture...),
		append(append(append([]string{}, textCommerce...), textService...), textListingCue...),
		{"ab", "ba", "aab", "abab", "bbbbbbb", "a b", "b"}, {"abcab", "cabca", "bcabc", "abcabcabc"}, {"aa", "aa", "aaa"},
		{"x", "yy"}, {"the end", "end of", "of the"}, {"’s", "don’t", "’"},
		{"sku", "filter", "sort by", "in stock"}, {"ab", "abcdef", "bcdefa", "x"}, {"abc", "ab", "abcdef"},
	}
	rng := fastRand(5, 6)
	for _, list := range lists {
		p := newPhrases(list)
		var pieces []string
		for _, ph := range list {
			pieces = append(pieces, ph, ph[:len(ph)/2], ph[len(ph)/2:], ph[:max(len(ph)-1, 0)], ph[min(1, len(ph)):])
			for i := 0; i < len(ph); i++ {
				pieces = append(pieces, ph[i:i+1])
			}
		}
		pieces = append(pieces, " ", " ", ", ", "the news ", "é")
		var texts []string
		texts = fastPieceLines(texts, rng, pieces, 4000, 0, 12)
		texts = append(texts, list...)
		for _, pg := range textSpeedPages(t)[:min(len(textSpeedPages(t)), 60)] {
			for _, b := range textSplitBlocks(string(pg.Content)) {
				texts = append(texts, b.low)
			}
		}
		for _, s := range texts {
			want := phrasesPlain(list, s)
			if got := p.scan(s, 0); got != want {
				t.Fatalf("list %q: scan(%q) = %b, want %b", list, s, got, want)
			}
			mask := rng.Uint64() & (1<<len(list) - 1)
			if got := p.anyOf(s, mask); got != (want&mask != 0) {
				t.Fatalf("list %q: anyOf(%q, %b) = %v, want %v", list, s, mask, got, want&mask != 0)
			}
		}
	}
}

// phraseHas, seeking a short phrase by its rarest byte, answers as
// strings.Contains does: over texts of few bytes, where the sought byte
// stands before the phrase could open, at the text's ends, and several
// times over.
func TestPhraseHasMatchesContains(t *testing.T) {
	phrases := []string{"sku", "k", "aa", "aba", "ka", "ak", "kak", "é", "x©", "s u"}
	bytes := "skuab ©é"
	rng := fastRand(5, 6)
	for _, ph := range phrases {
		g := phraseGate(ph)
		for range 4000 {
			n := rng.IntN(12)
			b := make([]byte, 0, n)
			for range n {
				b = append(b, bytes[rng.IntN(len(bytes))])
			}
			s := string(b)
			got := false
			if i := strings.IndexByte(s, ph[g]); i >= 0 {
				got = phraseHas(s, ph, g, i)
			}
			if want := strings.Contains(s, ph); got != want {
				t.Fatalf("phraseHas(%q, %q, %d) = %v, strings.Contains %v", s, ph, g, got, want)
			}
		}
	}
	if g := phraseGate("sku"); g != 1 {
		t.Errorf("phraseGate(%q) = %d, want 1 (its k)", "sku", g)
	}
}

// match's integer compare answers as strings.HasPrefix does, and
// mayOpen, scan's gate before it, lets every such text through: each
// phrase's head against texts that open with it, with it cut short, with
// one of its first eight bytes changed, and of every length around eight.
func TestPhraseHeadMatchesPrefix(t *testing.T) {
	matchers := []*phrases{textBlockPhrases, textDropPhrases, textAppealPhrases, textPagePhrases,
		newPhrases([]string{"ab", "abcdefgh", "abcdefghi", "abcdefg", "bcdefgh", "x"})}
	for _, list := range [][]string{textCommerce, textService, textListingCue} {
		matchers = append(matchers, newPhrases(list))
	}
	rng := fastRand(5, 6)
	for _, p := range matchers {
		for i, ph := range p.list {
			bucket, ok := phraseBucketOf(p, i)
			if !ok { // a short phrase, sought by its byte
				continue
			}
			var texts []string
			for cut := 0; cut <= len(ph); cut++ {
				texts = append(texts, ph[:cut], ph[:cut]+"zzzzzzzz", ph[:cut]+ph)
			}
			for j := 0; j < len(ph) && j < 9; j++ {
				b := []byte(ph + " tail of it")
				b[j] ^= byte(1 + rng.IntN(255))
				texts = append(texts, string(b), string(b[:len(ph)]))
			}
			texts = append(texts, ph+" and more", ph[:len(ph)-1])
			for _, s := range texts {
				got, _ := p.match(s, bucket, 0, 0)
				if got&p.mark[i] != 0 != strings.HasPrefix(s, ph) {
					t.Fatalf("match(%q) for %q = %v, strings.HasPrefix %v", s, ph, got&p.mark[i] != 0, strings.HasPrefix(s, ph))
				}
				// scan's loops ask mayOpen before match: it must let
				// through every text the phrase opens.
				if strings.HasPrefix(s, ph) && !p.mayOpen(unsafe.StringData(s), 0, len(s)-1, bucket) {
					t.Fatalf("mayOpen(%q) for %q = false, the text opens with it", s, ph)
				}
			}
		}
	}
}

// phraseBucketOf is the bucket p holds phrase i in, if any.
func phraseBucketOf(p *phrases, i int) (uint8, bool) {
	for b, bucket := range p.buckets {
		for _, j := range bucket {
			if j == i {
				return uint8(b), true
			}
		}
	}
	return 0, false
}
