package extract

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// Decode turns a page's raw content into UTF-8 text and says whether it is
// HTML or text (forced by want unless want is FormatAuto). It rejects
// empty, binary and undecodable content with a *news.Skip.
//
// The character set is chosen the way browsers choose it (WHATWG HTML
// "encoding sniffing"): a byte-order mark first, then the charset declared
// outside the content (p.Charset, from an HTTP header), then a <meta> or
// XML declaration in the first bytes, then UTF-8. Two departures, both for
// crawled pages: content that is (almost all) valid UTF-8 with non-ASCII
// characters is read as UTF-8 whatever the declaration says (a wrong
// "ISO-8859-1" header in front of a UTF-8 page is the commonest charset
// error on the web, and legacy multi-byte text is almost never valid UTF-8
// by accident), and
// undeclared invalid UTF-8 that looks like Western text is read as
// windows-1252.
func Decode(p news.Page, want news.Format) (string, news.Format, error) {
	s, err := decodeText(p.Content, p.Charset)
	if err != nil {
		return "", "", err
	}
	format := want
	if format == "" || format == news.FormatAuto {
		format = p.Format
	}
	if format == "" || format == news.FormatAuto {
		format = sniff(s)
	}
	if format == news.FormatHTML {
		if len(s) > maxHTMLBytes {
			return "", "", news.Skipf(news.SkipTooLarge, "HTML page of %d bytes, over the %d-byte extraction cap", len(s), maxHTMLBytes)
		}
		if startTagsOver(s, maxMarkupDepth) && markupDepth(s, maxMarkupDepth) > maxMarkupDepth {
			return "", "", news.Skipf(news.SkipTooLarge, "markup nested over %d elements deep", maxMarkupDepth)
		}
	}
	return s, format, nil
}

// maxHTMLBytes is the largest HTML page Decode lets through to the HTML
// extractors, whose time and memory grow faster than the page (one long
// article, CPU time: 1 MiB took 0.9 s and 160 MiB, 2 MiB 2.5 s and 220 MiB, 4 MiB
// 7.7 s and 300 MiB, 8 MiB 27 s and 400 MiB; go-trafilatura concatenates
// strings in a loop).
// The largest page in the WCXB dev set (1,497 pages) is 5.3 MB; 8 MiB
// passes it with room. Text pages have no such cap: the text classifier
// is linear (16 MiB in 0.7 s).
const maxHTMLBytes = 8 << 20

// maxMarkupDepth is the deepest element nesting Decode lets through to the
// HTML parsers, which take time quadratic in depth (x/net/html's scope
// search, readability's ancestor walks): 2,000 deep took 0.4 s (wall) to extract,
// 8,000 deep 6.8 s, 100,000 deep over 10 minutes. Real pages nest far
// less: on the WCXB dev set (1,497 pages) the median is 16, the deepest
// 178 (markupDepth's count).
const maxMarkupDepth = 1000

// decodeText returns b as UTF-8, or a *news.Skip for empty, binary and
// undecodable content. declared is a charset label from outside the
// content, empty when none.
func decodeText(b []byte, declared string) (string, error) {
	if enc, name, n := bomEncoding(b); enc != nil {
		return decodeWith(b[n:], enc, name+" (byte-order mark)")
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", news.Skipf(news.SkipEmpty, "no content")
	}
	if what := signatureKind(b); what != "" {
		return "", news.Skipf(news.SkipBinary, "%s", what)
	}
	if enc, name := utf16Pattern(b); enc != nil {
		return decodeWith(b, enc, name+" (no byte-order mark)")
	}
	if what := controlKind(b); what != "" { // the signatures read above
		return "", news.Skipf(news.SkipBinary, "%s", what)
	}
	good, bad, c3 := utf8Counts(b)
	// Four good UTF-8 sequences to one bad byte: UTF-8 with damage, whatever
	// is declared. Legacy multi-byte text forms a good sequence by accident
	// about once in ten pairs (GBK), never four times as often as a bad one.
	mostlyUTF8 := good > 0 && good >= 4*bad
	// A declaration matters only for bytes that are not UTF-8, and not for
	// 7-bit text without escapes, which every declarable encoding reads
	// alike (ISO-2022-JP is 7-bit with escapes). Looking for a <meta> in
	// the rest was a tenth of extracting a flattened page.
	sevenBit := good == 0 && bad == 0 && bytes.IndexByte(b, 0x1b) < 0
	if !mostlyUTF8 && !sevenBit {
		if enc, name := declaredEncoding(b, declared); enc != nil {
			s, err := decodeWith(b, enc, name)
			if err == nil || bad == 0 {
				return s, err
			}
			// The declaration does not fit the bytes: fall back to guessing.
		}
	}
	switch {
	case bad == 0:
		// controlKind found no NUL in the first sniffLen bytes, and the
		// string holds b's bytes where they were.
		return finish(string(b), min(len(b), sniffLen), c3)
	case good > bad:
		// Mostly UTF-8 with a few damaged sequences (a page cut mid
		// character, one pasted legacy byte): keep the UTF-8 and mark the
		// damage, rather than turn every good character into mojibake.
		// Not from sniffLen: a run of bad bytes becomes one replacement,
		// so a NUL past b's first sniffLen bytes may stand before it here.
		// The replacement (EF BF BD) adds no 0xC3 byte.
		return finish(strings.ToValidUTF8(string(b), "\uFFFD"), 0, c3)
	case looksWindows1252(b):
		return decodeWith(b, charmap.Windows1252, "windows-1252 (guessed)")
	}
	return "", news.Skipf(news.SkipEncoding, "invalid UTF-8 (%d bad sequences) and no declared charset that fits", bad)
}

