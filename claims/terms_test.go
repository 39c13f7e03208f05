package claims

import (
	"slices"
	"testing"

	"github.com/zeebo/xxh3"

	"github.com/storyfold/storyfold/textnorm"
)

func TestTermHasherMatchesTerms(t *testing.T) {
	texts := []string{
		"Russia's Defence Ministry said 1,200 troops were KILLED near Kursk.",
		"The the THE a an of: Zürich’s café owners ﬁled 3 complaints",
		"",
		"x y z _ __ naïve résumé Ærø ＦＵＬＬＷＩＤＴＨ",
		"Officials said officials say, saying the officials' statement",
	}
	h := newTermHasher()
	for _, round := range []string{"cold", "warm"} {
		for _, s := range texts {
			var want []uint64
			for _, term := range textnorm.Terms(s) {
				want = append(want, xxh3.HashString(term))
			}
			if got := h.appendTerms(nil, s); !slices.Equal(got, want) {
				t.Errorf("%s appendTerms(%q) = %v, want %v", round, s, got, want)
			}
		}
	}
}
