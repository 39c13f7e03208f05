package textnorm

import (
	"strings"
	"unicode/utf8"
)

// RepairMojibake undoes mojibake: UTF-8 that something read as
// windows-1252 (or Latin-1) and wrote out again as UTF-8, so that
// "Investor’s" became "Investorâ€™s" and "café" "cafÃ©". Crawled pages
// carry it when a CMS or a feed decoded its input with the wrong charset;
// the page then declares UTF-8 and is valid UTF-8, so no charset choice
// can undo it. About 2% of the wcxb-dev pages hold some.
//
// It repairs only what is unambiguous: a character that windows-1252
// gives for a UTF-8 lead byte (U+00C2–U+00F4), followed by exactly the
// characters it gives for the continuation bytes that lead byte needs,
// whose bytes decode to a character of a kind text is made of. A
// two-character sequence ending in punctuation ("Ã”") is repaired only
// when the same text holds an unambiguous one. Real text is left alone:
// "São Paulo", "À bientôt", German "Fuß“" (its bytes would make an N'Ko
// letter), a quoted Portuguese “A IRMÃ”. Text mangled twice is repaired
// twice.
func RepairMojibake(s string) string {
	for range 3 {
		// Every lead character is U+00C2..U+00F4, which UTF-8 writes as
		// 0xC3 0x82..0xB4: text without a 0xC3 byte holds none.
		if strings.IndexByte(s, 0xC3) < 0 {
			return s
		}
		fixed, ok := repairOnce(s)
		if !ok {
			return s
		}
		s = fixed
	}
	return s
}

// repairOnce repairs one layer of mojibake; ok is false when it found
// none.
func repairOnce(s string) (string, bool) {
	cands := findMojibake(s)
	sure := false
	for _, c := range cands {
		sure = sure || !c.weak
	}
	var b strings.Builder
	done := 0 // s[:done] is written to b
	for _, c := range cands {
		if c.weak && !sure {
			continue
		}
		if done == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:c.start])
		b.WriteRune(c.r)
		done = c.end
	}
	if done == 0 {
		return s, false
	}
	b.WriteString(s[done:])
	return b.String(), true
}

// mojibake is one mangled character found in a text: s[start:end] reads
// as r.
type mojibake struct {
	start, end int
	r          rune
	// weak marks a two-character sequence whose second character is
	// punctuation ("Ã”", "É’"): real text has those after an accented
	// capital (“A IRMÃ”), so they are repaired only in a text that
	// holds unambiguous mojibake too.
	weak bool
}

// findMojibake returns the sequences of s that are one UTF-8 character
// read as windows-1252, in order.
func findMojibake(s string) []mojibake {
	var out []mojibake
	var buf [4]byte
	for i := 0; i < len(s); {
		// Every lead character starts with the byte 0xC3 (see
		// RepairMojibake): jump from one to the next.
		k := strings.IndexByte(s[i:], 0xC3)
		if k < 0 {
			break
		}
		i += k
		r, size := utf8.DecodeRuneInString(s[i:])
		need := continuations(r)
		if need == 0 {
			i += size
			continue
		}
		buf[0] = byte(r)
		j, ok, weak := i+size, true, false
		for k := 1; k <= need && ok; k++ {
			c, csize := utf8.DecodeRuneInString(s[j:])
			buf[k], ok = continuationByte(c)
			if !ok && c == utf8.RuneError && csize == 3 && k == 2 && buf[0] == 0xE2 && buf[1] == 0x80 {
				// A decoder that replaces the bytes windows-1252 leaves
				// undefined turns the closing quote ” (E2 80 9D) into
				// "â€�"; the other undefined bytes make rare spaces and
				// marks there.
				buf[k], ok = 0x9D, true
			}
			weak = weak || strings.ContainsRune(weakSecond, c)
			j += csize
		}
		if ok {
			dec, dsize := utf8.DecodeRune(buf[:need+1])
			if dsize == need+1 && dec != utf8.RuneError && textRune(dec, need+1) {
				out = append(out, mojibake{start: i, end: j, r: dec, weak: weak && need == 1})
				i = j
				continue
			}
		}
		i += size
	}
	return out
}

// weakSecond are the windows-1252 continuation characters that real text
// puts after a capital letter.
const weakSecond = "’‘“”–—…•‚„‹›«»¡¿·°"

// continuations is how many continuation bytes follow the UTF-8 lead byte
// that windows-1252 reads as r; 0 when r is no such character. 0xC0, 0xC1
// and 0xF5 and up lead no valid sequence.
func continuations(r rune) int {
	switch {
	case r >= 0xC2 && r <= 0xDF:
		return 1
	case r >= 0xE0 && r <= 0xEF:
		return 2
	case r >= 0xF0 && r <= 0xF4:
		return 3
	}
	return 0
}

// continuationByte returns the byte 0x80..0xBF that windows-1252 (or, for
// the five bytes it leaves undefined, Latin-1) reads as r.
func continuationByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xBF {
		return byte(r), true // Latin-1, and windows-1252 from 0xA0
	}
	b, ok := cp1252High[r]
	return b, ok
}

// cp1252High maps the characters windows-1252 gives bytes 0x80..0x9F to
// those bytes.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// textRune reports whether r, decoded from n bytes, is a character that
// text is made of. Two-byte sequences are held to the scripts mojibake
// comes from in practice (Latin-1 and Latin Extended-A, Greek, Cyrillic,
// Hebrew, Arabic): the IPA letters and combining marks between them are
// where an accented capital and a symbol in real Latin text would land
// ("CAFÉ”" would make "CAFɔ"). Longer ones rule out only codes no text
// holds.
func textRune(r rune, n int) bool {
	switch n {
	case 2:
		return r >= 0xA0 && r <= 0x17F || r >= 0x370 && r <= 0x4FF || r >= 0x590 && r <= 0x6FF
	case 3:
		return r >= 0x800 && !(r >= 0xD800 && r <= 0xF8FF) && r != 0xFFFE && r != 0xFFFF
	default:
		return r >= 0x10000 && r < 0xF0000
	}
}