// decodeWith decodes b with enc and checks that the result is usable text.
// name says where enc came from, for the skip detail.
func decodeWith(b []byte, enc encoding.Encoding, name string) (string, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", news.Skipf(news.SkipEncoding, "decode as %s: %v", name, err)
	}
	if bad, nonASCII := replacementCounts(out); bad > 0 && bad*4 > nonASCII {
		// A quarter of the non-ASCII characters undecodable: the bytes are
		// not in this charset. Found by reasoning, not tuned: real pages in
		// their declared charset decode with none.
		return "", news.Skipf(news.SkipEncoding, "content does not decode as %s (%d of %d non-ASCII characters invalid)", name, bad, nonASCII)
	}
	s := string(out)
	if strings.TrimSpace(s) == "" {
		return "", news.Skipf(news.SkipEmpty, "only whitespace after decoding %s", name)
	}
	if what := binaryKind([]byte(s[:min(len(s), sniffLen)])); what != "" {
		return "", news.Skipf(news.SkipBinary, "%s after decoding %s", what, name)
	}
	return finish(s, min(len(s), sniffLen), true)
}

// finish rejects whitespace-only text, removes NUL characters, which no
// page means and which break C-string consumers downstream (the binary
// check has already rejected content where they are frequent), and
// repairs mojibake: UTF-8 that the page's own software once read as
// windows-1252, which no choice of charset here can undo.
//
// s[:clean] is known to hold no NUL: the binary test read it
// (controlKind), and the search starts after it: searched whole, the 100
// long wcxb-dev flat pages cost 0.42 M instructions, past their heads
// 0.25 M (fiftieth session). TestFinishRemovesNULs holds it to the whole
// search.
//
// c3 false says s holds no 0xC3 byte, which every mojibake lead
// character opens with (textnorm.RepairMojibake): utf8Counts met each
// high byte of the page already, and the repair's own search for one
// read the whole page again, 0.54 M instructions of the 100 long
// wcxb-dev flat pages (fifty-second session). TestFinishSkipsNoC3 holds
// it to the repair run on every page.
func finish(s string, clean int, c3 bool) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", news.Skipf(news.SkipEmpty, "only whitespace")
	}
	if strings.IndexByte(s[clean:], 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	if !c3 {
		return s, nil
	}
	return textnorm.RepairMojibake(s), nil
}

// bomEncoding returns the encoding a byte-order mark at the start of b
// announces, its name and the mark's length; nil when there is none.
func bomEncoding(b []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		return unicode.UTF8, "UTF-8", 3
	case bytes.HasPrefix(b, []byte("\xFF\xFE")):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16LE", 2
	case bytes.HasPrefix(b, []byte("\xFE\xFF")):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "UTF-16BE", 2
	}
	return nil, "", 0
}

