package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyfold/storyfold/news"
)

func TestTextTitleTypedStraight(t *testing.T) {
	const title = "I automated my morning, and I’m never going back"
	for _, c := range []struct {
		name  string
		title string
		page  []string
		want  string
	}{
		{"the word typed straight in the story", title,
			[]string{title, "I'm a writer who scripts everything."}, "I automated my morning, and I'm never going back"},
		{"the word typed straight in capitals", title,
			[]string{title, "I'M DONE WITH CLICKING."}, "I automated my morning, and I'm never going back"},
		{"only another word typed straight", title,
			[]string{title, "It's a writer's habit."}, title},
		{"the word typed curly only", title,
			[]string{title, "I’m a writer."}, title},
		{"the word inside a longer one", "Why it’s late",
			[]string{"Why it’s late", "Edit's history"}, "Why it’s late"},
		{"a straight title", "Why it's late",
			[]string{"Why it's late", "it's late"}, "Why it's late"},
		{"quote marks, no apostrophe word", "The ‘best’ chairs",
			[]string{"The ‘best’ chairs", "the 'best' chairs"}, "The ‘best’ chairs"},
	} {
		blocks := make([]textBlock, len(c.page))
		for i, s := range c.page {
			blocks[i] = textBlock{text: s}
		}
		if got := textTitleTypedStraight(c.title, blocks); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestTextTitleTypedStraightWCXB: 0382 (xda-developers) curls "I’m" in its
// headline and types it straight in the story; the gold is straight,
// with and without the URL.
func TestTextTitleTypedStraightWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	flat, err := os.ReadFile(filepath.Join(dir, "flat", "0382.txt"))
	if err != nil {
		t.Fatal(err)
	}
	x := New(DefaultOptions())
	for _, url := range []string{"", "https://www.xda-developers.com/automate-entire-morning-routine-single-script"} {
		a, err := x.Extract(news.Page{ID: "0382", URL: url, Format: news.FormatText, Content: flat})
		if err != nil {
			t.Fatal(err)
		}
		const want = "I automated my entire morning with one script, and I'm never going back"
		if a.Title != want {
			t.Errorf("url %q: title %q, want %q", url, a.Title, want)
		}
	}
}
