package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

func newStoriesCmd() *cobra.Command {
	var (
		db     string
		asJSON bool
		q      store.StoryQuery
	)
	cmd := &cobra.Command{
		Use:   "stories [--db DSN] [--json]",
		Short: "List the stories in the store",
		Long: `stories lists the stories in the store, newest first. With --json it prints one
JSON object per story per line: {"id", "headline", "first_seen", "last_seen",
"articles": [{"id", "input_id", "title", "publisher", "published", "url",
"duplicate_of"}], "claims": [...]}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer st.Close()
			stories, err := st.Stories(cmd.Context(), q)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSONLines(cmd.OutOrStdout(), stories)
			}
			return writeStoryList(cmd.OutOrStdout(), stories)
		},
	}
	cmd.Flags().StringVar(&db, "db", defaultDB, "store: a SQLite file path")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per story per line")
	cmd.Flags().IntVar(&q.Limit, "limit", 0, "at most this many stories (0: all)")
	cmd.Flags().StringVar(&q.Order, "order", "newest", "newest, oldest or covered (most articles first)")
	cmd.Flags().StringVar(&q.Text, "q", "", "only stories whose articles match this text")
	return cmd
}

func writeJSONLines(w io.Writer, stories []news.Story) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range stories {
		if s.Claims == nil {
			s.Claims = []news.Claim{}
		}
		if err := enc.Encode(s); err != nil {
			return fmt.Errorf("write story %s: %w", s.ID, err)
		}
	}
	return nil
}

func writeStoryList(w io.Writer, stories []news.Story) error {
	for _, s := range stories {
		copies := 0
		for _, a := range s.Articles {
			if a.DuplicateOf != "" {
				copies++
			}
		}
		if _, err := fmt.Fprintf(w, "%s  %s  %d articles, %d copies  %s\n",
			s.ID, day(s.LastSeen), len(s.Articles), copies, s.Headline); err != nil {
			return err
		}
	}
	return nil
}

func newShowCmd() *cobra.Command {
	var (
		db     string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "show STORY_ID",
		Short: "Show one story: sources, copies, timeline and claim ledger",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer st.Close()
			story, err := st.Story(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSONLines(cmd.OutOrStdout(), []news.Story{story})
			}
			return writeStoryReport(cmd.Context(), cmd.OutOrStdout(), st, story)
		},
	}
	cmd.Flags().StringVar(&db, "db", defaultDB, "store: a SQLite file path")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the story as JSON")
	return cmd
}

// articleReader is what a story report needs to quote each article.
type articleReader interface {
	Article(ctx context.Context, id string) (store.ArticleRecord, error)
}

// writeStoryReport prints a story for a person: headline, sources with
// their copies, the claim ledger and each article's first lines.
func writeStoryReport(ctx context.Context, w io.Writer, ar articleReader, s news.Story) error {
	p := &printer{w: w}
	p.printf("%s\n%s\n", s.Headline, strings.Repeat("=", min(len([]rune(s.Headline)), 100)))
	p.printf("story %s · %d articles · %s to %s\n\n", s.ID, len(s.Articles), day(s.FirstSeen), day(s.LastSeen))
	names := map[string]string{}
	for _, a := range s.Articles {
		names[a.ID] = sourceName(a)
	}
	p.printf("Sources\n")
	for _, a := range s.Articles {
		role := "independent report"
		if a.DuplicateOf != "" {
			role = "copy of " + names[a.DuplicateOf]
		} else if isOriginal(s, a.ID) {
			role = "original"
		}
		p.printf("  %-28s %-10s %s\n", names[a.ID], day(a.Published), role)
		rec, err := ar.Article(ctx, a.ID)
		if err != nil {
			return err
		}
		p.printf("      %s\n", clipLine(firstParagraph(rec.Body), 160))
	}
	if len(s.Summary) > 0 {
		p.printf("\nSummary\n")
		for _, ss := range s.Summary {
			p.printf("  • %s  [%d sources]\n", ss.Text, len(ss.Sources))
		}
	}
	if len(s.Claims) > 0 {
		p.printf("\nClaim ledger\n")
		for _, c := range s.Claims {
			p.printf("  [%s] %s\n", c.Status, claimLine(c))
			var srcs []string
			for _, id := range c.Sources {
				srcs = append(srcs, names[id])
			}
			p.printf("      sources: %s\n", strings.Join(srcs, ", "))
			for _, v := range variants(c) {
				var who []string
				for _, id := range v.sources {
					who = append(who, names[id])
				}
				p.printf("      also: %s (%s)\n", v.text, strings.Join(who, ", "))
			}
		}
	}
	return p.err
}

// variant is a way some sources state a claim that differs from the
// ledger row's own: another range or another attribution ("10,000–12,000
// troops — US, South Korea, Ukraine intelligence officials" beside the
// UK's "approximately 11,000").
type variant struct {
	text    string
	sources []string
}

// variants lists a claim's mentions whose quantity or attribution differ
// from the claim's, grouped by how they read, in first-mention order.
func variants(c news.Claim) []variant {
	var out []variant
	at := map[string]int{}
	for _, m := range c.Mentions {
		q := m.Quantity
		sameQty := q == nil || c.Quantity == nil || q.Low == c.Quantity.Low && q.High == c.Quantity.High
		if sameQty && (m.AttributedTo == "" || m.AttributedTo == c.AttributedTo) {
			continue
		}
		var parts []string
		if q != nil {
			parts = append(parts, q.String())
		}
		if m.AttributedTo != "" {
			parts = append(parts, "— "+m.AttributedTo)
		}
		text := strings.Join(parts, " ")
		i, ok := at[text]
		if !ok {
			i = len(out)
			at[text] = i
			out = append(out, variant{text: text})
		}
		if !slices.Contains(out[i].sources, m.ArticleID) {
			out[i].sources = append(out[i].sources, m.ArticleID)
		}
	}
	return out
}

func claimLine(c news.Claim) string {
	var parts []string
	if q := c.Quantity; q != nil {
		parts = append(parts, q.String())
	}
	if c.Subject != "" {
		parts = append(parts, "("+c.Subject+")")
	}
	if c.AttributedTo != "" {
		parts = append(parts, "— "+c.AttributedTo)
	}
	if cf := c.Confidence; cf != nil {
		parts = append(parts, fmt.Sprintf("“%s” %.0f–%.0f%%", cf.Term, cf.Low*100, cf.High*100))
	}
	if len(parts) == 0 {
		return clipLine(c.Text, 160)
	}
	return strings.Join(parts, " ") + ": " + clipLine(c.Text, 120)
}

func isOriginal(s news.Story, id string) bool {
	for _, a := range s.Articles {
		if a.DuplicateOf == id {
			return true
		}
	}
	return false
}

func sourceName(a news.StoryArticle) string {
	name := a.Publisher
	if name == "" {
		name = news.Site(a.URL)
	}
	if name == "" {
		name = a.InputID
	}
	if name == "" {
		name = a.ID
	}
	return clipLine(name, 28)
}

func day(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.UTC().Format("2006-01-02")
}

// firstParagraph returns the body's first paragraph on one line. A body's
// paragraphs are separated by a blank line; a single line break inside
// one is where the scraper broke a sentence at a link ("in support of
// Moscow's" / "war on Ukraine", seed 001), so it reads as a space.
func firstParagraph(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[:i]
	}
	return strings.Join(strings.Fields(s), " ")
}

func clipLine(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// printer remembers the first write error so a report reads straight.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}
