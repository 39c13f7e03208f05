package claims

import (
	"strings"
	"testing"
)

// splitSourceByKeys is splitSource as it was, trying every key of
// countries; the reference for splitSource over countryNames.
func splitSourceByKeys(src string) (country, rest string) {
	for _, c := range countries {
		if r, ok := strings.CutPrefix(src, c); ok && (r == "" || r[0] == ' ') {
			return c, strings.TrimSpace(r)
		}
	}
	return "", src
}

// TestCountryNamesApart checks what lets splitSource try the names in any
// order: no canonical country name is the first words of another.
func TestCountryNamesApart(t *testing.T) {
	for _, a := range countryNames {
		for _, b := range countryNames {
			if a != b && strings.HasPrefix(b, a+" ") {
				t.Errorf("country %q starts %q: splitSource would depend on their order", a, b)
			}
		}
	}
}

func TestSplitSourceMatchesKeys(t *testing.T) {
	srcs := []string{"", "UK", "UK Ministry of Defence", "UKraine", "North Korea troops", "South Korea authorities",
		"US, South Korea, Ukraine intelligence officials", "Ministry of Defence", "Pentagon", "the ministry"}
	for _, s := range corpusSentences(t) {
		if src, _ := attribution(s); src != "" {
			srcs = append(srcs, src)
		}
	}
	for _, c := range countryNames {
		srcs = append(srcs, c, c+" officials", c+"x", " "+c)
	}
	for _, src := range srcs {
		c, r := splitSource(src)
		wc, wr := splitSourceByKeys(src)
		if c != wc || r != wr {
			t.Errorf("splitSource(%q) = %q, %q; want %q, %q", src, c, r, wc, wr)
		}
		if got, want := isOrganisation(r), isOrganisationByKeys(r); got != want {
			t.Errorf("isOrganisation(%q) = %v, want %v", r, got, want)
		}
	}
}

func isOrganisationByKeys(name string) bool {
	for _, o := range organisations {
		if o == name {
			return true
		}
	}
	return false
}
