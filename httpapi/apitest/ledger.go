package apitest

import (
	"strings"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// claimSpec is a claim of the seed story and a phrase that finds each
// source's sentence for it; the sources are the articles whose body holds
// the phrase, so the ledger is what the seed text says.
type claimSpec struct {
	claim  news.Claim
	phrase string
}

func claimSpecs() []claimSpec {
	mod := "UK Ministry of Defence"
	highly := &news.Confidence{Term: "highly likely", Low: 0.80, High: 0.90}
	certain := &news.Confidence{Term: "almost certainly", Low: 0.95, High: 1}
	return []claimSpec{
		{news.Claim{Kind: "quantity", Subject: "north korea casualties", AttributedTo: mod, Confidence: highly,
			Quantity: &news.Quantity{Value: 6000, Low: 6000, High: 0, Qualifier: "more than", Unit: "casualties"}}, "6,000 casualties"},
		{news.Claim{Kind: "quantity", Subject: "north korea troops deployed", AttributedTo: mod,
			Quantity: &news.Quantity{Value: 11000, Low: 11000, High: 11000, Qualifier: "approximately", Unit: "troops"}}, "11,000"},
		{news.Claim{Kind: "assessment", Subject: "north korea casualty rates", AttributedTo: mod, Confidence: certain}, "dismounted assaults"},
		{news.Claim{Kind: "quantity", Subject: "north korea troops dispatched", AttributedTo: "US, South Korean and Ukraine intelligence officials",
			Quantity: &news.Quantity{Value: 11000, Low: 10000, High: 12000, Unit: "troops"}}, "10,000-12,000"},
		{news.Claim{Kind: "quantity", Subject: "additional north korea troops", AttributedTo: "South Korean authorities",
			Quantity: &news.Quantity{Value: 3000, Low: 3000, High: 3000, Qualifier: "around", Unit: "troops"}}, "3,000 additional"},
		{news.Claim{Kind: "assessment", Subject: "shoigu role", AttributedTo: mod, Confidence: highly}, "key interlocutor"},
		{news.Claim{Kind: "quantity", Subject: "russian losses",
			Quantity: &news.Quantity{Value: 1e6, Low: 1e6, High: 1e6, Unit: "losses"}}, "one million estimated losses"},
		{news.Claim{Kind: "verification", Subject: "figures verified", AttributedTo: "Bloomberg"}, "unable to independently verify"},
		{news.Claim{Kind: "verification", Subject: "evidence provided"}, "No evidence was provided"},
	}
}

// ledger finds each claim's sentence in each article.
func ledger(recs []store.ArticleRecord) []news.Claim {
	var out []news.Claim
	for _, spec := range claimSpecs() {
		c := spec.claim
		originals := 0
		for _, r := range recs {
			sent := sentenceWith(r.Body, spec.phrase)
			if sent == "" {
				continue
			}
			if c.Text == "" {
				c.Text = sent
			}
			c.Sources = append(c.Sources, r.ID)
			c.Mentions = append(c.Mentions, news.ClaimMention{ArticleID: r.ID, Sentence: sent, Quantity: c.Quantity})
			if r.DuplicateOf == "" {
				originals++
			}
		}
		c.Status = news.ClaimSingle
		if originals > 1 {
			c.Status = news.ClaimAgree
		}
		if len(c.Sources) > 0 {
			out = append(out, c)
		}
	}
	return out
}

func summary(recs []store.ArticleRecord) []news.SummarySentence {
	var out []news.SummarySentence
	for _, phrase := range []string{"6,000 casualties", "11,000", "dismounted assaults"} {
		var s news.SummarySentence
		for _, r := range recs {
			if sent := sentenceWith(r.Body, phrase); sent != "" {
				if s.Text == "" {
					s.Text = sent
				}
				s.Sources = append(s.Sources, r.ID)
			}
		}
		out = append(out, s)
	}
	return out
}

// sentenceWith returns the sentence of body that holds phrase, "" if none.
func sentenceWith(body, phrase string) string {
	i := strings.Index(body, phrase)
	if i < 0 {
		return ""
	}
	start := 0
	for j := i - 1; j > 0; j-- {
		if body[j] == '\n' || (isStop(body[j-1]) && opens(body[j])) {
			start = j
			break
		}
	}
	end := len(body)
	for j := i + len(phrase); j < len(body); j++ {
		if body[j] == '\n' || (isStop(body[j]) && (j+1 == len(body) || opens(body[j+1]))) {
			end = j + 1
			if body[j] == '\n' {
				end = j
			}
			break
		}
	}
	return strings.TrimLeft(strings.TrimSpace(body[start:end]), "”’ ")
}

func isStop(b byte) bool  { return b == '.' || b == '?' || b == '!' }
func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

// opens reports whether b can start a sentence: a space, a capital, or the
// first byte of a non-ASCII rune (an opening quote glued to a full stop).
func opens(b byte) bool { return b == ' ' || isUpper(b) || b >= 0x80 }

// neighbours are two stories from the seeds' related-article blocks: other
// Ukraine-war news the same day, so the seed story has related stories.
func neighbours(seq int) ([]store.ArticleRecord, []news.Story) {
	type n struct{ story, id, title, body string }
	list := []n{
		{TrumpStory, "5b0e7d1c2a3f4968", "Trump says Putin ‘tired' of Ukraine war, but fears he doesn't want peace deal",
			"US President Donald Trump said on Tuesday he hoped Vladimir Putin was going to 'be good' and move towards ending the war in Ukraine, but conceded it was possible the Russian president doesn't want to make a deal."},
		{SwissStory, "c2d4e6f8a0b1c3d5", "Ukraine war: Switzerland offers Putin ‘immunity' for peace talks",
			"Switzerland would grant Russian President Vladimir Putin immunity if he came to the country for talks on peace in Ukraine, despite the International Criminal Court's arrest warrant, it said on Tuesday."},
	}
	var (
		recs    []store.ArticleRecord
		stories []news.Story
	)
	for i, x := range list {
		at := time.Date(2025, 8, 19, 9+i, 0, 0, 0, time.UTC)
		recs = append(recs, store.ArticleRecord{
			Article: news.Article{ID: x.id, InputID: "001_38345a6240c7a791.txt#related", Title: x.title,
				Publisher: "South China Morning Post", Published: at, Lang: "en", Body: x.body,
				Removed: []string{"Advertisement"}, Format: news.FormatText, Seen: at},
			Seq: int64(seq + i + 1), StoryID: x.story, Words: len(strings.Fields(x.body)),
		})
		stories = append(stories, news.Story{ID: x.story, Headline: x.title, FirstSeen: at, LastSeen: at,
			Articles: []news.StoryArticle{{ID: x.id}},
			Claims: []news.Claim{{Text: x.body, Sources: []string{x.id}, Status: news.ClaimSingle, Kind: "assessment",
				Mentions: []news.ClaimMention{{ArticleID: x.id, Sentence: x.body}}}}})
	}
	return recs, stories
}
