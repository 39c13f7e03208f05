package web

import (
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
)

func TestFormat(t *testing.T) {
	for _, tt := range []struct {
		got, want string
	}{
		{formatQuantity(&news.Quantity{Value: 6000, Low: 6000, Qualifier: "more than", Unit: "casualties"}), "more than 6,000 casualties"},
		{formatQuantity(&news.Quantity{Value: 11000, Low: 10000, High: 12000, Unit: "troops"}), "10,000–12,000 troops"},
		{formatQuantity(&news.Quantity{Value: 2.5, Low: 2.5, High: 2.5, Unit: "percent"}), "2.5 percent"},
		{formatQuantity(&news.Quantity{Value: -40, Low: -40, High: -40}), "-40"},
		{formatQuantity(nil), ""},
		{formatConfidence(&news.Confidence{Term: "highly likely", Low: 0.8, High: 0.9}), "highly likely (80–90%)"},
		{formatConfidence(&news.Confidence{Term: "remote chance", Low: 0, High: 0.05}), "remote chance (0–5%)"},
		{formatConfidence(&news.Confidence{Term: "certain", Low: 1, High: 1}), "certain (100%)"},
		{formatConfidence(nil), ""},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestLedgerAndSingles(t *testing.T) {
	st := news.Story{
		Articles: []news.StoryArticle{{ID: "a", Publisher: "A"}, {ID: "b", Publisher: "B"}, {ID: "c", DuplicateOf: "a"}},
		Claims: []news.Claim{
			{Text: "shared", Status: news.ClaimAgree, Sources: []string{"a", "b"},
				Quantity: &news.Quantity{Value: 5, Low: 5, High: 5},
				Mentions: []news.ClaimMention{{ArticleID: "b", Sentence: "five", Quantity: &news.Quantity{Value: 6, Low: 6, High: 6}}}},
			{Text: "only in the copy and its original", Status: news.ClaimSingle, Sources: []string{"c", "a"}},
			{Text: "only b", Status: news.ClaimSingle, Sources: []string{"b"}},
		},
	}
	srcs := sources(st)
	if srcs[2].Original != &srcs[0] || len(srcs[0].Copies) != 1 || srcs[2].Name() != "source 3" {
		t.Fatalf("copy relations or names wrong: %+v", srcs)
	}
	rows := ledger(st, srcs)
	if c := rows[0].Cells[1]; !c.Present || !c.Differs || c.Href != "/articles/b#claim-1" {
		t.Errorf("cell b of claim 1 = %+v", c)
	}
	if c := rows[0].Cells[2]; c.Present {
		t.Errorf("the copy does not carry claim 1: %+v", c)
	}
	if c := rows[0].Cells[0]; !c.Present || c.Sentence != "" || c.Href != "/articles/a" {
		t.Errorf("a source without a mention = %+v", c)
	}
	adds := singles(st, srcs)
	if len(adds) != 2 || adds[0].Source.ID != "a" || adds[1].Source.ID != "b" {
		t.Fatalf("singles = %+v", adds)
	}
}

func TestTimeline(t *testing.T) {
	day := time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)
	st := news.Story{Articles: []news.StoryArticle{
		{ID: "a", Publisher: "A", Published: day},
		{ID: "b", Publisher: "B", Published: day.Add(6 * time.Hour)},
		{ID: "c", Publisher: "a", Published: day.Add(12 * time.Hour), DuplicateOf: "a"},
		{ID: "d", Publisher: "D"},
	}}
	tl := drawTimeline(sources(st))
	if len(tl.Rows) != 2 || len(tl.Dots) != 3 || tl.Undated != 1 {
		t.Fatalf("rows %d dots %d undated %d", len(tl.Rows), len(tl.Dots), tl.Undated)
	}
	if tl.Dots[0].X != tl.Left || tl.Dots[2].X != tl.Right || tl.Dots[2].Y != tl.Dots[0].Y || !tl.Dots[2].Copy {
		t.Errorf("dots = %+v", tl.Dots)
	}
	if last := tl.Ticks[len(tl.Ticks)-1]; last.X != tl.Right || last.Anchor != "end" {
		t.Errorf("last tick = %+v", last)
	}
	one := drawTimeline(sources(news.Story{Articles: st.Articles[:1]}))
	if len(one.Ticks) != 1 || one.Dots[0].X != (one.Left+one.Right)/2 {
		t.Errorf("single-article timeline = %+v", one)
	}
}
