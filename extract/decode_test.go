package extract

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/storyfold/storyfold/news"
)

// encode returns s encoded with e, failing the test on error.
func encode(t testing.TB, e encoding.Encoding, s string) string {
	t.Helper()
	out, err := e.NewEncoder().String(s)
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return out
}

func TestDecode(t *testing.T) {
	const (
		french   = "Le café a coûté 3 € à « Zoé » — naïve façade."
		japan    = "北朝鮮の兵士の死傷者は六千人を超えた。"
		chinese  = "英国情报估计朝鲜士兵伤亡超过六千人。"
		korean_  = "북한군 사상자가 육천 명을 넘었다."
		htmlHead = "<!DOCTYPE html><html><head>"
	)
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	tests := []struct {
		name    string
		content string
		charset string
		format  news.Format // the page's Format
		want    news.Format // Decode's want
		text    string      // wanted text, or a substring of it
		outFmt  news.Format
		skip    news.SkipReason
	}{
		{name: "utf-8 text", content: "Plain " + french, text: "Plain " + french, outFmt: news.FormatText},
		{name: "utf-8 bom html", content: "\xEF\xBB\xBF" + htmlHead + "</head><body>" + french, text: french, outFmt: news.FormatHTML},
		{name: "utf-16le bom", content: "\xFF\xFE" + encode(t, utf16le, htmlHead+"<body>"+japan), text: japan, outFmt: news.FormatHTML},
		{name: "utf-16be bom", content: "\xFE\xFF" + encode(t, utf16be, "Text "+french), text: french, outFmt: news.FormatText},
		{name: "utf-16le no bom", content: encode(t, utf16le, "Some words in UTF-16 without a mark: "+french), text: french, outFmt: news.FormatText},
		{name: "windows-1252 meta charset", content: htmlHead + `<meta charset="windows-1252"></head><body>` + encode(t, charmap.Windows1252, french), text: french, outFmt: news.FormatHTML},
		{name: "iso-8859-1 http header", content: encode(t, charmap.Windows1252, french), charset: "ISO-8859-1", text: french},
		{name: "shift_jis http-equiv", content: htmlHead + `<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>` + encode(t, japanese.ShiftJIS, japan), text: japan},
		{name: "gb2312 http header", content: encode(t, simplifiedchinese.GBK, chinese), charset: "gb2312", text: chinese},
		{name: "euc-kr meta", content: `<html><head><meta charset='euc-kr'>` + encode(t, korean.EUCKR, korean_), text: korean_},
		{name: "xml declaration", content: `<?xml version="1.0" encoding="Shift_JIS"?><html>` + encode(t, japanese.ShiftJIS, japan), text: japan},
		{name: "undeclared windows-1252 guessed", content: "Text: " + encode(t, charmap.Windows1252, french), text: french},
		{name: "utf-8 under wrong latin-1 header", content: "Text " + japan + french, charset: "iso-8859-1", text: japan + french},
		{name: "declared utf-8 holding windows-1252", content: `<meta charset="utf-8">` + encode(t, charmap.Windows1252, french), text: french},
		{name: "mostly utf-8 under a latin-1 header, one bad byte", content: japan + "\xFF" + french, charset: "iso-8859-1", text: japan + "\uFFFD" + french},
		{name: "mostly utf-8, one bad byte", content: japan + "\xFF" + french, text: japan + "\uFFFD" + french},
		{name: "unknown charset label ignored", content: "Text " + french, charset: "x-nonsense", text: french},
		{name: "undeclared shift_jis hopeless", content: "Text " + encode(t, japanese.ShiftJIS, japan+japan), skip: news.SkipEncoding},
		{name: "declared shift_jis on garbage", content: `<meta charset="shift_jis">` + strings.Repeat("\x85\xFF\xA0\xFE", 30), skip: news.SkipEncoding},
		{name: "empty", content: "", skip: news.SkipEmpty},
		{name: "whitespace only", content: " \n\t\r\n  ", skip: news.SkipEmpty},
		{name: "utf-16 whitespace only", content: "\xFF\xFE" + encode(t, utf16le, "  \n \u00a0 "), skip: news.SkipEmpty},
		{name: "bom only", content: "\xEF\xBB\xBF", skip: news.SkipEmpty},
		{name: "png named html", content: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", skip: news.SkipBinary},
		{name: "pdf", content: "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", skip: news.SkipBinary},
		{name: "nul bytes", content: "abc\x00\x01\x02\x03def\x00\x00\x10ghi", skip: news.SkipBinary},
		{name: "control bytes", content: strings.Repeat("a\x01b\x02c\x03", 20), skip: news.SkipBinary},
		{name: "want forces text", content: htmlHead + "</head><body>x", want: news.FormatText, text: "<body>x", outFmt: news.FormatText},
		{name: "page format kept", content: "no markup at all", format: news.FormatHTML, text: "no markup", outFmt: news.FormatHTML},
		{name: "html over the extraction cap", content: "<html><body>" + strings.Repeat("<p>words</p>", maxHTMLBytes/12+1), skip: news.SkipTooLarge},
		{name: "text over the html cap", content: strings.Repeat("words ", maxHTMLBytes/6+1), text: "words", outFmt: news.FormatText},
		{name: "late nul stripped", content: strings.Repeat("word ", 2000) + "\x00end", text: "word end", outFmt: news.FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := news.Page{Content: []byte(tt.content), Charset: tt.charset, Format: tt.format}
			got, format, err := Decode(p, tt.want)
			if tt.skip != "" {
				var s *news.Skip
				if !errors.As(err, &s) || s.Reason != tt.skip {
					t.Fatalf("Decode = %q, %v; want skip %s", got, err, tt.skip)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if !strings.Contains(got, tt.text) {
				t.Errorf("Decode = %q; want it to contain %q", got, tt.text)
			}
			if tt.outFmt != "" && format != tt.outFmt {
				t.Errorf("format = %s; want %s", format, tt.outFmt)
			}
		})
	}
}

// TestDecodeFixtures decodes the legacy-encoded fixture pages that ingest's
// tests also read, so the two stages agree on them.
func TestDecodeFixtures(t *testing.T) {
	tests := []struct {
		file, charset, want string
		skip                news.SkipReason
	}{
		{file: "windows-1252.html", want: "Zoé"},
		{file: "shift_jis.html", want: "北朝鮮"},
		{file: "gb2312.txt", charset: "GB2312", want: "朝鲜"},
		{file: "utf-16le.txt", want: "casualties"},
		{file: "binary.html", skip: news.SkipBinary},
		{file: "whitespace.txt", skip: news.SkipEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "testdata", "ingest", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			got, _, err := Decode(news.Page{Content: b, Charset: tt.charset}, news.FormatAuto)
			if tt.skip != "" {
				var s *news.Skip
				if !errors.As(err, &s) || s.Reason != tt.skip {
					t.Fatalf("Decode err = %v; want skip %s", err, tt.skip)
				}
				return
			}
			if err != nil || !strings.Contains(got, tt.want) {
				t.Fatalf("Decode = %.200q, %v; want it to contain %q", got, err, tt.want)
			}
		})
	}
}

// TestDecodeDeepNesting checks that markup too deep for the HTML parsers
// is rejected, and that deep-but-real markup and text are not.
func TestDecodeDeepNesting(t *testing.T) {
	nest := func(tag string, depth int) string {
		return "<html><body>" + strings.Repeat("<"+tag+">", depth) + "deep text" + strings.Repeat("</"+tag+">", depth)
	}
	tests := []struct {
		name  string
		doc   string
		force news.Format // Decode's want
		want  news.Format
		skip  news.SkipReason
	}{
		{"100,000 divs", nest("div", 100_000), news.FormatAuto, "", news.SkipTooLarge},
		{"1,001 spans", nest("span", maxMarkupDepth+1), news.FormatAuto, "", news.SkipTooLarge},
		{"1,000 divs", nest("div", maxMarkupDepth), news.FormatAuto, news.FormatHTML, ""},
		{"100,000 open paragraphs", "<html><body>" + strings.Repeat("<p>para", 100_000), news.FormatAuto, news.FormatHTML, ""},
		{"100,000 closed divs", "<html><body>" + strings.Repeat("<div>x</div>", 100_000), news.FormatAuto, news.FormatHTML, ""},
		{"divs in a script", "<html><body><script>" + strings.Repeat("<div>", 5000) + "</script>", news.FormatAuto, news.FormatHTML, ""},
		{"text forced", strings.Repeat("<div>", 100_000), news.FormatText, news.FormatText, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, format, err := Decode(news.Page{Content: []byte(tt.doc)}, tt.force)
			if tt.skip != "" {
				var s *news.Skip
				if !errors.As(err, &s) || s.Reason != tt.skip {
					t.Fatalf("Decode err = %v; want skip %s", err, tt.skip)
				}
				return
			}
			if err != nil || format != tt.want {
				t.Fatalf("Decode = %s, %v; want %s", format, err, tt.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("<html><head><meta charset=shift_jis></head><body>\x96\x6b</body>"), "")
	f.Add([]byte("\xFF\xFEa\x00b\x00"), "")
	f.Add([]byte("caf\xE9"), "iso-8859-1")
	f.Add([]byte("\x00\x01binary"), "utf-8")
	f.Fuzz(func(t *testing.T, content []byte, charset string) {
		s, format, err := Decode(news.Page{Content: content, Charset: charset}, news.FormatAuto)
		if err != nil {
			var skip *news.Skip
			if !errors.As(err, &skip) {
				t.Fatalf("Decode error %v is not a *news.Skip", err)
			}
			return
		}
		if !utf8.ValidString(s) || strings.TrimSpace(s) == "" || strings.IndexByte(s, 0) >= 0 {
			t.Fatalf("Decode returned unusable text %q", s)
		}
		if format != news.FormatHTML && format != news.FormatText {
			t.Fatalf("Decode format %q", format)
		}
	})
}

// TestPeakRSS decodes and extracts the worst pages extract receives, each
// in a child process, and reports the child's peak resident memory
// (VmHWM): 100,000-deep nested markup, markup at Decode's depth cap, an
// HTML page at ingest's 32 MiB record cap and one at Decode's 8 MiB HTML
// cap, and a 32 MiB text page. It runs only when STORYFOLD_RSS=1:
//
//	STORYFOLD_RSS=1 go test ./extract/ -run TestPeakRSS -v
//
// Each peak must stay under 1 GiB: more would make a few workers on a
// small machine swap.
func TestPeakRSS(t *testing.T) {
	if os.Getenv("STORYFOLD_RSS") != "1" {
		t.Skip("set STORYFOLD_RSS=1 to measure peak RSS")
	}
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc/self/status")
	}
	cases := []struct{ kind, env string }{
		{"deep", "STORYFOLD_RSS_DEPTH=100000"},
		{"deep", "STORYFOLD_RSS_DEPTH=1000"},
		{"large", "STORYFOLD_RSS_MB=32"},
		{"large", "STORYFOLD_RSS_MB=8"},
		{"text", "STORYFOLD_RSS_MB=32"},
	}
	for _, c := range cases {
		name := c.kind + " " + c.env[strings.LastIndexByte(c.env, '_')+1:]
		cmd := exec.Command(os.Args[0], "-test.run=^TestPeakRSSChild$", "-test.v")
		cmd.Env = append(os.Environ(), "STORYFOLD_RSS_CASE="+c.kind, c.env)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: child: %v\n%s", name, err, out)
		}
		var peakKB int64
		var result string
		for _, line := range strings.Split(string(out), "\n") {
			if v, ok := strings.CutPrefix(line, "PEAK "); ok {
				peakKB, _ = strconv.ParseInt(strings.TrimSuffix(v, " kB"), 10, 64)
			}
			if v, ok := strings.CutPrefix(line, "RESULT "); ok {
				result = v
			}
		}
		t.Logf("%-18s peak RSS %4d MiB  %s", name, peakKB>>10, result)
		if peakKB <= 0 || peakKB > 1<<20 {
			t.Errorf("%s: peak RSS %d kB; want (0, 1 GiB]", name, peakKB)
		}
	}
}

// TestPeakRSSChild is the child TestPeakRSS starts.
func TestPeakRSSChild(t *testing.T) {
	var doc string
	switch os.Getenv("STORYFOLD_RSS_CASE") {
	case "deep":
		depth := 100_000
		if d, err := strconv.Atoi(os.Getenv("STORYFOLD_RSS_DEPTH")); err == nil {
			depth = d // to see how time and memory grow with depth
		}
		doc = "<html><head><title>Deep</title></head><body>" + strings.Repeat("<div>", depth) +
			strings.Repeat("A sentence of article text sits deep inside. ", 20) + strings.Repeat("</div>", depth)
	case "large":
		para := "<p>" + strings.Repeat("North Korean casualties in Kursk have likely passed 6,000. ", 10) + "</p>\n"
		size := 32 << 20
		if mb, err := strconv.Atoi(os.Getenv("STORYFOLD_RSS_MB")); err == nil {
			size = mb << 20 // to see how time and memory grow with size
		}
		doc = "<html><head><title>Large</title></head><body><article>" + strings.Repeat(para, size/len(para)) + "</article>"
	case "text":
		size := 32 << 20
		if mb, err := strconv.Atoi(os.Getenv("STORYFOLD_RSS_MB")); err == nil {
			size = mb << 20
		}
		para := strings.Repeat("North Korean casualties in Kursk have likely passed 6,000. ", 10) + "\n\n"
		doc = "Large\n\n" + strings.Repeat(para, size/len(para))
	default:
		t.Skip("run by TestPeakRSS")
	}
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "x", Content: []byte(doc)})
	result := fmt.Sprintf("body %d bytes, err %v", len(a.Body), err)
	status, rerr := os.ReadFile("/proc/self/status")
	if rerr != nil {
		t.Fatal(rerr)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			fmt.Printf("RESULT %s\nPEAK %s\n", result, strings.TrimSpace(v))
		}
	}
}