// declaredEncoding returns the encoding declared outside the content
// (label) or, failing that, inside it (<meta>, XML declaration), and its
// name; nil when nothing known is declared.
func declaredEncoding(b []byte, label string) (encoding.Encoding, string) {
	if enc, name := lookupCharset(label); enc != nil {
		return enc, name
	}
	enc, name := lookupCharset(metaCharset(b))
	return enc, name
}

// lookupCharset maps a charset label to its WHATWG encoding; nil for
// empty, unknown and meaningless ("x-user-defined") labels.
func lookupCharset(label string) (encoding.Encoding, string) {
	label = strings.Trim(strings.TrimSpace(label), `"'`)
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil || name == "x-user-defined" || name == "replacement" ||
		strings.HasPrefix(name, "utf-16") {
		// Real UTF-16 is found by its byte-order mark or its zero bytes
		// (utf16Pattern); a UTF-16 label on bytes without either is wrong,
		// and a <meta> read as ASCII cannot truly announce it (WHATWG).
		return nil, ""
	}
	return enc, name
}

// sniffLen is how much of the content the byte-level checks look at: the
// WHATWG prescan reads 1024 bytes; real pages put long <head> scripts
// before their <meta>, so read more.
const sniffLen = 8192

// metaCharset returns the charset a <meta> tag or XML declaration states in
// the first sniffLen bytes of b, empty when none.
func metaCharset(b []byte) string {
	head := bytes.ToLower(b[:min(len(b), sniffLen)])
	if bytes.HasPrefix(head, []byte("<?xml")) {
		if end := bytes.Index(head, []byte("?>")); end > 0 {
			if v := attrValue(head[:end], "encoding"); v != "" {
				return v
			}
		}
	}
	for rest := head; ; {
		i := bytes.Index(rest, []byte("<meta"))
		if i < 0 {
			return ""
		}
		rest = rest[i+len("<meta"):]
		tag := rest
		if end := bytes.IndexByte(rest, '>'); end >= 0 {
			tag = rest[:end]
		}
		if v := attrValue(tag, "charset"); v != "" {
			return v
		}
	}
}

// attrValue returns the value after "key=" in tag, quoted or not. It finds
// both <meta charset=x> and content="text/html; charset=x".
func attrValue(tag []byte, key string) string {
	i := bytes.Index(tag, []byte(key))
	if i < 0 {
		return ""
	}
	v := bytes.TrimLeft(tag[i+len(key):], " \t\r\n")
	if len(v) == 0 || v[0] != '=' {
		return ""
	}
	v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
	end := bytes.IndexAny(v, "\"'; \t\r\n/>")
	if end >= 0 {
		v = v[:end]
	}
	return string(v)
}

