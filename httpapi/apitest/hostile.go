package apitest

import (
	"context"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// The hostile story's payloads. Each would run script if a page rendered it
// as markup or followed it as a link; the tests assert they show as text.
const (
	HostileTitle     = `<script>document.title="pwned";alert(1)</script> Kursk casualties`
	HostileBody      = `A body with <img src=x onerror="alert(2)"> inside, and more text about Kursk.`
	HostilePublisher = `"><svg onload=alert(3)>`
	HostileURL       = `javascript:alert(4)`
	HostileClaim     = `<b onmouseover=alert(5)>11,000</b> troops, said "><script>alert(6)</script>`
)

// Hostile writes a story whose every field is an attack.
func Hostile(ctx context.Context, w Writer) error {
	at := time.Date(2025, 6, 17, 10, 0, 0, 0, time.UTC)
	rec := store.ArticleRecord{
		Article: news.Article{ID: HostileID, InputID: "hostile.jsonl:1", URL: HostileURL, Title: HostileTitle,
			Publisher: HostilePublisher, Author: `<iframe src="javascript:alert(7)">`, Published: at, Lang: "en",
			Body: HostileBody, Removed: []string{`<a href="javascript:alert(8)">Click</a>`}, Format: news.FormatText, Seen: at},
		Seq: 100, StoryID: HostileStory, Words: 12,
	}
	st := news.Story{ID: HostileStory, Headline: HostileTitle, FirstSeen: at, LastSeen: at,
		Articles: []news.StoryArticle{{ID: HostileID}},
		Claims: []news.Claim{{Text: HostileClaim, AttributedTo: HostilePublisher, Sources: []string{HostileID},
			Status: news.ClaimDiffer, Kind: "quantity",
			Confidence: &news.Confidence{Term: `<u>likely</u>`, Low: 0.55, High: 0.75},
			Mentions:   []news.ClaimMention{{ArticleID: HostileID, Sentence: HostileBody}}}},
		Summary: []news.SummarySentence{{Text: HostileBody, Sources: []string{HostileID}}},
	}
	return w.Write(ctx, store.Batch{Articles: []store.ArticleRecord{rec}, Stories: []news.Story{st}})
}