// BenchmarkDecode times Decode on a 200 KB HTML page, the size of a news
// page with its scripts, in UTF-8 (validated, depth-checked) and in a
// declared windows-1252 (converted too).
func BenchmarkDecode(b *testing.B) {
	para := "<div class=\"para\"><p>Le café a coûté 3 € à « Zoé » — naïve façade, said the report.</p></div>\n"
	body := "<html><head><meta charset=\"windows-1252\"><title>t</title></head><body>" + strings.Repeat(para, 2000) + "</body></html>"
	latin := encode(b, charmap.Windows1252, body)
	utf8Page := strings.Replace(body, "windows-1252", "utf-8", 1)
	for _, c := range []struct{ name, content string }{{"utf-8", utf8Page}, {"windows-1252", latin}} {
		b.Run(c.name, func(b *testing.B) {
			p := news.Page{Content: []byte(c.content)}
			b.SetBytes(int64(len(p.Content)))
			for b.Loop() {
				if _, _, err := Decode(p, news.FormatAuto); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// startTagsOver is a bound the tokenizer's depth can never exceed: when it
// says a page has at most n start tags, markupDepth finds at most n.
func TestStartTagsBoundDepth(t *testing.T) {
	for _, s := range []string{
		"", "<", "<<<<", "< a>", "<1>", "<!-- <p><p><p> -->", "<DIV><Div><div>", "<p>a<b>c</b></p>",
		strings.Repeat("<div>", 5), strings.Repeat("<br><br/>", 4), "<script>if (a<b && c<d) {}</script><p>",
	} {
		for n := 0; n <= 6; n++ {
			if !startTagsOver(s, n) {
				if d := markupDepth(s, n); d > n {
					t.Errorf("%q: startTagsOver(%d) false but depth %d", s, n, d)
				}
			}
		}
	}
	if !startTagsOver(strings.Repeat("<p>", 11), 10) || startTagsOver(strings.Repeat("<p>", 10), 10) {
		t.Error("startTagsOver miscounts plain start tags")
	}
}

// TestExtractRepairsMojibake mangles the seed pages the way a republisher's
// software does (their UTF-8 read as windows-1252 and written out again as
// UTF-8) and checks that each extracts to the same article as the clean
// page, so that a mangled copy still matches its original.
func TestExtractRepairsMojibake(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("seeds: %v (%d files)", err, len(paths))
	}
	x := New(DefaultOptions())
	mangled := 0
	for _, path := range paths {
		clean, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		bad, err := charmap.Windows1252.NewDecoder().Bytes(clean)
		if err != nil {
			t.Fatal(err)
		}
		if string(bad) == string(clean) {
			continue // ASCII: nothing to mangle
		}
		mangled++
		want, err := x.Extract(news.Page{Format: news.FormatText, Content: clean})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		title := "North Korea’s losses “highly likely” over 6,000 — MoD"
		badTitle, err := charmap.Windows1252.NewDecoder().String(title)
		if err != nil {
			t.Fatal(err)
		}
		got, err := x.Extract(news.Page{Format: news.FormatText, Content: bad, Title: badTitle})
		if err != nil {
			t.Fatalf("%s mangled: %v", path, err)
		}
		if got.Body != want.Body {
			t.Errorf("%s: the mangled page's body differs from the clean one's:\n%s", path, got.Body)
		}
		if got.Title != title {
			t.Errorf("%s: the mangled input title reads %q, want %q", path, got.Title, title)
		}
	}
	if mangled < 2 {
		t.Fatalf("only %d seed pages hold non-ASCII text to mangle", mangled)
	}
}