// utf16Pattern recognises UTF-16 without a byte-order mark by its zero
// bytes: Latin text in UTF-16 has a zero in every other byte. It returns
// nil unless the pattern is clear.
//
// Either case wants zeros in half the pairs, so a head without a zero
// byte is answered by one search before the count: the count read its
// 512 pairs at some 17 instructions a pair on every page (0.87 M of 100
// long wcxb-dev flat pages' 386.9 M, none of which holds a zero byte;
// forty-ninth session, TestUTF16PatternZeroGate holds the claim).
func utf16Pattern(b []byte) (encoding.Encoding, string) {
	head := b[:min(len(b), 1024)&^1]
	if len(head) < 8 || bytes.IndexByte(head, 0) < 0 {
		return nil, ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			zeroEven++
		}
		if head[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := len(head) / 2
	// Half the pairs zero on one side and almost none on the other: ASCII-
	// heavy UTF-16. Chosen by reasoning (HTML markup is mostly ASCII), not
	// tuned.
	switch {
	case zeroOdd*2 >= pairs && zeroEven*20 < pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16LE"
	case zeroEven*2 >= pairs && zeroOdd*20 < pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "UTF-16BE"
	}
	return nil, ""
}

// signatures are the leading bytes of binary formats crawlers commonly
// save under page names.
var signatures = []struct{ magic, what string }{
	{"%PDF-", "PDF document"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xFF\xD8\xFF", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"PK\x03\x04", "ZIP archive"},
	{"\x1F\x8B", "gzip data"},
	{"\x28\xB5\x2F\xFD", "zstd data"},
	{"\x7FELF", "ELF executable"},
	{"wOFF", "web font"},
	{"wOF2", "web font"},
	{"OggS", "Ogg media"},
	{"\x00\x00\x01\x00", "icon"},
}

// signatureKind names the binary format whose signature starts b, empty
// when none does.
func signatureKind(b []byte) string {
	for _, s := range signatures {
		if bytes.HasPrefix(b, []byte(s.magic)) {
			return s.what
		}
	}
	return ""
}

// binaryKind says what binary data b holds, judged from its first bytes;
// empty when b looks like text. Text has no NUL bytes and almost no other
// C0 control bytes (ESC is allowed: ISO-2022-JP uses it).
func binaryKind(b []byte) string {
	if what := signatureKind(b); what != "" {
		return what
	}
	return controlKind(b)
}

// controlKind is binaryKind past the signatures, for decodeText, which
// has read them: it ran signatureKind twice on every page. A NUL is a
// control byte (controlBytes), so the first bytes are searched for one
// only when they hold a control byte; most hold none, and the search
// read the whole 8 KB of them (with the second signatures, 2.36 -> 2.11 M
// instructions of 100 long wcxb-dev flat pages, fiftieth session).
// TestControlKindMatchesPlain holds it to the plain order.
func controlKind(b []byte) string {
	head := b[:min(len(b), sniffLen)]
	controls := controlCount(head)
	if controls > 0 && bytes.IndexByte(head, 0) >= 0 {
		return "NUL bytes in the first bytes"
	}
	// More than 1 control byte in 100: text editors and CMSs leave at most
	// a stray one. Chosen by reasoning, not tuned.
	if controls*100 > len(head) {
		return "control bytes in the first bytes"
	}
	return ""
}

// controlBytes marks the control bytes binaryKind counts: those text
// editors do not write (tab, line and page breaks and escape are
// written). A table read and an add a byte took a third of the time of
// the comparisons on every page's first bytes.
var controlBytes = func() (t [256]uint8) {
	for c := range 256 {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B || c == 0x7F {
			t[c] = 1
		}
	}
	return t
}()

// controlCountGo counts b's control bytes (controlBytes): binaryKind
// counts the first 8 KB of every page. A window of 32 bytes that is
// plain text (plainFlags8: ASCII, with no byte under 0x20 but line breaks
// and no DEL) holds none and is passed in one test; any other window,
// and the bytes short of a window at the end, are counted as the words
// before (controlCountWords).
//
// The words' test flagged a line break, and one word in five of a flat
// page's first 8 KB holds one (260,703 of 1,349,969 words of the wcxb-dev
// flat pages), each asked again with its breaks taken off: some 20
// instructions a word, 2.11 M of 100 long wcxb-dev flat pages. The window
// does not flag a line break, and pays its loop, bounds check and branch
// once for four words (fifty-second session). TestPlainFlags8 and
// TestTextSpeedCounts hold it to the count byte by byte. On amd64
// controlCount counts by runs in assembly, and this is its Go form
// (TestControlCountRunsMatchPlain).
func controlCountGo(b []byte) int {
	n, i := 0, 0
	for ; i <= len(b)-32; i += 32 {
		w := (*[32]byte)(b[i : i+32]) // one bounds check for the four loads
		if (plainFlags8(binary.LittleEndian.Uint64(w[:8]))|plainFlags8(binary.LittleEndian.Uint64(w[8:16]))|
			plainFlags8(binary.LittleEndian.Uint64(w[16:24]))|plainFlags8(binary.LittleEndian.Uint64(w[24:])))&highs8 != 0 {
			n += controlCountWords(w[:])
		}
	}
	return n + controlCountWords(b[i:])
}

// plainFlags8 has no high bit set when x's eight bytes are plain text:
// all ASCII, none DEL and none under 0x20 but line breaks. Else it flags
// (at least) every byte beyond ASCII, every control byte (controlBytes)
// and the written ones but the line break (tab, VT, page break, carriage
// return, ESC), which controlCountWords then counts exactly. On ASCII
// bytes no sum carries into the next byte: a byte is under 0x20 when
// adding 0x60 leaves its high bit clear, and is no line break when adding
// 0x7F to it with '\n' taken off sets the bit; the two differ on a byte
// under 0x20 that is no line break. Adding one sets DEL's bit. A byte
// beyond ASCII has its own high bit, whatever the sums carried.
func plainFlags8(x uint64) uint64 {
	return (x + ones8*0x60) ^ (x ^ ones8*'\n' + ones8*0x7F) | (x + ones8) | x
}

// controlCountWords is controlCount a word at a time, for the windows
// that are not plain text and the bytes short of a window. Eight bytes
// without a byte under 0x20 and without DEL hold none and are skipped in
// one test.
//
// A line break is no control byte, yet one word in five of a flat page's
// first 8 KB holds one (260,703 of 1,349,969 words of the wcxb-dev flat
// pages, every one for its line breaks alone), so a flagged word is asked
// again with its line breaks' flags taken off before it is counted byte
// by byte. Taking them off on every word cost the five seeds, fewer of
// whose words are flagged, more than it saved. No control byte loses its
// flag: below8 flags every byte under 0x20 (a borrow from the byte below
// only adds flags, at most one on a space after a break), and equal8
// flags only line breaks and a VT (0x0B) after one, which is written text
// too (controlBytes).
//
// The first test asks below8's subtraction and an addition of one a byte
// (which carries DEL, 0x7F, into its high bit) together, where below8 and
// equal8 each masked their own: some ten instructions a word fewer. A
// carry out of a 0xFF byte may flag the byte above it falsely; the
// count byte by byte settles it. The words are read by index, where
// reslicing b wrote its length, capacity and pointer at each word
// (docs/quality.md, "Text speed, the decoder and the reader", fortieth
// session).
func controlCountWords(b []byte) int {
	n := 0
	for i := 0; i <= len(b)-8; i += 8 {
		x := binary.LittleEndian.Uint64(b[i : i+8])
		if under, del := x-ones8*0x20, x+ones8; (under|del)&^x&highs8 != 0 &&
			(under&^equal8(x, '\n')|del)&^x&highs8 != 0 {
			for _, c := range b[i : i+8] {
				n += int(controlBytes[c])
			}
		}
	}
	for _, c := range b[len(b)&^7:] {
		n += int(controlBytes[c])
	}
	return n
}

// utf8Counts counts b's valid multi-byte UTF-8 sequences (good) and its
// invalid bytes (bad). Runs of ASCII are skipped by asciiPrefix: every
// page is counted whole, and most of a page is ASCII (one byte in a
// hundred of the wcxb-dev flat pages is not).
//
// c3 says whether b holds a 0xC3 byte: it is never a continuation byte,
// so the walk stops on each one.
func utf8Counts(b []byte) (good, bad int, c3 bool) {
	for i := 0; i < len(b); {
		i += asciiPrefix(b[i:])
		if i >= len(b) {
			break
		}
		c3 = c3 || b[i] == 0xC3
		if n := utf8Common(b, i); n > 0 {
			good++
			i += n
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		i += n
	}
	return good, bad, c3
}

// asciiPrefixGo is asciiPrefix in Go, where there is no assembly for it:
// runs of ASCII skipped 32 bytes at a time, and then eight, and from the
// word holding a high byte straight to that byte (its flag's place),
// where the ASCII bytes before it were stepped over one by one.
// Resliced eight bytes at a time, b's length, capacity and pointer were
// written at each step, 5.7 M of 100 wcxb-dev flat pages' 564 M
// instructions. The windows are cut as b[i:i+32] under a loop test on
// len(b)-32, which the compiler checks once; cut as b[i:] the window
// also had its pointer masked for an empty tail, eight instructions a
// window more (fortieth session). In assembly on amd64 (SSE2, 64 bytes a
// step) utf8Counts fell from 1.54 to 1.14 M instructions of 100 long
// wcxb-dev flat pages (fifty-eighth session,
// docs/quality/text-extraction-5.md).
func asciiPrefixGo(b []byte) int {
	i := 0
	for ; i <= len(b)-32; i += 32 {
		w := (*[32]byte)(b[i : i+32]) // one bounds check for the four loads
		x := binary.LittleEndian.Uint64(w[:8]) | binary.LittleEndian.Uint64(w[8:16]) |
			binary.LittleEndian.Uint64(w[16:24]) | binary.LittleEndian.Uint64(w[24:])
		if x&highs8 != 0 {
			break
		}
	}
	for ; i <= len(b)-8; i += 8 {
		if h := binary.LittleEndian.Uint64(b[i:i+8]) & highs8; h != 0 {
			return i + bits.TrailingZeros64(h)>>3 // the word's first high byte
		}
	}
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// utf8Common returns the length of the valid two- or three-byte UTF-8
// sequence at b[i], read without decoding it, or 0 when b[i] opens any
// other (a four-byte one, a three-byte one led by E0 or ED, whose second
// byte has a narrower range, or an invalid one). The wcxb-dev flat pages'
// high runes are mostly such: é and the like (two bytes) and the curly
// quotes and dashes (three, led by E2); utf8.DecodeRune took some 55
// instructions a rune in utf8Counts (fortieth session).
func utf8Common(b []byte, i int) int {
	if c := b[i]; i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
		if 0xC2 <= c && c <= 0xDF {
			return 2
		}
		if 0xE1 <= c && c <= 0xEF && c != 0xED && i+2 < len(b) && b[i+2]&0xC0 == 0x80 {
			return 3
		}
	}
	return 0
}

// replacementCounts counts the U+FFFD and the non-ASCII runes in UTF-8 b.
func replacementCounts(b []byte) (bad, nonASCII int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		nonASCII++
		if r == utf8.RuneError {
			bad++
		}
		b = b[n:]
	}
	return bad, nonASCII
}

// looksWindows1252 says whether b reads as Western European text in
// windows-1252: mostly ASCII, its high bytes standing alone between ASCII
// letters (é, ü, curly quotes), few bytes windows-1252 leaves undefined.
// Legacy multi-byte text (Shift_JIS, GBK, EUC-KR) has its high bytes in
// runs and is rejected: guessing it as windows-1252 gives mojibake.
func looksWindows1252(b []byte) bool {
	var high, inRun, undefined int
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		high++
		if (i > 0 && b[i-1] >= 0x80) || (i+1 < len(b) && b[i+1] >= 0x80) {
			inRun++
		}
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			undefined++
		}
	}
	// Under half the bytes high, under half of those in runs, under 1 in
	// 100 undefined. Chosen by reasoning about the encodings, not tuned:
	// French or German prose has about 1 high byte in 30, isolated; CJK
	// text has nearly all of them in runs.
	return high*2 < len(b) && inRun*2 < high && undefined*100 <= high
}

