package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// siteBlurb is prose the block model keeps on any one page; only its
// recurrence across a site's pages shows it is that site's furniture.
const siteBlurb = "The Valley Gazette has served readers in the valley since 1887 and is owned by the people who write it."

func sitePage(site string, i int) news.Page {
	topics := []string{"roads", "schools", "libraries", "parks", "buses", "bridges", "housing", "water"}
	places := []string{"Elm Street", "the harbour", "Mill Lane", "the old station", "Kings Road", "the market", "Hill Park", "the river"}
	body := fmt.Sprintf("Council debates %s at %s\n\n"+
		"Members argued for hours on Tuesday over what %s near %s will cost the town next year, and %d of them asked for a fresh survey.\n\n"+
		"Shopkeepers from %s told the meeting that work on %s had kept customers away since %d, and the mayor promised an answer by the autumn.\n\n"+
		"%s\n", topics[i], places[i], topics[i], places[i], 3+i, places[(i+3)%8], topics[(i+5)%8], 2010+i, siteBlurb)
	return news.Page{ID: fmt.Sprintf("%s-%d", site, i), InputID: fmt.Sprintf("%s-%d", site, i),
		URL: fmt.Sprintf("https://www.%s/news/council-%d", site, i), Format: news.FormatText, Content: []byte(body)}
}

// newPipeline builds a pipeline over st with o.
func newPipeline(t *testing.T, st Store, o Options) *Pipeline {
	t.Helper()
	p, err := New(context.Background(), st, o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// readSeed returns the bytes of a seed page.
func readSeed(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// runPages runs pages through p in one Run and returns their outcomes by
// page ID.
func runPages(t *testing.T, p *Pipeline, pages ...news.Page) map[string]news.Outcome {
	t.Helper()
	outs := map[string]news.Outcome{}
	_, err := p.Run(context.Background(), func(ctx context.Context, emit func(news.Page) error) error {
		for _, pg := range pages {
			if err := emit(pg); err != nil {
				return err
			}
		}
		return nil
	}, func(o news.Outcome) { outs[o.PageID] = o })
	if err != nil {
		t.Fatal(err)
	}
	return outs
}

// A block seen on FurnitureMinPages pages of a site is removed from that
// site's later pages, from the counts in the store (a new process), and
// from no other site's.
func TestSiteFurnitureLearnedAcrossRuns(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	p := newPipeline(t, st, testOptions())
	var first []news.Page
	for i := range 6 {
		first = append(first, sitePage("gazette.example", i))
	}
	runPages(t, p, first...)
	a, err := st.Article(ctx, "gazette.example-0")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, siteBlurb) {
		t.Fatalf("the blurb is already gone from the first page:\n%s", a.Body)
	}

	p = newPipeline(t, st, testOptions()) // a new process, counts from the store
	runPages(t, p, sitePage("gazette.example", 6), sitePage("other.example", 6))
	later, err := st.Article(ctx, "gazette.example-6")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(later.Body, siteBlurb) {
		t.Errorf("the site's recurring blurb stayed in a later page:\n%s", later.Body)
	}
	if !strings.Contains(later.Body, "the mayor promised") {
		t.Errorf("the later page lost its own text:\n%s", later.Body)
	}
	other, err := st.Article(ctx, "other.example-6")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(other.Body, siteBlurb) {
		t.Errorf("another site's page lost the blurb:\n%s", other.Body)
	}
}
