package extract

import (
	"bytes"
	"strings"
	"testing"
)

// controlKindPlain is controlKind as binaryKind read the first bytes
// before it: the NUL search on every head, then the count, here byte by
// byte (controlCount passes plain windows in one test).
func controlKindPlain(b []byte) string {
	head := b[:min(len(b), sniffLen)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "NUL bytes in the first bytes"
	}
	controls := 0
	for _, c := range head {
		controls += int(controlBytes[c])
	}
	if controls*100 > len(head) {
		return "control bytes in the first bytes"
	}
	return ""
}

// TestControlKindMatchesPlain holds controlKind, which searches for a
// NUL only in first bytes that hold a control byte, to the plain order
// on random pages of text around sniffLen's length, holding NULs,
// other control bytes, line breaks and high bytes at random places, one
// NUL alone at each end of the head, and the test pages.
func TestControlKindMatchesPlain(t *testing.T) {
	var pages [][]byte
	for _, p := range textSpeedPages(t) {
		pages = append(pages, p.Content)
	}
	rng := fastRand(130, 1)
	marks := []byte{0, 0, 1, 7, 0x1B, 0x7F, '\n', '\r', '\t', 0xFF, 0x80}
	for _, n := range []int{1, 7, 8, 9, 100, sniffLen - 1, sniffLen, sniffLen + 1, 3 * sniffLen} {
		for round := range 40 {
			b := bytes.Repeat([]byte("harbour "), n/8+1)[:n]
			for range round % 10 {
				b[rng.IntN(n)] = marks[rng.IntN(len(marks))]
			}
			pages = append(pages, b)
		}
		for _, at := range []int{0, min(n, sniffLen) - 1} {
			b := bytes.Repeat([]byte("a"), n)
			b[at] = 0
			pages = append(pages, b)
		}
	}
	kinds := map[string]int{}
	for _, b := range pages {
		got, want := controlKind(b), controlKindPlain(b)
		if got != want {
			t.Fatalf("%d bytes (%q…): %q, the plain order %q", len(b), b[:min(len(b), 40)], got, want)
		}
		kinds[want]++
	}
	if kinds["NUL bytes in the first bytes"] < 10 || kinds["control bytes in the first bytes"] < 10 || kinds[""] < 10 {
		t.Errorf("answers %v: each should be given at least 10 times", kinds)
	}
}

// TestFinishRemovesNULs holds decodeText, whose finish searches for NUL
// characters only past the first sniffLen bytes the binary test read
// (and from the start of a page whose bad bytes were replaced), to the
// page with every NUL taken out: pages of UTF-8 with NULs past the head,
// one whose run of bad bytes, one replacement, moves a NUL from past
// sniffLen to before it, and one of UTF-16 with a byte-order mark.
func TestFinishRemovesNULs(t *testing.T) {
	long := strings.Repeat("The ferry left at nine. ", sniffLen/24+1)[:sniffLen]
	cases := []struct{ page, want string }{
		{long + "\x00a", long + "a"},
		{long + "b\x00\x00c" + long + "\x00", long + "bc" + long},
		{strings.Repeat("é", 300) + strings.Repeat("\xff", 200) + long[:sniffLen-800] + "ab\x00c",
			strings.Repeat("é", 300) + "\uFFFD" + long[:sniffLen-800] + "abc"},
	}
	for _, c := range cases {
		got, err := decodeText([]byte(c.page), "")
		if err != nil || got != c.want {
			t.Errorf("decodeText of %d bytes: %d bytes (NULs %d), %v; want %d bytes, none",
				len(c.page), len(got), strings.Count(got, "\x00"), err, len(c.want))
		}
	}
	var u16 bytes.Buffer
	u16.WriteString("\xff\xfe")
	for _, r := range long + "x\x00y" {
		u16.WriteByte(byte(r))
		u16.WriteByte(0)
	}
	if got, err := decodeText(u16.Bytes(), ""); err != nil || got != long+"xy" {
		t.Errorf("UTF-16 page: %d bytes (NULs %d), %v; want %d bytes", len(got), strings.Count(got, "\x00"), err, len(long)+2)
	}
}

// TestFinishSkipsNoC3 holds decodeText, which skips the mojibake repair
// when utf8Counts saw no 0xC3 byte, to the repair run on every page: the
// test pages, random mixes of ASCII, mojibake and damaged bytes, and a
// page whose only 0xC3 is a bad byte.
func TestFinishSkipsNoC3(t *testing.T) {
	pages := [][]byte{[]byte("cafÃ© and Investorâ€™s"), []byte("plain \xc3 alone, then cafÃ©, Ã©tÃ©")}
	for _, p := range textSpeedPages(t) {
		pages = append(pages, p.Content)
	}
	parts := []string{"The ferry left at nine. ", "cafÃ© ", "Ã", "â€™", "é", "São ", "\xc3", "\xff", "\xe2\x80", "“A IRMÃ” "}
	rng := fastRand(21, 22)
	for range 5000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, parts[rng.IntN(len(parts))]...)
		}
		pages = append(pages, b)
	}
	plain := func(b []byte) (string, error) {
		good, bad, _ := utf8Counts(b)
		switch {
		case bad == 0:
			return finish(string(b), 0, true)
		case good > bad:
			return finish(strings.ToValidUTF8(string(b), "\uFFFD"), 0, true)
		}
		return "", nil
	}
	repaired := 0
	for _, b := range pages {
		good, bad, _ := utf8Counts(b)
		if bad > 0 && good <= bad || len(bytes.TrimSpace(b)) == 0 || signatureKind(b) != "" || controlKind(b) != "" {
			continue
		}
		got, err := decodeText(b, "")
		want, werr := plain(b)
		if got != want || (err == nil) != (werr == nil) {
			t.Fatalf("decodeText(%q) = %q, %v; repaired on every page %q, %v", b, got, err, want, werr)
		}
		if got != strings.ToValidUTF8(string(b), "\uFFFD") {
			repaired++
		}
	}
	if repaired < 100 {
		t.Errorf("%d pages repaired; the test needs mojibake to hold", repaired)
	}
}
