package extract

import (
	"strings"
	"testing"
)

// textIsPictureCreditPlain is textIsPictureCredit without its gates: the
// block's line break searched, and every part compared with each library
// whatever its first byte.
func textIsPictureCreditPlain(b *textBlock, host string) bool {
	if b.words == 0 || b.words > textPictureCreditMaxWords || b.sentEnd || strings.IndexByte(b.text, '\n') >= 0 {
		return false
	}
	for part := range strings.SplitSeq(b.text, ";") {
		p := strings.TrimSpace(part)
		library := false
		for _, a := range textPictureLibraries {
			library = library || p == a
		}
		if !library && !textIsPictureCreditPart(p, host) {
			return false
		}
	}
	return true
}

// TestTextPictureCreditGatesMatchPlain holds textIsPictureCredit's gates
// (the block's line flag, the library's first byte, the first part's
// opening without the page's address) to the plain reading: lines built
// of the libraries' names, source links, credits to a site, semicolons, breaks, ASCII
// and Unicode spaces and control bytes before a name, with and without a
// host.
func TestTextPictureCreditGatesMatchPlain(t *testing.T) {
	pieces := append(textPictureLibraries[:], "Jane Roe/Quanta Magazine", "JANE ROE FOR TASTE OF HOME",
		"Getty", "Images", "getty images", "Alamy Stock", ";", "; ", " ", "\t", "\v", "\u00a0", "\u2003",
		"\n", "/", " for ", "Photo", "a", "Shutterstock.", "iStock ", "X",
		"Source", "(Image Source)", "Photo source", "(", ")", "Image ")
	hosts := []string{"", "quantamagazine", "tasteofhome"}
	rng := fastRand(84, 6)
	var sb strings.Builder
	for n := range 200000 {
		sb.Reset()
		for range 1 + rng.IntN(4) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		b := textNewBlock(sb.String())
		host := hosts[n%len(hosts)]
		if got, want := textIsPictureCredit(&b, host), textIsPictureCreditPlain(&b, host); got != want {
			t.Fatalf("textIsPictureCredit(%q, %q) = %v, the plain reading %v", b.text, host, got, want)
		}
	}
}