// startTagsOver reports whether s has over n start tags ("<" and a
// letter, as the tokenizer reads them). Nesting cannot be deeper than the
// start tags are many, and half the pages have fewer than
// maxMarkupDepth: for them a byte search replaces a tokenizer run, about
// 2% of HTML extraction.
func startTagsOver(s string, n int) bool {
	count := 0
	for i := strings.IndexByte(s, '<'); i >= 0; {
		if i+1 < len(s) && (s[i+1]|0x20 >= 'a' && s[i+1]|0x20 <= 'z') {
			if count++; count > n {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// markupDepth returns how deeply s's elements nest, counting only
// elements that need an end tag (void elements and those whose end tag is
// optional, like <p> and <li>, would inflate the count on pages that leave
// them open). It stops counting once past stop. The count is read off the
// bytes (markupDepthScan) where it can be, else by the tokenizer; both are
// linear, unlike a tree parser on deep markup.
func markupDepth(s string, stop int) int {
	if d, ok := markupDepthScan(s, stop); ok {
		return d
	}
	return markupDepthTokens(s, stop)
}

// markupDepthTokens is markupDepth counted by x/net/html's tokenizer.
func markupDepthTokens(s string, stop int) int {
	z := html.NewTokenizer(strings.NewReader(s))
	depth, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			if name, _ := z.TagName(); !optionalEnd(string(name)) {
				depth++
				if depth > deepest {
					deepest = depth
				}
				if deepest > stop {
					return deepest
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); !optionalEnd(string(name)) && depth > 0 {
				depth--
			}
		}
	}
}

// optionalEnd says whether an element has no end tag or may omit it
// (HTML Living Standard, "optional tags" and void elements).
func optionalEnd(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
		"source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame",
		"html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup",
		"tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc":
		return true
	}
	return false
}

// sniff says whether s looks like an HTML document.
func sniff(s string) news.Format {
	head := strings.ToLower(strings.TrimSpace(s[:min(len(s), 1024)]))
	if strings.HasPrefix(head, "<!doctype html") || strings.Contains(head, "<html") ||
		strings.Contains(head, "<head") || strings.Contains(head, "<body") {
		return news.FormatHTML
	}
	return news.FormatText
}
