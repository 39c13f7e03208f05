package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

func TestIsReaderAppeal(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Follow me on Instagram for more Harbourton walks and recipes!", true},
		{"Enjoy the post? Pin it for later!", true},
		{"If you enjoyed this article, please share it with a friend who sails.", true},
		{"Thanks for reading Harbour Notes! This post is public so feel free to share it.", true},
		{"*** Be sure to follow us on Facebook for the ferry timetable ***", true},
		{"Follow the coast road past the lighthouse and turn left at the quay.", false},
		{"Readers who enjoyed the festival last year will find the new route shorter.", false},
		{"Thanks to the volunteers, the harbour wall was painted in a week.", false},
	}
	for _, tt := range tests {
		if got := isReaderAppeal(tt.text, len(textnorm.Words(tt.text))); got != tt.want {
			t.Errorf("isReaderAppeal(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsStockCredit(t *testing.T) {
	tests := []struct {
		b    block
		want bool
	}{
		{block{text: "Jane Roe/Getty Images"}, true},
		{block{text: "Getty Images / Ivo Lindqvist"}, true},
		{block{text: "Harbourpix via Getty Images"}, true},
		{block{text: "Image used under license from Shutterstock"}, true},
		{block{text: "Photo credit: ©iStock.com/jroe"}, true},
		{block{text: "Industry-leading ferry software from Thomson Reuters"}, false},
		{block{text: "Supports Unsplash", item: true}, false},
		{block{text: "The council bought the photos from Getty Images for its new guide to Keel Street and the quay."}, false},
	}
	for _, tt := range tests {
		if got := isStockCredit(tt.b, len(textnorm.Words(tt.b.text))); got != tt.want {
			t.Errorf("isStockCredit(%q) = %v, want %v", tt.b.text, got, tt.want)
		}
	}
}

func TestIsPriceButton(t *testing.T) {
	tests := []struct {
		b    block
		want bool
	}{
		{block{text: "Check Price on Amazon"}, true},
		{block{text: "CHECK PRICE"}, true},
		{block{text: "➡️ Check current price"}, true},
		{block{text: "Check prices before you book, since ferry fares rise in April."}, false},
		{block{text: "Check price at Harbour Outfitters", item: true}, false},
	}
	for _, tt := range tests {
		if got := isPriceButton(tt.b, len(textnorm.Words(tt.b.text))); got != tt.want {
			t.Errorf("isPriceButton(%q) = %v, want %v", tt.b.text, got, tt.want)
		}
	}
}

// TestDropFurniturePromos checks that a reader appeal, a stock photo
// credit, a price button, a form's message, a view counter and a newsletter pitch go from among a review's
// paragraphs.
func TestDropFurniturePromos(t *testing.T) {
	bs := []block{
		{text: "The Harbour Kettle boils a litre in under three minutes and keeps it hot for an hour."},
		{text: "Jane Roe/Getty Images"},
		{text: "Check Price on Amazon"},
		{text: "Love the coast? Sign up to our fortnightly Harbour Notes newsletter for walks, tides and ferry news from Keel Street."},
		{text: "Its lid is stiff at first, but it loosens after a week of use."},
		{text: "Enjoy the post? Pin it for later!"},
		{text: "Thanks for signing up!"},
		{text: "(Visited 1,902 times, 364 visits today)"},
	}
	got := joinBlocks(dropFurniture(bs, news.Article{}))
	for _, gone := range []string{"Getty", "Check Price", "Pin it", "signing up", "Visited", "Harbour Notes"} {
		if strings.Contains(got, gone) {
			t.Errorf("dropFurniture kept %q: %q", gone, got)
		}
	}
	if !strings.Contains(got, "three minutes") || !strings.Contains(got, "after a week") {
		t.Errorf("dropFurniture lost the review: %q", got)
	}
}

func TestIsFormMessage(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Thanks for signing up!", true},
		{"Thank you for subscribing! Look out for the Harbour Notes letter in your inbox.", true},
		{"If you do not receive a confirmation email, get in touch!", true},
		{"Please scroll to the right for more info.", true},
		{"Thank you for your interest in the Keel Street survey.", false},
		{"The form was sent to every household on Keel Street last week.", false},
	}
	for _, tt := range tests {
		if got := isFormMessage(tt.text, len(textnorm.Words(tt.text))); got != tt.want {
			t.Errorf("isFormMessage(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsViewCount(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"(Visited 1,902 times, 364 visits today)", true},
		{"1,693 views", true},
		{"Post Views: 220", true},
		{"The harbour museum had 1,693 views of its new film in a week.", false},
		{"Visited by 2,000 walkers a year, the quay is busiest in August.", false},
	}
	for _, tt := range tests {
		if got := isViewCount(tt.text, len(textnorm.Words(tt.text))); got != tt.want {
			t.Errorf("isViewCount(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsNewsletterPitch(t *testing.T) {
	tests := []struct {
		b    block
		want bool
	}{
		{block{text: "Sign up to our fortnightly Harbour Notes newsletter for walks, tides and ferry news."}, true},
		{block{text: "Was this newsletter forwarded to you? Sign up to get it in your inbox."}, true},
		{block{text: "Join our mailing list! We send one letter a month."}, true},
		{block{text: "- Sign up for the ferry newsletter to hear of timetable changes.", item: true}, false},
		{block{text: "I read 28 newsletters, a few of those I subscribe to, before I wrote this."}, false},
		{block{text: "Subscribers to the harbour trust's newsletter voted for the new quay, 300 to 12, in March."}, false},
	}
	for _, tt := range tests {
		if got := isNewsletterPitch(tt.b, len(textnorm.Words(tt.b.text))); got != tt.want {
			t.Errorf("isNewsletterPitch(%q) = %v, want %v", tt.b.text, got, tt.want)
		}
	}
}
