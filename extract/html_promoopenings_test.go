package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// promoSpellings returns the openings re, an expression ^\W*(?:…) of
// literals and choices, spells after its \W*, lower-cased, with the long s
// and the Kelvin sign its (?i) adds read as s and k, sorted and each once.
func promoSpellings(t *testing.T, re *regexp.Regexp) []string {
	t.Helper()
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	tree = tree.Simplify()
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 3 || tree.Sub[0].Op != syntax.OpBeginText || tree.Sub[1].Op != syntax.OpStar {
		t.Fatalf("%s is not ^\\W*(?:…): %v", re, tree)
	}
	body := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[2:]}
	var out []string
	for _, w := range textSpellings(body) {
		w = strings.NewReplacer("\u017f", "s", "\u212a", "k").Replace(strings.ToLower(w))
		out = append(out, w)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// promoOpeningList returns o's openings sorted.
func promoOpeningList(o *promoOpenings) []string {
	var out []string
	for _, ws := range o.byFirst {
		out = append(out, ws...)
	}
	slices.Sort(out)
	return out
}

// TestPromoOpeningsSpellREs holds each written-out list of openings to
// the openings its expression spells: a word dropped from a list, or
// added to the expression alone, fails here.
func TestPromoOpeningsSpellREs(t *testing.T) {
	for _, c := range []struct {
		re *regexp.Regexp
		o  *promoOpenings
	}{{readerAppealRE, readerAppealOpenings}, {formMessageRE, formMessageOpenings}} {
		want, got := promoSpellings(t, c.re), promoOpeningList(c.o)
		if !slices.Equal(got, want) {
			t.Errorf("%s spells %q,\nits openings are %q", c.re, want, got)
		}
	}
}

// TestPromoOpeningsMatchREs holds opensWithPromo to the expression it
// reads, over the test pages' lines and lines built of each opening in
// random case (s and k now and then as the runes (?i) folds them to),
// behind leads \W matches or not (the long s and the Kelvin sign among
// them, a figure, an accented letter) and before what may end a word
// or not. It fails with the \b after an opening, the long s, or the
// leads' end read wrong (each tried).
func TestPromoOpeningsMatchREs(t *testing.T) {
	leads := []string{"", "", "", " ", "(", "…", "➡️ ", "\"", "- ", "\u017f", "\u212a", "é", "1", "_", "\u017f ", "\u212a ", "x", "\xc5", "K"}
	tails := []string{"", "!", " now", ".", " for later", "x", "s", "1", "_", "é", " ", "’", "-"}
	for _, c := range []struct {
		re *regexp.Regexp
		o  *promoOpenings
	}{{readerAppealRE, readerAppealOpenings}, {formMessageRE, formMessageOpenings}} {
		rng := fastRand(159, 52)
		lines := slices.Clip(textSpeedLines(t))
		all := promoOpeningList(c.o)
		for range 60000 {
			w := all[rng.IntN(len(all))]
			if rng.IntN(3) == 0 { // cut short, or a letter changed
				w = w[:rng.IntN(len(w))] + string(rune('a'+rng.IntN(26))) + w[rng.IntN(len(w)):]
			}
			var b strings.Builder
			b.WriteString(leads[rng.IntN(len(leads))])
			writeFoldedCase(&b, rng, w)
			if rng.IntN(4) == 0 { // an upper-cased k, ASCII's K, as the Kelvin sign too
				s := b.String()
				b.Reset()
				b.WriteString(strings.Replace(s, "K", "\u212a", 1))
			}
			b.WriteString(tails[rng.IntN(len(tails))])
			lines = append(lines, b.String())
		}
		checkSameAnswer(t, lines, c.re.String()[:24], c.o.opensWithPromo, c.re.MatchString, 12000)
	}
}
